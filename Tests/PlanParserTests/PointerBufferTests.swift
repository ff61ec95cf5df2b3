import Testing
@testable import PlanParser

/// `PointerBuffer` keeps every element, in order, across the moves its growth makes, and
/// hands over what is left after its last elements are forgotten.
@Suite struct PointerBufferTests {
    @Test func keepsEveryByteAcrossGrowth() {
        var output = PointerBuffer<UInt8>(capacity: 1)
        var expected: [UInt8] = []
        let text: StaticString = "Kế hoạch số 36/KH-UBND"
        for round in 0..<200 {
            output.append(UInt8(truncatingIfNeeded: round))
            expected.append(UInt8(truncatingIfNeeded: round))
            output.append(text)
            text.withUTF8Buffer { expected += $0 }
            output.append(UInt8(ascii: " "), repetitions: round % 7)
            expected += repeatElement(UInt8(ascii: " "), count: round % 7)
        }
        let long = [UInt8](repeating: 0xE1, count: 10_000)
        long.withUnsafeBufferPointer { output.append($0) }
        expected += long
        output.append(UnsafeBufferPointer(start: nil, count: 0))
        #expect(output.count == expected.count)
        #expect(output.array == expected)
    }

    /// Elements written in place into room asked for (as many as the writer says, fewer
    /// than the room or none), across growth: kept in order after those appended one by one,
    /// read back in place, and the writer's own result handed back.
    @Test func appendsWhatIsWrittenInPlace() {
        var buffer = PointerBuffer<UInt32>(capacity: 1)
        var expected: [UInt32] = []
        for round in 0..<300 {
            buffer.append(UInt32(round))
            expected.append(UInt32(round))
            let written = round % 5
            let result = buffer.append(upTo: 4 + round % 3) { room -> (count: Int, result: Int) in
                let count = min(written, room.count)
                for index in 0..<count { room.initializeElement(at: index, to: UInt32(1_000 * round + index)) }
                return (count, room.count)
            }
            #expect(result == 4 + round % 3)
            expected += (0..<min(written, 4 + round % 3)).map { UInt32(1_000 * round + $0) }
            #expect(buffer.count == expected.count)
        }
        #expect(Array(buffer.elements) == expected)
        #expect(buffer.array == expected)
    }

    /// Strings (elements with references): the ones removed and the ones left are released.
    @Test func handsOverWhatIsLeft() {
        var buffer = PointerBuffer<String>(capacity: 2)
        for value in 0..<100 { buffer.append("word \(value) of a text long enough to be allocated") }
        buffer.removeLast(40)
        buffer.append("last")
        let elements = buffer.handedOver()
        defer {
            UnsafeMutableBufferPointer(mutating: elements).deinitialize()
            elements.deallocate()
        }
        #expect(Array(elements) == (0..<60).map { "word \($0) of a text long enough to be allocated" } + ["last"])
    }
}
