/// FNV-1a over scalar values, one value at a time: the key a word's score looks up the
/// very common words by, computed as the word is read (no string is made).
enum FNV1a {
    /// The offset basis: the key of no values.
    static let emptyKey: UInt64 = 0xCBF2_9CE4_8422_2325

    /// `key` with one more value folded in.
    @inline(__always)
    static func key(_ key: UInt64, adding value: UInt32) -> UInt64 {
        (key ^ UInt64(value)) &* 0x100_0000_01B3
    }
}
