/// Whether a word has the shape of one Vietnamese syllable: an initial consonant, a vowel
/// nucleus from the language's list, an allowed final consonant, and at most one tone,
/// which is sắc or nặng after a final c, ch, p or t.
///
/// A right decoding of legacy bytes gives such words; a wrong one gives "Keỏ", "ủửụùc".
/// Letters are coded as bytes (ASCII letters as themselves, the vowels with a diacritic
/// and đ as small codes), read one at a time into one integer (a syllable has at most
/// eight letters), and the parts are compared packed into integers.
struct SyllableShape {
    /// The codes of the first eight letters, the first in the lowest byte.
    private var codes: UInt64 = 0
    /// The tones of the first eight letters (0 none, 1 sắc ... 5 nặng), packed like ``codes``.
    private var tones: UInt64 = 0
    /// The letters read (all of them, also past the eighth).
    private var count = 0

    /// Reads the next letter of the word by its code and tone (``LetterFacts``; a scalar
    /// that is no Vietnamese letter, code 0, is never read: a word holding one is no
    /// syllable), without a branch on either. A word of more than eight letters is no
    /// syllable: what it holds past its eighth letter is not kept.
    @inline(__always)
    mutating func append(code: UInt8, tone: UInt8) {
        if count < 8 {
            let shift = 8 &* UInt64(count)
            codes |= UInt64(code) &<< shift
            tones |= UInt64(tone) &<< shift
        }
        count &+= 1
    }

    /// Whether the letters read make one plausible syllable, its nucleus looked up in
    /// `nuclei` (``nuclei``, read once by the caller). Inlined into the word score.
    @inline(__always)
    func isPlausible(nuclei: FixedKeyTable) -> Bool {
        // The high bit of each byte of `tones` that is not 0 (a tone is below 0x80: no
        // carry into the next byte); at most one letter carries a tone, and `tone` is it.
        let toned = (tones &+ 0x7F7F_7F7F_7F7F_7F7F) & 0x8080_8080_8080_8080
        guard count <= 8 && toned & (toned &- 1) == 0 else { return false }
        let tone = tones &>> UInt64(toned.trailingZeroBitCount &- 7)  // 0 without a tone (a shift of 57 of 0)
        let vowels = vowelBits
        let secondIsToneless = tones & 0xFF00 == 0
        var start = 0
        if count >= 3 && codes & 0xFF_FFFF == Self.ngh {
            start = 3
        } else if count >= 2 && Self.isTwoLetterOnset(letter(0), letter(1)) {
            // "gi" and "qu" are initials only before another vowel ("gió", "quê"; "gì" is g + ì).
            let pair = codes & 0xFFFF
            if pair != Self.gi && pair != Self.qu || count > 2 && vowels & 0b100 != 0 && secondIsToneless { start = 2 }
        }
        if start == 0 && count > 0 && Self.isOnsetLetter(letter(0)) { start = 1 }
        // The vowels from the initial on: the letters past the last read are 0, no vowel.
        let end = start &+ (~(vowels &>> UInt64(start)) & 0x1FF).trailingZeroBitCount
        guard end > start, end - start <= 3, count - end <= 2 else { return false }
        let nucleus = key(start..<end), coda = key(end..<count)
        switch coda {
        case Self.noCoda, Self.m, Self.n, Self.ng, Self.nh: break
        case Self.c, Self.ch, Self.p, Self.t:
            // The finals after which only sắc or nặng may stand.
            guard tone == 1 || tone == 5 else { return false }
        default: return false
        }
        switch nuclei.value(of: UInt64(nucleus)).flatMap(NucleusKind.init(rawValue:)) {
        case .free: return true
        case .open: return coda == 0
        case .closed: return coda != 0
        case nil: return false
        }
    }

    /// Whether a nucleus takes a final consonant: freely, never (open) or always (closed).
    private enum NucleusKind: UInt8 { case free, open, closed }

    /// Every nucleus's key with its kind (a ``NucleusKind``'s raw value).
    static let nuclei = FixedKeyTable(
        freeNuclei.map { (UInt64($0), NucleusKind.free.rawValue) } + openNuclei.map { (UInt64($0), NucleusKind.open.rawValue) }
            + closedNuclei.map { (UInt64($0), NucleusKind.closed.rawValue) })

    /// A bit for each of the eight letters that is a vowel (bit 0 the first), without a
    /// branch a letter (the end of a nucleus, found by a loop of tests, was most of the
    /// check's mispredicted branches).
    @inline(__always)
    private var vowelBits: UInt64 {
        var bits: UInt64 = 0
        for index in 0..<8 { bits |= Self.vowelBit(letter(index)) &<< UInt64(index) }
        return bits
    }

    /// The code of the letter at `index` (0 past the letters read), from ``codes``; `index`
    /// is below 8 (a masking shift).
    @inline(__always)
    private func letter(_ index: Int) -> UInt8 {
        UInt8(truncatingIfNeeded: codes &>> (8 &* UInt64(index)))
    }

    /// The letters in `range` (at most four, below the eighth), the first in the highest
    /// byte: the four letters from the range's start, turned around and cut to the range's
    /// count (no loop).
    @inline(__always)
    private func key(_ range: Range<Int>) -> UInt32 {
        guard !range.isEmpty else { return 0 }
        let fromStart = UInt32(truncatingIfNeeded: codes &>> (8 &* UInt64(range.lowerBound)))
        return fromStart.byteSwapped &>> (32 &- 8 &* UInt32(range.count))
    }

    /// The three-letter initial, packed like ``codes`` (n in the lowest byte).
    private static let ngh: UInt64 = 0x68_67_6E

    /// Whether two letters' codes make an initial consonant: ch gh gi kh ng nh ph qu th tr
    /// (the pair packed first letter high, compared with literals).
    @inline(__always)
    private static func isTwoLetterOnset(_ first: UInt8, _ second: UInt8) -> Bool {
        switch UInt16(first) << 8 | UInt16(second) {
        case 0x6368, 0x6768, 0x6769, 0x6B68, 0x6E67, 0x6E68, 0x7068, 0x7175, 0x7468, 0x7472: return true
        default: return false
        }
    }

    /// Whether a letter's code is an initial consonant on its own: b c d đ g h k l m n p r s t v x.
    @inline(__always)
    private static func isOnsetLetter(_ code: UInt8) -> Bool {
        code == 0x10 || code >= 0x61 && code <= 0x78 && (1 &<< UInt32(code &- 0x61)) & oneLetterOnsets != 0
    }

    /// The one-letter initials among a-x, a bit each (bit 0 = "a"): b c d g h k l m n p r s t v x.
    private static let oneLetterOnsets: UInt32 = 0xAE_BCCE
    /// The initials that are initials only before another vowel, packed like ``codes``.
    private static let gi: UInt64 = 0x69_67, qu: UInt64 = 0x75_71
    /// The final consonants (and none), as keys (the first letter in the highest byte).
    private static let noCoda: UInt32 = 0, c: UInt32 = 0x63, ch: UInt32 = 0x63_68, m: UInt32 = 0x6D, n: UInt32 = 0x6E
    private static let ng: UInt32 = 0x6E_67, nh: UInt32 = 0x6E_68, p: UInt32 = 0x70, t: UInt32 = 0x74
    /// Nuclei (without tones) that take a final consonant or not.
    private static let freeNuclei = keys(["a", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y", "oa", "oe", "uê", "uy"])
    /// Nuclei that never take a final consonant.
    private static let openNuclei = keys(["ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iu", "oi", "ôi", "ơi",
                                          "ua", "ui", "uơ", "ưa", "ưi", "ưu", "iêu", "oai", "oao", "oay", "oeo", "uây",
                                          "uôi", "uya", "uyu", "ươi", "ươu", "yêu"])
    /// Nuclei that always take a final consonant.
    private static let closedNuclei = keys(["ă", "â", "iê", "yê", "uô", "ươ", "uâ", "oă", "oo", "uyê"])

    /// 1 if a letter's code is a vowel (one with a diacritic, 1...12, or a e i o u y), else
    /// 0: a bit of one of two masks (codes below 0x40 and from it; a code is below 0x80).
    @inline(__always)
    private static func vowelBit(_ code: UInt8) -> UInt64 {
        ((code < 0x40 ? lowVowels : highVowels) &>> UInt64(code & 0x3F)) & 1
    }

    /// The vowels' codes below 0x40 (1...12), a bit each.
    private static let lowVowels: UInt64 = 0x1FFE
    /// The vowels' codes from 0x40 on (a e i o u y), a bit each by their distance from 0x40.
    private static let highVowels: UInt64 = 1 << 0x21 | 1 << 0x25 | 1 << 0x29 | 1 << 0x2F | 1 << 0x35 | 1 << 0x39

    /// A text read letter by letter.
    private static func reading(_ text: String) -> SyllableShape {
        let table = LetterFacts.table
        var shape = SyllableShape()
        for scalar in text.unicodeScalars {
            let facts = LetterFacts.of(scalar, in: table)
            shape.append(code: facts.code, tone: facts.tone)
        }
        return shape
    }

    /// The keys of texts' letters, as ``key(_:)`` makes them.
    private static func keys(_ texts: [String]) -> [UInt32] {
        texts.map { text in
            let shape = reading(text)
            return shape.key(0..<shape.count)
        }
    }
}
