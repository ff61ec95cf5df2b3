/// A document's lines and words for the legacy detector, in one storage: the text as UTF-8,
/// with its lines and words as ranges into it (no arrays per line).
///
/// A word is a run of letters: ASCII letters and scalars whose Windows-1252 byte is 0xA1
/// or above (where TCVN3, VNI and Windows-1258 put their letters and marks), and scalars
/// no 8-bit byte stands for in U+00C0..<U+2000 (Latin, Greek, Cyrillic, Vietnamese ...).
/// What lies between words (spaces, digits, punctuation) reads the same in every encoding
/// and is copied as it is. A line comes either as text (valid UTF-8, possibly mojibake) or
/// as raw bytes (not UTF-8), which are kept read as Windows-1252; either way the byte a
/// legacy encoding reads a scalar from is its Windows-1252 byte (``Windows1252``).
struct LegacyText {
    /// A word, with the facts the detector reads it by.
    struct Word {
        /// Where the word's UTF-8 lies in ``LegacyText/utf8``.
        var range: Range<Int>
        /// The word holds a scalar that no 8-bit byte stands for: it is Unicode as printed.
        var isFixed: Bool
        /// Every byte is below 0x80 (and the word is not fixed).
        var isASCII: Bool
        /// FNV-1a of the word's scalar values, computed as the line is cut: the key the
        /// detector's word tables look the word up by.
        var key: UInt64
    }

    /// A line: its UTF-8 (without the "\n"), its words, and how it came.
    struct Line {
        /// Where the line's UTF-8 lies in ``LegacyText/utf8``.
        var range: Range<Int>
        /// Where the line's words lie in ``LegacyText/words``.
        var words: Range<Int>
        /// The line came as raw bytes (it has no reading as printed).
        var isRaw: Bool
    }

    /// The UTF-8 of every line (a repaired line's after the rest).
    private(set) var utf8: [UInt8]
    /// The words of every line, line after line.
    private(set) var words: [Word] = []
    /// The lines, in order.
    private(set) var lines: [Line] = []
    /// How many lines were double-encoded UTF-8, repaired.
    private(set) var doubleEncodedLines = 0

    /// Valid UTF-8 text, cut into lines at every "\n" (a "\r" stays at the end of its line).
    /// A line of double-encoded UTF-8 is repaired (``DoubleEncodedUTF8``): its words are
    /// those of the repaired text.
    init(text: UnsafeBufferPointer<UInt8>) {
        utf8 = Array(text)
        // Over-estimates, so that ordinary text never regrows the arrays: a word and the
        // space after it take some six bytes, a line some forty.
        words.reserveCapacity(text.count / 5 + 1)
        lines.reserveCapacity(text.count / 32 + 1)
        var doubleEncoded = DoubleEncodedUTF8()
        var start = 0
        while true {
            let (end, mayBeDoubleEncoded) = cutLine(text, from: start, isRaw: false)
            if mayBeDoubleEncoded && doubleEncoded.repair(UnsafeBufferPointer(rebasing: text[start..<end])) {
                words.removeLast(lines.removeLast().words.count)
                let offset = utf8.count
                utf8 += doubleEncoded.bytes
                doubleEncodedLines += 1
                _ = doubleEncoded.bytes.withUnsafeBufferPointer { cutLine($0, from: 0, isRaw: false, at: offset) }
            }
            guard end < text.count else { break }
            start = end + 1
        }
    }

    /// Bytes that are not valid UTF-8, cut into lines at every "\n": a line that is valid
    /// UTF-8 is read as text, any other as raw bytes.
    init(raw bytes: [UInt8]) {
        utf8 = []
        utf8.reserveCapacity(bytes.count + bytes.count / 2)
        var isRaw: [Bool] = []
        for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
            if !isRaw.isEmpty { utf8.append(0x0A) }
            let isValid = line.withUnsafeBufferPointer { UTF8Validity.isValid($0) }
            if isValid {
                utf8 += line
            } else {
                for byte in line { utf8.appendUTF8(LegacyDecoder.map(byte, LegacyCharsetTables.windows1252)) }
            }
            isRaw.append(!isValid)
        }
        // Neither kind of line holds a "\n" once read: the storage splits where the bytes did.
        let storage = utf8
        storage.withUnsafeBufferPointer { text in
            var start = 0
            for lineIsRaw in isRaw { start = cutLine(text, from: start, isRaw: lineIsRaw).end + 1 }
        }
    }

    /// The lines as they are (double-encoded ones repaired), joined by "\n".
    var joinedLines: [UInt8] {
        var joined: [UInt8] = []
        joined.reserveCapacity(utf8.count + lines.count)
        for (index, line) in lines.enumerated() {
            if index > 0 { joined.append(0x0A) }
            joined += utf8[line.range]
        }
        return joined
    }

    /// Cuts the line of `text` that starts at `start` (up to the next "\n" or the end) into
    /// words as it decodes it, appending its words and the line; `text` lies at `offset` in
    /// the storage. Returns where the line ends, and whether it may be double-encoded UTF-8:
    /// every scalar has a Windows-1252 byte, and one of them is above 0x7F.
    private mutating func cutLine(_ text: UnsafeBufferPointer<UInt8>, from start: Int, isRaw: Bool,
                                  at offset: Int = 0) -> (end: Int, mayBeDoubleEncoded: Bool) {
        let firstWord = words.count
        var everyScalarHasByte = true, hasHighByte = false
        var index = start
        while index < text.count {
            // Between words: ASCII on a short path.
            let lead = text[index]
            if lead < 0x80 {
                if lead == 0x0A { break }
                if !lead.isASCIILetter {
                    index += 1
                    continue
                }
            }
            var (byte, value, length) = Self.scalar(in: text, at: index)
            if value >= 0x80 {
                if byte == 0 { everyScalarHasByte = false } else { hasHighByte = true }
            }
            guard Self.isLetter(byte, value) else {
                index += length
                continue
            }
            // A word from here, to the first scalar that is no letter.
            let wordStart = index
            var isFixed = false, isASCII = true, key = FNV1a.emptyKey
            while true {
                // Byte 0 is a scalar no byte stands for (U+0000 is no letter).
                if byte == 0 { isFixed = true } else if byte >= 0x80 { isASCII = false }
                key = FNV1a.key(key, adding: value)
                index += length
                // ASCII letters on a short path.
                while index < text.count && text[index].isASCIILetter {
                    key = FNV1a.key(key, adding: UInt32(text[index]))
                    index += 1
                }
                guard index < text.count else { break }
                (byte, value, length) = Self.scalar(in: text, at: index)
                if value >= 0x80 {
                    if byte == 0 { everyScalarHasByte = false } else { hasHighByte = true }
                }
                guard Self.isLetter(byte, value) else { break }
            }
            words.append(Word(range: offset + wordStart ..< offset + index, isFixed: isFixed, isASCII: isASCII && !isFixed, key: key))
            // The scalar after the word (if any) is no letter: it is read again above, as a
            // "\n" must end the line.
        }
        lines.append(Line(range: offset + start ..< offset + index, words: firstWord ..< words.count, isRaw: isRaw))
        return (index, everyScalarHasByte && hasHighByte)
    }

    /// The scalar of valid UTF-8 at `index`: its Windows-1252 byte (0 for none), value and
    /// length in bytes.
    @inline(__always)
    private static func scalar(in text: UnsafeBufferPointer<UInt8>, at index: Int) -> (byte: UInt8, value: UInt32, length: Int) {
        let lead = text[index]
        if lead < 0x80 { return (lead, UInt32(lead), 1) }
        let (scalar, length) = text.scalar(at: index)
        return (Windows1252.byte(for: scalar) ?? 0, scalar.value, length)
    }

    /// Whether a scalar is a letter: by its Windows-1252 byte, or for a scalar no byte
    /// stands for (byte 0), by its range (Latin, Greek, Cyrillic, Vietnamese ...).
    @inline(__always)
    private static func isLetter(_ byte: UInt8, _ value: UInt32) -> Bool {
        byte != 0 ? byte >= 0xA1 || byte.isASCIILetter : value >= 0xC0 && value < 0x2000
    }
}
