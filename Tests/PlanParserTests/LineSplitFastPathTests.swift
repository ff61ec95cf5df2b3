import Testing
@testable import PlanParser

/// The split decides, eight bytes at a time, whether a line needs `LineCleaner` or only a
/// trim. Whatever falls where in a block, a line must come out as the cleaner makes it.
@Suite struct LineSplitFastPathTests {
    /// The line as `LineCleaner` cleans it (it also trims the lines that need only that).
    private func cleanedByCleaner(_ line: String) -> (text: [UInt8], cellBreaks: [Int]) {
        var cleaner = LineCleaner()
        var cellBreaks: [Int] = []
        let text = Array(line.utf8).withUnsafeBufferPointer { cleaner.clean($0, cellBreaks: &cellBreaks) }
        return (text, cellBreaks)
    }

    @Test(arguments: ["  ", "*", "#", "|", "_", "[", "\u{A0}", "\u{200B}", "\u{FEFF}", "\t", "\u{0C}", "   "])
    func markAtEveryOffsetOfABlock(_ mark: String) {
        for count in 0..<17 {
            for lead in ["", " "] {
                let line = lead + String(repeating: "a", count: count) + mark + String(repeating: "b", count: 9)
                // After a line ending in a letter, so that the look at the previous byte reads it.
                let split = SourceLines.split("x\n" + line + "\nz")
                let expected = cleanedByCleaner(line)
                #expect(split.lines.map(\.number) == [1, 2, 3])
                #expect(split.lines[1].text == expected.text, "\(count) \(lead.isEmpty ? "" : "space ")\(mark.unicodeScalars.map { String($0.value, radix: 16) })")
                #expect(split.lines[1].cellBreaks == expected.cellBreaks)
            }
        }
    }

    @Test func aSpaceStartingALineAfterALineBreak() {
        let split = SourceLines.split(" x\n  y\r\n z \r  \n")
        #expect(split.lines.map(\.string) == ["x", "y", "z", ""])
        #expect(split.lines.map(\.isBlank) == [false, false, false, true])
    }

    @Test func theCleanersBufferLeavesNothingOfALongerLine() {
        let split = SourceLines.split("**" + String(repeating: "dài", count: 20) + "**\n**a**\na b\tc   d")
        #expect(split.lines[1].string == "a")
        #expect(split.lines[2].cells.map { String(decoding: $0, as: UTF8.self) } == ["a b", "c", "d"])
    }
}
