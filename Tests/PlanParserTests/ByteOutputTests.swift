import Testing
@testable import PlanParser

/// `ByteOutput` keeps every byte, in order, across the moves its growth makes.
@Suite struct ByteOutputTests {
    @Test func keepsEveryByteAcrossGrowth() {
        var output = ByteOutput(capacity: 1)
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
        #expect(output.bytes == expected)
    }
}
