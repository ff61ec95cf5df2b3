/// One pass over input bytes that tells whether they can be used as they are: valid UTF-8
/// (by the rules of the Unicode standard, table 3-7: no overlong forms, surrogates or
/// scalars above U+10FFFF) free of ``MojibakeFingerprint``'s signs of a legacy encoding;
/// and whether they hold combining marks (U+0300...U+036F, lead bytes CC and CD) that NFC
/// would compose. Ordinary Unicode Vietnamese, which is precomposed, is plain and has none.
struct UTF8Survey {
    /// Valid UTF-8 without a sign of a legacy encoding. The survey stops at the first byte
    /// that says otherwise: what follows it is left to the decoder.
    private(set) var isPlainUnicode = true
    /// Whether a combining mark was seen (before the survey stopped).
    private(set) var hasCombiningMarks = false

    /// Surveys `bytes`.
    init(_ bytes: ArraySlice<UInt8>) {
        bytes.withUnsafeBufferPointer { survey($0) }
    }

    /// Reads `bytes` scalar by scalar (runs of ASCII eight bytes at a time), setting the
    /// flags, up to the first byte that makes them not plain.
    private mutating func survey(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let start = bytes.baseAddress else { return }
        let words = UnsafeRawPointer(start)
        let count = bytes.count
        var index = 0
        while index < count {
            // ASCII is passed over eight bytes at a time, up to the first byte that is not.
            if index &+ 8 <= count {
                let highBits = UInt64(littleEndian: words.loadUnaligned(fromByteOffset: index, as: UInt64.self)) & 0x8080_8080_8080_8080
                if highBits == 0 {
                    index &+= 8
                    continue
                }
                index &+= highBits.trailingZeroBitCount / 8
            }
            let lead = bytes[index]
            if lead < 0x80 {
                index &+= 1
            } else if lead < 0xE0 {
                guard lead >= 0xC2, index &+ 1 < count, Self.isContinuation(bytes[index &+ 1]) else { isPlainUnicode = false; return }
                let second = bytes[index &+ 1]
                if lead == 0xC2 && second != 0xA0 || lead == 0xC3 && MojibakeFingerprint.isForeign(afterC3: second) {
                    isPlainUnicode = false
                    return
                } else if lead == 0xCC || lead == 0xCD {
                    hasCombiningMarks = true
                }
                index &+= 2
            } else if lead < 0xF0 {
                // No overlong form (E0 80...9F) nor surrogate (ED A0...BF).
                guard index &+ 2 < count, Self.isContinuation(bytes[index &+ 2]) else { isPlainUnicode = false; return }
                let second = bytes[index &+ 1]
                guard second >= (lead == 0xE0 ? 0xA0 : 0x80), second <= (lead == 0xED ? 0x9F : 0xBF) else { isPlainUnicode = false; return }
                index &+= 3
            } else {
                // No overlong form (F0 80...8F) nor scalar above U+10FFFF (F4 90... and F5...).
                guard lead <= 0xF4, index &+ 3 < count, Self.isContinuation(bytes[index &+ 2]), Self.isContinuation(bytes[index &+ 3])
                else { isPlainUnicode = false; return }
                let second = bytes[index &+ 1]
                guard second >= (lead == 0xF0 ? 0x90 : 0x80), second <= (lead == 0xF4 ? 0x8F : 0xBF) else { isPlainUnicode = false; return }
                index &+= 4
            }
        }
    }

    /// Whether the byte is a UTF-8 continuation byte (10xxxxxx).
    private static func isContinuation(_ byte: UInt8) -> Bool { byte & 0xC0 == 0x80 }
}
