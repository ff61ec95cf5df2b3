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
    /// Whether the bytes written are valid UTF-8, whatever is written yet.
    private let holdsValidUTF8: Bool

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
    var room: Int { capacity - count }
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

    /// The view of the bytes written from `offset` on.
    func view(from offset: Int) -> ByteView {
        precondition(offset >= 0 && offset <= count, "an offset of the bytes written")
        return offset == count ? ByteView() : ByteView(owner: self, start: start + offset, count: count - offset)
    }

    /// Whether the bytes from `lower` to `upper` (pointers into the bytes written) are known
    /// to be valid UTF-8 without reading them: the storage holds valid UTF-8, and neither
    /// end cuts a scalar (the byte at each is no continuation byte, or is past the end).
    func holdsValidUTF8(from lower: UnsafePointer<UInt8>, to upper: UnsafePointer<UInt8>) -> Bool {
        let end = UnsafePointer(start + count)
        return holdsValidUTF8 && (lower == end || lower.pointee.isScalarStart) && (upper == end || upper.pointee.isScalarStart)
    }

    /// The view of `bytes` copied into storage of their own (not known to hold valid UTF-8).
    static func view(copying bytes: [UInt8]) -> ByteView {
        let storage = ByteStorage(capacity: bytes.count, holdsValidUTF8: false)
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

    /// Calls `body` with the view's bytes (offsets from 0). The view, and so its storage, is
    /// alive for the whole call (a method's `self` is kept alive by its caller).
    @inline(__always)
    func withUnsafeBufferPointer<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try body(UnsafeBufferPointer(start: start, count: count))
    }

    /// The bytes copied into an array of their own.
    var array: [UInt8] { withUnsafeBufferPointer { Array($0) } }

    /// Whether the bytes `range` of the view are known to be valid UTF-8 without reading
    /// them (``ByteStorage/holdsValidUTF8(from:to:)``).
    func holdsValidUTF8(_ range: Range<Int>) -> Bool {
        precondition(range.lowerBound >= 0 && range.upperBound <= count, "a range of the view")
        guard let owner, let start else { return true }
        return owner.holdsValidUTF8(from: start + range.lowerBound, to: start + range.upperBound)
    }

    /// Whether all the view's bytes are known to be valid UTF-8 without reading them.
    var holdsValidUTF8: Bool { holdsValidUTF8(0..<count) }
}

extension ByteView: RandomAccessCollection {
    var startIndex: Int { 0 }
    var endIndex: Int { count }

    subscript(offset: Int) -> UInt8 {
        precondition(UInt(bitPattern: offset) < UInt(bitPattern: count), "an offset within the view")
        return start.unsafelyUnwrapped[offset]
    }

    func withContiguousStorageIfAvailable<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result? {
        try withUnsafeBufferPointer(body)
    }
}

/// A view only reads bytes that were written before it was made and never change after,
/// and holds its storage only to keep it alive: it may cross threads.
extension ByteView: @unchecked Sendable {}
