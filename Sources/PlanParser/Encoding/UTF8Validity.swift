/// Whether bytes are valid UTF-8, by the rules of the Unicode standard (table 3-7: no
/// overlong forms, surrogates or scalars above U+10FFFF): the check the legacy repair needs
/// before it reads text as text, without making a `String` of it.
enum UTF8Validity {
    /// Whether `bytes` are valid UTF-8; runs of ASCII are passed over eight bytes at a time.
    static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let start = bytes.baseAddress else { return true }
        let words = UnsafeRawPointer(start)
        let count = bytes.count
        var index = 0
        while index < count {
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
                guard lead >= 0xC2, index &+ 1 < count, isContinuation(bytes[index &+ 1]) else { return false }
                index &+= 2
            } else if lead < 0xF0 {
                // No overlong form (E0 80...9F) nor surrogate (ED A0...BF).
                guard index &+ 2 < count, isContinuation(bytes[index &+ 2]) else { return false }
                let second = bytes[index &+ 1]
                guard second >= (lead == 0xE0 ? 0xA0 : 0x80), second <= (lead == 0xED ? 0x9F : 0xBF) else { return false }
                index &+= 3
            } else {
                // No overlong form (F0 80...8F) nor scalar above U+10FFFF (F4 90... and F5...).
                guard lead <= 0xF4, index &+ 3 < count, isContinuation(bytes[index &+ 2]), isContinuation(bytes[index &+ 3])
                else { return false }
                let second = bytes[index &+ 1]
                guard second >= (lead == 0xF0 ? 0x90 : 0x80), second <= (lead == 0xF4 ? 0x8F : 0xBF) else { return false }
                index &+= 4
            }
        }
        return true
    }

    /// Whether the byte is a UTF-8 continuation byte (10xxxxxx).
    private static func isContinuation(_ byte: UInt8) -> Bool { byte & 0xC0 == 0x80 }
}
