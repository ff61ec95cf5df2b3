#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

exit(await PlanExtract.run(arguments: Array(CommandLine.arguments.dropFirst()), io: .standard))
