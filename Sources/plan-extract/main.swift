#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The arguments as the bytes the system gave (`CommandLine.arguments` would repair a file
/// name that is not UTF-8, and the repaired name could not be opened). Each is a C string
/// that lives as long as the process; `strlen` bounds the copy.
let arguments = (1..<max(1, Int(CommandLine.argc))).map { index in
    CommandLine.unsafeArgv[index].map { Array(UnsafeRawBufferPointer(start: $0, count: strlen($0))) } ?? []
}
exit(await PlanExtract.run(arguments: arguments, io: .standard))
