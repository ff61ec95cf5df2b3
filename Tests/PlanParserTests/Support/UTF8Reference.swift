/// UTF-8 read a byte at a time by table 3-7 of the Unicode standard, as references for the
/// table-driven readers (``UTF8Automaton``, ``UTF8Validity``, ``UTF8Survey``).
enum UTF8Reference {
    /// The Latin-1 letters (and the no-break space) Vietnamese text uses: every other
    /// scalar of U+0080...U+00FF is a sign of a legacy encoding.
    static let vietnameseLatin1 = Set("àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ\u{A0}".unicodeScalars.map(\.value))

    /// Where the reading stops (the start of the first ill-formed sequence, or, with
    /// `stopsAtSigns`, of the first scalar of U+0080...U+00FF that is no Vietnamese letter;
    /// the count when there is none), and whether a combining mark (a sequence led by CC or
    /// CD) comes before it.
    static func read(_ bytes: [UInt8], stopsAtSigns: Bool = false) -> (stop: Int, hasMarks: Bool) {
        var index = 0, hasMarks = false
        while index < bytes.count {
            let lead = bytes[index]
            let (length, secondRange): (Int, ClosedRange<UInt8>) = switch lead {
            case 0x00...0x7F: (1, 0...0)
            case 0xC2...0xDF: (2, 0x80...0xBF)
            case 0xE0: (3, 0xA0...0xBF)
            case 0xE1...0xEC, 0xEE, 0xEF: (3, 0x80...0xBF)
            case 0xED: (3, 0x80...0x9F)
            case 0xF0: (4, 0x90...0xBF)
            case 0xF1...0xF3: (4, 0x80...0xBF)
            case 0xF4: (4, 0x80...0x8F)
            default: (0, 0...0)
            }
            guard length > 0, index + length <= bytes.count else { return (index, hasMarks) }
            if length > 1 {
                guard secondRange.contains(bytes[index + 1]) else { return (index, hasMarks) }
                for offset in 2..<length where !(0x80...0xBF).contains(bytes[index + offset]) { return (index, hasMarks) }
            }
            if length == 2 {
                let scalar = UInt32(lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
                if stopsAtSigns, scalar < 0x100, !vietnameseLatin1.contains(scalar) { return (index, hasMarks) }
                if lead == 0xCC || lead == 0xCD { hasMarks = true }
            }
            index += length
        }
        return (bytes.count, hasMarks)
    }

    /// Whether bytes are valid UTF-8, by the standard library's decoder (a second reference,
    /// written apart from table 3-7 above).
    static func isValid(_ bytes: [UInt8]) -> Bool {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue: continue
            case .emptyInput: return true
            case .error: return false
            }
        }
    }
}
