/// What the word score and the syllable check read of one scalar, looked up once in one
/// table (no vowel, case and code look-ups of their own per scalar).
struct LetterFacts {
    /// The scalar's value in lower case (as ``VietnameseVowels/lowercased(_:)`` folds it).
    var folded: UInt32
    /// The letter's code for ``SyllableShape`` (an ASCII small letter as itself, a vowel with
    /// a diacritic as 1 + its row, đ as 0x10); 0 for a scalar that is no Vietnamese letter.
    var code: UInt8
    /// The vowel's tone (0 none, 1 sắc ... 5 nặng), 0 for no vowel.
    var tone: UInt8
    /// The scalar is a Vietnamese vowel (with or without diacritics, in either case).
    var isVowel: Bool

    /// The facts of `scalar`, from `table` (``table``, read once by the caller).
    @inline(__always)
    static func of(_ scalar: Unicode.Scalar, in table: [LetterFacts]) -> LetterFacts {
        guard let index = VietnameseVowels.letterRangeIndex(of: scalar.value) else {
            return LetterFacts(folded: scalar.value, code: 0, tone: 0, isVowel: false)
        }
        return table[index]
    }

    /// The facts of the scalars of the ranges every Vietnamese letter lies in
    /// (``VietnameseVowels/letterRangeIndex(of:)``); any other scalar is no letter and folds to itself.
    static let table: [LetterFacts] = VietnameseVowels.letterRangeValues.map(computed)

    /// The facts of one scalar, from ``VietnameseVowels``.
    private static func computed(_ value: UInt32) -> LetterFacts {
        let scalar = Unicode.Scalar(value)!
        guard var vowel = VietnameseVowels.letter(scalar) else {
            let folded = VietnameseVowels.lowercased(scalar).value
            let code: UInt8 = folded >= 0x61 && folded <= 0x7A ? UInt8(folded) : folded == 0x111 ? 0x10 : 0
            return LetterFacts(folded: folded, code: code, tone: 0, isVowel: false)
        }
        vowel.isUpper = false
        let folded = VietnameseVowels.scalar(vowel).value
        let plain = VietnameseVowels.scalar(.init(row: vowel.row, tone: 0, isUpper: false)).value
        let code = plain < 0x80 ? UInt8(plain) : UInt8(1 + vowel.row)
        return LetterFacts(folded: folded, code: code, tone: UInt8(vowel.tone), isVowel: true)
    }
}
