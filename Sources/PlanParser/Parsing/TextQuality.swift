/// Flags text damaged by its conversion, which no decoder can repair: syllables split into
/// letters by a PDF extractor ("t ỉ nh", "Ng o ại giao", "C n c L u t") and letters
/// dropped by a lossy decoding ("ngy", "thng" for "ngày", "tháng").
///
/// Vietnamese words are whole syllables and every syllable has a vowel, so lone lower-case
/// letters (other than list letters "a)", points "điểm a", abbreviations "b/c", and the
/// one-letter words "ở", "ý", "y", "ô", "à", "ạ", "ừ", "ờ", "ồ") and words without a vowel are rare in
/// sound text.
struct TextQuality {
    /// The words of every line when a diagnostic may need them (or when counted anyway),
    /// else those of the lines scanned word by word only.
    private(set) var words = 0
    private(set) var loneLetters = 0
    private(set) var vowelless = 0
    private(set) var firstLoneLetterLine: Int?
    private(set) var firstVowellessLine: Int?

    /// Lone letters from which the text is said to be split (at least 3, and 1 in 2,000
    /// words), and the share of words without a vowel from which letters are said to be lost.
    private static let loneLetterLimit = 3
    private static let wordsPerLoneLetter = 2000
    private static let vowellessShare = 0.02
    private static let minimumWords = 40
    private static let minimumVowelless = 5

    /// Reads the `lines` (borrowed in place, not copied or retained one by one): each
    /// through ``WordMachine``, and again through ``scan(_:number:classes:)`` only when the
    /// machine flags it (a word there may be a lone letter or have no vowel).
    ///
    /// The machine counts a line's words only once the counts reach a diagnostic's
    /// threshold (``needsWords``: a damaged text), or when `countingEveryWord` (tests);
    /// before, it reads the next states alone, two bytes a step
    /// (``WordMachine/needsScan(_:pairs:)``), and the lines it read so are counted at the end.
    init(lines: ArraySlice<SourceLine>, countingEveryWord: Bool = false) {
        Self.byteClasses.withUnsafeBufferPointer { classes in
            WordMachine.transitions.withUnsafeBufferPointer { transitions in
                WordMachine.PairReading.withTables { pairs in
                    let lines = lines.span
                    var countsWords = countingEveryWord
                    // The lines before it were read without counting their words.
                    var uncountedEnd = 0
                    for index in lines.indices where !lines[index].isBlank {
                        lines[index].text.withBytesKeptAliveByCaller { text in
                            if countsWords {
                                let (lineWords, needsScan) = WordMachine.read(text, transitions: transitions)
                                if needsScan {
                                    scan(text, number: lines[index].number, classes: classes)
                                } else {
                                    words &+= lineWords
                                }
                            } else if WordMachine.needsScan(text, pairs: pairs) {
                                scan(text, number: lines[index].number, classes: classes)
                                if needsWords { (countsWords, uncountedEnd) = (true, index) }
                            }
                        }
                    }
                    countUnflaggedWords(lines, before: uncountedEnd, transitions: transitions)
                }
            }
        }
    }

    /// Adds the words of the lines before `end` that were read without counting them and
    /// not scanned (a flagged line's words were counted as it was scanned).
    private mutating func countUnflaggedWords(_ lines: Span<SourceLine>, before end: Int, transitions: UnsafeBufferPointer<UInt64>) {
        for index in 0..<end where !lines[index].isBlank {
            lines[index].text.withBytesKeptAliveByCaller { text in
                let (lineWords, needsScan) = WordMachine.read(text, transitions: transitions)
                if !needsScan { words &+= lineWords }
            }
        }
    }

    /// Whether enough lone letters were found for the split-letters diagnostic, the count of
    /// words deciding.
    private var mayBeSplit: Bool { loneLetters >= Self.loneLetterLimit }
    /// Whether enough words without a vowel were found for the lost-letters diagnostic, the
    /// count of words deciding.
    private var mayHaveLostLetters: Bool { vowelless >= Self.minimumVowelless }
    /// Whether ``diagnostics`` may depend on `words`: under these counts it is empty.
    private var needsWords: Bool { mayBeSplit || mayHaveLostLetters }

    var diagnostics: [Diagnostic] {
        var result: [Diagnostic] = []
        if mayBeSplit, loneLetters >= words / Self.wordsPerLoneLetter, let line = firstLoneLetterLine {
            result.append(Diagnostic(severity: .warning, code: "text.split-letters",
                message: "\(loneLetters) words look split into letters by a PDF converter ('t ỉ nh' for 'tỉnh'); names and keywords there may be missed",
                line: line))
        }
        if mayHaveLostLetters, words >= Self.minimumWords, Double(vowelless) >= Double(words) * Self.vowellessShare, let line = firstVowellessLine {
            result.append(Diagnostic(severity: .warning, code: "text.lost-letters",
                message: "\(vowelless) of \(words) words have no vowel ('ngy' for 'ngày'): letters were lost in a conversion; fields may be wrong or missing",
                line: line))
        }
        return result
    }

    /// Counts the words of one line (`number`), with the lone letters and the words
    /// without a vowel among them; `classes` is ``byteClasses``.
    @inline(__always)
    private mutating func scan(_ text: UnsafeBufferPointer<UInt8>, number: Int, classes: UnsafeBufferPointer<UInt8>) {
        let count = text.count
        var index = 0
        var previousWord = 0..<0
        while true {
            // Bytes that start no letter are passed over.
            while index < count, classes[Int(text[index])] & ByteClass.letterStart == 0 { index &+= 1 }
            guard index < count else { return }
            let start = index
            var seen: UInt8 = 0
            // The word: a run of letters, each classified by its first byte.
            while index < count {
                let byte = text[index]
                let kind = classes[Int(byte)]
                if kind & ByteClass.asciiLetter != 0 {
                    seen |= kind
                    index &+= 1
                    continue
                }
                if kind & ByteClass.letterStart == 0 { break }
                if kind & ByteClass.twoByteLead != 0 {
                    guard index &+ 1 < count else { break }
                    // Every non-ASCII Vietnamese letter but "đ" / "Đ" (C4 91 / C4 90) is a vowel.
                    if byte != 0xC4 {
                        seen |= ByteClass.vowel
                    } else {
                        let second = text[index &+ 1]
                        seen |= second & 0xFE != 0x90 ? ByteClass.vowel : second == 0x90 ? ByteClass.upper : 0
                    }
                    index &+= 2
                } else {
                    // 0xE1: a letter when followed by 0xBA or 0xBB.
                    guard index &+ 2 < count, text[index &+ 1] | 1 == 0xBB else { break }
                    seen |= ByteClass.vowel
                    index &+= 3
                }
            }
            // A lead byte at the line's end, or 0xE1 not followed by 0xBA / 0xBB: no letter.
            if index == start {
                index &+= 1
                continue
            }
            words &+= 1
            let previous = previousWord
            previousWord = start..<index
            // A letter is at most 3 bytes long: longer words skip the look at their first byte.
            let length = index &- start
            if length <= 3, length == Self.letterLength(startingWith: text[start]) {
                if isLoneLetter(text, start..<index, after: previous) {
                    loneLetters += 1
                    if firstLoneLetterLine == nil { firstLoneLetterLine = number }
                }
            } else if seen & (ByteClass.vowel | ByteClass.upper) == 0,
                // A word of its own: not a unit or code glued to a number or a slash ("đ/kg", "m2").
                start == 0 || !Self.isGlue(text[start - 1]), index == count || !Self.isGlue(text[index]) {
                vowelless += 1
                if firstVowellessLine == nil { firstVowellessLine = number }
            }
        }
    }

    /// The length in bytes of a letter whose first byte is `lead`.
    private static func letterLength(startingWith lead: UInt8) -> Int {
        lead < 0x80 ? 1 : lead == 0xE1 ? 3 : 2
    }

    /// Whether the one-letter word `word` is a lower-case letter standing alone among words
    /// (spaces, or one end of the line, around it; not "b/c", "12h00", "a)", "a = ...", nor a
    /// line of its own, a table cell), after no word that names a point ("điểm a"), and no
    /// one-letter Vietnamese word.
    private func isLoneLetter(_ text: UnsafeBufferPointer<UInt8>, _ word: Range<Int>, after previous: Range<Int>) -> Bool {
        let (start, end) = (word.lowerBound, word.upperBound)
        let standsAlone = (start == 0 || text[start - 1] == 0x20) && (end == text.count || text[end] == 0x20)
            && !(start == 0 && end == text.count)
            && !(end + 1 < text.count && text[end + 1] == UInt8(ascii: "="))
        return standsAlone && Self.isLowercaseLetter(text, word)
            && !Self.oneLetterWordKeys.contains(Self.key(text, word))
            && !Self.pointWords.contains(where: { $0.count == previous.count && text[previous].elementsEqual($0) })
    }

    /// Whether the one-letter word `word` (1 to 3 bytes of valid UTF-8, as ``scan`` finds
    /// it) is a lower-case letter.
    private static func isLowercaseLetter(_ text: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Bool {
        guard let (letter, _) = UTF8Text.scalar(in: text, at: word.lowerBound) else { return false }
        return UTF8Text.isAlphabetic(letter) && UTF8Text.isLowercase(letter)
    }

    /// What a byte says about the letter it starts (flags of `ByteClass`), for the scan and
    /// the ``WordMachine``'s transitions.
    enum ByteClass {
        static let asciiLetter: UInt8 = 1
        static let vowel: UInt8 = 2
        static let upper: UInt8 = 4
        /// 0xC3-0xC6: a letter of U+00C0-U+01B0.
        static let twoByteLead: UInt8 = 8
        /// 0xE1: a letter of U+1E80-U+1EFF when followed by 0xBA or 0xBB.
        static let threeByteLead: UInt8 = 16
        /// The first byte of a letter, if what follows it fits.
        static let letterStart: UInt8 = asciiLetter | twoByteLead | threeByteLead
    }

    /// Each byte's ``ByteClass`` flags.
    static let byteClasses: [UInt8] = (0...255).map { (value: Int) -> UInt8 in
        let byte = UInt8(value)
        if byte.isASCIILetter {
            let isVowel = "aeiouy".utf8.contains(byte | 0x20)
            return ByteClass.asciiLetter | (isVowel ? ByteClass.vowel : 0) | (byte.isASCIIUpper ? ByteClass.upper : 0)
        }
        if (0xC3...0xC6).contains(byte) { return ByteClass.twoByteLead }
        return byte == 0xE1 ? ByteClass.threeByteLead : 0
    }

    /// Characters that glue a word to a number or code.
    static func isGlue(_ byte: UInt8) -> Bool {
        byte.isASCIIDigit || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
    }

    /// The one-letter Vietnamese words "ở", "ý", "y", "ô", "à", "ạ", "ừ", "ờ", "ồ", as ``key(_:_:)``s.
    static let oneLetterWordKeys: [UInt32] = ["ở", "ý", "y", "ô", "à", "ạ", "ừ", "ờ", "ồ"].map { letter in
        Array(letter.utf8).withUnsafeBufferPointer { key($0, 0..<$0.count) }
    }

    /// The bytes of the one-letter word `word` (1 to 3 bytes, the first a letter's, never 0)
    /// as one number: equal numbers, equal bytes.
    private static func key(_ text: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> UInt32 {
        var key: UInt32 = 0
        for index in word { key = key << 8 | UInt32(text[index]) }
        return key
    }

    /// Words before a point's letter ("điểm a", "tiết b", "và c").
    private static let pointWords: [[UInt8]] = ["điểm", "Điểm", "tiết", "mục", "và", "hoặc"].map { Array($0.utf8) }
}
