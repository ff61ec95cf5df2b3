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

    /// The version of the output contract the value follows, ``currentSchemaVersion``.
    public var schemaVersion: Int
    /// The input's name, size in bytes, encoding and line count.
    public var source: SourceInfo
    /// The header: type, number and symbol, issuer, place, date and title.
    public var document: DocumentHeader
    /// The opening paragraph(s) before the first numbered section, or `nil`.
    public var preamble: TextBlock?
    /// The top-level numbered sections of the body ("I.", "1.", "Điều 1."), each holding its
    /// sub-sections; `[]` when the body has no numbered paragraph.
    public var sections: [Section]
    /// The closing paragraph ("Trên đây là Kế hoạch ... ./."), or `nil`.
    public var closing: TextBlock?
    /// The documents the text refers to ("Nghị định số 63/2010/NĐ-CP ..."), one entry per
    /// document, in order of first mention.
    public var citations: [Citation]
    /// The tasks read from tables (`source` "table") and from labelled prose fields ("text").
    public var tasks: [PlanTask]
    /// The units the "Tổ chức thực hiện" section names, with their duties (an addition to
    /// the contract).
    public var assignments: [Assignment]
    /// The people who sign the document, one per signature block (two or more in a joint plan).
    public var signers: [Signer]
    /// The addressees of "Kính gửi:" and "Nơi nhận:", one entry per addressee, without the
    /// "Lưu" line.
    public var recipients: [Recipient]
    /// The "Lưu" line of "Nơi nhận" ("Lưu: VT, VP(D10b)"), or `nil` when not printed.
    public var archive: Archive?
    /// The appendices after the signature ("PHỤ LỤC", "DANH MỤC", "Mẫu số 01") with their tables.
    public var appendices: [Appendix]
    /// Whole documents printed after this one's signature (the plan a decision issues),
    /// each parsed in the same shape (an addition to the contract).
    public var attachments: [PlanDocument]
    /// The short forms the text defines ("thủ tục hành chính (TTHC)"), the first definition
    /// of each.
    public var abbreviations: [Abbreviation]
    /// The footnotes printed at the end of the text (an addition to the contract).
    public var footnotes: [Footnote]
    /// What the parser noticed and could not settle, sorted by line (document-wide ones first).
    public var diagnostics: [Diagnostic]
    /// Where each part of the document lies, in line order (an addition to the contract).
    public var zones: [Zone]

    /// Creates a document from its parts; to parse text, use ``init(parsing:sourceName:)``.
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

    /// Encodes every field in the contract's key order, writing `null` for `nil`.
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

    /// Creates the facts about an input.
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
    /// The text: one paragraph per line, the lines of each paragraph joined by one space.
    public var text: String
    /// The 1-based line of the decoded text where the first paragraph starts.
    public var line: Int

    /// Creates a text block.
    public init(text: String, line: Int) {
        self.text = text
        self.line = line
    }
}
