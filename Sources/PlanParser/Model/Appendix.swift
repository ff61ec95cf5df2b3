/// An appendix after the signature ("PHỤ LỤC", "DANH MỤC") with its tables.
public struct Appendix: Codable, Sendable, Hashable {
    public var heading: String
    public var title: String?
    /// The reference line "(Kèm theo Kế hoạch số ... )", without its parentheses.
    public var attachedTo: String?
    public var line: Int
    public var tables: [Table]

    public init(heading: String, title: String?, attachedTo: String?, line: Int, tables: [Table] = []) {
        self.heading = heading
        self.title = title
        self.attachedTo = attachedTo
        self.line = line
        self.tables = tables
    }

    enum CodingKeys: String, CodingKey { case heading, title, attachedTo, line, tables }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(heading, forKey: .heading)
        try c.encode(title, forKey: .title)
        try c.encode(attachedTo, forKey: .attachedTo)
        try c.encode(line, forKey: .line)
        try c.encode(tables, forKey: .tables)
    }
}

/// A table: its header cells and its rows of cells.
public struct Table: Codable, Sendable, Hashable {
    public var columns: [String]
    public var rows: [[String]]
    public var line: Int

    public init(columns: [String], rows: [[String]], line: Int) {
        self.columns = columns
        self.rows = rows
        self.line = line
    }
}
