extension PlanDocument {
    /// Parses the text of a plan.
    ///
    /// Parsing never fails: problems are reported in ``diagnostics``. CRLF line ends, a
    /// byte order mark and decomposed (NFD) text give the same result as clean input.
    ///
    /// - Parameters:
    ///   - text: The whole document.
    ///   - sourceName: The name reported in `source.name` ("-" for standard input).
    /// - Complexity: O(*n*) in the length of the text.
    public init(parsing text: String, sourceName: String = "-") {
        let parser = DocumentParser(source: DecodedSource(text: text), name: sourceName, byteCount: text.utf8.count)
        self = parser.document
    }

    /// Parses a plan from its bytes: UTF-8 (with or without a byte order mark) or UTF-16
    /// with a byte order mark. Invalid UTF-8 is repaired and reported as a diagnostic.
    ///
    /// - Parameters:
    ///   - bytes: The file's content.
    ///   - sourceName: The name reported in `source.name` ("-" for standard input).
    public init(parsing bytes: [UInt8], sourceName: String = "-") {
        let parser = DocumentParser(source: DecodedSource(bytes: bytes), name: sourceName, byteCount: bytes.count)
        self = parser.document
    }
}
