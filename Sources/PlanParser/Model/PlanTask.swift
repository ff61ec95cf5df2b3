/// One task of the plan: what is to be done, by whom, by when.
public struct PlanTask: Codable, Sendable, Hashable {
    public var number: String?
    /// The title of the group row above the task, or `nil`.
    public var group: String?
    public var content: String
    public var lead: [String]
    public var support: [String]
    /// The timeline as printed.
    public var timeline: String?
    /// "table" or "text".
    public var source: String
    public var line: Int
    /// The expected output ("Sản phẩm", "Kết quả"); an addition to the contract.
    public var output: String?
    /// The budget column ("Kinh phí"); an addition to the contract.
    public var budget: String?
    /// The notes column ("Ghi chú"); an addition to the contract.
    public var notes: String?
    /// The timeline read as a kind of deadline; an addition to the contract.
    public var due: Due?

    public init(
        number: String?, group: String? = nil, content: String, lead: [String] = [],
        support: [String] = [], timeline: String? = nil, source: String, line: Int,
        output: String? = nil, budget: String? = nil, notes: String? = nil, due: Due? = nil
    ) {
        self.number = number
        self.group = group
        self.content = content
        self.lead = lead
        self.support = support
        self.timeline = timeline
        self.source = source
        self.line = line
        self.output = output
        self.budget = budget
        self.notes = notes
        self.due = due
    }

    enum CodingKeys: String, CodingKey {
        case number, group, content, lead, support, timeline, source, line, output, budget, notes, due
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(number, forKey: .number)
        try c.encode(group, forKey: .group)
        try c.encode(content, forKey: .content)
        try c.encode(lead, forKey: .lead)
        try c.encode(support, forKey: .support)
        try c.encode(timeline, forKey: .timeline)
        try c.encode(source, forKey: .source)
        try c.encode(line, forKey: .line)
        try c.encode(output, forKey: .output)
        try c.encode(budget, forKey: .budget)
        try c.encode(notes, forKey: .notes)
        try c.encode(due, forKey: .due)
    }
}

/// When a task is due, read from its timeline.
public struct Due: Codable, Sendable, Hashable {
    public enum Kind: String, Codable, Sendable {
        case continuous, recurring, deadline, period, unspecified
    }

    public var kind: Kind
    public var year: Int?
    public var month: Int?
    public var day: Int?
    public var quarter: Int?
    /// The timeline as printed.
    public var text: String

    public init(kind: Kind, year: Int? = nil, month: Int? = nil, day: Int? = nil, quarter: Int? = nil, text: String) {
        self.kind = kind
        self.year = year
        self.month = month
        self.day = day
        self.quarter = quarter
        self.text = text
    }

    enum CodingKeys: String, CodingKey { case kind, year, month, day, quarter, text }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind, forKey: .kind)
        try c.encode(year, forKey: .year)
        try c.encode(month, forKey: .month)
        try c.encode(day, forKey: .day)
        try c.encode(quarter, forKey: .quarter)
        try c.encode(text, forKey: .text)
    }
}
