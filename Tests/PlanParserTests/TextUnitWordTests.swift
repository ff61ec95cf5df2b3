import Testing
@testable import PlanParser

/// A unit's next and previous words, found by blocks and eight-byte steps, against a
/// byte-at-a-time reading: from every offset and limit of texts of words of every length
/// around the steps (up to past the 64-byte cut), runs of spaces, and letters of two and
/// three bytes.
@Suite struct TextUnitWordTests {
    /// The next word from `index` before `limit`, read a byte at a time.
    private func nextWord(_ text: [UInt8], from index: Int, limit: Int) -> Range<Int>? {
        var start = index
        while start < limit, text[start] == 0x20 { start += 1 }
        guard start < limit else { return nil }
        var end = start
        while end < min(limit, start + 64), text[end] != 0x20 { end += 1 }
        return start..<end
    }

    /// The word that ends before `index`, read a byte at a time.
    private func previousWord(_ text: [UInt8], before index: Int) -> Range<Int>? {
        var end = index
        while end > 0, text[end - 1] == 0x20 { end -= 1 }
        guard end > 0 else { return nil }
        var start = end
        while start > max(0, end - 64), text[start - 1] != 0x20 { start -= 1 }
        return start..<end
    }

    @Test func wordsMatchAByteAtATimeReading() {
        let pieces = ["a", "ab", "abcdefg", "abcdefgh", "abcdefghi", "ệ", "nghiệp", String(repeating: "x", count: 70), " ", "  ", "|"]
        var generator = SplitMix64(seed: 0x7E57_0000_0000_0002)
        for _ in 0..<300 {
            let text = (0..<Int.random(in: 0..<12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let bytes = Array(text.utf8)
            let unit = TextUnit(lineIndices: [0], lines: [SourceLine.plain(bytes)])
            for index in 0...bytes.count {
                #expect(unit.previousWord(before: index) == previousWord(bytes, before: index), "\(text) before \(index)")
                for limit in index...bytes.count {
                    #expect(unit.word(from: index, limit: limit) == nextWord(bytes, from: index, limit: limit), "\(text) from \(index) to \(limit)")
                }
            }
        }
    }
}
