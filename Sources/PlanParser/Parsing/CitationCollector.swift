/// Merges the mentions of a document into one `Citation` each, in order of first mention,
/// and leaves out the document's references to itself.
///
/// Mentions are the same document when their normalized numbers are equal, or, for
/// documents cited by name, when their folded names are equal. A merged citation keeps
/// every line, and each field from the first mention that has it.
struct CitationCollector {
    private let ownDigits: String?
    private let ownSymbol: String?
    private(set) var citations: [Citation] = []
    private(set) var diagnostics: [Diagnostic] = []
    private var indexByKey: [String: Int] = [:]

    init(header: DocumentHeader) {
        ownDigits = header.number
        ownSymbol = header.symbol.flatMap { CitationNumber(Array(("0/" + $0).utf8), at: 0)?.symbol }
    }

    mutating func add(_ mentions: [CitationMention]) {
        for mention in mentions {
            if let number = mention.number, isOwn(number, line: mention.line) { continue }
            let key = mention.number?.text ?? "name:" + UTF8Text.string(Folding.key(mention.name ?? ""))
            guard let index = indexByKey[key] else {
                indexByKey[key] = citations.count
                citations.append(Citation(
                    type: mention.type, number: mention.number?.text, date: mention.date, issuer: mention.issuer,
                    subject: mention.subject, amends: mention.amends, lines: [mention.line]))
                continue
            }
            var citation = citations[index]
            citation.type = citation.type ?? mention.type
            citation.date = citation.date ?? mention.date
            citation.issuer = citation.issuer ?? mention.issuer
            citation.subject = citation.subject ?? mention.subject
            for amended in mention.amends where !citation.amends.contains(amended) { citation.amends.append(amended) }
            // Mentions come in line order, so a new line is nearly always the last one.
            if let last = citation.lines.last, last < mention.line {
                citation.lines.append(mention.line)
            } else if !citation.lines.contains(mention.line) {
                citation.lines.append(mention.line)
                citation.lines.sort()
            }
            citations[index] = citation
        }
    }

    /// Whether the number is the document's own: the header's number, or a blank draft
    /// number ("Kế hoạch số /KH-SKHCN"), which is reported when its symbol differs.
    private mutating func isOwn(_ number: CitationNumber, line: Int) -> Bool {
        if number.digits.isEmpty {
            if let ownSymbol, ownSymbol != number.symbol {
                diagnostics.append(Diagnostic(
                    severity: .warning, code: "citation.own-symbol-mismatch",
                    message: "this document is referred to as '/\(number.symbol)' but its header reads '/\(ownSymbol)'",
                    line: line))
            }
            return true
        }
        return number.digits == ownDigits && number.symbol == ownSymbol
    }
}
