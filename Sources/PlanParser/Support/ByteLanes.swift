/// Tests of the eight bytes of a word at once (its lanes; the first byte the lowest of a
/// little-endian load): each gives the high bit of every byte it holds for, exactly (no
/// sum carries and no difference borrows into the next byte).
enum ByteLanes {
    /// The high bit of every byte.
    static let highBits: UInt64 = 0x8080_8080_8080_8080
    /// The low seven bits of every byte.
    static let lowBits: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
    /// 1 in every byte: a byte times it repeats it eight times.
    static let ones: UInt64 = 0x0101_0101_0101_0101

    /// The bytes equal to `byte`.
    @inline(__always)
    static func equal(_ word: UInt64, _ byte: UInt8) -> UInt64 {
        let difference = word ^ UInt64(byte) &* ones
        return ~((difference & lowBits &+ lowBits) | difference) & highBits
    }

    /// The bytes that are ASCII letters (``UInt8/isASCIILetter``): below 0x80, and folded to
    /// small letters (0x20 set) from "a" to "z".
    @inline(__always)
    static func asciiLetters(_ word: UInt64) -> UInt64 {
        let folded = (word | 0x20 &* ones) & lowBits
        let fromA = folded &+ (0x80 &- 0x61) &* ones, pastZ = folded &+ (0x80 &- 0x7B) &* ones
        return fromA & ~pastZ & ~word & highBits
    }
}
