@testable import PlanParser

extension SourceLines {
    /// The lines of `text` (valid UTF-8, as every string): the tests' way to split a string.
    static func split(_ text: String) -> Split {
        split(Array(text.utf8), isValidUTF8: true)
    }
}
