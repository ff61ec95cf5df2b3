/// A numbered part of the body ("I.", "1.", "2.1.", "a)", "Phần I", "Điều 1.") with its
/// text and its sub-sections.
public struct Section: Codable, Sendable, Hashable {
    /// The number as printed, without the dot or parenthesis: "I", "1", "2.1", "đ", "Phần II".
    public var number: String
    /// The text of the numbered paragraph, without the marker and a trailing ":", ";" or ",".
    public var title: String
    /// What the section is about, from keywords of its title ("Mục đích, yêu cầu" → purpose,
    /// requirements); `[]` when none matches, and for articles ("Điều 1.").
    public var kinds: [SectionKind]
    /// The 1-based line of the numbered paragraph.
    public var line: Int
    /// The paragraphs and bullet items under the title, before the first sub-section.
    public var body: [BodyItem]
    /// Sections of the next numbering level.
    public var children: [Section]

    /// Creates a section.
    public init(
        number: String, title: String, kinds: [SectionKind] = [], line: Int,
        body: [BodyItem] = [], children: [Section] = []
    ) {
        self.number = number
        self.title = title
        self.kinds = kinds
        self.line = line
        self.body = body
        self.children = children
    }
}

/// What a section is about, from the closed list of the contract.
public enum SectionKind: String, Codable, Sendable, Hashable, CaseIterable {
    /// Purpose ("mục đích").
    case purpose
    /// Requirements ("yêu cầu").
    case requirements
    /// Targets ("mục tiêu", "chỉ tiêu").
    case targets
    /// Scope ("đối tượng", "phạm vi").
    case scope
    /// Content ("nội dung", "nhiệm vụ", "giải pháp").
    case content
    /// Methods ("hình thức", "phương thức").
    case methods
    /// Schedule ("thời gian", "tiến độ").
    case schedule
    /// Budget ("kinh phí").
    case budget
    /// Implementation ("tổ chức thực hiện", "trách nhiệm").
    case implementation
    /// Reporting ("chế độ báo cáo", "thông tin báo cáo").
    case reporting
}

/// A paragraph or a bullet item ("-", "+", "•") of a section's body.
public struct BodyItem: Codable, Sendable, Hashable {
    /// The bullet as printed ("-", "+", "•"), or `nil` for a plain paragraph.
    public var marker: String?
    /// The item's text without the bullet, its lines joined by one space and a trailing ";" or
    /// "," removed.
    public var text: String
    /// The 1-based line where the item starts.
    public var line: Int
    /// Items of a deeper bullet level ("+" under "-").
    public var children: [BodyItem]

    /// Creates a body item.
    public init(marker: String?, text: String, line: Int, children: [BodyItem] = []) {
        self.marker = marker
        self.text = text
        self.line = line
        self.children = children
    }

    enum CodingKeys: String, CodingKey { case marker, text, line, children }

    /// Encodes every field in the contract's key order, writing `null` for `nil`.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(marker, forKey: .marker)
        try c.encode(text, forKey: .text)
        try c.encode(line, forKey: .line)
        try c.encode(children, forKey: .children)
    }
}
