/// Finds the abbreviations a text unit defines, on UTF-8 bytes.
///
/// Two forms: an acronym in parentheses after the words it stands for, "kiểm soát thủ tục
/// hành chính (TTHC)", where the long form is the run of words just before whose initials
/// spell the acronym (Đ and D alike; "và", "&" and "-" may be skipped); and a defined short
/// name, "(sau đây gọi tắt là Đợt thi đua)", where the long form is the phrase before the
/// parenthesis that starts with the short name's first word, or else the clause before it.
struct AbbreviationScanner {
    let unit: TextUnit
    /// The unit's bytes, read in place (a stored copy would cost a retain and a release
    /// per unit).
    private var t: ByteView { unit.bytes }

    static let introductions: [[UInt8]] = [
        "sau day goi tat la", "sau day goi chung la", "sau day goi la", "sau day viet tat la",
        "sau day viet tat", "sau day la", "goi tat la", "goi chung la", "goi la", "viet tat la", "viet tat",
    ].map { Array($0.utf8) }
    private static let skippable: [[UInt8]] = ["va", "&", "-", "cua"].map { Array($0.utf8) }

    init(_ unit: TextUnit) {
        self.unit = unit
    }

    /// The abbreviations the unit defines, its first "(" at or after `first`
    /// (`CitationScanner.survey(of:)`: none before it).
    func abbreviations(from first: Int) -> [Abbreviation] {
        var result: [Abbreviation] = []
        var index = first
        while let open = ByteSearch.firstOffset(of: UInt8(ascii: "("), in: t, from: index, to: t.count) {
            index = open + 1
            guard let close = ByteSearch.firstOffset(of: UInt8(ascii: ")"), in: t, from: open + 1, to: min(t.count, open + 240)),
                ByteSearch.firstOffset(of: UInt8(ascii: "("), in: t, from: open + 1, to: close) == nil
            else { continue }
            // An acronym starts with a capital; a definition with "sau", "gọi" or "viết".
            guard let first = t[(open + 1)..<close].first(where: { $0 != 0x20 && $0 != UInt8(ascii: "*") }),
                first.isASCIIUpper || first == 0xC4 || first == UInt8(ascii: "s") || first == UInt8(ascii: "g") || first == UInt8(ascii: "v")
                    || first == UInt8(ascii: "S") || first == UInt8(ascii: "G") || first == UInt8(ascii: "V")
            else { continue }
            // Text without asterisks (emphasis marks) is tested in place: most parentheses
            // are neither an acronym (one word of 2 to 15 bytes, no digit) nor a definition,
            // and are not copied; text with them is copied without them.
            let text = t[trimmed(open + 1..<close)]
            let hasAsterisks = text.contains(UInt8(ascii: "*"))
            if !hasAsterisks, !Self.hasAcronymShape(text), !Self.startsLikeIntroduction(text) {
                index = close + 1
                continue
            }
            let inner = hasAsterisks ? text.filter { $0 != UInt8(ascii: "*") } : Array(text)
            let abbreviation = Self.isAcronym(inner) ? acronym(inner, before: open) : definition(inner, before: open)
            if let abbreviation { result.append(abbreviation) }
            index = close + 1
        }
        return result
    }

    /// "(TTHC)" after "thủ tục hành chính".
    private func acronym(_ inner: [UInt8], before open: Int) -> Abbreviation? {
        guard let long = initialsPhrase(spelling: inner, before: open) else { return nil }
        return Abbreviation(short: UTF8Text.string(inner), long: UTF8Text.string(t[long]), line: unit.line(at: open))
    }

    /// "(sau đây gọi tắt là Đợt thi đua)".
    private func definition(_ inner: [UInt8], before open: Int) -> Abbreviation? {
        // Most parentheses are ruled out before forty bytes are folded.
        guard Self.startsLikeIntroduction(inner) else { return nil }
        let key = Folding.key(inner.prefix(40))
        guard let introduction = Self.introductions.first(where: { key.starts(with: $0) && (key.count == $0.count || key[$0.count] == 0x20) })
        else { return nil }
        let skipped = UTF8Text.wordCount(introduction)
        let short = Self.strippingQuotes(inner.joined(inner.wordRanges.dropFirst(skipped)))
        guard !short.isEmpty else { return nil }
        let long = (Self.isAcronym(short) ? initialsPhrase(spelling: short, before: open) : nil)
            ?? phrase(startingLike: short, before: open)
        guard let long else { return nil }
        return Abbreviation(short: UTF8Text.string(short), long: UTF8Text.string(t[long]), line: unit.line(at: open))
    }

    /// Whether the first three bytes of the key of `text` are "sau", "goi" or "vie", as
    /// every introduction's (a test asks it about each of ``introductions``).
    static func startsLikeIntroduction(_ text: some Sequence<UInt8>) -> Bool {
        let head = Folding.keyHead(text)
        return head == 0x73_61_75 || head == 0x67_6F_69 || head == 0x76_69_65
    }

    /// One word of 2 to 15 bytes without a digit, as every acronym is.
    private static func hasAcronymShape(_ word: some Collection<UInt8>) -> Bool {
        (2...15).contains(word.count) && !word.contains(where: { $0 == 0x20 || $0.isASCIIDigit })
    }

    /// An acronym: one word of letters (two capitals at least), "&" and "-", 2 to 15 bytes.
    /// A Roman numeral ("(II)") passes but finds no words whose initials spell it.
    private static func isAcronym(_ word: [UInt8]) -> Bool {
        guard hasAcronymShape(word), let first = UTF8Text.firstLetter(of: word), UTF8Text.isUppercase(first)
        else { return false }
        var capitals = 0
        var index = 0
        while let (scalar, length) = UTF8Text.scalar(in: word, at: index) {
            if UTF8Text.isUppercase(scalar) { capitals += 1 } else if !UTF8Text.isAlphabetic(scalar), scalar != "&", scalar != "-" { return false }
            index += length
        }
        return capitals >= 2
    }

    /// The words just before `open` whose initials spell the acronym's letters.
    private func initialsPhrase(spelling acronym: [UInt8], before open: Int) -> Range<Int>? {
        let letters = Folding.key(acronym).filter(\.isASCIILetter)
        // The letters not yet spelled are `letters[..<remaining]` (a slice taken shorter would
        // be copied: the array still holds its storage).
        var remaining = letters.count
        var start = open
        var cursor = open
        var words = 0
        while remaining > 0, words < letters.count + 3, let word = unit.previousWord(before: cursor) {
            let last = letters[remaining - 1]
            // What is read of the word's key, folded into temporary room (no array per word).
            let (end, initial, isSkippable) = Folding.withKey(of: t[word]) { key in
                // Every skippable word is three bytes at most: longer keys are not compared.
                (key.last, key.first { $0.isASCIILetter }, key.count <= 3 && Self.skippable.contains { key.elementsEqual($0) })
            }
            if word.upperBound < open, let end,
                end == UInt8(ascii: ";") || end == UInt8(ascii: ":") || end == UInt8(ascii: ".") || end == UInt8(ascii: ")")
            {
                return nil
            }
            if initial == last {
                remaining -= 1
            } else if !isSkippable {
                return nil
            }
            start = word.lowerBound
            cursor = word.lowerBound
            words += 1
        }
        guard remaining == 0 else { return nil }
        while start < open, t[start] == UInt8(ascii: "\"") { start += 1 }
        return trimmed(start..<open)
    }

    /// The phrase before `open` that starts like the short name, within the sentence: the
    /// one sharing the most leading words with it, the farthest of those (a list: "Các sở,
    /// ban, ngành, UBND các huyện ... (gọi chung là các cơ quan, đơn vị)"), longer than the
    /// short name. None when no phrase starts like it: a guess would be worse.
    private func phrase(startingLike short: [UInt8], before open: Int) -> Range<Int>? {
        let shortKeys = short.split(separator: 0x20).map { Self.strippingQuotes(Folding.key($0)) }
        // The words' keys are folded into one room, as long as the text before `open` at most.
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: open) { room in
            t.withUnsafeBufferPointer { text in
                var cursor = open
                var written = 0
                // The keys (without quotes) of the words read so far, from `open` backwards: ranges of `room`.
                var keys: [Range<Int>] = []
                keys.reserveCapacity(60)
                var best: (start: Int, shared: Int)?
                while keys.count < 60, let word = unit.previousWord(before: cursor) {
                    let length = Folding.key(of: UnsafeBufferPointer(rebasing: text[word]), into: UnsafeMutableBufferPointer(rebasing: room[written...]))
                    let key = written..<(written + length)
                    if length > 0, room[key.upperBound - 1] == UInt8(ascii: ";") || room[key.upperBound - 1] == UInt8(ascii: ":")
                        || room[key.upperBound - 1] == UInt8(ascii: ".")
                    {
                        break
                    }
                    keys.append(Self.strippingQuotes(UnsafeBufferPointer(room), key))
                    written += length
                    cursor = word.lowerBound
                    guard keys.count > shortKeys.count else { continue }
                    // The words from this one on, against the short name's.
                    var shared = 0
                    while shared < shortKeys.count, room[keys[keys.count - 1 - shared]].elementsEqual(shortKeys[shared]) { shared += 1 }
                    if shared > 0, shared >= (best?.shared ?? 0) { best = (word.lowerBound, shared) }
                }
                return best.map { trimmed($0.start..<open) }
            }
        }
    }

    /// `range` of the text without the spaces at its ends.
    private func trimmed(_ range: Range<Int>) -> Range<Int> {
        t[range].trimmingSpaces().indices
    }

    /// Without surrounding quotes (" “ ” ') and trailing punctuation.
    private static func strippingQuotes(_ bytes: [UInt8]) -> [UInt8] {
        let range = bytes.withUnsafeBufferPointer { strippingQuotes($0, $0.indices) }
        return Array(bytes[range])
    }

    /// The part of `range` of `bytes` without surrounding quotes (" “ ” ') and trailing punctuation.
    private static func strippingQuotes(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
        var start = range.lowerBound
        var end = range.upperBound
        while start < end, bytes[start] == UInt8(ascii: "\"") || bytes[start] == UInt8(ascii: "'") { start += 1 }
        if end - start >= 3, bytes[start] == 0xE2, bytes[start + 1] == 0x80, bytes[start + 2] == 0x9C { start += 3 }
        while start < end, bytes[end - 1] == UInt8(ascii: "\"") || bytes[end - 1] == UInt8(ascii: "'") || bytes[end - 1] == UInt8(ascii: ".")
            || bytes[end - 1] == UInt8(ascii: ",")
        {
            end -= 1
        }
        if end - start >= 3, bytes[end - 3] == 0xE2, bytes[end - 2] == 0x80, bytes[end - 1] == 0x9D { end -= 3 }
        return start..<end
    }
}
