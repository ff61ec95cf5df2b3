/// Whether bytes are valid UTF-8, by the rules of the Unicode standard (table 3-7: no
/// overlong forms, surrogates or scalars above U+10FFFF), without making a `String` of
/// them. Any sequence is checked by ``sequenceLength(in:at:)`` (``UTF8Survey`` passes its
/// commonest letters on short paths of its own first; elsewhere the standard library
/// validates, where a `String` is made).
enum UTF8Validity {
    /// Whether `bytes` from `start` on are valid UTF-8 (`start` being where a sequence starts).
    static func isValid(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> Bool {
        validEnd(of: bytes, from: start) == bytes.count
    }

    /// How far `bytes` from `start` on (`start` being where a sequence starts) are valid
    /// UTF-8: where the first ill-formed sequence starts, or `bytes.count` when there is none.
    @inline(__always)
    static func validEnd(of bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        while true {
            index = nextNonASCII(in: bytes, from: index)
            guard index < bytes.count else { return bytes.count }
            let length = sequenceLength(in: bytes, at: index)
            guard length > 0 else { return index }
            index &+= length
        }
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

    /// The length of the well-formed sequence whose lead byte (0x80 or above) is at
    /// `index`, or 0 when it is ill-formed (a stray continuation byte, an overlong form, a
    /// surrogate, a scalar above U+10FFFF, or a sequence cut short).
    @inline(__always)
    static func sequenceLength(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let count = bytes.count, lead = bytes[index]
        if lead < 0xE0 {
            guard lead >= 0xC2, index &+ 1 < count, isContinuation(bytes[index &+ 1]) else { return 0 }
            return 2
        } else if lead < 0xF0 {
            // No overlong form (E0 80...9F) nor surrogate (ED A0...BF).
            guard index &+ 2 < count, isContinuation(bytes[index &+ 2]) else { return 0 }
            let second = bytes[index &+ 1]
            guard second >= (lead == 0xE0 ? 0xA0 : 0x80), second <= (lead == 0xED ? 0x9F : 0xBF) else { return 0 }
            return 3
        } else {
            // No overlong form (F0 80...8F) nor scalar above U+10FFFF (F4 90... and F5...).
            guard lead <= 0xF4, index &+ 3 < count, isContinuation(bytes[index &+ 2]), isContinuation(bytes[index &+ 3])
            else { return 0 }
            let second = bytes[index &+ 1]
            guard second >= (lead == 0xF0 ? 0x90 : 0x80), second <= (lead == 0xF4 ? 0x8F : 0xBF) else { return 0 }
            return 4
        }
    }

    /// Whether the byte is a UTF-8 continuation byte (10xxxxxx).
    @inline(__always)
    private static func isContinuation(_ byte: UInt8) -> Bool { byte & 0xC0 == 0x80 }
}
