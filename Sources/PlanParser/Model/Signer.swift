/// A person who signs the document, with the chain of authority they sign under.
public struct Signer: Codable, Sendable, Hashable {
    /// "TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH", top down.
    public var authority: [Authority]
    /// The signer's own position, "PHÓ CHỦ TỊCH".
    public var position: String?
    /// The signer's name, or `nil` in a draft.
    public var name: String?
    /// The 1-based first line of the signature block.
    public var line: Int
    /// A capitalized line under the name, "TRƯỞNG BAN XÂY DỰNG ĐẢNG" (an addition to the contract).
    public var role: String?

    /// Creates a signer.
    public init(authority: [Authority] = [], position: String?, name: String?, line: Int, role: String? = nil) {
        self.authority = authority
        self.position = position
        self.name = name
        self.line = line
        self.role = role
    }

    enum CodingKeys: String, CodingKey { case authority, position, name, line, role }

    /// Encodes every field in the contract's key order, writing `null` for `nil`.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(authority, forKey: .authority)
        try c.encode(position, forKey: .position)
        try c.encode(name, forKey: .name)
        try c.encode(line, forKey: .line)
        try c.encode(role, forKey: .role)
    }
}

/// One step of a signing chain: the form (TM, KT, TL, TUQ, Q) and what it is exercised for.
public struct Authority: Codable, Sendable, Hashable {
    /// The signing form: "TM", "KT", "TL", "TUQ" or "Q" (the Party's "T/M", "K/T", "T/L"
    /// are read as "TM", "KT", "TL").
    public var form: String
    /// What the form is exercised for, as printed: "ỦY BAN NHÂN DÂN", "CHỦ TỊCH".
    public var of: String

    /// Creates a step of a signing chain.
    public init(form: String, of: String) {
        self.form = form
        self.of = of
    }
}

/// An addressee from "Nơi nhận:" or "Kính gửi:".
public struct Recipient: Codable, Sendable, Hashable {
    /// The addressee as printed, without the dash, the closing ";" or "." and the note:
    /// "Văn phòng UBND thành phố".
    public var name: String
    /// A purpose in parentheses, "(để b/c)", or `nil`.
    public var note: String?
    /// The 1-based line where the item starts.
    public var line: Int

    /// Creates a recipient.
    public init(name: String, note: String? = nil, line: Int) {
        self.name = name
        self.note = note
        self.line = line
    }

    enum CodingKeys: String, CodingKey { case name, note, line }

    /// Encodes every field in the contract's key order, writing `null` for `nil`.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encode(note, forKey: .note)
        try c.encode(line, forKey: .line)
    }
}

/// The file-copy line of "Nơi nhận" ("Lưu: VT, VP(D10b)").
public struct Archive: Codable, Sendable, Hashable {
    /// The line as printed: "Lưu: VT, VP(D10b)".
    public var text: String
    /// The codes up to the first full stop, without drafter codes in parentheses: ["VT", "VP"].
    public var units: [String]
    /// The 1-based line of "Lưu".
    public var line: Int
    /// The number of copies kept, "Lưu: VT, KH (6)." → 6 (an addition to the contract).
    public var copies: Int?
    /// A filing code on the line under "Lưu", "08 KH" (an addition to the contract).
    public var code: String?

    /// Creates an archive line.
    public init(text: String, units: [String], line: Int, copies: Int? = nil, code: String? = nil) {
        self.text = text
        self.units = units
        self.line = line
        self.copies = copies
        self.code = code
    }

    enum CodingKeys: String, CodingKey { case text, units, line, copies, code }

    /// Encodes every field in the contract's key order, writing `null` for `nil`.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(text, forKey: .text)
        try c.encode(units, forKey: .units)
        try c.encode(line, forKey: .line)
        try c.encode(copies, forKey: .copies)
        try c.encode(code, forKey: .code)
    }
}
