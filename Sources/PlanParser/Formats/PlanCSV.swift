/// The CSV tables of a batch of plans: one row per task or one row per citation, for
/// spreadsheets and databases.
///
/// The bytes are UTF-8 CSV as RFC 4180 describes it: a header record, then one record per
/// task or citation; fields separated by commas; every record, the last one included,
/// ended by CRLF; a field quoted when it holds a comma, a double quote, a CR or an LF,
/// with double quotes doubled. Text is written as printed (NFC); an unknown value is an
/// empty field. The first column, `source`, is the input's name (`source.name`), so the
/// rows of a batch say which file they come from.
///
/// Stream a batch by writing the header once and then the rows of each document:
///
/// ```swift
/// var out = PlanCSV.tasks.header(byteOrderMark: true)
/// for plan in plans { out += PlanCSV.tasks.rows(for: plan) }
/// ```
public enum PlanCSV: Sendable, Hashable, CaseIterable {
    /// One row per task: `source`, `document`, `number`, `group`, `content`, `lead`,
    /// `support`, `timeline`, `dueKind`, `due`, `output`, `budget`, `notes`, `taskSource`,
    /// `line`.
    case tasks
    /// One row per cited document: `source`, `document`, `type`, `number`, `date`,
    /// `issuer`, `subject`, `amends`, `lines`.
    case citations

    /// The UTF-8 byte order mark, `EF BB BF`, which tells Excel the file is UTF-8. It
    /// belongs once at the start of a stream, before the header.
    public static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The column names, in order.
    public var columns: [String] {
        switch self {
        case .tasks:
            ["source", "document", "number", "group", "content", "lead", "support", "timeline",
             "dueKind", "due", "output", "budget", "notes", "taskSource", "line"]
        case .citations:
            ["source", "document", "type", "number", "date", "issuer", "subject", "amends", "lines"]
        }
    }

    /// The header record, preceded by the byte order mark when `byteOrderMark` is true.
    public func header(byteOrderMark: Bool = false) -> [UInt8] {
        var writer = CSVRecordWriter()
        for column in columns { writer.field(column) }
        writer.endRecord()
        return (byteOrderMark ? Self.byteOrderMark : []) + writer.bytes
    }

    /// The records of one document, without a header: its tasks or citations, then those of
    /// its attachments, in order. Empty when it has none.
    ///
    /// - Complexity: O(*n*) in the size of the document's values.
    public func rows(for document: PlanDocument) -> [UInt8] {
        var writer = CSVRecordWriter()
        appendRows(of: document, inheriting: nil, to: &writer)
        return writer.bytes
    }

    /// A whole table: the header (after the byte order mark when `byteOrderMark` is true)
    /// and the rows of every document, in order.
    public func table(for documents: [PlanDocument], byteOrderMark: Bool = false) -> [UInt8] {
        var bytes = header(byteOrderMark: byteOrderMark)
        for document in documents { bytes += rows(for: document) }
        return bytes
    }

    /// Writes the rows of `document` and of its attachments. The `document` column holds
    /// the document's own number and symbol, or, for an attachment that has none (the plan
    /// a decision issues), the number and symbol of the document it is attached to.
    private func appendRows(of document: PlanDocument, inheriting parentSymbol: String?, to writer: inout CSVRecordWriter) {
        let symbol = document.document.numberSymbol ?? parentSymbol
        switch self {
        case .tasks:
            for task in document.tasks { Self.append(task, source: document.source.name, symbol: symbol, to: &writer) }
        case .citations:
            for citation in document.citations { Self.append(citation, source: document.source.name, symbol: symbol, to: &writer) }
        }
        for attachment in document.attachments { appendRows(of: attachment, inheriting: symbol, to: &writer) }
    }

    private static func append(_ task: PlanTask, source: String, symbol: String?, to writer: inout CSVRecordWriter) {
        writer.field(source)
        writer.field(symbol)
        writer.field(task.number)
        writer.field(task.group)
        writer.field(task.content)
        writer.field(task.lead.joined(separator: "; "))
        writer.field(task.support.joined(separator: "; "))
        writer.field(task.timeline)
        writer.field(task.due?.kind.rawValue)
        writer.field(task.due?.dateText)
        writer.field(task.output)
        writer.field(task.budget)
        writer.field(task.notes)
        writer.field(task.source)
        writer.field(task.line)
        writer.endRecord()
    }

    private static func append(_ citation: Citation, source: String, symbol: String?, to writer: inout CSVRecordWriter) {
        writer.field(source)
        writer.field(symbol)
        writer.field(citation.type)
        writer.field(citation.number)
        writer.field(citation.date?.iso)
        writer.field(citation.issuer)
        writer.field(citation.subject)
        writer.field(citation.amends.joined(separator: "; "))
        writer.field(citation.lines.map(String.init).joined(separator: " "))
        writer.endRecord()
    }
}
