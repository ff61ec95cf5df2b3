@testable import PlanParser

extension SourceLine {
    /// A line that is not blank and closes no emphasis: the tests' way to make one.
    static func plain(_ text: [UInt8], number: Int = 1, cellBreaks: [Int] = []) -> SourceLine {
        SourceLine(number: number, text: ByteStorage.view(copying: text), isBlank: false, closesEmphasis: false, cellBreaks: cellBreaks)
    }

    /// The line of UTF-8 `text` (`plain(_:number:cellBreaks:)`).
    static func plain(_ text: String, number: Int = 1, cellBreaks: [Int] = []) -> SourceLine {
        plain(Array(text.utf8), number: number, cellBreaks: cellBreaks)
    }
}
