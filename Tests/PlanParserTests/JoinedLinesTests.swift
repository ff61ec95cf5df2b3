import Testing
@testable import PlanParser

/// `[SourceLine].joinedText(_:)` joins as `joined(separator: " ")` does: one space between
/// any two lines, an empty one too, in the order of the indices given.
@Suite struct JoinedLinesTests {
    private let lines: [SourceLine] = [
        .plain("Kế hoạch", number: 1), .blank(number: 2), .plain("phòng, chống", number: 3),
        .plain("thiên tai năm 2025 của Ủy ban nhân dân tỉnh", number: 4),
    ]

    private func joined(_ indices: [Int]) -> String {
        String(decoding: lines.joinedText(indices), as: UTF8.self)
    }

    @Test func joinsByOneSpace() {
        #expect(joined([0, 2, 3]) == "Kế hoạch phòng, chống thiên tai năm 2025 của Ủy ban nhân dân tỉnh")
        #expect(joined([3, 0]) == "thiên tai năm 2025 của Ủy ban nhân dân tỉnh Kế hoạch")
        #expect(String(decoding: lines.joinedText(0..<3), as: UTF8.self) == "Kế hoạch  phòng, chống")
    }

    @Test func oneLineNoLineAndEmptyLines() {
        #expect(joined([2]) == "phòng, chống")
        #expect(lines.joinedText([Int]()).isEmpty)
        #expect(lines.joinedText([1]).isEmpty)
        #expect(joined([1, 1]) == " ")
        #expect(joined([1, 0]) == " Kế hoạch")
    }
}
