@testable import PlanParser

/// The number `CitationNumber` reads at the start of `text`, normalized, or `nil`.
func citationNumberText(_ text: String) -> String? {
    CitationNumber(Array(text.utf8), at: 0)?.text
}
