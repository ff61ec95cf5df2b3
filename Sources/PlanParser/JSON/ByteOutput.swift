/// Bytes appended through a pointer: ``JSONWriter``'s output. An append costs a capacity
/// test and a store or a copy, where `[UInt8].append(contentsOf:)` also checks uniqueness
/// and goes through the generic sequence path (about 90 instructions for a key of JSON).
struct ByteOutput: ~Copyable {
    /// The start of the room, `capacity` bytes, of which the first `count` are written.
    private var start: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// How many bytes are written.
    private(set) var count = 0

    /// An empty output with room for `capacity` bytes (it grows past them when needed).
    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        start = .allocate(capacity: self.capacity)
    }

    deinit { start.deallocate() }

    /// The bytes written, as an array.
    var bytes: [UInt8] { Array(UnsafeBufferPointer(start: start, count: count)) }

    /// Appends `byte`.
    @inline(__always)
    mutating func append(_ byte: UInt8) {
        if count == capacity { grow(toHold: count + 1) }
        start[count] = byte
        count += 1
    }

    /// Appends `bytes`.
    @inline(__always)
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress else { return }
        if bytes.count > capacity - count { grow(toHold: count + bytes.count) }
        (start + count).initialize(from: source, count: bytes.count)
        count += bytes.count
    }

    /// Appends the UTF-8 of `text`.
    @inline(__always)
    mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { append($0) }
    }

    /// Appends `byte` `repetitions` times.
    mutating func append(_ byte: UInt8, repetitions: Int) {
        if repetitions > capacity - count { grow(toHold: count + repetitions) }
        (start + count).initialize(repeating: byte, count: repetitions)
        count += repetitions
    }

    /// Moves the bytes into room for at least `minimum` bytes, twice the old room or more.
    private mutating func grow(toHold minimum: Int) {
        let newCapacity = max(minimum, 2 * capacity)
        let newStart = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newStart.moveInitialize(from: start, count: count)
        start.deallocate()
        start = newStart
        capacity = newCapacity
    }
}
