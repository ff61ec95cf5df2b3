/// Something the parser noticed and could not settle: a gap in numbering, a blank field.
///
/// Diagnostics are data: they never make parsing fail. ``code`` is a stable identifier
/// (`area.what`, listed in `docs/DIAGNOSTICS.md`); ``message`` may change between versions.
public struct Diagnostic: Codable, Sendable, Hashable {
    public enum Severity: String, Codable, Sendable, Hashable {
        case warning, note
    }

    public var severity: Severity
    public var code: String
    public var message: String
    /// The 1-based line it concerns, or `nil` when it concerns the whole document.
    public var line: Int?

    public init(severity: Severity, code: String, message: String, line: Int?) {
        self.severity = severity
        self.code = code
        self.message = message
        self.line = line
    }

    enum CodingKeys: String, CodingKey { case severity, code, message, line }

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
    public enum Kind: String, Codable, Sendable, Hashable {
        case header, preamble, body, closing, recipients, signature, appendix, attachment, footnote, other
    }

    public var kind: Kind
    /// The first line of the zone (1-based).
    public var line: Int
    /// The last line of the zone (1-based, inclusive).
    public var endLine: Int

    public init(kind: Kind, line: Int, endLine: Int) {
        self.kind = kind
        self.line = line
        self.endLine = endLine
    }
}
