/// A numbered part of the body ("I.", "1.", "2.1.", "a)", "Phần I", "Điều 1.") with its
/// text and its sub-sections.
public struct Section: Codable, Sendable, Hashable {
    /// The number as printed, without the dot or parenthesis: "I", "1", "2.1", "đ", "Phần II".
    public var number: String
    /// The text of the numbered paragraph, without the marker and a trailing ":", ";" or ",".
    public var title: String
    public var kinds: [SectionKind]
    public var line: Int
    /// The paragraphs and bullet items under the title, before the first sub-section.
    public var body: [BodyItem]
    /// Sections of the next numbering level.
    public var children: [Section]

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
    case purpose, requirements, targets, scope, content, methods, schedule, budget
    case implementation, reporting
}

/// A paragraph or a bullet item ("-", "+", "•") of a section's body.
public struct BodyItem: Codable, Sendable, Hashable {
    /// The bullet as printed ("-", "+", "•"), or `nil` for a plain paragraph.
    public var marker: String?
    public var text: String
    public var line: Int
    /// Items of a deeper bullet level ("+" under "-").
    public var children: [BodyItem]

    public init(marker: String?, text: String, line: Int, children: [BodyItem] = []) {
        self.marker = marker
        self.text = text
        self.line = line
        self.children = children
    }

    enum CodingKeys: String, CodingKey { case marker, text, line, children }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(marker, forKey: .marker)
        try c.encode(text, forKey: .text)
        try c.encode(line, forKey: .line)
        try c.encode(children, forKey: .children)
    }
}
