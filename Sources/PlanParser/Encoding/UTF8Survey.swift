/// One pass over input bytes that tells whether they can be used as they are: valid UTF-8
/// (by ``UTF8Validity``'s rules) free of ``MojibakeFingerprint``'s signs of a legacy
/// encoding; and whether they hold combining marks (U+0300...U+036F, lead bytes CC and CD)
/// that NFC would compose. Ordinary Unicode Vietnamese, which is precomposed, is plain and has none.
struct UTF8Survey {
    /// Valid UTF-8 without a sign of a legacy encoding. The survey stops at the first byte
    /// that says otherwise: what follows it is left to the decoder.
    private(set) var isPlainUnicode = true
    /// Whether a combining mark was seen (before the survey stopped).
    private(set) var hasCombiningMarks = false
    /// Where the survey stopped (the byte count when the bytes are plain): a sequence
    /// starts there, and the bytes before it are valid UTF-8.
    private(set) var stop = 0

    /// Surveys `bytes`.
    init(_ bytes: ArraySlice<UInt8>) {
        bytes.withUnsafeBufferPointer { survey($0) }
    }

    /// Reads `bytes` scalar by scalar (runs of ASCII eight bytes at a time), setting the
    /// flags, up to the first byte that makes them not plain.
    private mutating func survey(_ bytes: UnsafeBufferPointer<UInt8>) {
        var index = 0
        while true {
            index = UTF8Validity.nextNonASCII(in: bytes, from: index)
            guard index < bytes.count else { break }
            // The commonest Vietnamese letters on short paths (well-formed by the rules, and
            // neither a sign nor a combining mark): U+1E80...U+1EFF (E1 BA xx, E1 BB xx) and
            // U+0100...U+02FF (C4...CB xx: ă đ ĩ ũ ơ ư).
            let lead = bytes[index]
            if lead == 0xE1 && index &+ 2 < bytes.count && bytes[index &+ 1] & 0xFE == 0xBA && bytes[index &+ 2] & 0xC0 == 0x80 {
                index &+= 3
                continue
            }
            if lead &- 0xC4 < 8 && index &+ 1 < bytes.count && bytes[index &+ 1] & 0xC0 == 0x80 {
                index &+= 2
                continue
            }
            let length = UTF8Validity.sequenceLength(in: bytes, at: index)
            guard length > 0 else { isPlainUnicode = false; break }
            if length == 2 {
                let second = bytes[index &+ 1]
                if lead == 0xC2 && second != 0xA0 || lead == 0xC3 && MojibakeFingerprint.isForeign(afterC3: second) {
                    isPlainUnicode = false
                    break
                } else if lead == 0xCC || lead == 0xCD {
                    hasCombiningMarks = true
                }
            }
            index &+= length
        }
        stop = index
    }
}
