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
