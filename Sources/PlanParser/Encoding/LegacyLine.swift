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
        /// FNV-1a of the word's scalar values, computed as the line is read: the key the
        /// detector's word tables look the word up by.
        var key: UInt64 = 0
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
    /// Every scalar has a Windows-1252 byte, and one of them is above 0x7F: the line may be
    /// mojibake of UTF-8 (``DoubleEncodedUTF8``).
    private(set) var mayBeDoubleEncoded = false

    /// Reads valid UTF-8 text, decoding its bytes once (no `String` is made of the line).
    init(text: Substring) {
        isRaw = false
        let wasContiguous: Void? = text.utf8.withContiguousStorageIfAvailable { self.read(utf8: $0) }
        if wasContiguous == nil {
            var copy = String(text)
            copy.withUTF8 { self.read(utf8: $0) }
        }
    }

    init(raw: ArraySlice<UInt8>) {
        isRaw = true
        var cutter = PieceCutter(capacity: raw.count / 4 + 2)
        scalars = Array(unsafeUninitializedCapacity: raw.count) { scalars, scalarCount in
            for (index, byte) in raw.enumerated() {
                let isLetter = Self.isLetter(byte)
                scalars[index] = isLetter ? Unicode.Scalar(byte) : LegacyDecoder.map(byte, LegacyCharsetTables.windows1252)
                cutter.add(scalars[index], at: index, isLetter: isLetter, isASCII: byte < 0x80, hasByte: true)
            }
            scalarCount = raw.count
        }
        bytes = Array(raw)
        pieces = cutter.close(at: raw.count)
    }

    /// Decodes valid UTF-8 into scalars and their Windows-1252 bytes, cutting the pieces.
    private mutating func read(utf8: UnsafeBufferPointer<UInt8>) {
        var facts = DecodedFacts()
        bytes = [UInt8](unsafeUninitializedCapacity: utf8.count) { bytes, byteCount in
            scalars = Array(unsafeUninitializedCapacity: utf8.count) { scalars, scalarCount in
                facts = Self.decode(utf8, into: scalars, bytes)
                scalarCount = facts.count
            }
            byteCount = facts.count
        }
        pieces = facts.pieces
        mayBeDoubleEncoded = facts.everyScalarHasByte && facts.hasHighByte
    }

    /// What ``decode(_:into:_:)`` found besides the scalars and bytes it wrote.
    private struct DecodedFacts {
        var count = 0
        var pieces: [Piece] = []
        var everyScalarHasByte = true, hasHighByte = false
    }

    /// Decodes valid UTF-8 into `scalars` and their bytes into `bytes` (both at least as
    /// long as `utf8`); a function of its own so that its state stays in registers.
    private static func decode(_ utf8: UnsafeBufferPointer<UInt8>, into scalars: UnsafeMutableBufferPointer<Unicode.Scalar>,
                               _ bytes: UnsafeMutableBufferPointer<UInt8>) -> DecodedFacts {
        var everyScalarHasByte = true, hasHighByte = false
        var cutter = PieceCutter(capacity: utf8.count / 4 + 2)
        var count = 0, index = 0
        while index < utf8.count {
            let lead = utf8[index]
            if lead < 0x80 {
                index += 1
                scalars[count] = Unicode.Scalar(lead)
                bytes[count] = lead
                cutter.add(Unicode.Scalar(lead), at: count, isLetter: Self.isLetter(lead), isASCII: true, hasByte: true)
                count += 1
                continue
            }
            var value: UInt32
            if lead < 0xE0 {
                value = UInt32(lead & 0x1F) << 6 | UInt32(utf8[index + 1] & 0x3F)
                index += 2
            } else if lead < 0xF0 {
                value = UInt32(lead & 0x0F) << 12 | UInt32(utf8[index + 1] & 0x3F) << 6 | UInt32(utf8[index + 2] & 0x3F)
                index += 3
            } else {
                value = UInt32(lead & 0x07) << 18 | UInt32(utf8[index + 1] & 0x3F) << 12
                    | UInt32(utf8[index + 2] & 0x3F) << 6 | UInt32(utf8[index + 3] & 0x3F)
                index += 4
            }
            let scalar = Unicode.Scalar(value).unsafelyUnwrapped
            let byte = Windows1252.byte(for: scalar)
            let isLetter: Bool
            if let byte {
                hasHighByte = true
                isLetter = Self.isLetter(byte)
            } else {
                everyScalarHasByte = false
                isLetter = value >= 0xC0 && value < 0x2000
            }
            scalars[count] = scalar
            bytes[count] = byte ?? 0
            cutter.add(scalar, at: count, isLetter: isLetter, isASCII: false, hasByte: byte != nil)
            count += 1
        }
        return DecodedFacts(count: count, pieces: cutter.close(at: count), everyScalarHasByte: everyScalarHasByte, hasHighByte: hasHighByte)
    }

    /// Cuts a line into pieces as its scalars arrive, with each word's facts and key.
    private struct PieceCutter {
        private var pieces: [Piece] = []
        /// The start of the piece being read, whether it is a word, and the word's facts so far.
        private var start = 0, inWord = false, isFixed = false, isASCII = true
        private var key = LegacyLine.emptyKey

        /// Room for `capacity` pieces before the array grows.
        init(capacity: Int) {
            pieces.reserveCapacity(capacity)
        }

        /// Takes the scalar at `index`: whether it is a letter, ASCII, and has an 8-bit byte.
        mutating func add(_ scalar: Unicode.Scalar, at index: Int, isLetter: Bool, isASCII scalarIsASCII: Bool, hasByte: Bool) {
            if isLetter != inWord {
                closePiece(at: index)
                inWord = isLetter
            }
            if isLetter {
                if !hasByte { isFixed = true } else if !scalarIsASCII { isASCII = false }
                key = (key ^ UInt64(scalar.value)) &* 0x100_0000_01B3
            }
        }

        /// The pieces, the last one ending at `end`.
        mutating func close(at end: Int) -> [Piece] {
            closePiece(at: end)
            return pieces
        }

        private mutating func closePiece(at end: Int) {
            if end > start {
                pieces.append(inWord ? .word(Word(range: start..<end, isFixed: isFixed, isASCII: isASCII && !isFixed, key: key)) : .gap(start..<end))
            }
            start = end
            isFixed = false
            isASCII = true
            key = LegacyLine.emptyKey
        }
    }

    /// FNV-1a's offset basis: the key of no scalars.
    fileprivate static let emptyKey: UInt64 = 0xCBF2_9CE4_8422_2325

    private static func isLetter(_ byte: UInt8) -> Bool {
        byte >= 0xA1 || byte.isASCIILetter
    }
}
