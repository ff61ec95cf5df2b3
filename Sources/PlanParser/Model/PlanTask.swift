/// One task of the plan: what is to be done, by whom, by when.
public struct PlanTask: Codable, Sendable, Hashable {
    public var number: String?
    /// The heading of the group of tasks this one belongs to, or `nil`.
    public var group: String?
    public var content: String
    /// The units that lead the task ("chủ trì").
    public var lead: [String]
    /// The units that support it ("phối hợp").
    public var support: [String]
    public var timeline: String?
    /// "table" (from a table) or "text" (from labelled prose fields).
    public var source: String
    public var line: Int

    public init(
        number: String?, group: String? = nil, content: String, lead: [String] = [],
        support: [String] = [], timeline: String? = nil, source: String, line: Int
    ) {
        self.number = number
        self.group = group
        self.content = content
        self.lead = lead
        self.support = support
        self.timeline = timeline
        self.source = source
        self.line = line
    }

    enum CodingKeys: String, CodingKey {
        case number, group, content, lead, support, timeline, source, line
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
    }
}
