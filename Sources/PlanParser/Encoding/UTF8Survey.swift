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
            // The commonest Vietnamese letters, read from one four-byte load (well-formed by
            // the rules, and neither a sign nor a combining mark).
            let length = index &+ 4 <= bytes.count ? Self.letterLength(UnsafeRawBufferPointer(bytes), at: index) : 0
            if length > 0 {
                index &+= length
                continue
            }
            let lead = bytes[index]
            let sequence = UTF8Validity.sequenceLength(in: bytes, at: index)
            guard sequence > 0 else { isPlainUnicode = false; break }
            if sequence == 2 {
                let second = bytes[index &+ 1]
                if lead == 0xC2 && second != 0xA0 || lead == 0xC3 && MojibakeFingerprint.isForeign(afterC3: second) {
                    isPlainUnicode = false
                    break
                } else if lead == 0xCC || lead == 0xCD {
                    hasCombiningMarks = true
                }
            }
            index &+= sequence
        }
        stop = index
    }

    /// The length of the Vietnamese letter at `index` (four bytes at least from there) when
    /// it is one of the commonest, else 0: U+1E80...U+1EFF (E1 BA xx, E1 BB xx), and the
    /// letters of U+00C0...U+02FF (C3 xx but ``MojibakeFingerprint``'s signs; C4...CB xx:
    /// ă đ ĩ ũ ơ ư).
    @inline(__always)
    private static func letterLength(_ bytes: UnsafeRawBufferPointer, at index: Int) -> Int {
        let word = UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: index, as: UInt32.self))
        if UTF8Validity.startsWithLetterOfU1E80(word) { return 3 }
        let lead = UInt8(truncatingIfNeeded: word), second = UInt8(truncatingIfNeeded: word >> 8)
        guard lead &- 0xC3 < 9, second & 0xC0 == 0x80 else { return 0 }
        return lead != 0xC3 || !MojibakeFingerprint.isForeign(afterC3: second) ? 2 : 0
    }
}
