import Testing
@testable import PlanParser

/// `UTF8Text.wordCount`, eight bytes at a time for contiguous bytes: compared with a
/// byte-at-a-time reference over every short string of spaces and letters, and over long
/// seeded random strings, at limits around each count.
@Suite struct WordCountTests {
    /// The reference: a word starts at a byte that is not a space after a space or at the
    /// start; counting stops at the first word past `limit`.
    private static func reference(_ bytes: [UInt8], upTo limit: Int) -> Int {
        var count = 0
        var previous: UInt8 = 0x20
        for byte in bytes {
            if byte != 0x20, previous == 0x20 {
                count += 1
                if count > limit { return count }
            }
            previous = byte
        }
        return count
    }

    @Test func shortStringsMatchTheReference() {
        for bytes in ByteStrings.every(over: " a\u{00E0}", upTo: 7) {
            for limit in [-1, 0, 1, 2, 3, .max] {
                #expect(UTF8Text.wordCount(bytes, upTo: limit) == Self.reference(bytes, upTo: limit), "\(bytes) up to \(limit)")
            }
        }
    }

    @Test func longStringsMatchTheReferenceInEveryForm() {
        var generator = SplitMix64(seed: 8)
        let alphabet: [UInt8] = [0x20, 0x20, 0x20, UInt8(ascii: "x"), 0xC3, 0xA0, 0x09, 0x00, 0xA0, 0xFF]
        for _ in 0..<400 {
            let length = Int.random(in: 0...70, using: &generator)
            let bytes = (0..<length).map { _ in alphabet.randomElement(using: &generator)! }
            let words = Self.reference(bytes, upTo: .max)
            for limit in Set([0, 1, words - 1, words, words + 1, 20, .max]) where limit >= 0 {
                let expected = Self.reference(bytes, upTo: limit)
                #expect(UTF8Text.wordCount(bytes, upTo: limit) == expected)
                #expect(UTF8Text.wordCount(bytes.dropFirst(1), upTo: limit) == Self.reference(Array(bytes.dropFirst(1)), upTo: limit))
                #expect(bytes.withUnsafeBufferPointer { UTF8Text.wordCount($0, upTo: limit) } == expected)
                // A sequence that is not contiguous is copied, then counted the same way.
                #expect(UTF8Text.wordCount(bytes.lazy.map { $0 }, upTo: limit) == expected)
            }
        }
        // Some exact values.
        #expect(UTF8Text.wordCount(Array("  Kế hoạch   số 12/KH-UBND ".utf8)) == 4)
        #expect(UTF8Text.wordCount(Array("a b c d e f g h i j k l".utf8), upTo: 3) == 4)
        #expect(UTF8Text.wordCount(Array("        ".utf8)) == 0)
    }
}
