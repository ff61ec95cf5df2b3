#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import PlanParser

/// An input that could not be read; the message names it (its control characters escaped).
struct InputError: Error, Equatable, CustomStringConvertible {
    var name: String
    var reason: String

    var description: String { "cannot read '\(name.escapingControlCharacters)': \(reason)" }
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

/// Why an input gave no bytes to parse.
enum ReadFailure: Error, Equatable {
    /// It could not be read: "cannot read 'a.txt': No such file or directory".
    case unreadable(InputError)
    /// Its first block is not text (the library's check, made on the first block alone):
    /// refused before the rest is read, so that a large input fails fast and an endless
    /// one (`/dev/zero`) fails at all. `size` is the input's size when known.
    case notText(PlanInputError, size: Int?)
}

/// Reads whole files and standard input as bytes, with POSIX calls (they work on pipes,
/// and their errors are plain `strerror` text). A regular file is read straight into an
/// array of its size: one allocation, no buffer in between (two for a file larger than the
/// first block, which is read and checked alone first).
enum InputReading {
    /// How much is read before the binary check: more than it looks at.
    static let firstBlock = 1 << 16
    /// The most bytes one input (or one `--input jsonl` line) may hold, 256 MB: a plan is a
    /// few megabytes, and a larger input, or an endless one, is refused before it fills
    /// the memory.
    static let largestInput = 1 << 28
    /// The reason given for an input larger than ``largestInput``.
    static let tooLarge = "larger than 256 MB, the most one input may hold"

    /// Reads the file at `path`. A file found in a folder (`regularOnly`) is opened without
    /// waiting (a FIFO would wait for a writer forever) and must be a regular file; a path
    /// named on the command line may be a pipe (`<(cat f)`) or a device.
    static func readFile(_ path: RawPath, regularOnly: Bool) throws(ReadFailure) -> [UInt8] {
        let flags = O_RDONLY | O_CLOEXEC | (regularOnly ? O_NONBLOCK : 0)
        let descriptor = path.withCString { open($0, flags) }
        guard descriptor >= 0 else { throw .unreadable(InputError(name: path.text, errno: errno)) }
        defer { close(descriptor) }
        return try readAll(descriptor, name: path.text, regularOnly: regularOnly)
    }

    static func readStandardInput() throws(ReadFailure) -> [UInt8] {
        try readAll(0, name: "<stdin>")
    }

    /// Reads `descriptor` to its end, after its first block has passed the binary check.
    /// Room is made for the size `fstat` gives a regular file, and one byte more to see the
    /// end without a second array; a pipe, or a file that grew, is read on in blocks as
    /// large as the first.
    static func readAll(_ descriptor: Int32, name: String, regularOnly: Bool = false) throws(ReadFailure) -> [UInt8] {
        var status = stat()
        // The size of a regular file; none for a pipe or a device.
        let size = fstat(descriptor, &status) == 0 && status.st_mode & S_IFMT == S_IFREG ? Int(status.st_size) : nil
        if regularOnly && size == nil { throw .unreadable(InputError(name: name, reason: "not a regular file")) }
        // The first block, or the whole of a smaller file and one byte more (to see its end).
        let firstCount = size.map { $0 < firstBlock ? $0 + 1 : firstBlock } ?? firstBlock
        var bytes = try readBlock(descriptor, upTo: firstCount, name: name)
        let ended = bytes.count < firstCount
        if let refusal = PlanInputError(firstBytes: bytes) {
            throw .notText(refusal, size: ended ? bytes.count : size)
        }
        if ended { return bytes }
        if let size {
            // A regular file larger than its first block: the rest goes after it in one
            // array, with one byte more to see the end.
            guard size <= largestInput else { throw .unreadable(InputError(name: name, reason: tooLarge)) }
            let room = size + 1
            let first = bytes
            var failure: Int32?
            bytes = [UInt8](unsafeUninitializedCapacity: room) { buffer, initialized in
                let rest = UnsafeMutableRawBufferPointer(buffer)
                rest.copyBytes(from: first)
                let count: Int
                (count, failure) = fill(UnsafeMutableRawBufferPointer(rebasing: rest[first.count...]), from: descriptor)
                initialized = first.count + count
            }
            if let failure { throw .unreadable(InputError(name: name, errno: failure)) }
            if bytes.count < room { return bytes }
        }
        while true {
            let block = try readBlock(descriptor, upTo: firstBlock, name: name)
            bytes += block
            if block.count < firstBlock { return bytes }
            if bytes.count > largestInput { throw .unreadable(InputError(name: name, reason: tooLarge)) }
        }
    }

    /// The next `count` bytes of `descriptor`, fewer only at its end.
    private static func readBlock(_ descriptor: Int32, upTo count: Int, name: String) throws(ReadFailure) -> [UInt8] {
        var failure: Int32?
        let bytes = [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
            (initialized, failure) = fill(UnsafeMutableRawBufferPointer(buffer), from: descriptor)
        }
        if let failure { throw .unreadable(InputError(name: name, errno: failure)) }
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
                if mayRetry(errno, descriptor, for: Int16(POLLIN)) { continue }
                return (count, errno)
            }
            count += result
        }
        return (count, nil)
    }

    /// Whether a read or write on `descriptor` that failed with `code` may be tried again:
    /// interrupted by a signal, or on a descriptor left non-blocking by whoever opened it
    /// (a shell, a parent process), once it is ready for `events` (`POLLIN`, `POLLOUT`).
    static func mayRetry(_ code: Int32, _ descriptor: Int32, for events: Int16) -> Bool {
        if code == EINTR { return true }
        guard code == EAGAIN || code == EWOULDBLOCK else { return false }
        var ready = pollfd(fd: descriptor, events: events, revents: 0)
        return poll(&ready, 1, -1) >= 0 || errno == EINTR
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
            // A line longer than an input may be ends the stream: its memory is bounded too.
            if buffer.count > InputReading.largestInput {
                buffer = []
                atEnd = true
                return .failure(InputError(name: "<stdin>", reason: "a line " + InputReading.tooLarge))
            }
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if InputReading.mayRetry(errno, descriptor, for: Int16(POLLIN)) { continue }
                failure = errno
            }
            if count <= 0 { atEnd = true } else { buffer += chunk[..<count] }
        }
    }
}
