/// A document the plan refers to: a law, decree, decision, earlier plan ...
public struct Citation: Codable, Sendable, Hashable {
    /// The canonical Vietnamese type name, "Nghị định".
    public var type: String?
    /// The normalized number-symbol, "63/2010/NĐ-CP", or `nil` for a document cited by name.
    public var number: String?
    /// The date printed with the reference ("ngày 08/6/2010" → 2010-06-08; "năm 2015" after a
    /// law gives a year alone), or `nil`.
    public var date: IssueDate?
    /// The words after "của" ("Chính phủ", "UBND tỉnh"), or `nil` when not printed.
    public var issuer: String?
    /// What the document is about, after "về" ("Kiểm soát thủ tục hành chính"), or the name of
    /// a document cited without a number ("Luật Phòng, chống tham nhũng"); `nil` when not printed.
    public var subject: String?
    /// Numbers of the documents this one amends, when the text says so.
    public var amends: [String]
    /// Every 1-based line that mentions the document, in ascending order, each once (for a
    /// reference that runs over two lines, the line of its number).
    public var lines: [Int]

    /// Creates a citation.
    public init(
        type: String?, number: String?, date: IssueDate? = nil, issuer: String? = nil,
        subject: String? = nil, amends: [String] = [], lines: [Int]
    ) {
        self.type = type
        self.number = number
        self.date = date
        self.issuer = issuer
        self.subject = subject
        self.amends = amends
        self.lines = lines
    }

    enum CodingKeys: String, CodingKey { case type, number, date, issuer, subject, amends, lines }

    /// Encodes every field in the contract's key order, writing `null` for `nil`.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(type, forKey: .type)
        try c.encode(number, forKey: .number)
        try c.encode(date, forKey: .date)
        try c.encode(issuer, forKey: .issuer)
        try c.encode(subject, forKey: .subject)
        try c.encode(amends, forKey: .amends)
        try c.encode(lines, forKey: .lines)
    }
}

/// A term the text defines, "kiểm soát thủ tục hành chính (TTHC)".
public struct Abbreviation: Codable, Sendable, Hashable {
    /// The short form, "TTHC".
    public var short: String
    /// The words it stands for, as printed: "thủ tục hành chính".
    public var long: String
    /// The 1-based line of the parenthesis that defines it.
    public var line: Int

    /// Creates an abbreviation.
    public init(short: String, long: String, line: Int) {
        self.short = short
        self.long = long
        self.line = line
    }
}
