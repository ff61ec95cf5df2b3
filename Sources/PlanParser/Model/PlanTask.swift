/// One task of the plan: what is to be done, by whom, by when.
public struct PlanTask: Codable, Sendable, Hashable {
    /// The number as printed in the "STT" column ("1", "1.2"), or the section's number for a
    /// prose task; `nil` when none is printed.
    public var number: String?
    /// The title of the group row above the task, or `nil`.
    public var group: String?
    /// What is to be done: the content cell ("Nội dung", "Nhiệm vụ"), or the section's title for
    /// a prose task.
    public var content: String
    /// The units in charge ("Chủ trì"), one per entry ("Phòng Văn hóa và Thông tin"); `[]` when
    /// none is named.
    public var lead: [String]
    /// The units that assist ("Phối hợp"), one per entry; `[]` when none is named.
    public var support: [String]
    /// The timeline as printed.
    public var timeline: String?
    /// "table" or "text".
    public var source: String
    /// The 1-based line of the table row, or of the section for a prose task.
    public var line: Int
    /// The expected output ("Sản phẩm", "Kết quả"); an addition to the contract.
    public var output: String?
    /// The budget column ("Kinh phí"); an addition to the contract.
    public var budget: String?
    /// The notes column ("Ghi chú"); an addition to the contract.
    public var notes: String?
    /// The timeline read as a kind of deadline; an addition to the contract.
    public var due: Due?

    /// Creates a task.
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

    /// Encodes every field in the contract's key order, writing `null` for `nil`.
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
    /// How a timeline reads.
    public enum Kind: String, Codable, Sendable {
        /// Ongoing: "Thường xuyên", "liên tục".
        case continuous
        /// Repeated: "Hằng năm", "Mỗi tháng 1 lần", "định kỳ".
        case recurring
        /// Due by a date: "Trước ngày 15/12/2025", "Chậm nhất ..."; the date's parts when printed.
        case deadline
        /// Within a quarter, month or year: "Quý II/2025", "Tháng 6 năm 2025", "Giai đoạn 2025-2030".
        case period
        /// None of the forms above; only ``Due/text`` is set.
        case unspecified
    }

    /// How the timeline reads; ``Kind/unspecified`` when it is none of the known forms.
    public var kind: Kind
    /// The year of the deadline or period (the first year of "Năm 2025-2026"), or `nil`.
    public var year: Int?
    /// The month, 1-12, of the deadline or of "Tháng 02/2025", or `nil`.
    public var month: Int?
    /// The day of the deadline's date ("Trước ngày 15/12/2025" → 15), or `nil`.
    public var day: Int?
    /// The quarter, 1-4, of "Quý II/2025" (2), or `nil`.
    public var quarter: Int?
    /// The timeline as printed.
    public var text: String

    /// Creates a due value.
    public init(kind: Kind, year: Int? = nil, month: Int? = nil, day: Int? = nil, quarter: Int? = nil, text: String) {
        self.kind = kind
        self.year = year
        self.month = month
        self.day = day
        self.quarter = quarter
        self.text = text
    }

    enum CodingKeys: String, CodingKey { case kind, year, month, day, quarter, text }

    /// Encodes every field in the contract's key order, writing `null` for `nil`.
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
