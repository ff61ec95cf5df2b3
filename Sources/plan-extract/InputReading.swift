#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An input that could not be read; the message names it.
struct InputError: Error, Equatable, CustomStringConvertible {
    var name: String
    var reason: String

    var description: String { "cannot read '\(name)': \(reason)" }
}

/// Reads whole files and standard input as bytes, with POSIX calls (they work on pipes,
/// and their errors are plain `strerror` text).
enum InputReading {
    static func readFile(_ path: String) throws(InputError) -> [UInt8] {
        guard let file = fopen(path, "rb") else { throw InputError(name: path, reason: lastError()) }
        defer { fclose(file) }
        return try read(file, name: path)
    }

    static func readStandardInput() throws(InputError) -> [UInt8] {
        guard let file = fdopen(0, "rb") else { throw InputError(name: "<stdin>", reason: lastError()) }
        return try read(file, name: "<stdin>")
    }

    private static func read(_ file: UnsafeMutablePointer<FILE>, name: String) throws(InputError) -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
            bytes.append(contentsOf: chunk[..<count])
            if count < chunk.count { break }
        }
        if ferror(file) != 0 { throw InputError(name: name, reason: lastError()) }
        return bytes
    }

    private static func lastError() -> String { String(cString: strerror(errno)) }
}
