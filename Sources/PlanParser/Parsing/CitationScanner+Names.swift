/// The anchors on a name: laws ("Luật Đất đai") and programmes ("Đề án 06").
extension CitationScanner {
    /// "Luật Tổ chức chính quyền địa phương", "Đề án 06". Called by the anchor loop.
    func named(at index: Int) -> CitationMention? {
        guard let type = CitationPhrases.namedTypes[Int(t[index])], Self.starts(t, at: index, with: type.bytes),
            !isInsideAnotherName(index)
        else { return nil }
        return type.isProgramme ? programme(type, at: index) : law(type, at: index)
    }

    /// "Luật Tổ chức chính quyền địa phương", "Hiến pháp năm 2013": `law` printed at `index`.
    private func law(_ law: CitationPhrases.NamedType, at index: Int) -> CitationMention? {
        let nameStart = index + law.bytes.count + 1
        // "Hiến pháp năm 2013" needs no other word.
        let bare = law.name == "Hiến pháp" && unit.word(from: nameStart, limit: t.count).map { startsUppercase($0) } != true
        guard let name = bare ? index + law.bytes.count : lawName(from: nameStart) else { return nil }
        // "Luật Bầu cử ... số 85/2015/QH13": the name of a numbered law, whose line is the
        // number's. The mention is made once, with or without it (not made, then changed).
        var number: CitationNumber?
        var lineStart = index
        if let word = unit.word(from: name, limit: t.count), isNumberWordBeforePunctuation(word),
            let digits = unit.word(from: word.upperBound, limit: t.count), t[digits.lowerBound].isASCIIDigit
        {
            number = CitationNumber(t, at: digits.lowerBound)
            if number != nil { lineStart = digits.lowerBound }
        }
        return CitationMention(type: law.name, number: number, name: UTF8Text.string(t[index..<name]),
                               line: unit.line(at: lineStart), start: index, headEnd: number?.end ?? name)
    }

    /// "Đề án 06": `programme` printed at `index`.
    private func programme(_ programme: CitationPhrases.NamedType, at index: Int) -> CitationMention? {
        var end = index + programme.bytes.count + 1
        let digits = end
        while end < t.count, t[end].isASCIIDigit { end += 1 }
        guard end > digits, end - digits <= 3, end == t.count || !(t[end].isASCIILetter || t[end] == UInt8(ascii: "/") || t[end] == UInt8(ascii: "-"))
        else { return nil }
        if end < t.count, t[end] == 0x20, let next = unit.word(from: end, limit: t.count), t[next.lowerBound] != UInt8(ascii: "("),
            phrase(in: CitationPhrases.programmeFollowers, at: next) == nil
        {
            return nil
        }
        return CitationMention(type: programme.name, number: nil, name: UTF8Text.string(t[index..<end]),
                               line: unit.line(at: index), start: index, headEnd: end)
    }

    /// "Dân Luật", "Trường Đại học Luật Hà Nội", "Công ty Luật": a type word inside another
    /// name. A capital that opens the sentence is fine ("Để Luật Đất đai").
    private func isInsideAnotherName(_ index: Int) -> Bool {
        guard let previous = unit.previousWord(before: index), closingPunctuation(previous) == nil else { return false }
        let before = unit.previousWord(before: previous.lowerBound)
        if startsUppercase(previous), let before, closingPunctuation(before) == nil { return true }
        guard let before else { return false }
        // Two words that do not start like one of the names are not one of them.
        let words = t[before.lowerBound..<previous.upperBound]
        return Self.namesBeforeLaw.contains(keyOf: words)
    }

    /// The names "Luật" may be part of.
    private static let namesBeforeLaw = KeyList(CitationPhrases.namesBeforeLaw)

    /// Whether `t` has `prefix` at `index`, followed by a space.
    private static func starts(_ t: some ByteText, at index: Int, with prefix: [UInt8]) -> Bool {
        guard index + prefix.count < t.count, t[index + prefix.count] == 0x20 else { return false }
        for offset in prefix.indices where t[index + offset] != prefix[offset] { return false }
        return true
    }

    /// The end of a law's name starting at `start`: capitalized first word, then words up
    /// to a linking word, punctuation or sixteen words.
    private func lawName(from start: Int) -> Int? {
        guard let first = unit.word(from: start, limit: t.count), startsUppercase(first),
            !isNumberWordBeforePunctuation(first)
        else { return nil }
        var end = first.upperBound
        var cursor = first
        var count = 1
        if let punctuation = closingPunctuation(first), punctuation != UInt8(ascii: ",") {
            return trimmed(start..<end).upperBound
        }
        while count < 16, let next = unit.word(from: cursor.upperBound, limit: t.count) {
            if t[next.lowerBound] == UInt8(ascii: "(") || t[next.lowerBound].isASCIIDigit { break }
            if closingPunctuation(cursor) == UInt8(ascii: ",") {
                guard phrase(in: CitationPhrases.nameCommaContinuations, at: next) != nil else { break }
            } else if !startsUppercase(next), phrase(in: CitationPhrases.nameStops, at: next) != nil {
                break
            }
            if isPhrase(CitationPhrases.and, at: next), let after = unit.word(from: next.upperBound, limit: t.count), isTypeWordStart(after) { break }
            cursor = next
            count += 1
            end = next.upperBound
            if let punctuation = closingPunctuation(next), punctuation != UInt8(ascii: ",") { break }
        }
        return trimmed(start..<end).upperBound
    }
}
