/// A Vietnamese government plan ("Kế hoạch") parsed from raw text.
///
/// Create one with ``init(parsing:sourceName:)`` or ``init(parsing:sourceName:)-bytes``;
/// parsing never fails: whatever the parser cannot place with confidence is reported in
/// ``diagnostics``. The shape mirrors the output contract (`OUTPUT.md`, schema version 1),
/// and ``jsonText(pretty:)`` writes it with the contract's key order.
///
/// ```swift
/// let plan = PlanDocument(parsing: text, sourceName: "plan.txt")
/// print(plan.document.symbol ?? "-")   // "KH-UBND"
/// ```
public struct PlanDocument: Codable, Sendable, Hashable {
    /// The schema version this model writes.
    public static let currentSchemaVersion = 1

    public var schemaVersion: Int
    public var source: SourceInfo
    public var document: DocumentHeader
    /// The opening paragraph(s) before the first numbered section, or `nil`.
    public var preamble: TextBlock?
    public var sections: [Section]
    /// The closing paragraph ("Trên đây là Kế hoạch ... ./."), or `nil`.
    public var closing: TextBlock?
    public var citations: [Citation]
    public var tasks: [PlanTask]
    /// The units the "Tổ chức thực hiện" section names, with their duties (an addition to
    /// the contract).
    public var assignments: [Assignment]
    public var signers: [Signer]
    public var recipients: [Recipient]
    public var archive: Archive?
    public var appendices: [Appendix]
    /// Whole documents printed after this one's signature (the plan a decision issues),
    /// each parsed in the same shape (an addition to the contract).
    public var attachments: [PlanDocument]
    public var abbreviations: [Abbreviation]
    /// The footnotes printed at the end of the text (an addition to the contract).
    public var footnotes: [Footnote]
    public var diagnostics: [Diagnostic]
    /// Where each part of the document lies, in line order (an addition to the contract).
    public var zones: [Zone]

    public init(
        schemaVersion: Int = PlanDocument.currentSchemaVersion, source: SourceInfo,
        document: DocumentHeader, preamble: TextBlock? = nil, sections: [Section] = [],
        closing: TextBlock? = nil, citations: [Citation] = [], tasks: [PlanTask] = [], assignments: [Assignment] = [],
        signers: [Signer] = [], recipients: [Recipient] = [], archive: Archive? = nil,
        appendices: [Appendix] = [], attachments: [PlanDocument] = [], abbreviations: [Abbreviation] = [], footnotes: [Footnote] = [],
        diagnostics: [Diagnostic] = [], zones: [Zone] = []
    ) {
        self.schemaVersion = schemaVersion
        self.source = source
        self.document = document
        self.preamble = preamble
        self.sections = sections
        self.closing = closing
        self.citations = citations
        self.tasks = tasks
        self.assignments = assignments
        self.signers = signers
        self.recipients = recipients
        self.archive = archive
        self.appendices = appendices
        self.attachments = attachments
        self.abbreviations = abbreviations
        self.footnotes = footnotes
        self.diagnostics = diagnostics
        self.zones = zones
    }

    enum CodingKeys: String, CodingKey {
        case schemaVersion, source, document, preamble, sections, closing, citations, tasks, assignments
        case signers, recipients, archive, appendices, attachments, abbreviations, footnotes, diagnostics, zones
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(schemaVersion, forKey: .schemaVersion)
        try c.encode(source, forKey: .source)
        try c.encode(document, forKey: .document)
        try c.encode(preamble, forKey: .preamble)
        try c.encode(sections, forKey: .sections)
        try c.encode(closing, forKey: .closing)
        try c.encode(citations, forKey: .citations)
        try c.encode(tasks, forKey: .tasks)
        try c.encode(assignments, forKey: .assignments)
        try c.encode(signers, forKey: .signers)
        try c.encode(recipients, forKey: .recipients)
        try c.encode(archive, forKey: .archive)
        try c.encode(appendices, forKey: .appendices)
        try c.encode(attachments, forKey: .attachments)
        try c.encode(abbreviations, forKey: .abbreviations)
        try c.encode(footnotes, forKey: .footnotes)
        try c.encode(diagnostics, forKey: .diagnostics)
        try c.encode(zones, forKey: .zones)
    }
}

/// Facts about the input: its name, size, encoding and line count.
public struct SourceInfo: Codable, Sendable, Hashable {
    /// The file name as given, or "-" for standard input.
    public var name: String
    /// The size of the input in bytes, as read.
    public var bytes: Int
    /// The encoding the text was decoded from: "utf-8", "utf-16", or the legacy "tcvn3",
    /// "vni" or "windows-1258" (raw or as mojibake; a `source.legacy-encoding` note says which).
    public var encoding: String
    /// The number of lines of the decoded text.
    public var lines: Int

    public init(name: String, bytes: Int, encoding: String, lines: Int) {
        self.name = name
        self.bytes = bytes
        self.encoding = encoding
        self.lines = lines
    }
}

/// A paragraph-level text value and the 1-based line where it starts.
///
/// Paragraphs joined into one value are separated by a newline; the lines of one
/// paragraph are joined by a single space.
public struct TextBlock: Codable, Sendable, Hashable {
    public var text: String
    public var line: Int

    public init(text: String, line: Int) {
        self.text = text
        self.line = line
    }
}
