/// Merges the mentions of a document into one `Citation` each, in order of first mention,
/// and leaves out the document's references to itself.
///
/// Mentions are the same document when their normalized numbers are equal, or when their
/// names are equal once folded to letters and digits ("Luật Thi đua, khen thưởng" is "Luật
/// Thi đua khen thưởng"), a named mention joining the numbered one of the same name. A merged citation keeps
/// every line, and each field from the first mention that has it.
struct CitationCollector {
    /// The header's number-symbol, normalized, in both the "/" and the Party "-" form: two
    /// strings at most, compared by their bytes (no hashing).
    private let ownNumbers: [String]
    private let ownSymbol: String?
    private(set) var citations: [Citation] = []
    private(set) var diagnostics: [Diagnostic] = []
    /// The citation of each normalized number, and of each name key, made with room for the
    /// few dozen a plan cites (`reserveCapacity` on an empty dictionary ran unspecialised).
    private var indexByNumber = [String: Int](minimumCapacity: 64)
    private var indexByName = [String: Int](minimumCapacity: 16)

    init(header: DocumentHeader) {
        ownSymbol = header.symbol.flatMap { Self.number("0", UInt8(ascii: "/"), $0)?.symbol }
        if let number = header.number, let symbol = header.symbol {
            ownNumbers = [UInt8(ascii: "/"), UInt8(ascii: "-")].compactMap { Self.number(number, $0, symbol)?.text }
        } else {
            ownNumbers = []
        }
    }

    /// The number-symbol read from `number`, `separator` and `symbol` one after another.
    private static func number(_ number: String, _ separator: UInt8, _ symbol: String) -> CitationNumber? {
        CitationNumber(Array(number.utf8) + [separator] + Array(symbol.utf8), at: 0)
    }

    /// Adds `mentions`. Inlined at the call: most units mention nothing, and are passed
    /// over without a call (measured 0.1M instructions fewer on the Unicode files).
    @inline(__always)
    mutating func add(_ mentions: [CitationMention]) {
        if !mentions.isEmpty { addEach(mentions) }
    }

    /// Adds `mentions` (at least one). Each is read as `mentions[position]`, in place: `for
    /// mention in mentions` copies every mention, a retain and a release of each of its
    /// strings and arrays (measured 1,290 more of each and +0.15M instructions).
    private mutating func addEach(_ mentions: [CitationMention]) {
        for position in mentions.indices {
            if let number = mentions[position].number, isOwn(number, line: mentions[position].line) { continue }
            let nameKey = mentions[position].name.map(Self.nameKey)
            // The citation of the name, looked up once.
            let named = nameKey.flatMap { indexByName[$0] }
            // A law cited by name merges with the same law cited with its number
            // ("Luật Mặt trận Tổ quốc Việt Nam số 75/2015/QH13"), in either order.
            var index: Int?
            if let number = mentions[position].number {
                index = indexByNumber[number.text]
                // A number seen before keeps its citation; a new one is keyed once.
                if index == nil {
                    if let named, citations[named].number == nil {
                        citations[named].number = number.text
                        index = named
                    }
                    indexByNumber[number.text] = index ?? citations.count
                }
            } else {
                index = named
            }
            if let nameKey, named == nil { indexByName[nameKey] = index ?? citations.count }
            guard let index else {
                citations.append(Citation(
                    type: mentions[position].type, number: mentions[position].number?.text, date: mentions[position].date,
                    issuer: mentions[position].issuer, subject: mentions[position].subject, amends: mentions[position].amends,
                    lines: [mentions[position].line]))
                continue
            }
            merge(mentions, at: position, into: index)
        }
    }

    /// The key of a document's name: the letters and digits of its folded key, written in
    /// scratch room and made a `String` once.
    private static func nameKey(_ name: String) -> String {
        var name = name
        return name.withUTF8 { name in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: name.count) { room in
                var written = 0
                // The key is folded, then its letters and digits moved down over it (a byte is
                // written no later than where it is read).
                for byte in room.prefix(Folding.key(of: name, into: room)) where byte.isASCIILetter || byte.isASCIIDigit {
                    room[written] = byte
                    written += 1
                }
                return UTF8Text.string(room[..<written])
            }
        }
    }

    /// Adds the line of `mentions[position]` to a citation, and the fields the citation
    /// lacks. The mention is read in place, a field only where it is taken (passed as an
    /// argument, a mention was copied whole: 186 copies of all its strings).
    private mutating func merge(_ mentions: [CitationMention], at position: Int, into index: Int) {
        // Changed in place: a copy of the citation would copy its lines on every mention.
        Self.fill(&citations[index].type, from: mentions[position].type)
        Self.fill(&citations[index].date, from: mentions[position].date)
        Self.fill(&citations[index].issuer, from: mentions[position].issuer)
        Self.fill(&citations[index].subject, from: mentions[position].subject)
        for amended in mentions[position].amends where !citations[index].amends.contains(amended) { citations[index].amends.append(amended) }
        // Mentions come in line order, so a new line is nearly always the last one.
        let line = mentions[position].line
        if let last = citations[index].lines.last, last < line {
            citations[index].lines.append(line)
        } else if !citations[index].lines.contains(line) {
            citations[index].lines.append(line)
            citations[index].lines.sort()
        }
    }

    /// Sets `field` to `value` when it has none; `value` is read only then. A field that
    /// has one is left alone: `field = field ?? value` copied it and wrote it back (238
    /// dates copied on the Unicode files).
    @inline(__always)
    private static func fill<Value>(_ field: inout Value?, from value: @autoclosure () -> Value?) {
        if case .none = field { field = value() }
    }

    /// Whether the number is the document's own: the header's number, or a blank draft
    /// number ("Kế hoạch số /KH-SKHCN"), which is reported when its symbol differs.
    private mutating func isOwn(_ number: CitationNumber, line: Int) -> Bool {
        if number.isBlank {
            if let ownSymbol, ownSymbol != number.symbol {
                diagnostics.append(Diagnostic(
                    severity: .warning, code: "citation.own-symbol-mismatch",
                    message: "this document is referred to as '/\(number.symbol)' but its header reads '/\(ownSymbol)'",
                    line: line))
            }
            return true
        }
        // The lengths first (known without reading the bytes): most numbers differ in length.
        let text = number.text.utf8
        return ownNumbers.contains { $0.utf8.count == text.count && $0.utf8.elementsEqual(text) }
    }
}
