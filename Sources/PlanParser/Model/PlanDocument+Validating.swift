extension PlanDocument {
    /// Parses a plan from its bytes after checking that they are text: the entry for
    /// files of unknown kind (the command line uses it).
    ///
    /// Binary formats (PDF, DOCX/ZIP, DOC, RTF, images) and binary data are refused, as are
    /// inputs with no text but white space. NUL characters in otherwise plain text are
    /// dropped and reported (`source.nul-bytes`). Everything else is parsed as
    /// ``init(parsing:sourceName:)-bytes`` parses it.
    ///
    /// - Parameters:
    ///   - bytes: The file's content.
    ///   - sourceName: The name reported in `source.name` ("-" for standard input).
    /// - Throws: ``PlanInputError/notText(format:)`` or ``PlanInputError/empty``.
    /// - Complexity: O(*n*) in the number of bytes.
    public init(validating bytes: [UInt8], sourceName: String = "-") throws(PlanInputError) {
        self = DocumentParser(source: try DecodedSource(validating: bytes), name: sourceName, byteCount: bytes.count).document
    }
}

extension DecodedSource {
    /// Decodes `bytes` after checking that they are text: binary formats and inputs with no
    /// text but white space are refused; NULs are dropped and reported.
    init(validating bytes: [UInt8]) throws(PlanInputError) {
        if let refusal = PlanInputError(firstBytes: bytes) { throw refusal }
        self.init(bytes: bytes)
        dropNULs()
        guard hasVisibleText else { throw .empty }
    }

    /// Whether the text holds a character other than white space and U+FEFF. Read from the
    /// start, so it usually stops at the first byte.
    private var hasVisibleText: Bool {
        var scalars = utf8.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&scalars) {
            case .scalarValue(let scalar): if !scalar.properties.isWhitespace && scalar != "\u{FEFF}" { return true }
            case .emptyInput: return false
            case .error: return true  // not reached: the decoded text is valid UTF-8
            }
        }
    }
}
