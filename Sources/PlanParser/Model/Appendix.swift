/// An appendix after the signature ("PHỤ LỤC", "DANH MỤC") with its tables and its text.
public struct Appendix: Codable, Sendable, Hashable {
    /// The heading line as printed: "PHỤ LỤC", "Phụ lục I", "DANH MỤC".
    public var heading: String
    /// The lines under the heading up to "(Kèm theo ...)" (at most three), joined by one space,
    /// or `nil` when there are none.
    public var title: String?
    /// The reference line "(Kèm theo Kế hoạch số ... )", without its parentheses.
    public var attachedTo: String?
    /// The 1-based line of the heading.
    public var line: Int
    /// The appendix's tables as printed; `[]` when it has none.
    public var tables: [Table]
    /// Every other line of the appendix (forms, notes, prose before, between or after the
    /// tables): one paragraph per line, the lines of each joined by one space; `nil` when
    /// there are none. An addition to the contract.
    public var text: String?

    /// Creates an appendix.
    public init(heading: String, title: String?, attachedTo: String?, line: Int, tables: [Table] = [], text: String? = nil) {
        self.heading = heading
        self.title = title
        self.attachedTo = attachedTo
        self.line = line
        self.tables = tables
        self.text = text
    }

    enum CodingKeys: String, CodingKey { case heading, title, attachedTo, line, tables, text }

    /// Encodes every field in the contract's key order, writing `null` for `nil`.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(heading, forKey: .heading)
        try c.encode(title, forKey: .title)
        try c.encode(attachedTo, forKey: .attachedTo)
        try c.encode(line, forKey: .line)
        try c.encode(tables, forKey: .tables)
        try c.encode(text, forKey: .text)
    }
}

/// A table: its header cells and its rows of cells.
public struct Table: Codable, Sendable, Hashable {
    /// The cells of the header row: "STT", "Nội dung công việc", "Đơn vị chủ trì".
    public var columns: [String]
    /// Every other row as its cells, group rows included; an empty cell is "".
    public var rows: [[String]]
    /// The 1-based line where the header row starts.
    public var line: Int

    /// Creates a table.
    public init(columns: [String], rows: [[String]], line: Int) {
        self.columns = columns
        self.rows = rows
        self.line = line
    }
}
