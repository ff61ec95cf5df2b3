/// The header of the document: type, number and symbol, issuer, place, date and title.
public struct DocumentHeader: Codable, Sendable, Hashable {
    /// The type from the type line ("KẾ HOẠCH") or else from the symbol's code ("KH"), or `nil`
    /// when neither says.
    public var type: DocumentType?
    /// The register number as printed ("36", "0130"), or `nil` when left blank.
    public var number: String?
    /// The symbol after the number ("KH-UBND"; "2019/QĐ-UBND" for normative documents).
    public var symbol: String?
    /// The issuer lines printed above "Số:", joined by one space, or `nil` when not printed.
    public var issuer: String?
    /// The place before the date, without its comma ("Bình Phước", "Chánh Lộ"), or `nil` when
    /// not printed.
    public var place: String?
    /// The date of the place-and-date line ("ngày 16 tháng 02 năm 2017"), with blank parts `nil`;
    /// `nil` when no date is printed.
    public var date: IssueDate?
    /// The subject line(s) under the type name, joined by one space.
    public var title: String?
    /// For a document printed as the attachment of another, the reference under its title
    /// without parentheses ("Kèm theo Quyết định số 1627/QĐ-UBND ngày 21/11/2025 ..."), or
    /// `nil` (an addition to the contract).
    public var attachedTo: String?

    /// Creates a header; every field defaults to `nil`.
    public init(
        type: DocumentType? = nil, number: String? = nil, symbol: String? = nil,
        issuer: String? = nil, place: String? = nil, date: IssueDate? = nil, title: String? = nil,
        attachedTo: String? = nil
    ) {
        self.type = type
        self.number = number
        self.symbol = symbol
        self.issuer = issuer
        self.place = place
        self.date = date
        self.title = title
        self.attachedTo = attachedTo
    }

    enum CodingKeys: String, CodingKey { case type, number, symbol, issuer, place, date, title, attachedTo }

    /// Encodes every field in the contract's key order, writing `null` for `nil`.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(type, forKey: .type)
        try c.encode(number, forKey: .number)
        try c.encode(symbol, forKey: .symbol)
        try c.encode(issuer, forKey: .issuer)
        try c.encode(place, forKey: .place)
        try c.encode(date, forKey: .date)
        try c.encode(title, forKey: .title)
        try c.encode(attachedTo, forKey: .attachedTo)
    }
}

/// A document type: the ND 30/2020 abbreviation and the Vietnamese name.
public struct DocumentType: Codable, Sendable, Hashable {
    /// "KH", "QĐ", ...; `nil` for types without a code (công văn).
    public var code: String?
    /// The canonical Vietnamese name, "Kế hoạch".
    public var name: String

    /// Creates a document type.
    public init(code: String?, name: String) {
        self.code = code
        self.name = name
    }

    enum CodingKeys: String, CodingKey { case code, name }

    /// Encodes every field in the contract's key order, writing `null` for `nil`.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(code, forKey: .code)
        try c.encode(name, forKey: .name)
    }
}

/// A calendar date whose parts may be blank, as in drafts ("ngày   tháng 3 năm 2023").
public struct IssueDate: Codable, Sendable, Hashable {
    /// The year, 2017, or `nil` when left blank.
    public var year: Int?
    /// The month, 1-12, or `nil` when left blank or impossible.
    public var month: Int?
    /// The day of the month, 1-31, or `nil` when left blank or impossible.
    public var day: Int?
    /// "2017-02-16", "2023-03" or "2023" as far as the parts are known from the year down;
    /// `nil` without a year.
    public var iso: String?

    /// Creates a date and computes ``iso`` from its parts.
    public init(year: Int?, month: Int?, day: Int?) {
        self.year = year
        self.month = month
        self.day = day
        self.iso = IssueDate.isoText(year: year, month: month, day: day)
    }

    /// "2024-03-05", "2024-03" or "2024" (month and day on two digits at least). A date of
    /// four-digit year and two-digit month and day, as nearly every parsed one (a timeline's
    /// year is not range-checked), is written as bytes: a date is made for every one found.
    static func isoText(year: Int?, month: Int?, day: Int?) -> String? {
        guard let year else { return nil }
        let twoDigits = 0...99
        guard (1000...9999).contains(year), month.map(twoDigits.contains) ?? true, day.map(twoDigits.contains) ?? true else {
            return interpolatedText(year: year, month: month, day: day)
        }
        let count = month == nil ? 4 : day == nil ? 7 : 10
        return String(unsafeUninitializedCapacity: count) { text in
            text[0] = 0x30 + UInt8(year / 1000)
            text[1] = 0x30 + UInt8(year / 100 % 10)
            text[2] = 0x30 + UInt8(year / 10 % 10)
            text[3] = 0x30 + UInt8(year % 10)
            if let month { writePart(month, into: text, at: 4) }
            if month != nil, let day { writePart(day, into: text, at: 7) }
            return count
        }
    }

    /// Writes "-" and `value` (0 to 99) on two digits at `offset`.
    private static func writePart(_ value: Int, into text: UnsafeMutableBufferPointer<UInt8>, at offset: Int) {
        text[offset] = UInt8(ascii: "-")
        text[offset + 1] = 0x30 + UInt8(value / 10)
        text[offset + 2] = 0x30 + UInt8(value % 10)
    }

    /// ``isoText(year:month:day:)`` for any numbers (a year not of four digits, a month or
    /// day above 99 or below 0).
    private static func interpolatedText(year: Int, month: Int?, day: Int?) -> String {
        var text = String(year)
        guard let month else { return text }
        text += month < 10 ? "-0\(month)" : "-\(month)"
        guard let day else { return text }
        text += day < 10 ? "-0\(day)" : "-\(day)"
        return text
    }

    enum CodingKeys: String, CodingKey { case year, month, day, iso }

    /// Encodes every field in the contract's key order, writing `null` for `nil`.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(year, forKey: .year)
        try c.encode(month, forKey: .month)
        try c.encode(day, forKey: .day)
        try c.encode(iso, forKey: .iso)
    }
}
