@testable import PlanParser

extension SourceLines {
    /// The lines of `text`, numbered from `firstNumber`: the tests' way to split a string.
    static func split(_ text: String, firstNumber: Int = 1) -> Split {
        split(Array(text.utf8), firstNumber: firstNumber)
    }
}
