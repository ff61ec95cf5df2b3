@testable import PlanParser

extension SourceLines {
    /// The lines of `text`: the tests' way to split a string.
    static func split(_ text: String) -> Split {
        split(Array(text.utf8))
    }
}
