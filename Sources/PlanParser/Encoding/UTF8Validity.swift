/// Whether bytes are valid UTF-8, by the rules of the Unicode standard (table 3-7: no
/// overlong forms, surrogates or scalars above U+10FFFF), without making a `String` of
/// them (``UTF8Automaton`` reads the bytes).
enum UTF8Validity {
    /// Whether `bytes` from `start` on are valid UTF-8 (`start` being where a sequence starts).
    static func isValid(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> Bool {
        validEnd(of: bytes, from: start) == bytes.count
    }

    /// How far `bytes` from `start` on (`start` being where a sequence starts) are valid
    /// UTF-8: where the first ill-formed sequence starts, or `bytes.count` when there is
    /// none. Read by ``UTF8Automaton/validity``, one table step a byte, with no branch on
    /// the bytes.
    @inline(__always)
    static func validEnd(of bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        UTF8Automaton.validity.validEnd(of: bytes, from: start)
    }

    /// The length of the UTF-8 sequence at `index` (a byte above ASCII), or 0 when it is
    /// ill-formed or cut short by the end: a lead, and continuation bytes whose first lies
    /// in the range table 3-7 of the Unicode standard gives for the lead (no overlong form,
    /// surrogate or scalar above U+10FFFF). The same ranges are in `UTF8Automaton`'s table
    /// and in `Folding.decode` (which needs the ill-formed part's length too): a change to
    /// one is a change to all three.
    @inline(__always)
    static func wellFormedLength(in text: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let lead = text[index]
        let length: Int, low: UInt8, high: UInt8  // the sequence's length and its second byte's range
        switch lead {
        case 0xC2...0xDF: (length, low, high) = (2, 0x80, 0xBF)
        case 0xE0: (length, low, high) = (3, 0xA0, 0xBF)
        case 0xE1...0xEC, 0xEE...0xEF: (length, low, high) = (3, 0x80, 0xBF)
        case 0xED: (length, low, high) = (3, 0x80, 0x9F)
        case 0xF0: (length, low, high) = (4, 0x90, 0xBF)
        case 0xF1...0xF3: (length, low, high) = (4, 0x80, 0xBF)
        case 0xF4: (length, low, high) = (4, 0x80, 0x8F)
        default: return 0
        }
        guard length <= text.count &- index, case low...high = text[index &+ 1] else { return 0 }
        for offset in 2..<length where text[index &+ offset] & 0xC0 != 0x80 { return 0 }
        return length
    }

    /// The index of the first byte from `index` on that is not ASCII (`bytes.count` when
    /// there is none); runs of ASCII are passed over eight bytes at a time.
    @inline(__always)
    static func nextNonASCII(in bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> Int {
        guard let start = bytes.baseAddress else { return index }
        let words = UnsafeRawPointer(start), count = bytes.count
        var index = index
        while index &+ 8 <= count {
            let highBits = UInt64(littleEndian: words.loadUnaligned(fromByteOffset: index, as: UInt64.self)) & 0x8080_8080_8080_8080
            if highBits != 0 { return index &+ highBits.trailingZeroBitCount / 8 }
            index &+= 8
        }
        while index < count && bytes[index] < 0x80 { index &+= 1 }
        return index
    }
}
