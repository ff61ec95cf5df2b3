/// One line and its words, for the legacy detector.
///
/// A word is a run of letters: ASCII letters and bytes from 0xA1 up (where TCVN3, VNI and
/// Windows-1258 put their letters and marks). What lies between words (spaces, digits,
/// punctuation) reads the same in every encoding and is kept only in the line's arrays.
/// A line comes either as text (valid UTF-8, possibly mojibake: its scalars are mapped
/// back to Windows-1252 bytes) or as raw bytes (no Unicode reading). Words are ranges into
/// the line's two parallel arrays.
struct LegacyLine {
    /// A word of the line, with the facts the detector reads it by.
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

    /// The line as printed. For raw bytes, non-letters read as Windows-1252 and words byte by byte
    /// (only their ASCII words are ever printed so).
    private(set) var scalars: [Unicode.Scalar] = []
    /// The 8-bit byte of every scalar (0 for one that no byte stands for).
    private(set) var bytes: [UInt8] = []
    /// The line's words, in order.
    private(set) var words: [Word] = []
    /// The line came as raw bytes (it has no reading as printed).
    let isRaw: Bool
    /// Every scalar has a Windows-1252 byte, and one of them is above 0x7F: the line may be
    /// mojibake of UTF-8 (``DoubleEncodedUTF8``).
    private(set) var mayBeDoubleEncoded = false

    /// Reads valid UTF-8 text (a line that needs no byte-level work of its own).
    init(text: String) {
        var text = text
        self = text.withUTF8 { LegacyLine(utf8: $0) }
    }

    /// Reads valid UTF-8, decoding its bytes once and cutting the words as it goes (no
    /// `String` is made of the line).
    init(utf8: UnsafeBufferPointer<UInt8>) {
        isRaw = false
        var count = 0, everyScalarHasByte = true, hasHighByte = false
        var cutter = Cutter(capacity: utf8.count)
        bytes = [UInt8](unsafeUninitializedCapacity: utf8.count) { bytes, byteCount in
            scalars = Array(unsafeUninitializedCapacity: utf8.count) { scalars, scalarCount in
                (count, everyScalarHasByte, hasHighByte) = Self.decode(utf8, into: scalars, bytes, cutting: &cutter)
                scalarCount = count
            }
            byteCount = count
        }
        cutter.close(at: count)
        words = cutter.words
        mayBeDoubleEncoded = everyScalarHasByte && hasHighByte
    }

    /// Reads raw bytes (not UTF-8): each byte is one scalar, a letter as its own value.
    init(raw: ArraySlice<UInt8>) {
        isRaw = true
        scalars = raw.map { Self.isLetter($0) ? Unicode.Scalar($0) : LegacyDecoder.map($0, LegacyCharsetTables.windows1252) }
        bytes = Array(raw)
        var cutter = Cutter(capacity: bytes.count)
        for index in 0..<bytes.count { cutter.add(bytes[index], scalars[index].value, at: index) }
        cutter.close(at: bytes.count)
        words = cutter.words
    }

    /// Decodes valid UTF-8 into `scalars` and their bytes into `bytes` (0 for none; both at
    /// least as long as `utf8`), handing each to `cutter`: the count, and whether every
    /// scalar has a byte and one is above 0x7F.
    private static func decode(_ utf8: UnsafeBufferPointer<UInt8>, into scalars: UnsafeMutableBufferPointer<Unicode.Scalar>,
                               _ bytes: UnsafeMutableBufferPointer<UInt8>,
                               cutting cutter: inout Cutter) -> (count: Int, everyScalarHasByte: Bool, hasHighByte: Bool) {
        var everyScalarHasByte = true, hasHighByte = false
        var count = 0, index = 0
        while index < utf8.count {
            let lead = utf8[index]
            if lead < 0x80 {
                scalars[count] = Unicode.Scalar(lead)
                bytes[count] = lead
                cutter.add(lead, UInt32(lead), at: count)
                index += 1
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
            var byte: UInt8 = 0
            if let high = Windows1252.byte(for: scalar) {
                hasHighByte = true
                byte = high
            } else {
                everyScalarHasByte = false
            }
            bytes[count] = byte
            scalars[count] = scalar
            cutter.add(byte, value, at: count)
            count += 1
        }
        return (count, everyScalarHasByte, hasHighByte)
    }

    /// Cuts a line into words one scalar at a time, as it is read, each word with its facts
    /// and key.
    private struct Cutter {
        private(set) var words: [Word] = []
        /// Where the current run starts, and whether it is a word.
        private var start = 0, inWord = false
        /// The facts of the word being read.
        private var isFixed = false, isASCII = true, key = FNV1a.emptyKey

        /// A cutter for a line of `capacity` scalars.
        init(capacity: Int) {
            words.reserveCapacity(capacity / 8 + 1)  // a guess (words are mostly several letters), not the worst case
        }

        /// Takes the scalar at `index`: its byte (0 for none) and value.
        @inline(__always)
        mutating func add(_ byte: UInt8, _ value: UInt32, at index: Int) {
            // A letter by its byte, or for a scalar no byte stands for, by its range
            // (Latin, Greek, Cyrillic, Vietnamese ...).
            let isLetter = byte != 0 ? LegacyLine.isLetter(byte) : value >= 0xC0 && value < 0x2000
            if isLetter != inWord {
                close(at: index)
                start = index
                inWord = isLetter
                isFixed = false
                isASCII = true
                key = FNV1a.emptyKey
            }
            guard isLetter else { return }
            // Byte 0 is a scalar no byte stands for (U+0000 is no letter).
            if byte == 0 { isFixed = true } else if byte >= 0x80 { isASCII = false }
            key = FNV1a.key(key, adding: value)
        }

        /// Ends the current run before `end`, keeping it if it is a word.
        mutating func close(at end: Int) {
            guard inWord && end > start else { return }
            words.append(Word(range: start..<end, isFixed: isFixed, isASCII: isASCII && !isFixed, key: key))
        }
    }

    /// Whether a byte is a letter in some legacy encoding (see the type's comment).
    private static func isLetter(_ byte: UInt8) -> Bool {
        byte >= 0xA1 || byte.isASCIILetter
    }
}
