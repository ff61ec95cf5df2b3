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

/// The lines of standard input, read as they come (for `--input jsonl`: a stream of any
/// length in bounded memory), without their line ends ("\n" or "\r\n").
struct StandardInputLines: IteratorProtocol {
    private var buffer: [UInt8] = []
    private var start = 0
    /// Where the search for the next line end resumes (the bytes before it have none).
    private var scanned = 0
    private var atEnd = false
    private let descriptor: Int32

    init(descriptor: Int32 = 0) {
        self.descriptor = descriptor
    }

    mutating func next() -> [UInt8]? {
        while true {
            if let newline = buffer[scanned...].firstIndex(of: 0x0A) {
                var end = newline
                if end > start, buffer[end - 1] == 0x0D { end -= 1 }
                let line = Array(buffer[start..<end])
                start = newline + 1
                scanned = start
                return line
            }
            scanned = buffer.count
            if atEnd {
                guard start < buffer.count else { return nil }
                let line = Array(buffer[start...])
                start = buffer.count
                return line
            }
            // Keep the unread part, then read more.
            buffer.removeSubrange(..<start)
            scanned -= start
            start = 0
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { atEnd = true } else { buffer += chunk[..<count] }
        }
    }
}
