import Testing
@testable import PlanParser

/// ``FixedKeyTable``'s bucket look-ups against a dictionary.
@Suite struct FixedKeyTableTests {
    /// Tables of 1...300 random keys (small keys, to crowd the buckets, and any keys), some
    /// listed twice: every key gives the value first listed, other keys and 0 give `nil`.
    @Test func fixedKeyTableMatchesADictionary() {
        var generator = SplitMix64(seed: 0xF1_BED)
        for round in 0..<300 {
            let count = Int.random(in: 1...300, using: &generator)
            let limit: UInt64 = round % 2 == 0 ? 1_000 : .max
            let entries = (0..<count).map { _ in
                (key: UInt64.random(in: 1...limit, using: &generator), value: UInt8.random(in: 0...255, using: &generator))
            }
            var expected: [UInt64: UInt8] = [:]
            for (key, value) in entries where expected[key] == nil { expected[key] = value }
            let table = FixedKeyTable(entries + entries.prefix(3).map { ($0.key, $0.value &+ 1) })
            for (key, value) in expected { #expect(table.value(of: key) == value) }
            #expect(table.value(of: 0) == nil)
            for _ in 0..<200 {
                let key = UInt64.random(in: 1...limit, using: &generator)
                #expect(table.value(of: key) == expected[key])
            }
        }
    }
}
