/// Something the parser noticed and could not settle: a gap in numbering, a blank field.
///
/// Diagnostics are data: they never make parsing fail. ``code`` is a stable identifier
/// (`area.what`, listed in `docs/DIAGNOSTICS.md`); ``message`` may change between versions.
public struct Diagnostic: Codable, Sendable, Hashable {
    /// How much a diagnostic matters.
    public enum Severity: String, Codable, Sendable, Hashable {
        /// The output may be wrong or incomplete there.
        case warning
        /// A fact worth knowing, such as a blank field in a draft.
        case note
    }

    /// Whether the output may be wrong there (`warning`) or a fact is recorded (`note`).
    public var severity: Severity
    /// The stable identifier, `area.what`: "header.number-blank".
    public var code: String
    /// A readable explanation, often quoting the text concerned; its wording may change.
    public var message: String
    /// The 1-based line it concerns, or `nil` when it concerns the whole document.
    public var line: Int?

    /// Creates a diagnostic.
    public init(severity: Severity, code: String, message: String, line: Int?) {
        self.severity = severity
        self.code = code
        self.message = message
        self.line = line
    }

    enum CodingKeys: String, CodingKey { case severity, code, message, line }

    /// Encodes every field in the contract's key order, writing `null` for `nil`.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(severity, forKey: .severity)
        try c.encode(code, forKey: .code)
        try c.encode(message, forKey: .message)
        try c.encode(line, forKey: .line)
    }
}

/// A run of lines that forms one part of the document (an addition to the contract).
///
/// Every non-blank line of the input lies in exactly one zone, so a consumer can always
/// find the text of a part the parser does not yet structure (for example a signature).
public struct Zone: Codable, Sendable, Hashable {
    /// The part of the document a zone holds.
    public enum Kind: String, Codable, Sendable, Hashable {
        /// The header: issuer, motto, number and symbol, place and date, type line and title.
        case header
        /// The opening paragraphs before the first numbered section.
        case preamble
        /// The numbered sections.
        case body
        /// The closing paragraph ("Trên đây là Kế hoạch ... ./.").
        case closing
        /// "Kính gửi:" or "Nơi nhận:" with its items and the "Lưu" line.
        case recipients
        /// The signature blocks.
        case signature
        /// An appendix after the signature ("PHỤ LỤC", "DANH MỤC").
        case appendix
        /// A whole document after the signature, parsed into ``PlanDocument/attachments``.
        case attachment
        /// The footnotes at the end of the text.
        case footnote
        /// Text the parser could not place: web-page debris above the header, YAML front matter.
        case other
    }

    /// The part of the document the zone holds.
    public var kind: Kind
    /// The first line of the zone (1-based).
    public var line: Int
    /// The last line of the zone (1-based, inclusive).
    public var endLine: Int

    /// Creates a zone.
    public init(kind: Kind, line: Int, endLine: Int) {
        self.kind = kind
        self.line = line
        self.endLine = endLine
    }
}
