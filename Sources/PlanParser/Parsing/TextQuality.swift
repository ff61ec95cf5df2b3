/// Flags text damaged by its conversion, which no decoder can repair: syllables split into
/// letters by a PDF extractor ("t ỉ nh", "Ng o ại giao", "C n c L u t") and letters
/// dropped by a lossy decoding ("ngy", "thng" for "ngày", "tháng").
///
/// Vietnamese words are whole syllables and every syllable has a vowel, so lone lower-case
/// letters (other than list letters "a)", points "điểm a", abbreviations "b/c", and the
/// one-letter words "ở", "ý", "y", "ô", "à", "ạ") and words without a vowel are rare in
/// sound text.
struct TextQuality {
    private(set) var words = 0
    private(set) var loneLetters = 0
    private(set) var vowelless = 0
    private var firstLoneLetterLine: Int?
    private var firstVowellessLine: Int?

    /// Lone letters from which the text is said to be split (at least 3, and 1 in 2,000
    /// words), and the share of words without a vowel from which letters are said to be lost.
    private static let loneLetterLimit = 3
    private static let wordsPerLoneLetter = 2000
    private static let vowellessShare = 0.02
    private static let minimumWords = 40
    private static let minimumVowelless = 5

    init(lines: some Sequence<SourceLine>) {
        for line in lines where !line.isBlank { scan(line) }
    }

    var diagnostics: [Diagnostic] {
        var result: [Diagnostic] = []
        if loneLetters >= max(Self.loneLetterLimit, words / Self.wordsPerLoneLetter), let line = firstLoneLetterLine {
            result.append(Diagnostic(severity: .warning, code: "text.split-letters",
                message: "\(loneLetters) words look split into letters by a PDF converter ('t ỉ nh' for 'tỉnh'); names and keywords there may be missed",
                line: line))
        }
        if words >= Self.minimumWords, vowelless >= Self.minimumVowelless, Double(vowelless) >= Double(words) * Self.vowellessShare, let line = firstVowellessLine {
            result.append(Diagnostic(severity: .warning, code: "text.lost-letters",
                message: "\(vowelless) of \(words) words have no vowel ('ngy' for 'ngày'): letters were lost in a conversion; fields may be wrong or missing",
                line: line))
        }
        return result
    }

    private mutating func scan(_ line: SourceLine) {
        let text = line.text
        var index = 0
        var previousWord: Range<Int> = 0..<0
        while index < text.count {
            guard let length = Self.letterLength(text, at: index) else { index += 1; continue }
            let start = index
            var scalars = 0
            var hasVowel = false
            var hasUpper = false
            var next: Int? = length
            while let step = next {
                let byte = text[index]
                if byte >= 0x80 {
                    // Every non-ASCII Vietnamese letter but "đ" / "Đ" is a vowel.
                    if !(byte == 0xC4 && (text[index + 1] == 0x91 || text[index + 1] == 0x90)) { hasVowel = true }
                    if byte == 0xC4 && text[index + 1] == 0x90 { hasUpper = true }
                } else {
                    if byte.isASCIIUpper { hasUpper = true }
                    if Self.isASCIIVowel(byte | 0x20) { hasVowel = true }
                }
                scalars += 1
                index += step
                next = index < text.count ? Self.letterLength(text, at: index) : nil
            }
            words += 1
            // Standing alone among words: spaces (or one end of the line) around it, not "b/c",
            // "12h00", "a)", "a = ...", nor a line of its own (a table cell).
            let standsAlone = (start == 0 || text[start - 1] == 0x20) && (index == text.count || text[index] == 0x20)
                && !(start == 0 && index == text.count)
                && !(index + 1 < text.count && text[index + 1] == UInt8(ascii: "="))
            let previous = previousWord
            previousWord = start..<index
            if scalars == 1, standsAlone, !Self.pointWords.contains(where: { text[previous].elementsEqual($0) }),
                UTF8Text.firstLetter(of: Array(text[start..<index]))?.properties.isLowercase == true,
                !Self.oneLetterWords.contains(where: { text[start..<index].elementsEqual($0) })
            {
                loneLetters += 1
                if firstLoneLetterLine == nil { firstLoneLetterLine = line.number }
            }
            // A word of its own: not a unit or code glued to a number or a slash ("đ/kg", "m2").
            if scalars >= 2, !hasVowel, !hasUpper,
                start == 0 || !Self.isGlue(text[start - 1]), index == text.count || !Self.isGlue(text[index]) {
                vowelless += 1
                if firstVowellessLine == nil { firstVowellessLine = line.number }
            }
        }
    }

    private static func isASCIIVowel(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"), UInt8(ascii: "y"): return true
        default: return false
        }
    }

    /// Characters that glue a word to a number or code.
    private static func isGlue(_ byte: UInt8) -> Bool {
        byte.isASCIIDigit || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
    }

    private static let oneLetterWords: [[UInt8]] = ["ở", "ý", "y", "ô", "à", "ạ", "ừ", "ờ", "ồ"].map { Array($0.utf8) }
    /// Words before a point's letter ("điểm a", "tiết b", "và c").
    private static let pointWords: [[UInt8]] = ["điểm", "Điểm", "tiết", "mục", "và", "hoặc"].map { Array($0.utf8) }

    /// The byte length of the letter at `index` (an ASCII letter or a Vietnamese letter of
    /// U+00C0-U+01B0 or U+1EA0-U+1EF9), or nil.
    private static func letterLength(_ text: [UInt8], at index: Int) -> Int? {
        let byte = text[index]
        if byte.isASCIILetter { return 1 }
        if (0xC3...0xC6).contains(byte), index + 1 < text.count { return 2 }
        if byte == 0xE1, index + 2 < text.count, text[index + 1] == 0xBA || text[index + 1] == 0xBB { return 3 }
        return nil
    }
}
