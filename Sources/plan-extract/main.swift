#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

exit(PlanExtract.run(arguments: Array(CommandLine.arguments.dropFirst()), io: .standard))
