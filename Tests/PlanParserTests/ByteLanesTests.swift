import Testing
@testable import PlanParser

/// `ByteLanes`, which tests the eight bytes of a word at once, against a test of each
/// byte on its own: over random words made of the bytes where a carry or a borrow could
/// go wrong (the value sought and its neighbours, the letters' bounds, their high-bit
/// twins, 0x00, 0x7F, 0x80, 0xFF) and of any bytes.
@Suite struct ByteLanesTests {
    /// The word whose lanes are `bytes`, the first the lowest.
    private func word(_ bytes: [UInt8]) -> UInt64 {
        bytes.enumerated().reduce(0) { $0 | UInt64($1.element) << (8 * $1.offset) }
    }

    /// The high bit of each lane whose byte `holds`.
    private func flags(_ bytes: [UInt8], where holds: (UInt8) -> Bool) -> UInt64 {
        bytes.enumerated().reduce(0) { holds($1.element) ? $0 | 0x80 << (8 * UInt64($1.offset)) : $0 }
    }

    /// Eight bytes, each one of `edges` or, one time in four, any byte.
    private func randomBytes(_ edges: [UInt8], using generator: inout SplitMix64) -> [UInt8] {
        (0..<8).map { _ in
            UInt8.random(in: 0...3, using: &generator) == 0 ? UInt8.random(in: 0...0xFF, using: &generator) : edges.randomElement(using: &generator)!
        }
    }

    @Test func constantsAreTheirBytesRepeated() {
        #expect(ByteLanes.highBits == word([UInt8](repeating: 0x80, count: 8)))
        #expect(ByteLanes.lowBits == word([UInt8](repeating: 0x7F, count: 8)))
        #expect(ByteLanes.ones == word([UInt8](repeating: 0x01, count: 8)))
    }

    @Test func equalFlagsExactlyTheBytesEqualToTheValue() {
        var generator = SplitMix64(seed: 0xB17E_1A9E)
        for value in UInt8.min...UInt8.max {
            let edges: [UInt8] = [value, value &- 1, value &+ 1, value ^ 0x80, 0x00, 0x7F, 0x80, 0xFF]
            for _ in 0..<64 {
                let bytes = randomBytes(edges, using: &generator)
                #expect(ByteLanes.equal(word(bytes), value) == flags(bytes) { $0 == value }, "\(bytes) for \(value)")
            }
        }
    }

    @Test func asciiLettersFlagsExactlyTheLetters() {
        var generator = SplitMix64(seed: 0x1E77_E125)
        let bounds = Array("@AZ[`az{".utf8)
        let edges = bounds + bounds.map { $0 | 0x80 } + [0x00, 0x20, 0x7F, 0x80, 0xFF]
        for _ in 0..<20_000 {
            let bytes = randomBytes(edges, using: &generator)
            #expect(ByteLanes.asciiLetters(word(bytes)) == flags(bytes, where: \.isASCIILetter), "\(bytes)")
        }
        // Every byte in every lane, the other lanes letters and not.
        for byte in UInt8.min...UInt8.max {
            for lane in 0..<8 {
                for filler: UInt8 in [UInt8(ascii: "a"), UInt8(ascii: "@")] {
                    var bytes = [UInt8](repeating: filler, count: 8)
                    bytes[lane] = byte
                    #expect(ByteLanes.asciiLetters(word(bytes)) == flags(bytes, where: \.isASCIILetter), "\(bytes)")
                }
            }
        }
    }
}
