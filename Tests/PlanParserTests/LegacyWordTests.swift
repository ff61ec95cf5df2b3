import Testing
@testable import PlanParser

/// The legacy detector's word tools on their own, with expected values worked out by hand:
/// ``WordNumbers``, ``SyllableShape`` and ``WordScore``, ``TCVN3Capitals`` and
/// ``DoubleEncodedUTF8``.
@Suite struct LegacyWordTests {
    /// Looks `word` up in `numbers`. The word is appended to `text`, the text every look-up
    /// of `numbers` passes (its words lie at their first sight's ranges in it).
    private func number(_ word: String, isRaw: Bool = false, in numbers: inout WordNumbers,
                        text: inout [UInt8]) -> (number: Int, isNew: Bool) {
        let start = text.count
        text += word.utf8
        return text.withUnsafeBufferPointer { numbers.number(of: start..<$0.count, in: $0, isRaw: isRaw) }
    }

    /// Words are numbered 0, 1, 2 ... in the order they are first seen; a word seen again
    /// keeps its number; the same bytes as raw bytes are another word; words one byte apart
    /// are told apart (of up to eight bytes, their own keys; longer, by their bytes).
    @Test func wordNumbersInOrderOfFirstSight() {
        var numbers = WordNumbers(), text: [UInt8] = []
        #expect(number("kế", in: &numbers, text: &text) == (0, true))
        #expect(number("hoạch", in: &numbers, text: &text) == (1, true))
        #expect(number("kế", in: &numbers, text: &text) == (0, false))
        #expect(number("kế", isRaw: true, in: &numbers, text: &text) == (2, true))
        #expect(number("kế", isRaw: true, in: &numbers, text: &text) == (2, false))
        #expect(number("hoạch", in: &numbers, text: &text) == (1, false))
        // Same length, one byte apart: at the start, in the middle, at the end.
        #expect(number("abcdefghijkl", in: &numbers, text: &text) == (3, true))
        #expect(number("xbcdefghijkl", in: &numbers, text: &text) == (4, true))
        #expect(number("abcdefxhijkl", in: &numbers, text: &text) == (5, true))
        #expect(number("abcdefghijkx", in: &numbers, text: &text) == (6, true))
        #expect(number("abcdefghijkl", in: &numbers, text: &text) == (3, false))
        #expect(number("a", in: &numbers, text: &text) == (7, true))
        #expect(number("b", in: &numbers, text: &text) == (8, true))
        #expect(number("abc", in: &numbers, text: &text) == (9, true))
        #expect(number("abd", in: &numbers, text: &text) == (10, true))
        #expect(number("abcdefg", in: &numbers, text: &text) == (11, true))
        #expect(number("abcdefh", in: &numbers, text: &text) == (12, true))
        #expect(number("abcdefg", in: &numbers, text: &text) == (11, false))
        #expect(number("", in: &numbers, text: &text) == (13, true))
        #expect(number("", in: &numbers, text: &text) == (13, false))
        // Eight bytes and nine: the last packed word and the first hashed one.
        #expect(number("abcdefgh", in: &numbers, text: &text) == (14, true))
        #expect(number("abcdefgx", in: &numbers, text: &text) == (15, true))
        #expect(number("abcdefghi", in: &numbers, text: &text) == (16, true))
        #expect(number("abcdefghx", in: &numbers, text: &text) == (17, true))
        #expect(number("abcdefgh", in: &numbers, text: &text) == (14, false))
        #expect(number("abcdefghi", in: &numbers, text: &text) == (16, false))
        #expect(number("abcdefghi", isRaw: true, in: &numbers, text: &text) == (18, true))
    }

    /// Random words of 0 to 20 bytes over a small alphabet (so that many repeat, also across
    /// the eight-byte boundary), appended to one growing text (a word seen before lies at
    /// another place than its first sight): numbered as a dictionary of their bytes and
    /// kinds numbers them, before and after the table grows.
    @Test func wordNumbersMatchADictionary() {
        var generator = SplitMix64(seed: 0x5EED_0F3A_11)
        var numbers = WordNumbers(), text: [UInt8] = [], reference: [[UInt8]: Int] = [:]
        for _ in 0..<6_000 {
            let isRaw = Int.random(in: 0..<8, using: &generator) == 0
            let word: [UInt8] = (0..<Int.random(in: 0...20, using: &generator)).map { _ in
                [0x61, 0x62, 0xC3, 0xA1][Int.random(in: 0..<4, using: &generator)]
            }
            let start = text.count
            text += word
            let expected = reference[word + [isRaw ? 1 : 0]]
            let found = text.withUnsafeBufferPointer { numbers.number(of: start..<$0.count, in: $0, isRaw: isRaw) }
            #expect(found.number == expected ?? reference.count && found.isNew == (expected == nil), "\(word)")
            if expected == nil { reference[word + [isRaw ? 1 : 0]] = reference.count }
        }
        #expect(reference.count > 1_500)
    }

    /// Every range of up to eight bytes in texts of 0 to 20 bytes (short texts take the
    /// byte loop, ranges near a text's end the load that ends with it): the bytes packed,
    /// the first lowest, as a byte-at-a-time reference packs them.
    @Test func packedBytesAtEveryOffset() {
        for count in 0...20 {
            let text = (0..<count).map { UInt8(0x80 + $0 * 5) }
            for start in 0...count {
                for length in 0...min(8, count - start) {
                    var expected: UInt64 = 0
                    for (shift, byte) in text[start..<start + length].enumerated() { expected |= UInt64(byte) << (8 * shift) }
                    let packed = text.withUnsafeBufferPointer { $0.packedBytes(start..<start + length) }
                    #expect(packed == expected, "\(count) \(start) \(length)")
                }
            }
        }
    }

    /// A word of ASCII letters is very common in any case, and only as a whole word: where
    /// it lies in its text (at the start, in the middle, at the end) does not matter.
    @Test(arguments: [
        ("cho", true), ("CHO", true), ("Theo", true), ("trong", true), ("TRUNG", true), ("do", true), ("gia", true),
        ("ch", false), ("chon", false), ("theos", false), ("a", false), ("khoang", false), ("nghiepvu", false), ("trongtrong", false),
    ])
    func asciiWordIsCommonWhereverItLies(_ word: String, _ isCommon: Bool) {
        for (before, after) in [("", ""), ("x ", " y"), ("0123456789 ", ""), ("", " 0123456789")] {
            let text = Array((before + word + after).utf8)
            let range = before.utf8.count..<before.utf8.count + word.utf8.count
            #expect(text.withUnsafeBufferPointer { WordScore.isCommon(asciiWord: range, in: $0, among: WordScore.commonASCIIWords) } == isCommon, "\(before)\(word)\(after)")
        }
    }

    /// Past its first slots the table grows, again and again; every word keeps its number.
    @Test func wordNumbersKeepTheirNumbersAsTheTableGrows() {
        var numbers = WordNumbers(), text: [UInt8] = []
        for index in 0..<3_000 { #expect(number("w\(index)", in: &numbers, text: &text) == (index, true)) }
        for index in stride(from: 0, to: 3_000, by: 7) { #expect(number("w\(index)", in: &numbers, text: &text) == (index, false)) }
    }

    /// The shape of one word, read letter by letter as the score reads it (a scalar that is
    /// no letter, code 0, makes no syllable).
    private func isPlausible(_ word: String) -> Bool {
        var shape = SyllableShape()
        for scalar in word.unicodeScalars {
            let facts = LetterFacts.of(scalar, in: LetterFacts.table)
            guard facts.code != 0 else { return false }
            shape.append(code: facts.code, tone: facts.tone)
        }
        return shape.isPlausible(nuclei: SyllableShape.nuclei)
    }

    /// Syllables and non-syllables, by the rules worked through by hand: initial, nucleus
    /// (free, open or closed), final, one tone, sắc or nặng after c ch p t.
    @Test(arguments: [
        ("được", true),     // đ + ươ (closed) + c, nặng
        ("nghiêng", true),  // ngh + iê (closed) + ng
        ("gì", true),       // g + ì: "gi" is an initial only before another vowel
        ("gió", true),      // gi + ó
        ("quê", true),      // qu + ê
        ("tiếc", true),     // t + iê + c, sắc
        ("tiềc", false),    // huyền before c
        ("ăn", true),       // no initial, ă (closed) + n
        ("ă", false),       // ă takes a final
        ("ain", false),     // ai takes none
        ("HOẠCH", true),    // capitals read as small letters
        ("ủửụùc", false),   // four tones
        ("NĐ", false),      // no vowel
        ("xyz", false),     // x + y + z: no final z
        ("chuyển", true),   // ch + uyê (closed) + n, hỏi
        ("abcdefghi", false),  // more than eight letters
        ("Kª", false),      // ª is no Vietnamese letter
    ])
    func syllableShapes(word: String, plausible: Bool) {
        #expect(isPlausible(word) == plausible)
    }

    /// Every nucleus after no initial, a one-letter and a three-letter one, before no final,
    /// a one-letter and a two-letter one: a free nucleus takes a final or not, an open one
    /// none, a closed one always. The lists are those of `SyllableShape`: what this checks is
    /// that the nucleus and the final are read from every place a syllable of up to eight
    /// letters puts them (the lists themselves are checked by the syllables above).
    @Test func everyNucleusWithAndWithoutAFinal() {
        let free = ["a", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y", "oa", "oe", "uê", "uy"]
        let open = ["ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iu", "oi", "ôi", "ơi", "ua", "ui", "uơ", "ưa",
                    "ưi", "ưu", "iêu", "oai", "oao", "oay", "oeo", "uây", "uôi", "uya", "uyu", "ươi", "ươu", "yêu"]
        let closed = ["ă", "â", "iê", "yê", "uô", "ươ", "uâ", "oă", "oo", "uyê"]
        for (nuclei, takesNone, takesOne) in [(free, true, true), (open, true, false), (closed, false, true)] {
            for nucleus in nuclei {
                for initial in ["", "t", "ngh"] {
                    #expect(isPlausible(initial + nucleus) == takesNone, "\(initial + nucleus)")
                    for final in ["n", "ng"] {
                        #expect(isPlausible(initial + nucleus + final) == takesOne, "\(initial + nucleus + final)")
                    }
                }
                // Not a nucleus: two more vowels after it.
                #expect(!isPlausible("t" + nucleus + "ea" + "n"))
            }
        }
    }

    /// The shape check against a reference that reads the letters as arrays, one rule at a
    /// time (the nucleus a loop over the vowels from the initial on), over random words of
    /// up to nine letters drawn from initials, vowels with and without tones, and finals.
    @Test func syllableShapesMatchALetterByLetterReference() {
        let free = ["a", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y", "oa", "oe", "uê", "uy"]
        let open = ["ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iu", "oi", "ôi", "ơi", "ua", "ui", "uơ", "ưa",
                    "ưi", "ưu", "iêu", "oai", "oao", "oay", "oeo", "uây", "uôi", "uya", "uyu", "ươi", "ươu", "yêu"]
        let closed = ["ă", "â", "iê", "yê", "uô", "ươ", "uâ", "oă", "oo", "uyê"]
        /// The codes of a text's letters.
        func codes(_ text: String) -> [UInt8] { text.unicodeScalars.map { LetterFacts.of($0, in: LetterFacts.table).code } }
        let kinds = Dictionary(uniqueKeysWithValues: free.map { (codes($0), 0) } + open.map { (codes($0), 1) } + closed.map { (codes($0), 2) })
        func isVowel(_ code: UInt8) -> Bool { (1...12).contains(code) || Array("aeiouy".utf8).contains(code) }
        func reference(_ word: String) -> Bool {
            let facts = word.unicodeScalars.map { LetterFacts.of($0, in: LetterFacts.table) }
            guard facts.count <= 8, facts.allSatisfy({ $0.code != 0 }) else { return false }
            let letters = facts.map(\.code), toned = facts.filter { $0.tone != 0 }
            guard toned.count <= 1 else { return false }
            let tone = toned.first?.tone ?? 0
            var start = 0
            if letters.starts(with: codes("ngh")) {
                start = 3
            } else if letters.count >= 2, ["ch", "gh", "gi", "kh", "ng", "nh", "ph", "qu", "th", "tr"].map(codes).contains(Array(letters[0..<2])) {
                let isGiOrQu = [codes("gi"), codes("qu")].contains(Array(letters[0..<2]))
                if !isGiOrQu || letters.count > 2 && isVowel(letters[2]) && facts[1].tone == 0 { start = 2 }
            }
            if start == 0, let first = letters.first, codes("bcdđghklmnprstvx").contains(first) { start = 1 }
            var end = start
            while end < letters.count && isVowel(letters[end]) { end += 1 }
            guard end > start, end - start <= 3, letters.count - end <= 2 else { return false }
            let coda = Array(letters[end...])
            if ["c", "ch", "p", "t"].map(codes).contains(coda) {
                guard tone == 1 || tone == 5 else { return false }
            } else if !["", "m", "n", "ng", "nh"].map(codes).contains(coda) {
                return false
            }
            switch kinds[Array(letters[start..<end])] {
            case 0: return true
            case 1: return coda.isEmpty
            case 2: return !coda.isEmpty
            default: return false
            }
        }
        let pieces = ["", "t", "ngh", "ng", "gi", "qu", "ch", "đ", "b", "a", "á", "ư", "ươ", "ờ", "i", "ê", "y", "u", "o", "ọ",
                      "n", "nh", "c", "p", "m", "ă", "k", "x"]
        var generator = SplitMix64(seed: 0x5917_AB1E), syllables = 0
        for _ in 0..<20_000 {
            let word = (0..<Int.random(in: 1...5, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            #expect(isPlausible(word) == reference(word), "\(word)")
            if reference(word) { syllables += 1 }
        }
        #expect(syllables > 1_000, "both answers are drawn")
    }

    /// Every scalar up to U+FFFF gets the facts of its row when it lies in the letter ranges
    /// (U+0000..<U+0200, U+1EA0..<U+1F00), and no letter's facts otherwise: the scalars
    /// just below and above the second range included (ᶁ U+1D81 is no "á").
    @Test func letterFactsOutsideTheRangesAreNoLetter() {
        // The rows from the order the table is built in, not from the look-up `of` uses.
        let rows = Dictionary(uniqueKeysWithValues: VietnameseVowels.letterRangeValues.enumerated().map { ($1, $0) })
        for value in UInt32(0)...0xFFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let facts = LetterFacts.of(scalar, in: LetterFacts.table)
            if let index = rows[value] {
                #expect(facts.folded == LetterFacts.table[index].folded && facts.code == LetterFacts.table[index].code, "U+\(String(value, radix: 16))")
            } else if facts.folded != value || facts.code != 0 || facts.tone != 0 || facts.isVowel {
                Issue.record("U+\(String(value, radix: 16)) read as a letter")
            }
        }
    }

    /// Scores: 4 for a very common word, 2 for a syllable, -3 for each scalar that is no
    /// Vietnamese letter; clean is a syllable or consonants only, with no such scalar.
    @Test(arguments: [
        ("được", 6, true, true, false),
        ("Hoạch", 6, true, true, false),
        ("nghiêng", 2, false, true, false),
        ("NĐ", 0, false, true, false),
        ("ủửụùc", 0, false, false, false),
        ("Kª", -3, false, false, true),
        ("®îc", -6, false, false, true),   // ® and î are no Vietnamese letters
        ("Uû", -3, false, false, true),
    ])
    func wordScores(word: String, score: Int, isCommon: Bool, isClean: Bool, isForeign: Bool) {
        let result = WordScore(Array(word.unicodeScalars))
        #expect(result.score == score)
        #expect(result.isCommon == isCommon)
        #expect(result.isClean == isClean)
        #expect(result.isForeign == isForeign)
    }

    /// ASCII words are common in any case, by their bytes alone: counted by their line as
    /// ``LegacyText`` cuts it, not kept as words.
    @Test(arguments: [("theo", true), ("THEO", true), ("Ban", true), ("do", true), ("thep", false), ("the", false), ("", false), ("Lam", false)])
    func commonASCIIWords(word: String, isCommon: Bool) {
        for line in [word, "- \(word), 12"] {
            let text = LegacyText(text: Array(line.utf8))!
            let wordCount = text.withWords(\.count)
            #expect(wordCount == 0)
            #expect(text.lines[0].asciiWords == (word.isEmpty ? 0 : 1))
            #expect(text.lines[0].commonASCIIWords == (isCommon ? 1 : 0))
        }
    }

    /// A decoded TCVN3 line whose only capital letter is its last byte: after a small letter
    /// in the same word it is a capitals word ("ủY" → "ỦY"); alone it stays as it is.
    @Test func tcvn3CapitalAsTheLastByte() {
        let restored = Array("bộ tài chính và các ủY".utf8).withUnsafeBufferPointer { TCVN3Capitals.restored($0) }
        #expect(restored.map { String(decoding: $0, as: UTF8.self) } == "bộ tài chính và các ỦY")
        #expect(Array("bộ tài chính và các số A".utf8).withUnsafeBufferPointer { TCVN3Capitals.restored($0) } == nil)
        #expect(DecodedText(bytes: Array("bé tµi chÝnh vµ c¸c ñY".utf8)).text == "bộ tài chính và các ỦY")
        #expect(DecodedText(bytes: Array("bé tµi chÝnh vµ c¸c sè A".utf8)).text == "bộ tài chính và các số A")
    }

    /// Decoded TCVN3 lines as written out (with their capitals put back, or as they are),
    /// worked out by the rules: every case the cheap test before the scan must let through
    /// (a capital after a small letter or after another capital, with a small non-ASCII
    /// letter in the word; a line of capitals whose only small letters are non-ASCII, with no
    /// capital inside a word) and lines it may rule out.
    @Test(arguments: [
        ("THàNH PHố cần thơ", "THÀNH PHỐ cần thơ"),
        ("ủY BAN", "ỦY BAN"),
        ("QUYếT ĐịNH số 5", "QUYẾT ĐỊNH số 5"),
        ("A ồ B", "A Ồ B"),                      // capitals only first in their words: the whole line
        ("A ồ b", "A ồ b"),                      // a small ASCII letter: not a line of capitals
        ("xY ồ", "xY ồ"),                        // "xY" holds a small ASCII letter
        ("Số: 12/QĐ-UBND ngày", "Số: 12/QĐ-UBND ngày"),  // "UBND" has no small letter to put up
        ("Kế hoạch của UBND tỉnh Lâm Đồng", "Kế hoạch của UBND tỉnh Lâm Đồng"),
        ("UBND–tỉnh", "UBND–tỉnh"),              // "–" is no letter: "UBND" and "tỉnh" are two words
        ("HOạCH", "HOẠCH"),                      // the capital after the small letter, in one word
        ("ồY", "ỒY"),
        ("çồY", "ÇỒY"),                          // a small letter Vietnamese does not use
        ("ßồY", "SSỒY"),                         // one whose capital is two letters
    ])
    func tcvn3CapitalsPutBack(line: String, written: String) {
        let result = Array(line.utf8).withUnsafeBufferPointer { TCVN3Capitals.restored($0) } ?? Array(line.utf8)
        #expect(String(decoding: result, as: UTF8.self) == written)
    }

    /// The cheap test before the capitals scan, on 20,000 random lines of 0 to 40 bytes (a
    /// last block of every length, lines shorter than a block) over capitals, small letters,
    /// signs and bytes above 0x7F, against its rule read a byte at a time: a capital right
    /// after a letter byte, in a run of letter bytes with a byte above 0x7F; else two
    /// capitals, no small ASCII letter and a byte above 0x7F.
    @Test func tcvn3CapitalsPreTestAgainstByteReading() {
        let alphabet: [UInt8] = Array("ABYZaby z.-1".utf8) + [0x80, 0xBB, 0xC3, 0xE1]
        /// Whether a byte is an ASCII letter or above 0x7F.
        func isLetterByte(_ byte: UInt8) -> Bool { byte >= 0x80 || (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
        /// The rule, a byte at a time.
        func expected(_ line: [UInt8]) -> Bool {
            for index in line.indices.dropFirst() where line[index] >= 0x41 && line[index] <= 0x5A && isLetterByte(line[index - 1]) {
                var start = index, end = index
                while start > 0 && isLetterByte(line[start - 1]) { start -= 1 }
                while end < line.count && isLetterByte(line[end]) { end += 1 }
                if line[start..<end].contains(where: { $0 >= 0x80 }) { return true }
            }
            let capitals = line.filter { $0 >= 0x41 && $0 <= 0x5A }.count
            return capitals >= 2 && !line.contains { $0 >= 0x61 && $0 <= 0x7A } && line.contains { $0 >= 0x80 }
        }
        var random = SplitMix64(seed: 0x7C3A_11)
        var outcomes = [0, 0]
        var wrong: [[UInt8]] = []  // the lines the test answers wrongly (one expectation for all)
        for _ in 0..<20_000 {
            let length = Int(random.next() % 41)
            let line = (0..<length).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }
            let found = line.withUnsafeBufferPointer { TCVN3Capitals.mayHaveCapitals($0) }
            if found != expected(line) { wrong.append(line) }
            outcomes[found ? 1 : 0] += 1
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(5))")
        #expect(outcomes[0] > 1_000 && outcomes[1] > 1_000)  // both answers are reached
    }

    /// Double-encoded lines: repaired when whole; refused when a sequence is ill-formed at
    /// the start, in the middle, or cut short at the very end, or is an overlong form or a
    /// surrogate.
    @Test(arguments: [
        ("Káº¿ hoáº¡ch", "Kế hoạch"),
        ("Káº¿ hoáº¡ch 2025", "Kế hoạch 2025"),
        ("Äƒn Ä‚n", "ăn Ăn"),     // "ă" is C4 83, "ƒ" after "Ä"; "Ă" is C4 82, "‚" after "Ä"
        ("Ã hoáº¡ch", nil),        // C3 before a space
        ("Ã", nil),                // C3, the first byte above ASCII, cut short by the line's end
        ("ab ÃÃ", nil),            // C3 before C3, a lead byte where a continuation byte must come
        ("ab Ä‘Ã", nil),           // C4 91 ("đ") whole, past the first two bytes, then C3 cut short
        ("Káº¿ hoáº ch", nil),      // E1 BA before a space
        ("Káº¿ hoáº", nil),         // E1 BA cut short by the line's end
        ("Káº¿ hoÃ", nil),          // C3 cut short by the line's end
        ("Ã€", nil),               // C3 80 is "À": valid, but no letter above U+00FF tells Vietnamese
        ("Ä‘i", "đi"),            // the first scalar above ASCII at the line's start
        ("Ch¬ng tr×nh", nil),     // AC, a continuation byte, as the first byte above ASCII
        ("ab Àx", nil),           // C0, never a lead byte
        ("ab õx", nil),           // F5, never a lead byte
        ("ab ô€€€", nil),          // F4 80 80 80 is U+100000: a lead byte, a valid sequence, no Vietnamese
        ("à€€", nil),              // E0 80 80: an overlong form of U+0000
        ("Káº¿ à€€", nil),          // the same after a whole sequence
        ("í\u{A0}€", nil),         // ED A0 80: the surrogate U+D800
        ("Káº¿ í\u{A0}€", nil),     // the same after a whole sequence
    ] as [(String, String?)])
    func doubleEncodedLines(line: String, repaired: String?) {
        var repair = DoubleEncodedUTF8()
        let isRepaired = Array(line.utf8).withUnsafeBufferPointer { repair.repair($0) }
        #expect(isRepaired == (repaired != nil))
        if let repaired { #expect(String(decoding: repair.bytes, as: UTF8.self) == repaired) }
    }

    /// Decodes `bytes` with ``LegacyDecoder`` into room that already holds `prefix` (left as
    /// it is): the text of the room up to the new end, and whether a lost "ư" was put back.
    private func decoded(_ bytes: [UInt8], as encoding: LegacyEncoding, after prefix: String = "") -> (text: String, restored: Bool) {
        let prefix = Array(prefix.unicodeScalars)
        return bytes.withUnsafeBufferPointer { bytes in
            let room = UnsafeMutableBufferPointer<Unicode.Scalar>.allocate(capacity: prefix.count + LegacyDecoder.roomNeeded(for: bytes.count))
            defer { room.deallocate() }
            for (index, scalar) in prefix.enumerated() { room[index] = scalar }
            var end = prefix.count
            let restored = LegacyDecoder.decode(bytes, as: encoding, into: room, at: &end)
            var text = ""
            text.unicodeScalars.append(contentsOf: room[..<end])
            return (text, restored)
        }
    }

    /// Words decoded into room: TCVN3 with a lost "ư" put back by moving the scalars after
    /// it (in either case, after scalars already in the room), or left out where no rule
    /// asks for it; a VNI mark byte and a Windows-1258 tone byte joined to their vowel, and a
    /// Windows-1258 tone byte with no vowel before it kept as a combining mark.
    @Test(arguments: [
        ([0xAE, 0xEE, 0x63], LegacyEncoding.tcvn3, "", "được", true),
        ([0xAE, 0xEE, 0x63], .tcvn3, "xy", "xyđược", true),
        ([0x6E, 0x67, 0xEA, 0x69], .tcvn3, "", "người", true),
        ([0x4E, 0x47, 0xEA, 0x49], .tcvn3, "", "NGườI", true),
        ([0x74, 0x72, 0xAC, 0x6E, 0x67], .tcvn3, "a", "atrương", true),
        ([0x54, 0x52, 0xA5, 0x4E, 0x47], .tcvn3, "", "TRƯƠNG", true),
        ([0x72, 0xAC, 0x75], .tcvn3, "", "rươu", true),
        ([0x70, 0x68, 0xAC, 0x63], .tcvn3, "", "phơc", false),
        ([0xAC, 0x6E, 0x67], .tcvn3, "", "ơng", false),
        ([0x74, 0xB8, 0x63], .tcvn3, "", "tác", false),
        ([0x61, 0xD9], .vni, "b", "bá", false),
        ([0x61, 0xEC], .windows1258, "", "á", false),
        ([0xEC, 0x61], .windows1258, "", "\u{301}a", false),
    ] as [([UInt8], LegacyEncoding, String, String, Bool)])
    func legacyDecoderWritesIntoRoom(bytes: [UInt8], encoding: LegacyEncoding, prefix: String, text: String, restored: Bool) {
        let result = decoded(bytes, as: encoding, after: prefix)
        #expect(result.text == text)
        #expect(result.restored == restored)
    }
}
