/// The numbering or bullet at the start of a paragraph: "I.", "1.", "2.1.", "a)", "đ.",
/// "Phần I", "Điều 5.", "(1)", "1)", "-", "+", "•", "- +".
struct Marker {
    enum Style: Hashable {
        case part, chapter, section, article   // "Phần I", "Chương II", "Mục 1", "Điều 5."
        case roman, upperLetter, arabic, arabicParen, parenArabic, lowerLetter, lowerRoman
        case decimal(depth: Int)               // "2.1." is depth 2
        case bullet(BulletKind)
    }

    enum BulletKind: Hashable { case dash, plus, dot, star }

    var style: Style
    /// Where the number as printed without its punctuation ("II", "2.1", "đ", "Phần I"),
    /// or the bullet as printed ("-", "+", "•"), lies in the bytes parsed; kept as a range,
    /// so that a marker holds no reference and a `String` is made only for one that
    /// reaches the model (``label(in:)``).
    var labelRange: Range<Int>
    /// The 1-based ordinal of the number (II → 2, đ → 5); 0 for bullets and for "f"
    /// (``isLatinF``).
    var value: Int
    /// For "I.", "V.", "X.", "C.", "D.", "L.", "M.": the ordinal of the same upper-case
    /// letter, since only the sequence tells a Roman numeral from a letter.
    var letterValue: Int?
    /// Where the text after the marker starts in the paragraph's bytes.
    var contentStart: Int

    var isBullet: Bool {
        if case .bullet = style { return true }
        return false
    }

    /// Whether this is "f)" or "f.", outside the Vietnamese alphabet, which documents
    /// numbering in the Latin one print after "e)": read only at a paragraph's start
    /// (``parseParagraphStart(_:)``), as a small letter without an ordinal; the section
    /// tree opens it only after an "e", with the "e"'s ordinal, so that "g)" after it is in
    /// sequence. Told by its value, not stored: a stored flag made every paragraph larger.
    var isLatinF: Bool {
        if value == 0, case .lowerLetter = style { return true }
        return false
    }

    /// The label as printed, read from `bytes`, the bytes the marker was parsed from (or
    /// bytes that start with them, as a paragraph's text starts with its first line).
    func label(in bytes: some ByteText) -> String {
        if labelRange.count == 1, isBullet { return Self.asciiBulletLabel(bytes[labelRange.lowerBound]) }
        return UTF8Text.string(bytes[labelRange])
    }
}

extension Marker {
    /// The marker at the start of `bytes`, if any, read through a buffer (fewer checks than
    /// through the collection).
    /// Inlined: most lines are ruled out by their first two bytes (``mayStart(_:)``), without
    /// a call or a reference to their text.
    @inline(__always)
    static func parse(_ bytes: some ByteText) -> Marker? {
        bytes.withUnsafeBufferPointer(parse)
    }

    /// ``parse(_:)-(ByteText)`` of bytes in a buffer.
    @inline(__always)
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Marker? {
        guard mayStart(bytes) else { return nil }
        return parseCandidate(bytes, latinF: false)
    }

    /// ``parse(_:)-(UnsafeBufferPointer<UInt8>)``, and "f)" or "f." (``isLatinF``): the
    /// marker a line of the paragraphs starts with. Other readers take "f)" for text, and
    /// so does the section tree where no "e" is open. Only "f" lines pay for it: keeping
    /// for every line whether the small letter before it was "e" cost 0.4% of the parse.
    @inline(__always)
    static func parseParagraphStart(_ bytes: UnsafeBufferPointer<UInt8>) -> Marker? {
        guard mayStart(bytes) else { return nil }
        return parseCandidate(bytes, latinF: true)
    }

    /// Whether `bytes` may start with a marker: its first byte starts one of the forms of
    /// ``parseCandidate(_:)``, and after a first ASCII letter other than "C", "M", "P" in
    /// either case (which may start a word, "Chương")
    /// comes what a letter or a Roman numeral needs (``mayFollowLetter(_:)``): prose goes
    /// on with a small letter ("Thực", "Ban").
    @inline(__always)
    private static func mayStart(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first else { return false }
        switch first {
        case UInt8(ascii: "C"), UInt8(ascii: "M"), UInt8(ascii: "P"), UInt8(ascii: "c"), UInt8(ascii: "m"), UInt8(ascii: "p"):
            return true
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"):
            return bytes.count > 1 && mayFollowLetter(bytes[1])
        case UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "*"), UInt8(ascii: "("), UInt8(ascii: "0")...UInt8(ascii: "9"),
            0xC2, 0xC4, 0xE2, 0xEF:
            return true
        default:
            return false
        }
    }

    /// Whether `byte`, after a first letter, may go on a letter or Roman numeral marker:
    /// "." or ")" ("a)", "B."), or a Roman letter of either case ("IV.", "ii)").
    @inline(__always)
    private static func mayFollowLetter(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ".") || byte == UInt8(ascii: ")") || isRomanLetter(byte & 0xDF)
    }

    /// Where the first word of `bytes` ends (its space), when that is within ten bytes and a
    /// numeral (a digit or a Roman letter) follows: what a worded level needs ("Mục 1").
    @inline(__always)
    private static func firstWordBeforeNumeral(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var space = 0
        let end = min(bytes.count, 11)
        while space < end, bytes[space] != 0x20 { space += 1 }
        guard space < end, space + 1 < bytes.count,
            bytes[space + 1].isASCIIDigit || isRomanLetter(bytes[space + 1])
        else { return nil }
        return space
    }

    /// The marker at the start of `bytes`, which ``mayStart(_:)`` let through, if any.
    /// Each line tries only the forms its first byte can start (a form with a new first
    /// byte must be let through by ``mayStart(_:)`` too).
    @inline(never)
    private static func parseCandidate(_ bytes: UnsafeBufferPointer<UInt8>, latinF: Bool) -> Marker? {
        guard let first = bytes.first else { return nil }
        switch first {
        case UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "*"), 0xC2, 0xE2, 0xEF:  // bullets
            return bullet(bytes)
        case UInt8(ascii: "("):
            return parenthesized(bytes)
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            return arabic(bytes)
        case UInt8(ascii: "P"), UInt8(ascii: "C"), UInt8(ascii: "M"):  // "Phần", "Chương", "Mục"
            return worded(bytes) ?? (lettersEndInPunctuation(bytes) ? upper(bytes) : nil)
        case UInt8(ascii: "p"), UInt8(ascii: "c"), UInt8(ascii: "m"):
            return worded(bytes) ?? (lettersEndInPunctuation(bytes) ? lower(bytes, latinF: false) : nil)
        case UInt8(ascii: "A")...UInt8(ascii: "Z"):
            return lettersEndInPunctuation(bytes) ? upper(bytes) : nil
        case UInt8(ascii: "a")...UInt8(ascii: "z"):
            return lettersEndInPunctuation(bytes) ? lower(bytes, latinF: latinF) : nil
        case 0xC4:  // "Điều", "Đ.", "đ)"
            if let worded = worded(bytes) { return worded }
            guard bytes.count > 1, lettersEndInPunctuation(bytes) else { return nil }
            return bytes[1] == 0x90 ? upper(bytes) : bytes[1] == 0x91 ? lower(bytes, latinF: false) : nil
        default:
            return nil
        }
    }

    /// Whether the ASCII letters `bytes` starts with (after a leading "Đ" or "đ", its two
    /// bytes) are followed by "." or ")": what a Roman numeral or a letter needs to be a
    /// marker (``upper(_:)``, ``lower(_:)``). Most lines fail it at their first word.
    private static func lettersEndInPunctuation(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var end = bytes[0] == 0xC4 ? 2 : 0
        while end < bytes.count, bytes[end].isASCIILetter { end += 1 }
        return end < bytes.count && (bytes[end] == UInt8(ascii: ".") || bytes[end] == UInt8(ascii: ")"))
    }

    // MARK: Bullets

    private static let dotBullets: [[UInt8]] = [
        [0xE2, 0x80, 0xA2], [0xC2, 0xB7], [0xE2, 0x96, 0xAA], [0xE2, 0x97, 0x8F], [0xE2, 0x97, 0xA6],
        [0xEF, 0x82, 0xA7], [0xEF, 0x82, 0xB7], [0xE2, 0x9E, 0xA2], [0xE2, 0x96, 0xBA],
    ]

    private static func bullet(_ bytes: UnsafeBufferPointer<UInt8>) -> Marker? {
        let kind: BulletKind
        let length: Int
        switch bytes[0] {
        case UInt8(ascii: "-"): (kind, length) = (.dash, 1)
        case UInt8(ascii: "+"): (kind, length) = (.plus, 1)
        case UInt8(ascii: "*"): (kind, length) = (.star, 1)
        case 0xE2 where bytes.count >= 3 && bytes[1] == 0x80 && (bytes[2] == 0x93 || bytes[2] == 0x94):
            (kind, length) = (.dash, 3)
        case 0xC2, 0xE2, 0xEF:  // the lead bytes of the dot bullets
            guard let dot = dotBullets.first(where: { bytes.starts(with: $0) }) else { return nil }
            (kind, length) = (.dot, dot.count)
        default:
            return nil
        }
        // A bullet is followed by a space, or directly by a letter ("-Tuyên truyền").
        if length < bytes.count, bytes[length] != 0x20 {
            guard kind != .star, let letter = UTF8Text.scalar(in: bytes, at: length)?.0,
                UTF8Text.isAlphabetic(letter)
            else { return nil }
        }
        let start = skipSpaces(bytes, from: length)
        // "- + text": Word list residue, read as the inner bullet.
        if kind == .dash, start + 1 < bytes.count, bytes[start] == UInt8(ascii: "+"), bytes[start + 1] == 0x20 {
            return Marker(style: .bullet(.plus), labelRange: start..<(start + 1), value: 0,
                          contentStart: skipSpaces(bytes, from: start + 1))
        }
        guard start < bytes.count else { return nil }
        return Marker(style: .bullet(kind), labelRange: 0..<length, value: 0, contentStart: start)
    }

    /// The label of a one-byte bullet ("-", "+", "*"), a literal rather than a string built
    /// from the byte.
    private static func asciiBulletLabel(_ byte: UInt8) -> String {
        switch byte {
        case UInt8(ascii: "-"): "-"
        case UInt8(ascii: "+"): "+"
        default: "*"
        }
    }

    // MARK: Worded levels ("Phần I", "Chương 2", "Mục 1", "Điều 5")

    /// The worded level `bytes` starts with, if any. Inlined: most lines are ruled out,
    /// without a call, by their first word, which must end within ten bytes before a numeral
    /// (digits or Roman letters).
    @inline(__always)
    private static func worded(_ bytes: UnsafeBufferPointer<UInt8>) -> Marker? {
        guard let space = firstWordBeforeNumeral(bytes) else { return nil }
        return worded(bytes, wordEnd: space)
    }

    /// The worded level `bytes` starts with, if any, its first word ending at `space`
    /// (``firstWordBeforeNumeral(_:)``).
    private static func worded(_ bytes: UnsafeBufferPointer<UInt8>, wordEnd space: Int) -> Marker? {
        // Only "Phần", "Chương", "Mục" and "Điều" (any case) are worded levels.
        // The letters of the words the first word may be, and the length of the shortest.
        let first = bytes[0] == 0xC4 ? Folding.firstKeyByte(bytes.prefix(2)) : bytes[0] | 0x20
        let (candidates, shortest): (UInt32, Int)
        switch first {
        case UInt8(ascii: "p"): (candidates, shortest) = (phanLetters, 4)
        case UInt8(ascii: "c"): (candidates, shortest) = (chuongLetters, 6)
        case UInt8(ascii: "m"): (candidates, shortest) = (mucLetters, 3)
        case UInt8(ascii: "d"): (candidates, shortest) = (dieuLetters, 4)
        case 0 where bytes[0] == 0xC4: (candidates, shortest) = (phanLetters | chuongLetters | mucLetters | dieuLetters, 3)
        default: return nil
        }
        guard mayFold(bytes[0..<space], toOneOf: candidates, letters: shortest) else { return nil }
        let level = Folding.withKey(of: UnsafeBufferPointer(rebasing: bytes[0..<space])) { word -> Style? in
            if word.isKey("phan") { return .part }
            if word.isKey("chuong") { return .chapter }
            if word.isKey("muc") { return .section }
            if word.isKey("dieu") { return .article }
            return nil
        }
        guard let style = level else { return nil }
        let numeralStart = space + 1
        var end = numeralStart
        while end < bytes.count, bytes[end].isASCIIDigit || isRomanLetter(bytes[end]) { end += 1 }
        guard end > numeralStart, end - numeralStart <= 4 else { return nil }
        let numeral = bytes[numeralStart..<end]
        guard let value = numeral.allSatisfy(\.isASCIIDigit) ? digitsValue(numeral) : romanValue(numeral)
        else { return nil }
        // The numeral ends the line, or is followed by ".", ":", " -", or a capital letter.
        var contentStart = end
        if end < bytes.count {
            switch bytes[end] {
            case UInt8(ascii: "."), UInt8(ascii: ":"): contentStart = end + 1
            case 0x20:
                let next = skipSpaces(bytes, from: end)
                if next < bytes.count, bytes[next] == UInt8(ascii: "-") || bytes[next] == 0xE2 {
                    contentStart = next + (bytes[next] == 0xE2 ? 3 : 1)
                } else if let letter = UTF8Text.firstLetter(of: bytes[next...]), UTF8Text.isUppercase(letter) {
                    contentStart = next
                } else {
                    return nil
                }
            default: return nil
            }
        }
        return Marker(style: style, labelRange: 0..<end, value: value, contentStart: skipSpaces(bytes, from: contentStart))
    }

    /// The letters of the worded levels' folded words, as ``letterBits(_:)``.
    private static let phanLetters = letterBits("phan")
    private static let chuongLetters = letterBits("chuong")
    private static let mucLetters = letterBits("muc")
    private static let dieuLetters = letterBits("dieu")

    /// The lower-case ASCII letters of `word` as bits, "a" at bit 0; any other byte traps.
    private static func letterBits(_ word: StaticString) -> UInt32 {
        var bits: UInt32 = 0
        word.withUTF8Buffer { letters in
            for letter in letters {
                precondition(letter.isASCIILower, "a letter set holds only a-z")
                bits |= 1 << UInt32(letter - UInt8(ascii: "a"))
            }
        }
        return bits
    }

    /// Whether `word` may fold to a word of the letters `candidates` (``letterBits(_:)``),
    /// `letters` long at least: folding keeps printable ASCII (lower-cased) and turns each
    /// other scalar into one byte or none, so the word has that many scalars at least and no
    /// printable ASCII byte outside `candidates`. Saves folding most words.
    private static func mayFold(_ word: Slice<UnsafeBufferPointer<UInt8>>, toOneOf candidates: UInt32, letters: Int) -> Bool {
        var scalars = 0
        for byte in word {
            if byte.isScalarStart { scalars += 1 }
            guard byte >= 0x21, byte <= 0x7E else { continue }
            let letter = byte.asciiLowercased
            guard letter.isASCIILower, candidates & 1 << UInt32(letter - UInt8(ascii: "a")) != 0 else { return false }
        }
        return scalars >= letters
    }

    // MARK: Numbers and letters

    private static func parenthesized(_ bytes: UnsafeBufferPointer<UInt8>) -> Marker? {
        var end = 1
        while end < bytes.count, bytes[end].isASCIIDigit, end <= 3 { end += 1 }
        guard end > 1, end < bytes.count, bytes[end] == UInt8(ascii: ")"),
            end + 1 == bytes.count || bytes[end + 1] == 0x20
        else { return nil }
        let value = digitsValue(bytes[1..<end])
        return Marker(style: .parenArabic, labelRange: 1..<end, value: value,
                      contentStart: skipSpaces(bytes, from: end + 1))
    }

    private static func arabic(_ bytes: UnsafeBufferPointer<UInt8>) -> Marker? {
        // The number of dot-separated components ("2.1" has two), and the last one's value.
        var depth = 0
        var value = 0
        var index = 0
        var componentStart = 0
        while true {
            while index < bytes.count, bytes[index].isASCIIDigit { index += 1 }
            let length = index - componentStart
            guard length >= 1, length <= 3 else { return nil }
            // "1.000" and "2.500 hộ" are numbers, not headings: no leading zero and no
            // three digits (a thousands group) after a dot.
            if depth > 0, length == 3 || (length > 1 && bytes[componentStart] == UInt8(ascii: "0")) { return nil }
            depth += 1
            value = digitsValue(bytes[componentStart..<index])
            guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "."), bytes[index + 1].isASCIIDigit else { break }
            index += 1
            componentStart = index
        }
        let digitsEnd = index
        guard index < bytes.count else {
            return depth > 1 ? decimal(bytes, depth: depth, value: value, end: digitsEnd, contentStart: index) : nil
        }
        switch bytes[index] {
        case UInt8(ascii: "."):
            index += 1
            guard index == bytes.count || bytes[index] == 0x20 || !bytes[index].isASCIIDigit else { return nil }
        case UInt8(ascii: ")") where depth == 1:
            guard index + 1 == bytes.count || bytes[index + 1] == 0x20 else { return nil }
            return Marker(style: .arabicParen, labelRange: 0..<digitsEnd,
                          value: value, contentStart: skipSpaces(bytes, from: index + 1))
        case 0x20 where depth > 1:
            break
        default:
            return nil
        }
        if depth > 1 { return decimal(bytes, depth: depth, value: value, end: digitsEnd, contentStart: index) }
        return Marker(style: .arabic, labelRange: 0..<digitsEnd, value: value,
                      contentStart: skipSpaces(bytes, from: index))
    }

    /// A decimal marker ("2.1.") of `depth` components, the last one `value`, whose label
    /// ends at `end`.
    private static func decimal(_ bytes: UnsafeBufferPointer<UInt8>, depth: Int, value: Int, end: Int, contentStart: Int) -> Marker {
        Marker(style: .decimal(depth: depth), labelRange: 0..<end,
               value: value, contentStart: skipSpaces(bytes, from: contentStart))
    }

    /// A letter marker in capitals ("A.", "B)"). Callers test `lettersEndInPunctuation`
    /// first, where the line is at hand: the test inside this function, a call away, cost
    /// 0.19M instructions more on the real Unicode files.
    private static func upper(_ bytes: UnsafeBufferPointer<UInt8>) -> Marker? {
        var end = 0
        while end < bytes.count, isRomanLetter(bytes[end]) { end += 1 }
        if end > 0, let punctuationEnd = closingPunctuation(bytes, at: end), let value = romanValue(bytes[0..<end]) {
            let letter = end == 1 ? VietnameseAlphabet.ordinal(upper: bytes[0..<1]) : nil
            return Marker(style: .roman, labelRange: 0..<end, value: value,
                          letterValue: letter, contentStart: skipSpaces(bytes, from: punctuationEnd))
        }
        let length = bytes[0] == 0xC4 ? 2 : 1
        guard let punctuationEnd = closingPunctuation(bytes, at: length),
            let value = VietnameseAlphabet.ordinal(upper: bytes[0..<length])
        else { return nil }
        return Marker(style: .upperLetter, labelRange: 0..<length, value: value,
                      contentStart: skipSpaces(bytes, from: punctuationEnd))
    }

    /// A letter marker in small letters ("a)", "đ.", and "f)" with `latinF`), tested first
    /// as ``upper(_:)`` is.
    private static func lower(_ bytes: UnsafeBufferPointer<UInt8>, latinF: Bool) -> Marker? {
        let length = bytes[0] == 0xC4 ? 2 : 1
        if let punctuationEnd = closingPunctuation(bytes, at: length),
            let value = VietnameseAlphabet.ordinal(lower: bytes[0..<length]) ?? (latinF && bytes[0] == UInt8(ascii: "f") ? 0 : nil)
        {
            return Marker(style: .lowerLetter, labelRange: 0..<length, value: value,
                          contentStart: skipSpaces(bytes, from: punctuationEnd))
        }
        var end = 0
        while end < bytes.count, isRomanLetter(bytes[end] &- 0x20), bytes[end].isASCIILower { end += 1 }
        guard end > 1, let punctuationEnd = closingPunctuation(bytes, at: end),
            let value = romanValue(bytes[0..<end].lazy.map { $0 - 0x20 })
        else { return nil }
        return Marker(style: .lowerRoman, labelRange: 0..<end, value: value,
                      contentStart: skipSpaces(bytes, from: punctuationEnd))
    }

    /// After a numeral or letter: "." or ")" followed by a space or the end of the line
    /// (or, for "I.MỤC ĐÍCH", directly by a capital letter). Returns the index after it.
    private static func closingPunctuation(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        guard index < bytes.count, bytes[index] == UInt8(ascii: ".") || bytes[index] == UInt8(ascii: ")") else { return nil }
        let next = index + 1
        if next == bytes.count || bytes[next] == 0x20 { return next }
        if bytes[index] == UInt8(ascii: "."), let letter = UTF8Text.scalar(in: bytes, at: next)?.0,
            UTF8Text.isUppercase(letter), UTF8Text.isAllCaps(bytes[next...])
        {
            return next
        }
        return nil
    }

    /// The value of a short run of ASCII digits.
    private static func digitsValue(_ digits: Slice<UnsafeBufferPointer<UInt8>>) -> Int {
        digits.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
    }

    private static func skipSpaces(_ bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> Int {
        var index = index
        while index < bytes.count, bytes[index] == 0x20 { index += 1 }
        return index
    }

    // MARK: Roman numerals

    private static func isRomanLetter(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "I"), UInt8(ascii: "V"), UInt8(ascii: "X"), UInt8(ascii: "L"),
            UInt8(ascii: "C"), UInt8(ascii: "D"), UInt8(ascii: "M"): return true
        default: return false
        }
    }

    /// The value of the canonical upper-case Roman numeral `letters` ("IV" = 4), read in
    /// place (a marker's numeral is not copied out of its line), or `nil` ("IIII", "VX").
    static func romanValue<Letters: RandomAccessCollection<UInt8>>(_ letters: Letters) -> Int? where Letters.Index == Int {
        func digit(_ byte: UInt8) -> Int {
            switch byte {
            case UInt8(ascii: "I"): return 1
            case UInt8(ascii: "V"): return 5
            case UInt8(ascii: "X"): return 10
            case UInt8(ascii: "L"): return 50
            case UInt8(ascii: "C"): return 100
            case UInt8(ascii: "D"): return 500
            case UInt8(ascii: "M"): return 1000
            default: return 0
            }
        }
        guard !letters.isEmpty, letters.count <= 8 else { return nil }
        var total = 0
        for index in letters.startIndex..<letters.endIndex {  // not `indices`: unspecialized on a slice
            let value = digit(letters[index])
            guard value > 0 else { return nil }
            if index + 1 < letters.endIndex, value < digit(letters[index + 1]) { total -= value } else { total += value }
        }
        guard total > 0, spellsCanonically(letters, total) else { return nil }
        return total
    }

    /// Whether `letters` are the canonical numeral of `value` (``romanNumeralBytes(_:)``),
    /// compared as its letters come, without writing them.
    private static func spellsCanonically<Letters: RandomAccessCollection<UInt8>>(_ letters: Letters, _ value: Int) -> Bool
    where Letters.Index == Int {
        var position = letters.startIndex
        let matched = forEachRomanPart(of: value) { part in
            guard letters.endIndex - position >= part.count,
                letters[position..<(position + part.count)].elementsEqual(part)
            else { return false }
            position += part.count
            return true
        }
        return matched && position == letters.endIndex
    }

    /// The canonical upper-case Roman numeral of `value` (1...3999).
    static func romanNumeral(_ value: Int) -> String {
        UTF8Text.string(romanNumeralBytes(value))
    }

    /// The amounts of Roman numerals, largest first, each with its letters (static strings:
    /// made into arrays, they cost about 44K instructions at the first numeral read).
    private static let romanAmounts: [(amount: Int, letters: StaticString)] = [
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ]

    /// The ASCII letters of ``romanNumeral(_:)``.
    private static func romanNumeralBytes(_ value: Int) -> [UInt8] {
        var letters: [UInt8] = []
        forEachRomanPart(of: value) { part in
            letters += part
            return true
        }
        return letters
    }

    /// Gives `visit` the letters of each amount of the canonical numeral of `value` in turn
    /// ("XIV": "X", then "IV"), until it returns `false`. Returns whether all were visited.
    @discardableResult
    private static func forEachRomanPart(of value: Int, _ visit: (UnsafeBufferPointer<UInt8>) -> Bool) -> Bool {
        var remaining = value
        for (amount, letters) in romanAmounts {
            while remaining >= amount {
                guard letters.withUTF8Buffer(visit) else { return false }
                remaining -= amount
            }
        }
        return true
    }
}

/// The letters of Vietnamese point numbering: a b c d đ e g h i k l m n o p q r s t u v x y
/// (ND 30/2020 uses the alphabet and skips the letters with diacritics, except đ).
enum VietnameseAlphabet {
    static let lowercase = ["a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v", "x", "y"]
    static let uppercase = lowercase.map { $0.uppercased() }
    /// The ordinal of "e", which "f" follows in documents numbered in the Latin alphabet.
    static let ordinalOfE = 6

    /// The ordinal of each ASCII letter a...z in ``lowercase`` (0 for f, j, w, z, which are
    /// not in the alphabet), written out: worked out from the strings, it cost about 50K
    /// instructions at the first letter marker.
    private static let asciiOrdinals: [Int] = [
        1, 2, 3, 4, 6, 0, 7, 8, 9, 0, 10, 11, 12,  // a b c d e f g h i j k l m
        13, 14, 15, 16, 17, 18, 19, 20, 21, 0, 22, 23, 0,  // n o p q r s t u v w x y z
    ]

    /// The ordinal of the lower-case letter `bytes` ("a" → 1, "đ" → 5), or `nil`.
    static func ordinal(lower bytes: some BidirectionalCollection<UInt8>) -> Int? {
        ordinal(bytes, lead: UInt8(ascii: "a"), dWithStroke: 0x91)
    }

    /// The ordinal of the upper-case letter `bytes` ("A" → 1, "Đ" → 5), or `nil`.
    static func ordinal(upper bytes: some BidirectionalCollection<UInt8>) -> Int? {
        ordinal(bytes, lead: UInt8(ascii: "A"), dWithStroke: 0x90)
    }

    /// The ordinal of one letter of one case: an ASCII letter from `lead` ("a" or "A") on,
    /// or "đ" / "Đ" (0xC4 and `dWithStroke`).
    private static func ordinal(_ bytes: some BidirectionalCollection<UInt8>, lead: UInt8, dWithStroke: UInt8) -> Int? {
        if bytes.count == 2 { return bytes.first == 0xC4 && bytes.last == dWithStroke ? 5 : nil }
        guard bytes.count == 1, let byte = bytes.first, byte >= lead, byte - lead < 26 else { return nil }
        let ordinal = asciiOrdinals[Int(byte - lead)]
        return ordinal == 0 ? nil : ordinal
    }

    /// The letter of a 1-based ordinal, lower or upper case.
    static func letter(_ ordinal: Int, uppercase useUppercase: Bool) -> String {
        let letters = useUppercase ? uppercase : lowercase
        return letters.indices.contains(ordinal - 1) ? letters[ordinal - 1] : "?"
    }
}
