/// The twelve Vietnamese vowels with their six tones, in both cases: what the legacy
/// decoders compose letters with and what the syllable check reads letters by.
///
/// The rows were checked with Python's `unicodedata` (each form is the NFC of the plain
/// vowel and the tone's combining mark).
enum VietnameseVowels {
    /// A vowel letter: its row (a ă â e ê i o ô ơ u ư y), tone (0 none, 1 sắc, 2 huyền,
    /// 3 hỏi, 4 ngã, 5 nặng) and case.
    struct Letter: Equatable {
        var row: Int
        var tone: Int
        var isUpper: Bool
    }

    /// The rows, by name (every row, whether a caller names it or not: the numbers are the
    /// order of `lowerRows`).
    static let rowA = 0, rowAWithBreve = 1, rowAWithCircumflex = 2, rowE = 3, rowEWithCircumflex = 4, rowI = 5
    static let rowO = 6, rowOWithCircumflex = 7, rowOWithHorn = 8, rowU = 9, rowUWithHorn = 10, rowY = 11

    /// Each row's six tones, small and capital.
    private static let lowerRows = ["aáàảãạ", "ăắằẳẵặ", "âấầẩẫậ", "eéèẻẽẹ", "êếềểễệ", "iíìỉĩị",
                                    "oóòỏõọ", "ôốồổỗộ", "ơớờởỡợ", "uúùủũụ", "ưứừửữự", "yýỳỷỹỵ"]
    private static let upperRows = ["AÁÀẢÃẠ", "ĂẮẰẲẴẶ", "ÂẤẦẨẪẬ", "EÉÈẺẼẸ", "ÊẾỀỂỄỆ", "IÍÌỈĨỊ",
                                    "OÓÒỎÕỌ", "ÔỐỒỔỖỘ", "ƠỚỜỞỠỢ", "UÚÙỦŨỤ", "ƯỨỪỬỮỰ", "YÝỲỶỸỴ"]

    /// `forms[case][row][tone]`, case 0 = lower.
    private static let forms: [[[Unicode.Scalar]]] = [lowerRows, upperRows].map { rows in
        rows.map { Array($0.unicodeScalars) }
    }

    /// Packed letters (row << 4 | tone << 1 | upper, or -1) of the scalars of the letter
    /// ranges (``letterRangeIndex(of:)``): a lookup without hashing.
    private static let packedLetters: [Int16] = {
        var table = [Int16](repeating: -1, count: letterRangeValues.count)
        for (caseIndex, rows) in forms.enumerated() {
            for (row, tones) in rows.enumerated() {
                for (tone, scalar) in tones.enumerated() {
                    table[letterRangeIndex(of: scalar.value)!] = Int16(row << 4 | tone << 1 | caseIndex)
                }
            }
        }
        return table
    }()

    /// The vowel `scalar` is, or `nil` for any other scalar.
    static func letter(_ scalar: Unicode.Scalar) -> Letter? {
        guard let index = letterRangeIndex(of: scalar.value), case let code = packedLetters[index], code >= 0 else { return nil }
        return Letter(row: Int(code >> 4), tone: Int(code >> 1 & 7), isUpper: code & 1 == 1)
    }

    /// Where a scalar lies in a table of U+0000...U+01FF followed by U+1EA0...U+1EFF, the
    /// two ranges every Vietnamese letter lies in; `nil` outside them.
    @inline(__always)
    static func letterRangeIndex(of value: UInt32) -> Int? {
        if value < 0x200 { return Int(value) }
        if value >= 0x1EA0 && value < 0x1F00 { return Int(value - 0x1EA0) + 0x200 }
        return nil
    }

    /// The scalar values of the letter ranges, in the order of ``letterRangeIndex(of:)``.
    static let letterRangeValues: [UInt32] = Array(0..<0x200) + Array(0x1EA0..<0x1F00)

    /// The letter's scalar, from one flat table (case, row, tone).
    static func scalar(_ letter: Letter) -> Unicode.Scalar {
        flatForms[((letter.isUpper ? 12 : 0) + letter.row) * 6 + letter.tone]
    }

    /// `forms` in one array: a look-up without nested arrays.
    private static let flatForms: [Unicode.Scalar] = forms.flatMap { $0.flatMap { $0 } }

    /// The row a circumflex (modifier 1) or a breve (modifier 2) turns `row` into, or `nil`
    /// when the vowel cannot carry it.
    static func row(_ row: Int, modifiedBy modifier: Int) -> Int? {
        switch (row, modifier) {
        case (_, 0): return row
        case (rowA, 1): return rowAWithCircumflex
        case (rowE, 1): return rowEWithCircumflex
        case (rowO, 1): return rowOWithCircumflex
        case (rowA, 2): return rowAWithBreve
        default: return nil
        }
    }

    /// The scalar in lower case, for the Vietnamese letters (ASCII, vowels, đ); any other
    /// scalar is returned as it is.
    static func lowercased(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0x41...0x5A: return Unicode.Scalar(UInt8(scalar.value + 0x20))
        case 0x110: return "đ"
        default:
            guard var letter = letter(scalar), letter.isUpper else { return scalar }
            letter.isUpper = false
            return self.scalar(letter)
        }
    }
}
