/// A document the plan refers to: a law, decree, decision, earlier plan ...
public struct Citation: Codable, Sendable, Hashable {
    /// The canonical Vietnamese type name, "Nghị định".
    public var type: String?
    /// The normalized number-symbol, "63/2010/NĐ-CP", or `nil` for a document cited by name.
    public var number: String?
    public var date: IssueDate?
    public var issuer: String?
    public var subject: String?
    /// Numbers of the documents this one amends, when the text says so.
    public var amends: [String]
    /// Every line that mentions the document.
    public var lines: [Int]

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
    public var short: String
    public var long: String
    public var line: Int

    public init(short: String, long: String, line: Int) {
        self.short = short
        self.long = long
        self.line = line
    }
}
