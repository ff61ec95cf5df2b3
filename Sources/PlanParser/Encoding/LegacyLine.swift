/// One line cut into words and the gaps between them, for the legacy detector.
///
/// A word is a run of letters: ASCII letters and bytes from 0xA1 up (where TCVN3, VNI and
/// Windows-1258 put their letters and marks). Gaps (spaces, digits, punctuation) read the
/// same in every encoding. A line comes either as text (valid UTF-8, possibly mojibake: its
/// scalars are mapped back to Windows-1252 bytes) or as raw bytes (no Unicode reading).
struct LegacyLine {
    struct Word {
        /// The word's 8-bit bytes.
        var bytes: [UInt8] = []
        /// The word as printed, for a text line; `nil` for raw bytes.
        var unicode: [Unicode.Scalar]?
        /// The word holds a scalar that no 8-bit byte stands for: it is Unicode as printed.
        var isFixed = false

        var isASCII: Bool { bytes.allSatisfy { $0 < 0x80 } && !isFixed }
    }

    enum Piece {
        case gap([Unicode.Scalar])
        case word(Word)
    }

    var pieces: [Piece] = []
    let isRaw: Bool

    init(text: Substring) {
        isRaw = false
        var word = Word(unicode: [])
        var gap: [Unicode.Scalar] = []
        for scalar in text.unicodeScalars {
            let byte = Windows1252.byte(for: scalar)
            let isLetter = byte.map { Self.isLetter($0) } ?? (0xC0..<0x2000).contains(scalar.value)
            if isLetter {
                if !gap.isEmpty { pieces.append(.gap(gap)); gap = [] }
                if let byte { word.bytes.append(byte) } else { word.isFixed = true }
                word.unicode!.append(scalar)
            } else {
                if !word.unicode!.isEmpty { pieces.append(.word(word)); word = Word(unicode: []) }
                gap.append(scalar)
            }
        }
        if !word.unicode!.isEmpty { pieces.append(.word(word)) }
        if !gap.isEmpty { pieces.append(.gap(gap)) }
    }

    init(raw: ArraySlice<UInt8>) {
        isRaw = true
        var word = Word()
        var gap: [Unicode.Scalar] = []
        for byte in raw {
            if Self.isLetter(byte) {
                if !gap.isEmpty { pieces.append(.gap(gap)); gap = [] }
                word.bytes.append(byte)
            } else {
                if !word.bytes.isEmpty { pieces.append(.word(word)); word = Word() }
                gap.append(LegacyDecoder.map(byte, LegacyCharsetTables.windows1252))
            }
        }
        if !word.bytes.isEmpty { pieces.append(.word(word)) }
        if !gap.isEmpty { pieces.append(.gap(gap)) }
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        byte >= 0xA1 || byte.isASCIILetter
    }
}
