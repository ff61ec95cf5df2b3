/// Elements appended in place through a pointer: an append costs a capacity test and a
/// store or a copy, where an array's also checks uniqueness (and `append(contentsOf:)` goes
/// through the generic sequence path, about 90 instructions for a key of JSON). The room
/// doubles when full. Not copyable, so no copy can alias the room; the JSON writer's output,
/// the legacy decoder's words and its reading table's scalars are written in one.
struct PointerBuffer<Element>: ~Copyable {
    /// The start of the room, `capacity` elements, of which the first `count` are written.
    private var start: UnsafeMutablePointer<Element>
    private var capacity: Int
    /// How many elements are written.
    private(set) var count = 0

    /// An empty buffer with room for `capacity` elements (at least one).
    init(capacity: Int) {
        self.capacity = max(capacity, 1)
        start = .allocate(capacity: self.capacity)
    }

    deinit {
        start.deinitialize(count: count)
        start.deallocate()
    }

    /// The elements written, copied into an array.
    var array: [Element] { Array(elements) }

    /// Appends `element`.
    @inline(__always)
    mutating func append(_ element: Element) {
        if count == capacity { grow(toHold: count + 1) }
        (start + count).initialize(to: element)
        count += 1
    }

    /// Appends `elements`.
    @inline(__always)
    mutating func append(_ elements: UnsafeBufferPointer<Element>) {
        guard let source = elements.baseAddress else { return }
        if elements.count > capacity - count { grow(toHold: count + elements.count) }
        (start + count).initialize(from: source, count: elements.count)
        count += elements.count
    }

    /// Appends `element` `repetitions` times.
    mutating func append(_ element: Element, repetitions: Int) {
        if repetitions > capacity - count { grow(toHold: count + repetitions) }
        (start + count).initialize(repeating: element, count: repetitions)
        count += repetitions
    }

    /// Appends the elements `body` writes into room for `maximum` more, which it gets
    /// uninitialized: it initializes the first ones and returns how many, with a result of
    /// its own, which this returns.
    @inline(__always)
    mutating func append<Result>(upTo maximum: Int, _ body: (UnsafeMutableBufferPointer<Element>) -> (count: Int, result: Result)) -> Result {
        precondition(maximum >= 0, "room for no fewer than no elements")
        if maximum > capacity - count { grow(toHold: count + maximum) }
        let (written, result) = body(UnsafeMutableBufferPointer(start: start + count, count: maximum))
        precondition(written >= 0 && written <= maximum, "no more elements than the room")
        count += written
        return result
    }

    /// The elements written, read in place: the pointer is valid until the buffer next
    /// changes or ends.
    var elements: UnsafeBufferPointer<Element> { UnsafeBufferPointer(start: start, count: count) }

    /// Removes the last `number` elements.
    mutating func removeLast(_ number: Int) {
        precondition(number >= 0 && number <= count, "no more elements than written")
        count -= number
        (start + count).deinitialize(count: number)
    }

    /// The elements written, in the room itself, which whoever takes them must deinitialize
    /// and deallocate (the buffer is used up).
    consuming func handedOver() -> UnsafeBufferPointer<Element> {
        let elements = UnsafeBufferPointer(start: UnsafePointer(start), count: count)
        discard self
        return elements
    }

    /// Moves the elements into room for at least `minimum`, twice the old room or more.
    private mutating func grow(toHold minimum: Int) {
        let newCapacity = max(minimum, 2 * capacity)
        let newStart = UnsafeMutablePointer<Element>.allocate(capacity: newCapacity)
        newStart.moveInitialize(from: start, count: count)
        start.deallocate()
        start = newStart
        capacity = newCapacity
    }
}

extension PointerBuffer where Element == UInt8 {
    /// Appends the UTF-8 of `text`.
    @inline(__always)
    mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { append($0) }
    }
}
