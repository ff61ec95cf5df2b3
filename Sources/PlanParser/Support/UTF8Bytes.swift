/// Byte classifiers for scanning UTF-8 text. Only ASCII bytes are classified here; the
/// bytes of multi-byte scalars are never ASCII, so a byte scan cannot cut a letter in two.
extension UInt8 {
    var isASCIIDigit: Bool { self >= 0x30 && self <= 0x39 }
    var isASCIIUpper: Bool { self >= 0x41 && self <= 0x5A }
    var isASCIILower: Bool { self >= 0x61 && self <= 0x7A }
    /// An ASCII letter, in one comparison (the case bit set, then a-z).
    var isASCIILetter: Bool { (self | 0x20) &- 0x61 < 26 }
    var isSpaceOrTab: Bool { self == 0x20 || self == 0x09 }
    /// The byte with an ASCII capital made small; any other byte as it is.
    var asciiLowercased: UInt8 { self &- 0x41 < 26 ? self | 0x20 : self }
    /// The first byte of a scalar (not a continuation byte).
    var isScalarStart: Bool { self & 0xC0 != 0x80 }
}

/// Helpers on the UTF-8 bytes of one line or paragraph.
enum UTF8Text {
    /// Decodes the scalar that starts at `index`, with its length in bytes.
    static func scalar<Bytes: RandomAccessCollection<UInt8>>(in bytes: Bytes, at index: Int) -> (Unicode.Scalar, Int)?
    where Bytes.Index == Int {
        guard index < bytes.endIndex else { return nil }
        let lead = bytes[index]
        let length: Int
        var value: UInt32
        switch lead {
        case 0..<0x80: return (Unicode.Scalar(lead), 1)
        case 0xC0..<0xE0: length = 2; value = UInt32(lead & 0x1F)
        case 0xE0..<0xF0: length = 3; value = UInt32(lead & 0x0F)
        case 0xF0..<0xF8: length = 4; value = UInt32(lead & 0x07)
        default: return nil
        }
        guard index + length <= bytes.endIndex else { return nil }
        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        guard let scalar = Unicode.Scalar(value) else { return nil }
        return (scalar, length)
    }

    /// The first letter of the text, skipping anything that is not a letter. ASCII is
    /// classified by byte (its only letters are A-Z, a-z; its only numbers 0-9), and so are
    /// NBSP and General Punctuation ("–", "“", "•": ``isPunctuationOrSpace(_:)``), which
    /// lines often start with: no Unicode property is looked up for them.
    static func firstLetter<Bytes: RandomAccessCollection<UInt8>>(of bytes: Bytes) -> Unicode.Scalar? where Bytes.Index == Int {
        var index = bytes.startIndex
        while index < bytes.endIndex, bytes[index] < 0x80 {
            let byte = bytes[index]
            if byte.isASCIILetter { return Unicode.Scalar(byte) }
            if byte.isASCIIDigit { return nil }
            index += 1
        }
        while let (scalar, length) = scalar(in: bytes, at: index) {
            index += length
            if isPunctuationOrSpace(scalar) { continue }
            if isAlphabetic(scalar) { return scalar }
            if UnicodeProperties.isNumeric(scalar) { return nil }
        }
        return nil
    }

    /// Whether `bytes` start with the list signs "–" (E2 80 93) or "•" (E2 80 A2), three
    /// bytes each.
    static func startsWithDashOrBulletSign(_ bytes: some Collection<UInt8>) -> Bool {
        var iterator = bytes.makeIterator()
        guard iterator.next() == 0xE2, iterator.next() == 0x80, let last = iterator.next() else { return false }
        return last == 0x93 || last == 0xA2
    }

    /// Whether the text starts (ignoring punctuation) with a lower-case letter.
    static func startsLowercase(_ bytes: some ByteText) -> Bool {
        // Most lines start with an ASCII letter or digit: answered from that byte.
        if let first = bytes.first, first.isASCIILetter || first.isASCIIDigit { return first.isASCIILower }
        guard let letter = firstLetter(of: bytes) else { return false }
        return isLowercase(letter)
    }

    /// The case of a Latin letter that Vietnamese writes outside ASCII (U+00C0-U+00FF but
    /// "×" and "÷", Ă ă Đ đ Ĩ ĩ Ũ ũ Ơ ơ Ư ư, U+1EA0-U+1EF9): `true` for upper case, `false`
    /// for lower case; `nil` for any other scalar. Answers these from their code points, as
    /// the Unicode properties would, without looking the properties up.
    static func vietnameseCase(of scalar: Unicode.Scalar) -> Bool? {
        let value = scalar.value
        switch value {
        case 0xC0...0xDE where value != 0xD7: return true
        case 0xDF...0xFF where value != 0xF7: return false
        case 0x102, 0x103, 0x110, 0x111, 0x128, 0x129, 0x168, 0x169, 0x1A0, 0x1A1: return value & 1 == 0
        case 0x1AF: return true
        case 0x1B0: return false
        case 0x1EA0...0x1EF9: return value & 1 == 0
        default: return nil
        }
    }

    /// Whether `scalar` is NBSP or General Punctuation (U+2000-U+206F: "…", "–", "“"):
    /// no letter or number, without case, by the Unicode properties.
    static func isPunctuationOrSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value == 0xA0 || (0x2000...0x206F).contains(scalar.value)
    }

    /// Whether `scalar` is a lower-case letter (the Unicode property, answered by code point
    /// for ASCII and Vietnamese letters).
    static func isLowercase(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return UInt8(scalar.value).isASCIILower }
        if let upper = vietnameseCase(of: scalar) { return !upper }
        return UnicodeProperties.isLowercase(scalar)
    }

    /// Whether `scalar` is an upper-case letter (the Unicode property, answered by code point
    /// for ASCII and Vietnamese letters).
    static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return UInt8(scalar.value).isASCIIUpper }
        if let upper = vietnameseCase(of: scalar) { return upper }
        return UnicodeProperties.isUppercase(scalar)
    }

    /// Whether `scalar` is alphabetic (the Unicode property, answered by code point for ASCII
    /// and Vietnamese letters).
    static func isAlphabetic(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return UInt8(scalar.value).isASCIILetter }
        return vietnameseCase(of: scalar) != nil || UnicodeProperties.isAlphabetic(scalar)
    }

    /// Whether the text has letters and none of them is lower case ("MỤC ĐÍCH, YÊU CẦU");
    /// `false` for ill-formed UTF-8. The commonest letters beyond ASCII are told by their
    /// bytes (``commonLetterCase(_:at:)``), the others decoded.
    static func isAllCaps<Bytes: RandomAccessCollection<UInt8>>(_ text: Bytes) -> Bool where Bytes.Index == Int {
        var sawUpper = false
        var index = text.startIndex
        while index < text.endIndex {
            let byte = text[index]
            if byte < 0x80 {
                if byte.isASCIILower { return false }
                if byte.isASCIIUpper { sawUpper = true }
                index += 1
                continue
            }
            if let (isUpper, length) = commonLetterCase(text, at: index) {
                if !isUpper { return false }
                sawUpper = true
                index += length
                continue
            }
            guard let (scalar, length) = scalar(in: text, at: index) else { return false }
            index += length
            if isPunctuationOrSpace(scalar) { continue }
            if let upper = vietnameseCase(of: scalar) {
                if !upper { return false }
                sawUpper = true
            } else {
                if UnicodeProperties.isLowercase(scalar) { return false }
                if UnicodeProperties.isUppercase(scalar) { sawUpper = true }
            }
        }
        return sawUpper
    }

    /// The case (``vietnameseCase(of:)``) and length of the letter at `index` when it is
    /// one of the commonest of Vietnamese beyond ASCII, told by its bytes without decoding:
    /// U+00C0-U+00FF but "×" and "÷" (C3 80-BF), U+1EA0-U+1EF9 (E1 BA A0-BF, E1 BB 80-B9);
    /// `nil` for any other sequence.
    @inline(__always)
    private static func commonLetterCase<Bytes: RandomAccessCollection<UInt8>>(_ text: Bytes, at index: Int) -> (isUpper: Bool, length: Int)?
    where Bytes.Index == Int {
        let lead = text[index]
        if lead == 0xC3, index + 1 < text.endIndex {
            let second = text[index + 1]
            guard second & 0xC0 == 0x80, second != 0x97, second != 0xB7 else { return nil }
            return (second < 0x9F, 2)
        }
        guard lead == 0xE1, index + 2 < text.endIndex else { return nil }
        let (second, third) = (text[index + 1], text[index + 2])
        guard second | 1 == 0xBB, third & 0xC0 == 0x80, second == 0xBA ? third >= 0xA0 : third <= 0xB9 else { return nil }
        return (third & 1 == 0, 3)
    }

    /// Whether the text contains a letter or a digit.
    static func hasAlphanumeric<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes) -> Bool where Bytes.Index == Int {
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte < 0x80 {
                if byte.isASCIILetter || byte.isASCIIDigit { return true }
                index += 1
                continue
            }
            guard let (scalar, length) = scalar(in: bytes, at: index) else { return false }
            index += length
            if isPunctuationOrSpace(scalar) { continue }
            if isAlphabetic(scalar) || UnicodeProperties.isNumeric(scalar) { return true }
        }
        return false
    }

    /// The number of space-separated words. Counting stops at the word after the first
    /// `limit`: a count above `limit` only says there are more.
    static func wordCount(_ text: some Sequence<UInt8>, upTo limit: Int = .max) -> Int {
        // Every caller's bytes are contiguous; another sequence is copied first.
        text.withContiguousStorageIfAvailable { wordCount(inBuffer: $0, upTo: limit) }
            ?? Array(text).withUnsafeBufferPointer { wordCount(inBuffer: $0, upTo: limit) }
    }

    /// ``wordCount(_:upTo:)`` of contiguous bytes, eight at a time: a word starts at each
    /// byte that is not a space after one that is (or at the start). Counting stops at the
    /// block where the count first passes `limit`, and the count is cut back to what the
    /// byte-at-a-time count would have stopped at.
    private static func wordCount(inBuffer text: UnsafeBufferPointer<UInt8>, upTo limit: Int) -> Int {
        // A limit below 0 stops where a limit of 0 does, at the first word.
        let limit = Swift.max(limit, 0)
        let words = UnsafeRawBufferPointer(text)
        var count = 0
        // The high bit of the previous byte's "not a space" flag, moved to the lowest byte.
        var carry: UInt64 = 0
        var index = 0
        while index + 8 <= text.count, count <= limit {
            let word = UInt64(littleEndian: words.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            // The high bit of each byte that is not a space.
            let notSpace = ~ByteLanes.equal(word, 0x20) & ByteLanes.highBits
            count += (notSpace & ~(notSpace << 8 | carry)).nonzeroBitCount
            carry = notSpace >> 56
            index += 8
        }
        var inWord = carry != 0
        while index < text.count, count <= limit {
            if text[index] == 0x20 {
                inWord = false
            } else if !inWord {
                inWord = true
                count += 1
            }
            index += 1
        }
        return count > limit ? limit + 1 : count
    }

    /// Whether `bytes` end with `suffix`, compared from the end.
    static func endsWith<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, _ suffix: [UInt8]) -> Bool where Bytes.Index == Int {
        guard bytes.count >= suffix.count else { return false }
        var offset = 1
        while offset <= suffix.count {
            guard bytes[bytes.endIndex - offset] == suffix[suffix.count - offset] else { return false }
            offset += 1
        }
        return true
    }

    /// The bytes decoded as UTF-8 (ill-formed sequences repaired).
    ///
    /// Contiguous bytes are checked by ``UTF8Validity`` and, when valid, copied into the
    /// `String` without the standard library's own check, which costs more than twice as
    /// many instructions on Vietnamese text (7.2M against 3.2M for the 30 Unicode files of
    /// the real corpus).
    static func string(_ bytes: some Collection<UInt8>) -> String {
        if let string = bytes.withContiguousStorageIfAvailable(checkedString) { return string }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `read` applied to the UTF-8 of `text`: a native string's storage read in place (not
    /// copied, so no reference taken to read it), another string's through a copy.
    @inline(__always)
    static func withUTF8<Result>(of text: String, _ read: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = text.utf8.withContiguousStorageIfAvailable(read) { return result }
        var text = text
        return text.withUTF8(read)
    }

    /// The bytes of a view, decoded as UTF-8: copied without a check when they are known to
    /// be valid (``ByteView/holdsValidUTF8(_:)``), else as any bytes are.
    static func string(_ text: ByteView) -> String {
        string(text[...])
    }

    /// The bytes of a slice of a view, decoded as UTF-8: copied without a check when they
    /// are known to be valid (``ByteView/holdsValidUTF8(_:)``), else as any bytes are.
    static func string(_ text: Slice<ByteView>) -> String {
        text.withUnsafeBufferPointer { bytes in
            text.base.holdsValidUTF8(text.startIndex..<text.endIndex)
                ? String(copying: UTF8Span(unchecked: bytes.span, isKnownASCII: UTF8Validity.nextNonASCII(in: bytes, from: 0) == bytes.count))
                : checkedString(bytes)
        }
    }

    /// The `String` of `bytes`: copied as they are when they are valid UTF-8, else repaired.
    private static func checkedString(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        let firstNonASCII = UTF8Validity.nextNonASCII(in: bytes, from: 0)
        let isASCII = firstNonASCII == bytes.count
        guard isASCII || UTF8Validity.validEnd(of: bytes, from: firstNonASCII) == bytes.count else {
            return String(decoding: bytes, as: UTF8.self)
        }
        return String(copying: UTF8Span(unchecked: bytes.span, isKnownASCII: isASCII))
    }
}

extension ByteText {
    /// The ranges of the space-separated words (a run of spaces is one separator).
    var wordRanges: [Range<Int>] { wordRanges(separatedAlsoBy: 0x20) }

    /// The ranges of the words separated by spaces and by `separator` (a run of them is
    /// one separator): "IV-2025" is two words when `separator` is "-". The array is made
    /// once, with room for the most words the bytes can hold (one in two bytes), rather
    /// than grown from empty.
    func wordRanges(separatedAlsoBy separator: UInt8) -> [Range<Int>] {
        var words: [Range<Int>] = []
        words.reserveCapacity((count + 1) / 2)
        var start = 0
        for index in indices where self[index] == 0x20 || self[index] == separator {
            if index > start { words.append(start..<index) }
            start = index + 1
        }
        if start < count { words.append(start..<count) }
        return words
    }

    /// The words `words` (ranges of these bytes) joined by one space.
    func joined(_ words: some Collection<Range<Int>>) -> [UInt8] {
        var joined: [UInt8] = []
        for word in words {
            if !joined.isEmpty { joined.append(0x20) }
            joined.append(contentsOf: self[word])
        }
        return joined
    }

    /// The offset of `needle` in these bytes, byte for byte.
    func firstOffset(of needle: [UInt8]) -> Int? {
        withUnsafeBufferPointer { bytes in needle.withUnsafeBufferPointer { bytes.firstOffset(of: $0) } }
    }

    /// The bytes without leading and trailing ASCII spaces.
    func trimmingSpaces() -> [UInt8] {
        Array(self[...].trimmingSpaces())
    }
}

extension RandomAccessCollection where Element == UInt8, Index == Int, SubSequence == Self {
    /// The bytes without leading and trailing ASCII spaces, in the same storage (uncopied):
    /// a slice of an array or of a ``ByteView``.
    func trimmingSpaces() -> Self {
        // Bounds moved, then one slice: `removeLast()` on a slice whose storage is shared
        // would copy it.
        var start = startIndex, end = endIndex
        while start < end && self[start] == 0x20 { start += 1 }
        while end > start && self[end - 1] == 0x20 { end -= 1 }
        return self[start..<end]
    }
}

extension UnsafeBufferPointer where Element == UInt8 {
    /// The offset of `needle` in these bytes, byte for byte (`nil` for an empty needle).
    func firstOffset(of needle: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let first = needle.first, needle.count <= count else { return nil }
        var start = 0
        while start + needle.count <= count {
            if self[start] == first {
                var offset = 1
                while offset < needle.count, self[start + offset] == needle[offset] { offset += 1 }
                if offset == needle.count { return start }
            }
            start += 1
        }
        return nil
    }
}

/// The Unicode properties ``UTF8Text`` falls back on for scalars that are neither ASCII nor
/// Vietnamese letters, looked up out of line: inlined, a look-up sets up its metadata and
/// stack room at the entry of every caller, even of one that only ever reads ASCII.
private enum UnicodeProperties {
    @inline(never)
    static func isAlphabetic(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isAlphabetic }

    @inline(never)
    static func isUppercase(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isUppercase }

    @inline(never)
    static func isLowercase(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isLowercase }

    /// Whether the scalar is a number of any kind (digit, numeral, fraction...).
    @inline(never)
    static func isNumeric(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.numericType != nil }
}
