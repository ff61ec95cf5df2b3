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

extension InputError {
    /// The input `name` that a call failed on with the `errno` `code`. (Declared here, the
    /// memberwise initializer is kept.)
    init(name: String, errno code: Int32) {
        self.init(name: name, reason: InputError.reason(code))
    }

    /// The `strerror` text of the `errno` `code`.
    static func reason(_ code: Int32) -> String { String(cString: strerror(code)) }
}

/// Reads whole files and standard input as bytes, with POSIX calls (they work on pipes,
/// and their errors are plain `strerror` text). A regular file is read straight into an
/// array of its size: one allocation, no buffer in between.
enum InputReading {
    static func readFile(_ path: RawPath) throws(InputError) -> [UInt8] {
        let descriptor = path.withCString { open($0, O_RDONLY | O_CLOEXEC) }
        guard descriptor >= 0 else { throw InputError(name: path.text, errno: errno) }
        defer { close(descriptor) }
        return try readAll(descriptor, name: path.text)
    }

    static func readStandardInput() throws(InputError) -> [UInt8] {
        try readAll(0, name: "<stdin>")
    }

    /// Reads `descriptor` to its end. Room is made for the size `fstat` gives a regular
    /// file, and one byte more to see the end without a second array; a pipe, or a file
    /// that grew, is read on in blocks of 64 KB.
    static func readAll(_ descriptor: Int32, name: String) throws(InputError) -> [UInt8] {
        var status = stat()
        let isRegular = fstat(descriptor, &status) == 0 && status.st_mode & S_IFMT == S_IFREG
        let room = (isRegular ? Int(status.st_size) : 0) + 1
        var failure: Int32?
        var bytes = [UInt8](unsafeUninitializedCapacity: room) { buffer, initialized in
            (initialized, failure) = fill(UnsafeMutableRawBufferPointer(buffer), from: descriptor)
        }
        if failure == nil && bytes.count == room {
            var block = [UInt8](repeating: 0, count: 1 << 16)
            while failure == nil {
                let count: Int
                (count, failure) = block.withUnsafeMutableBytes { fill($0, from: descriptor) }
                bytes += block[..<count]
                if count < block.count { break }
            }
        }
        if let failure { throw InputError(name: name, errno: failure) }
        return bytes
    }

    /// Reads into `buffer` until it is full or the input ends: how many bytes were read,
    /// and the `errno` of a read that failed.
    private static func fill(_ buffer: UnsafeMutableRawBufferPointer, from descriptor: Int32) -> (count: Int, failure: Int32?) {
        var count = 0
        while count < buffer.count {
            let result = read(descriptor, buffer.baseAddress! + count, buffer.count - count)
            if result == 0 { break }
            if result < 0 {
                if errno == EINTR { continue }
                return (count, errno)
            }
            count += result
        }
        return (count, nil)
    }
}

/// The lines of standard input, read as they come (for `--input jsonl`: a stream of any
/// length in bounded memory), without their line ends ("\n" or "\r\n"). A read that
/// fails is the last element, as a failure: the lines read before it came out first.
struct StandardInputLines: IteratorProtocol {
    private var buffer: [UInt8] = []
    private var start = 0
    /// Where the search for the next line end resumes (the bytes before it have none).
    private var scanned = 0
    private var atEnd = false
    /// The `errno` of a failed read, handed out once the lines before it are.
    private var failure: Int32?
    private let descriptor: Int32

    init(descriptor: Int32 = 0) {
        self.descriptor = descriptor
    }

    mutating func next() -> Result<[UInt8], InputError>? {
        while true {
            if let newline = buffer[scanned...].firstIndex(of: 0x0A) {
                var end = newline
                if end > start, buffer[end - 1] == 0x0D { end -= 1 }
                let line = Array(buffer[start..<end])
                start = newline + 1
                scanned = start
                return .success(line)
            }
            scanned = buffer.count
            if atEnd {
                if start < buffer.count {
                    let line = Array(buffer[start...])
                    start = buffer.count
                    return .success(line)
                }
                guard let failure else { return nil }
                self.failure = nil
                return .failure(InputError(name: "<stdin>", errno: failure))
            }
            // Keep the unread part, then read more.
            buffer.removeSubrange(..<start)
            scanned -= start
            start = 0
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                failure = errno
            }
            if count <= 0 { atEnd = true } else { buffer += chunk[..<count] }
        }
    }
}
