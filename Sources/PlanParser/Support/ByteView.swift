/// Bytes written once into memory of their own, which never moves, and never changed
/// after: views (``ByteView``) point straight into them. A document's lines are written
/// into one storage, so that a line costs no allocation of its own.
///
/// A storage may be known to hold valid UTF-8 (its writer writes whole scalars of valid
/// text): a view of whole scalars of it is then made into a `String` without that check.
final class ByteStorage {
    /// The memory, `capacity` bytes, the first `count` of them written.
    private let start: UnsafeMutablePointer<UInt8>
    private let capacity: Int
    private var count = 0
    /// Whether the bytes written are valid UTF-8, whatever is written yet: every write is
    /// whole scalars, so every view, made at a write's start, starts and ends at a scalar.
    let holdsValidUTF8: Bool

    /// Storage for `capacity` bytes, none written yet. `holdsValidUTF8`: the writer only
    /// writes whole scalars of valid UTF-8.
    init(capacity: Int, holdsValidUTF8: Bool) {
        start = .allocate(capacity: max(capacity, 1))
        self.capacity = capacity
        self.holdsValidUTF8 = holdsValidUTF8
    }

    deinit {
        start.deallocate()
    }

    /// The room left to write in.
    private var room: Int { capacity - count }
    /// The offset the next byte is written at.
    var end: Int { count }

    /// Writes `bytes` after those written so far (there must be room for them).
    func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        precondition(bytes.count <= room, "room in the storage")
        guard let source = bytes.baseAddress else { return }
        (start + count).initialize(from: source, count: bytes.count)
        count += bytes.count
    }

    /// Writes `byte` after those written so far (there must be room for it).
    func append(_ byte: UInt8) {
        precondition(room > 0, "room in the storage")
        (start + count).initialize(to: byte)
        count += 1
    }

    /// The view of the bytes written from `offset` on, which must be where a write started
    /// (a value ``end`` had).
    func view(from offset: Int) -> ByteView {
        precondition(offset >= 0 && offset <= count, "an offset of the bytes written")
        return offset == count ? ByteView() : ByteView(owner: self, start: start + offset, count: count - offset)
    }

    /// `texts` joined by `separator` (one between any two, empty texts too), written into
    /// storage of their length: known to hold valid UTF-8 when every text does (the
    /// separator is ASCII).
    static func joining(_ texts: some Collection<ByteView>, separator: UInt8) -> ByteView {
        var length = -1
        var holdsValidUTF8 = true
        for text in texts {
            length += 1 + text.count
            holdsValidUTF8 = holdsValidUTF8 && text.holdsValidUTF8
        }
        guard length > 0 else { return ByteView() }
        return ByteStorage(capacity: length, holdsValidUTF8: holdsValidUTF8).append(joining: texts, separator: separator)
    }

    /// Writes `texts` joined by `separator` (one between any two, empty texts too) after
    /// the bytes written so far (there must be room for them), and returns their view.
    /// Storage that holds valid UTF-8 takes only texts that do, and an ASCII separator.
    func append(joining texts: some Sequence<ByteView>, separator: UInt8) -> ByteView {
        precondition(separator < 0x80, "an ASCII separator")
        let start = end
        var isFirst = true
        for text in texts {
            precondition(!holdsValidUTF8 || text.holdsValidUTF8, "valid UTF-8 joined into storage that holds it")
            if !isFirst { append(separator) }
            isFirst = false
            text.withUnsafeBufferPointer(append)
        }
        return view(from: start)
    }

    /// The view of `bytes` copied into storage of their own, known to hold valid UTF-8 only
    /// when the caller says so (`holdsValidUTF8`: a `String`'s bytes).
    static func view(copying bytes: [UInt8], holdsValidUTF8: Bool = false) -> ByteView {
        let storage = ByteStorage(capacity: bytes.count, holdsValidUTF8: holdsValidUTF8)
        bytes.withUnsafeBufferPointer(storage.append)
        return storage.view(from: 0)
    }
}

/// A run of bytes of a ``ByteStorage`` (which it keeps alive), read as a collection of its
/// own: offsets start at 0, as in an array. Making one allocates nothing; copying one
/// retains its storage, as an array copy would.
struct ByteView {
    /// The storage that holds the bytes (`nil` for an empty view).
    private let owner: ByteStorage?
    /// The first byte (`nil` for an empty view).
    private let start: UnsafePointer<UInt8>?
    /// The number of bytes of the view.
    let count: Int

    /// The empty view.
    init() {
        owner = nil
        start = nil
        count = 0
    }

    /// The `count` bytes at `start` in `owner` (``ByteStorage/view(from:)`` makes them).
    fileprivate init(owner: ByteStorage, start: UnsafePointer<UInt8>, count: Int) {
        self.owner = owner
        self.start = start
        self.count = count
    }

    /// Calls `body` with the view's bytes (offsets from 0); the storage is kept alive until
    /// `body` returns.
    @inline(__always)
    func withUnsafeBufferPointer<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        defer { _fixLifetime(self) }
        return try body(UnsafeBufferPointer(start: start, count: count))
    }

    /// Calls `body` with the view's bytes, leaving the storage's lifetime to the caller: only
    /// for a view read in place from a container that holds it, and so its storage, until
    /// `body` returns (a line of a `[SourceLine]` alive for the call). The loops over every
    /// line use it: keeping a copy of the view alive costs a retain and a release a line.
    @inline(__always)
    func withBytesKeptAliveByCaller<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try body(UnsafeBufferPointer(start: start, count: count))
    }

    /// The bytes copied into an array of their own.
    var array: [UInt8] { withUnsafeBufferPointer { Array($0) } }

    /// Whether the bytes `range` of the view are known to be valid UTF-8 without checking
    /// them: its storage holds valid UTF-8 (``ByteStorage/holdsValidUTF8``), and neither end
    /// of the range cuts a scalar (the view's own ends never do; inside, the byte at an end
    /// is no continuation byte).
    func holdsValidUTF8(_ range: Range<Int>) -> Bool {
        precondition(range.lowerBound >= 0 && range.upperBound <= count, "a range of the view")
        guard let owner else { return true }
        return owner.holdsValidUTF8 && (range.lowerBound == count || self[range.lowerBound].isScalarStart)
            && (range.upperBound == count || self[range.upperBound].isScalarStart)
    }

    /// Whether all the view's bytes are known to be valid UTF-8 without checking them (its
    /// own ends cut no scalar).
    var holdsValidUTF8: Bool { owner?.holdsValidUTF8 ?? true }
}

extension ByteView: RandomAccessCollection {
    var startIndex: Int { 0 }
    var endIndex: Int { count }

    subscript(offset: Int) -> UInt8 {
        precondition(UInt(bitPattern: offset) < UInt(bitPattern: count), "an offset within the view")
        defer { _fixLifetime(self) }
        return start.unsafelyUnwrapped[offset]
    }

    func withContiguousStorageIfAvailable<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result? {
        try withUnsafeBufferPointer(body)
    }
}

/// A view only reads its own bytes, written before it was made and never changed after,
/// and its storage's constant validity flag, and holds its storage only to keep it alive:
/// it may cross threads.
extension ByteView: @unchecked Sendable {}
