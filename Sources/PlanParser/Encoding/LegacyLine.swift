/// One line cut into words and the gaps between them, for the legacy detector.
///
/// A word is a run of letters: ASCII letters and bytes from 0xA1 up (where TCVN3, VNI and
/// Windows-1258 put their letters and marks). Gaps (spaces, digits, punctuation) read the
/// same in every encoding. A line comes either as text (valid UTF-8, possibly mojibake: its
/// scalars are mapped back to Windows-1252 bytes) or as raw bytes (no Unicode reading).
/// Words and gaps are ranges into the line's two parallel arrays.
struct LegacyLine {
    struct Word {
        /// Where the word lies in ``LegacyLine/scalars`` and ``LegacyLine/bytes``.
        var range: Range<Int>
        /// The word holds a scalar that no 8-bit byte stands for: it is Unicode as printed.
        var isFixed = false
        /// Every byte is below 0x80 (and the word is not fixed).
        var isASCII = true
    }

    enum Piece {
        case gap(Range<Int>)
        case word(Word)
    }

    /// The line as printed. For raw bytes, gaps read as Windows-1252 and words byte by byte
    /// (only their ASCII words are ever printed so).
    private(set) var scalars: [Unicode.Scalar] = []
    /// The 8-bit byte of every scalar (0 for one that no byte stands for).
    private(set) var bytes: [UInt8] = []
    private(set) var pieces: [Piece] = []
    let isRaw: Bool

    init(text: Substring) {
        isRaw = false
        // A `String`'s scalar iterator decodes in one pass; a `Substring`'s validates every index.
        for scalar in String(text).unicodeScalars {
            let byte = Windows1252.byte(for: scalar)
            let isLetter = byte.map { Self.isLetter($0) } ?? (0xC0..<0x2000).contains(scalar.value)
            append(scalar, byte: byte, isLetter: isLetter)
        }
        closePiece()
    }

    init(raw: ArraySlice<UInt8>) {
        isRaw = true
        for byte in raw {
            let isLetter = Self.isLetter(byte)
            append(isLetter ? Unicode.Scalar(byte) : LegacyDecoder.map(byte, LegacyCharsetTables.windows1252), byte: byte, isLetter: isLetter)
        }
        closePiece()
    }

    /// The start of the piece being read, and whether it is a word.
    private var pieceStart = 0, inWord = false, isFixed = false, isASCII = true

    private mutating func append(_ scalar: Unicode.Scalar, byte: UInt8?, isLetter: Bool) {
        if isLetter != inWord {
            closePiece()
            inWord = isLetter
        }
        if isLetter {
            if let byte { isASCII = isASCII && byte < 0x80 } else { isFixed = true }
        }
        scalars.append(scalar)
        bytes.append(byte ?? 0)
    }

    private mutating func closePiece() {
        let range = pieceStart..<scalars.count
        if !range.isEmpty {
            pieces.append(inWord ? .word(Word(range: range, isFixed: isFixed, isASCII: isASCII && !isFixed)) : .gap(range))
        }
        pieceStart = scalars.count
        isFixed = false
        isASCII = true
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        byte >= 0xA1 || byte.isASCIILetter
    }
}
