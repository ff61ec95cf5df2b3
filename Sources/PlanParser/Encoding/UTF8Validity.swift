/// Whether bytes are valid UTF-8, by the rules of the Unicode standard (table 3-7: no
/// overlong forms, surrogates or scalars above U+10FFFF), without making a `String` of
/// them. Any sequence is checked by ``sequenceLength(in:at:)``; the commonest Vietnamese
/// letters are passed on short paths first (``UTF8Survey`` has its own, which also look for
/// the signs of a legacy encoding).
enum UTF8Validity {
    /// Whether `bytes` from `start` on are valid UTF-8 (`start` being where a sequence starts).
    static func isValid(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> Bool {
        validEnd(of: bytes, from: start) == bytes.count
    }

    /// How far `bytes` from `start` on (`start` being where a sequence starts) are valid
    /// UTF-8: where the first ill-formed sequence starts, or `bytes.count` when there is none.
    ///
    /// One loop passes a run of ASCII eight bytes at a time, then the commonest letter that
    /// follows it, read from one four-byte load (``commonLetterLength(_:)``), without a
    /// return to a loop of its own; any other sequence, and the last bytes under eight, are
    /// checked by ``sequenceLength(in:at:)``.
    @inline(__always)
    static func validEnd(of bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let count = bytes.count
        var index = start
        if let base = bytes.baseAddress {
            let words = UnsafeRawPointer(base)
            while index &+ 8 <= count {
                let word = UInt64(littleEndian: words.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                // The ASCII bytes the word starts with (8 when it has no other).
                let ascii = (word & 0x8080_8080_8080_8080).trailingZeroBitCount &>> 3
                index &+= ascii
                if ascii == 8 { continue }
                if index &+ 4 <= count {
                    let length = commonLetterLength(UInt32(littleEndian: words.loadUnaligned(fromByteOffset: index, as: UInt32.self)))
                    if length > 0 {
                        index &+= length
                        continue
                    }
                }
                let length = sequenceLength(in: bytes, at: index)
                guard length > 0 else { return index }
                index &+= length
            }
        }
        while index < count {
            let length = bytes[index] < 0x80 ? 1 : sequenceLength(in: bytes, at: index)
            guard length > 0 else { return index }
            index &+= length
        }
        return count
    }

    /// The length of the well-formed sequence that `bytes` (four bytes from a sequence's
    /// start, little-endian) start with, when it is one of the commonest in
    /// Vietnamese text: a letter of U+1E80...U+1EFF (E1 BA xx, E1 BB xx), or any two-byte
    /// sequence (C2...DF xx). Else 0: ``sequenceLength(in:at:)`` decides.
    @inline(__always)
    private static func commonLetterLength(_ bytes: UInt32) -> Int {
        if startsWithLetterOfU1E80(bytes) { return 3 }
        // C2...DF 10xxxxxx (C0 and C1 lead overlong forms), in one comparison.
        return (bytes & 0xC0FF) &- 0x80C2 <= 0x80DF - 0x80C2 ? 2 : 0
    }

    /// Whether `bytes` (four bytes, little-endian) start with a letter of U+1E80...U+1EFF
    /// (E1 BA xx, E1 BB xx), the commonest three-byte letters of Vietnamese text.
    @inline(__always)
    static func startsWithLetterOfU1E80(_ bytes: UInt32) -> Bool {
        bytes & 0xC0_FEFF == 0x80_BAE1
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
