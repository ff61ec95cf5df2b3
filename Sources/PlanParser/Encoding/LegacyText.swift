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
    /// A word with a scalar above ASCII, with the facts the detector reads it by (a word of
    /// ASCII letters reads the same every way: its line only counts it).
    struct Word {
        /// Where the word's UTF-8 lies in ``LegacyText/utf8``.
        var range: Range<Int>
        /// The word holds a scalar that no 8-bit byte stands for: it is Unicode as printed.
        var isFixed: Bool
    }

    /// A line: its UTF-8 (without the "\n"), its words, and how it came.
    struct Line {
        /// Where the line's UTF-8 lies in ``LegacyText/utf8``.
        var range: Range<Int>
        /// Where the line's words with a scalar above ASCII lie among the text's (``LegacyText/withWords(_:)``).
        var words: Range<Int>
        /// The line came as raw bytes (it has no reading as printed).
        var isRaw: Bool
        /// The line's words of ASCII letters only (not among its ``words``), and how many of them
        /// are very common (``WordScore/isCommon(asciiWord:in:among:)``).
        var asciiWords: Int, commonASCIIWords: Int
    }

    /// The UTF-8 of every line (a repaired line's after the rest).
    private(set) var utf8: [UInt8]
    /// The room the words with a scalar above ASCII of every line lie in, line after line
    /// (none until every line is cut); read through ``withWords(_:)``.
    private var wordStorage = WordStorage(words: UnsafeBufferPointer(start: nil, count: 0))
    /// The lines, in order.
    private(set) var lines: [Line] = []
    /// How many lines were double-encoded UTF-8, repaired.
    private(set) var doubleEncodedLines = 0

    /// Text cut into lines at every "\n" (a "\r" stays at the end of its line), or `nil`
    /// when it is not valid UTF-8: the cut checks every sequence as it reads it (the text
    /// takes no pass of its own), and stops at the first ill-formed one. A line of
    /// double-encoded UTF-8 is repaired (``DoubleEncodedUTF8``): its words are those of the
    /// repaired text. The text's storage is shared, not copied (until a repaired line is
    /// appended to it).
    init?(text: [UInt8]) {
        utf8 = text
        // Room for a kept word in every five bytes (words of ASCII letters are not kept, so
        // ordinary text never regrows it; at 24 bytes a word it is some five times the text's
        // size, most of it never written) and a line in every 32 bytes.
        var room = PointerBuffer<Word>(capacity: text.count / 5 + 1)
        lines.reserveCapacity(text.count / 32 + 1)
        var doubleEncoded = DoubleEncodedUTF8()
        let commonWords = WordScore.commonASCIIWords
        // `text` is read in place while a repaired line is appended to `utf8` (which then
        // stops sharing its storage).
        let isValid = text.withUnsafeBufferPointer { text in
            var start = 0
            while true {
                // A line is repaired only once it is known to be valid UTF-8 (the repair reads its scalars).
                guard let (end, mayBeDoubleEncoded) = cutLine(text, from: start, isRaw: false, commonWords: commonWords, into: &room) else {
                    return false
                }
                if mayBeDoubleEncoded && doubleEncoded.repair(UnsafeBufferPointer(rebasing: text[start..<end])) {
                    room.removeLast(lines.removeLast().words.count)
                    let offset = utf8.count
                    utf8 += doubleEncoded.bytes
                    doubleEncodedLines += 1
                    // The repair is valid UTF-8 (``DoubleEncodedUTF8`` checks it): its cut cannot stop.
                    let cut = doubleEncoded.bytes.withUnsafeBufferPointer { cutLine($0, from: 0, isRaw: false, at: offset, commonWords: commonWords, into: &room) }
                    precondition(cut != nil, "a repaired line is valid UTF-8")
                }
                guard end < text.count else { return true }
                start = end + 1
            }
        }
        guard isValid else { return nil }
        wordStorage = WordStorage(words: room.handedOver())
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
        var room = PointerBuffer<Word>(capacity: storage.count / 5 + 1)
        let commonWords = WordScore.commonASCIIWords
        storage.withUnsafeBufferPointer { text in
            var start = 0
            for lineIsRaw in isRaw {
                // Valid UTF-8 lines, and raw lines written as UTF-8: no cut stops.
                guard let (end, _) = cutLine(text, from: start, isRaw: lineIsRaw, commonWords: commonWords, into: &room) else {
                    preconditionFailure("every line read is valid UTF-8")
                }
                start = end + 1
            }
        }
        wordStorage = WordStorage(words: room.handedOver())
    }

    /// Calls `body` with the words with a scalar above ASCII of every line, line after line,
    /// in place: the room they lie in lives at least until `body` returns (the pointer must
    /// not be kept past it).
    func withWords<Result>(_ body: (UnsafeBufferPointer<Word>) throws -> Result) rethrows -> Result {
        try withExtendedLifetime(wordStorage) { try body(wordStorage.words) }
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
    /// words as it decodes it, appending its words to `room` and the line; `text` lies at `offset` in
    /// the storage. Its ASCII words are looked up in `commonWords` (``WordScore/commonASCIIWords``,
    /// read once a text). Returns where the line ends, and whether it may be double-encoded UTF-8:
    /// every scalar has a Windows-1252 byte, and one of them is above 0x7F; or `nil` when the
    /// line is not valid UTF-8 (its words may then be appended, the line is not).
    ///
    /// Every byte above ASCII is checked as it is read: a letter of two bytes read eight
    /// bytes at a time is a lead followed by a continuation byte (``WordBlock/letters(_:after:)``
    /// takes no other), any other scalar is checked before it is decoded (``UTF8Validity/wellFormedLength(in:at:)``).
    private mutating func cutLine(_ text: UnsafeBufferPointer<UInt8>, from start: Int, isRaw: Bool,
                                  at offset: Int = 0, commonWords: FixedKeyTable, into room: inout PointerBuffer<Word>) -> (end: Int, mayBeDoubleEncoded: Bool)? {
        let firstWord = room.count
        var everyScalarHasByte = true, hasHighByte = false
        var asciiWords = 0, commonASCIIWords = 0
        // The high bits of the line's letters' bytes read eight at a time (not 0 when one is
        // above ASCII).
        var lineHighBits: UInt64 = 0
        // Indices inside `text` and the storage: wrapping additions (no overflow check) and
        // unchecked ranges (a word's start is below its end).
        var index = start
        while true {
            // Between words: ASCII bytes that are no letter, eight at a time. A word from
            // here (if the scalar here is a letter), to the first scalar that is no letter:
            // ASCII letters and the scalars of mojibake eight bytes at a time (one test a
            // block, not one a byte), any other scalar one at a time.
            index = Self.pastGap(in: text, from: index)
            let wordStart = index
            var wordHighBits: UInt64 = 0, isFixed = false
            var stop: UInt8  // the byte the word stops at ("\n" at the end of the text)
            var stopLength = 1  // the length of the scalar the word stops at
            while true {
                let (highBits, stopByte) = Self.pastLetters(in: text, from: &index)
                (wordHighBits, stop) = (wordHighBits | highBits, stopByte)
                guard stop >= 0x80 else { break }
                let length = UTF8Validity.wellFormedLength(in: text, at: index)
                guard length > 0 else { return nil }
                // U+0080...U+00A0 (C2 xx, C3 xx being letters): each its own Windows-1252
                // byte, no letter.
                if stop == 0xC2 {
                    hasHighByte = true
                    stopLength = 2
                    break
                }
                let (byte, value) = Self.highScalar(in: text, at: index, length: length)
                if byte == 0 { everyScalarHasByte = false } else { hasHighByte = true }
                guard Self.isLetterWithoutByte(byte, value) else {
                    stopLength = length
                    break
                }
                isFixed = true
                index &+= length
            }
            lineHighBits |= wordHighBits
            if index > wordStart {
                if wordHighBits == 0 && !isFixed {
                    asciiWords &+= 1
                    if WordScore.isCommon(asciiWord: Range(uncheckedBounds: (wordStart, index)), in: text, among: commonWords) {
                        commonASCIIWords &+= 1
                    }
                } else {
                    room.append(Word(range: Range(uncheckedBounds: (offset &+ wordStart, offset &+ index)), isFixed: isFixed))
                }
            }
            // The scalar here (if any) is no letter: "\n" (or the text's end) ends the line;
            // another ASCII one is passed with the gap after it; one above ASCII was read
            // above, and is passed.
            if stop >= 0x80 {
                index &+= stopLength
            } else if stop == 0x0A {
                break
            }
        }
        if lineHighBits != 0 { hasHighByte = true }
        lines.append(Line(range: offset + start ..< offset + index, words: firstWord ..< room.count, isRaw: isRaw,
                          asciiWords: asciiWords, commonASCIIWords: commonASCIIWords))
        return (index, everyScalarHasByte && hasHighByte)
    }

    /// The index past the ASCII bytes from `index` on that are neither letters nor "\n"
    /// (``WordBlock/gaps(_:)``), eight bytes a step.
    @inline(__always)
    private static func pastGap(in text: UnsafeBufferPointer<UInt8>, from index: Int) -> Int {
        var index = index
        while true {
            let run = WordBlock.run(WordBlock.gaps(WordBlock.bytes(of: text, at: index).block))
            index &+= run
            guard run == 8 else { return index }
        }
    }

    /// Moves `index` past the letters from it on that ``WordBlock/letters(_:after:)`` takes,
    /// eight bytes a step (a step of eight that ends in a scalar's lead byte stops before
    /// it); returns the high bits of their bytes (not 0 when one of them is above ASCII),
    /// and the byte after them ("\n" at the end of the text).
    @inline(__always)
    private static func pastLetters(in text: UnsafeBufferPointer<UInt8>, from index: inout Int) -> (highBits: UInt64, stop: UInt8) {
        var highBits: UInt64 = 0
        while true {
            let (block, after) = WordBlock.bytes(of: text, at: index)
            let letters = WordBlock.letters(block, after: after)
            highBits |= WordBlock.leadingRun(of: letters) & block
            let run = WordBlock.run(letters)
            guard run == 8 else {
                index &+= run
                return (highBits, UInt8(truncatingIfNeeded: block &>> UInt64(8 &* run)))
            }
            index &+= WordBlock.endsInLead(block) ? 7 : 8
        }
    }

    /// The scalar above ASCII of the well-formed sequence of `length` bytes at `index`
    /// (``UTF8Validity/wellFormedLength(in:at:)``), decoded by its length (its lead is not
    /// read again): its Windows-1252 byte (0 for none, else 0x80 or above) and value.
    @inline(__always)
    private static func highScalar(in text: UnsafeBufferPointer<UInt8>, at index: Int, length: Int) -> (byte: UInt8, value: UInt32) {
        // The lead of a sequence of `length` bytes holds the value's top 7 - `length` bits,
        // each byte after it six more.
        var value = UInt32(text[index]) & (0x7F &>> UInt32(truncatingIfNeeded: length))
        for offset in 1..<length { value = value << 6 | UInt32(text[index &+ offset] & 0x3F) }
        // Well formed: neither a surrogate nor above U+10FFFF.
        let scalar = Unicode.Scalar(value).unsafelyUnwrapped
        return (Windows1252.byte(for: scalar) ?? 0, value)
    }

    /// Whether a scalar above U+00FF (the letters below are read eight bytes at a time, and
    /// U+0080...U+00A0 end a word before this is asked) is a letter: one no Windows-1252
    /// byte stands for (byte 0), by its range (Latin, Greek, Cyrillic, Vietnamese ...). The
    /// bytes of the others, 0x80...0x9F, are no letters.
    @inline(__always)
    private static func isLetterWithoutByte(_ byte: UInt8, _ value: UInt32) -> Bool {
        byte == 0 && value >= 0xC0 && value < 0x2000
    }

    /// The room a text's words lie in, freed with the last copy of the text (words are read
    /// in place, not copied into an array).
    private final class WordStorage {
        /// The words (their room allocated by a ``PointerBuffer``).
        let words: UnsafeBufferPointer<Word>

        /// Takes over the room of `words`.
        init(words: UnsafeBufferPointer<Word>) {
            self.words = words
        }

        deinit {
            UnsafeMutableBufferPointer(mutating: words).deinitialize()
            words.deallocate()
        }
    }
}
