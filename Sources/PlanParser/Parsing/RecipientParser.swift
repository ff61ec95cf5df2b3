/// Reads the "Nơi nhận" (or "Kính gửi") list into recipients, and its "Lưu" line into the
/// archive.
///
/// Items start with "-" or "+" (or follow the heading on its line); a line that starts in
/// lower case, or follows an item not closed by ";" or ".", continues it. An item holding
/// several addressees separated by ";" gives one recipient each. A closing parenthesis of
/// purpose ("(để b/c)", "(Th/h)") becomes the note.
enum RecipientParser {
    typealias Cell = SignatureParser.Cell

    static func parse(_ cells: [Cell]) -> (recipients: [Recipient], archive: Archive?) {
        var items: [Cell] = []
        var archiveIndex: Int?
        var code: String?
        var itemCells: [Cell] = []
        itemCells.reserveCapacity(cells.count)
        for cell in cells { appendInlineItems(of: cell, to: &itemCells) }
        items.reserveCapacity(itemCells.count)
        for cell in itemCells {
            var text = cell.text
            if let rest = headingRest(text) {
                guard !rest.isEmpty else { continue }
                text = rest
            }
            // A filing code on the line under "Lưu".
            if archiveIndex != nil, archiveIndex == items.count - 1, code == nil, isArchiveCode(text) {
                code = UTF8Text.string(text)
                continue
            }
            let marker = itemMarkerLength(text)
            if marker == 0, let last = items.indices.last, continues(items[last].text, with: text) {
                items[last].text.append(0x20)
                items[last].text += text
                continue
            }
            items.append(Cell(line: cell.line, text: Array(text.dropFirst(marker).trimmingSpaces())))
            if archiveIndex == nil, isArchive(items[items.count - 1].text) { archiveIndex = items.count - 1 }
        }
        var archive = archiveIndex.map { Self.archive(items[$0]) }
        archive?.code = code
        var recipients: [Recipient] = []
        recipients.reserveCapacity(items.count)  // one per item at least, as a rule
        for item in items where !isArchive(item.text) {
            // The parts between ";" (empty ones left out), read in place.
            var partStart = 0
            while partStart < item.text.count {
                let partEnd = item.text[partStart...].firstIndex(of: UInt8(ascii: ";")) ?? item.text.count
                defer { partStart = partEnd + 1 }
                guard partEnd > partStart else { continue }
                let text = item.text[partStart..<partEnd].drop { $0 == 0x20 || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "+") }
                guard let recipient = recipient(text, line: item.line) else { continue }
                // "- Bộ Giáo dục và Đào tạo; (để báo cáo)": the purpose of the one before.
                if recipient.name.isEmpty, let note = recipient.note, let last = recipients.indices.last, recipients[last].note == nil {
                    recipients[last].note = note
                } else if !recipient.name.isEmpty {
                    recipients.append(recipient)
                }
            }
        }
        return (recipients, archive)
    }

    /// Appends a list written on one line, "Nơi nhận: - A; - B; - Lưu: VT.", to `cells` as
    /// one cell per item; a cell with one item is appended as it is, without a copy. An item
    /// starts at " - " after ";", "." or ":": only the dashes (found by `ByteSearch`) are
    /// looked at, past the first two bytes and before the last.
    private static func appendInlineItems(of cell: Cell, to cells: inout [Cell]) {
        var start = 0
        let text = cell.text
        var from = 2
        while text.count >= 4, let dash = ByteSearch.firstOffset(of: UInt8(ascii: "-"), in: text, from: from, to: text.count - 1) {
            from = dash + 1
            let before = text[dash - 2]
            guard text[dash - 1] == 0x20, text[dash + 1] == 0x20,
                before == UInt8(ascii: ";") || before == UInt8(ascii: ".") || before == UInt8(ascii: ":")
            else { continue }
            cells.append(Cell(line: cell.line, text: Array(text[start..<(dash - 1)])))
            start = dash
        }
        if start == 0 {
            cells.append(cell)
        } else {
            cells.append(Cell(line: cell.line, text: Array(text[start...])))
        }
    }

    /// The text after "Nơi nhận:" or "Kính gửi:", or `nil` when the line is no heading.
    static func headingRest(_ text: [UInt8]) -> [UInt8]? {
        guard let first = text.first(where: { $0 != UInt8(ascii: "*") }), first | 0x20 == UInt8(ascii: "n") || first | 0x20 == UInt8(ascii: "k")
        else { return nil }
        let head = Folding.keyHead(text)
        guard head == TailLocator.Heads.noi || head == TailLocator.Heads.kin else { return nil }
        let key = Folding.key(text.prefix(24))
        guard key.hasKeyPrefix("noi nhan") || key.hasKeyPrefix("kinh gui") else { return nil }
        // Both headings are two words: drop them, then the colon.
        var rest = text[...]
        for _ in 0..<2 { rest = rest.drop { $0 == 0x20 }.drop { $0 != 0x20 && $0 != UInt8(ascii: ":") } }
        return Array(rest.drop { $0 == 0x20 || $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: "*") })
    }

    /// The length of a leading item marker ("- ", "+ ", "-", "• "), or 0.
    private static func itemMarkerLength(_ text: [UInt8]) -> Int {
        guard let first = text.first else { return 0 }
        var length = 0
        if first == UInt8(ascii: "-") || first == UInt8(ascii: "+") || first == UInt8(ascii: "*") {
            length = 1
        } else if UTF8Text.startsWithDashOrBulletSign(text) {
            length = 3
        } else {
            return 0
        }
        while length < text.count, text[length] == 0x20 || text[length] == UInt8(ascii: "*") || text[length] == UInt8(ascii: "-") { length += 1 }
        return length
    }

    /// Whether a line without a marker continues the item before it.
    private static func continues(_ item: [UInt8], with text: [UInt8]) -> Bool {
        if UTF8Text.startsLowercase(text) { return true }
        guard let last = item.last, !isArchive(text) else { return false }
        // "- Lưu: VT, VP, KGVX," / "NC, KTTH.": the archive's codes go on.
        // "- Lưu: VP (HC, TH)" / "TCT (HC, NV3)": a line of codes alone goes on too.
        if isArchive(item) { return last == UInt8(ascii: ",") || isArchiveUnits(text) }
        return last != UInt8(ascii: ";") && last != UInt8(ascii: ".") && last != UInt8(ascii: ",") && last != UInt8(ascii: ")")
    }

    /// Whether an item (its marker, if any, included) is the "Lưu" line.
    static func isArchive(_ text: [UInt8]) -> Bool {
        let text = text.drop { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "*") || $0 == 0x20 }
        guard let first = text.first, first | 0x20 == UInt8(ascii: "l"), Folding.keyHead(text) == TailLocator.Heads.luu else { return false }
        let key = Folding.key(text.prefix(16))
        guard key.hasKeyPrefix("luu"), key.count > 4 else { return false }
        // "Lưu: VT", "Lưu VT, NC": a colon or a code in capitals; "Lưu Quang Huy" is a name.
        let rest = key.dropFirst(3).drop { $0 == 0x20 }
        if rest.first == UInt8(ascii: ":") { return true }
        let next = text.drop { $0 != 0x20 }.drop { $0 == 0x20 }.prefix { $0 != 0x20 && $0 != UInt8(ascii: ",") && $0 != UInt8(ascii: ".") }
        return !next.isEmpty && UTF8Text.isAllCaps(next)
    }

    /// A filing code alone on the line under "Lưu": "08 KH". Its bytes are tested first
    /// (most cells fail on a small letter), then its words counted.
    static func isArchiveCode(_ text: some ByteText) -> Bool {
        guard text.allSatisfy({ $0.isASCIIDigit || $0.isASCIIUpper || $0 == 0x20 || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "/") }),
            text.contains(where: \.isASCIIDigit)
        else { return false }
        return (1...3).contains(UTF8Text.wordCount(text, upTo: 3))
    }

    /// A line of archive codes under "Lưu": "TCT (HC, NV3)", a unit in capitals (two to
    /// eight letters) and what follows it in capitals, digits, "(", ")", ",", "/", "." and spaces,
    /// with a "(" or "," among them (a list of codes, or codes of a unit): capitals alone
    /// may be a position printed without its diacritics ("CHU TICH").
    static func isArchiveUnits(_ text: some ByteText) -> Bool {
        let unit = text.prefix(while: \.isASCIIUpper)
        guard (2...8).contains(unit.count), unit.count < text.count,
            text[unit.count] == 0x20 || text[unit.count] == UInt8(ascii: "(") || text[unit.count] == UInt8(ascii: ","),
            text.contains(UInt8(ascii: "(")) || text.contains(UInt8(ascii: ","))
        else { return false }
        return text.allSatisfy {
            $0.isASCIIUpper || $0.isASCIIDigit || $0 == 0x20 || $0 == UInt8(ascii: "(") || $0 == UInt8(ascii: ")")
                || $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: ".")
        }
    }

    /// "Lưu: VT, VP(D10b)" → units VT, VP; "Lưu: VT, KH (6)." → copies 6. The unit list
    /// ends at the first full stop; parenthesized drafter codes and codes with "." or "/"
    /// are not units.
    private static func archive(_ item: Cell) -> Archive {
        var rest = Array(item.text.drop { $0 != 0x20 && $0 != UInt8(ascii: ":") }.drop { $0 == 0x20 || $0 == UInt8(ascii: ":") })
        if let stop = rest.indices.first(where: { rest[$0] == UInt8(ascii: ".") && ($0 + 1 == rest.count || rest[$0 + 1] == 0x20) }) {
            rest = Array(rest[..<stop])
        }
        var copies: Int?
        var units: [String] = []
        var plain: [UInt8] = []
        var depth = 0
        var inner: [UInt8] = []
        for byte in rest {
            if byte == UInt8(ascii: "(") {
                depth += 1
                inner = []
            } else if byte == UInt8(ascii: ")") {
                depth = max(0, depth - 1)
                // A unit ends with its parentheses ("VP (HC, TH) TCT (HC, NV3)").
                if depth == 0 { plain.append(UInt8(ascii: ",")) }
                // "(6)", "(3b)": the number of copies ("b" for "bản").
                let digits = inner.prefix(while: \.isASCIIDigit)
                if !digits.isEmpty, digits.count <= 3, inner.count - digits.count <= 1, inner.dropFirst(digits.count).allSatisfy({ $0 | 0x20 == UInt8(ascii: "b") }) {
                    copies = Int(UTF8Text.string(digits))
                }
            } else if depth > 0 {
                inner.append(byte)
            } else {
                plain.append(byte)
            }
        }
        for part in plain.split(whereSeparator: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ";") }) {
            let unit = part.trimmingSpaces()
            guard !unit.isEmpty, unit.count <= 16, !unit.contains(UInt8(ascii: ".")), !unit.contains(UInt8(ascii: "/")),
                !unit.contains(0x20), unit.contains(where: \.isASCIIUpper) || unit.first == 0xC4
            else { continue }
            units.append(UTF8Text.string(unit))
        }
        return Archive(text: UTF8Text.string(item.text), units: units, line: item.line, copies: copies)
    }

    /// One addressee, with a closing purpose in parentheses as its note. The name (leading
    /// spaces and trailing spaces and ". , ;" left out) is found by its bounds and read in
    /// place.
    private static func recipient(_ text: ArraySlice<UInt8>, line: Int) -> Recipient? {
        var start = text.startIndex
        var end = text.endIndex
        while start < end, text[start] == 0x20 { start += 1 }
        while end > start, text[end - 1] == UInt8(ascii: ".") || text[end - 1] == UInt8(ascii: ",") || text[end - 1] == UInt8(ascii: ";")
            || text[end - 1] == 0x20
        {
            end -= 1
        }
        let name = text[start..<end]
        guard UTF8Text.hasAlphanumeric(name) else { return nil }
        if name.last == UInt8(ascii: ")"), let open = name.lastIndex(of: UInt8(ascii: "(")) {
            let inner = Array(name[(open + 1)..<(name.endIndex - 1)].trimmingSpaces())
            if isPurpose(inner) {
                return Recipient(name: UTF8Text.string(name[..<open].trimmingSpaces()), note: UTF8Text.string(inner), line: line)
            }
        }
        return Recipient(name: UTF8Text.string(name), note: nil, line: line)
    }

    /// "để b/c", "b/c", "Th/h", "để thực hiện", "đưa tin", "Để báo cáo", "Thực hiện": lower
    /// case, a short x/y code, or a purpose word in any case.
    private static func isPurpose(_ text: [UInt8]) -> Bool {
        guard !text.isEmpty else { return false }
        if UTF8Text.startsLowercase(text) { return true }
        if text.count <= 5, text.contains(UInt8(ascii: "/")), !text.contains(where: \.isASCIIDigit) { return true }
        let key = Folding.key(text.prefix(24))
        return purposeWords.contains { key.starts(with: $0) && (key.count == $0.count || key[$0.count] == 0x20) }
    }

    private static let purposeWords: [[UInt8]] = ["de", "thuc hien", "bao cao", "phoi hop", "biet", "dua tin", "chi dao", "theo doi"].map { Array($0.utf8) }
}
