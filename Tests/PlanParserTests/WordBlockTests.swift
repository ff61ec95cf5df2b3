import Testing
@testable import PlanParser

/// ``WordBlock``'s flags of eight bytes against a byte-at-a-time reference, and the cut of
/// long words that cross many blocks.
@Suite struct WordBlockTests {
    /// Scalars of every kind the flags tell apart: ASCII letters, signs, digits, "\n", "\r" and
    /// NUL; U+0080...U+00FF below and from U+00A1; C2 and C3 continuations of every high
    /// nibble; scalars of two bytes past C3, three and four bytes.
    private static let scalars: [Unicode.Scalar] = ["a", "z", "A", "Z", "@", "[", "`", "{", " ", "0", "\n", "\r", "\0",
                                                    "\u{80}", "\u{9F}", "\u{A0}", "\u{A1}", "\u{B5}", "\u{BF}", "\u{C0}",
                                                    "\u{C3}", "\u{DD}", "\u{FF}", "\u{111}", "\u{1A1}", "\u{2026}",
                                                    "\u{1EBF}", "\u{1F600}"]

    /// Whether a scalar is a letter for ``WordBlock/letters(_:after:)``: an ASCII letter, or
    /// U+00A1...U+00FF.
    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? UInt8(scalar.value).isASCIILetter : scalar.value >= 0xA1 && scalar.value <= 0xFF
    }

    /// Random texts of the scalars above: at every scalar's start (and the end), the block is
    /// the eight bytes there ("\n" past the end), the bytes after it the eight from the next
    /// byte on (none past the end 0xA1 or above, which a C2 takes as a letter); a byte
    /// is flagged a letter when the scalar it belongs to is one, a gap when it is ASCII and
    /// neither a letter nor "\n"; the runs, leading runs and the lead test agree with a count.
    @Test func flagsMatchAByteAtATimeReference() {
        var generator = SplitMix64(seed: 0x5EED_B10C)
        for _ in 0..<3_000 {
            let line = (0..<Int.random(in: 0..<14, using: &generator)).map { _ in Self.scalars.randomElement(using: &generator)! }
            var bytes: [UInt8] = [], letterBytes: [Bool] = [], gapBytes: [Bool] = [], starts: [Int] = []
            for scalar in line {
                starts.append(bytes.count)
                let utf8 = Array(String(scalar).utf8)
                bytes += utf8
                letterBytes += Array(repeating: Self.isLetter(scalar), count: utf8.count)
                gapBytes += Array(repeating: scalar.isASCII && !Self.isLetter(scalar) && scalar != "\n", count: utf8.count)
            }
            starts.append(bytes.count)
            bytes.withUnsafeBufferPointer { text in
                for start in starts {
                    let (block, after) = WordBlock.bytes(of: text, at: start)
                    let letters = WordBlock.letters(block, after: after), gaps = WordBlock.gaps(block)
                    for offset in 0..<8 {
                        let index = start + offset
                        let byte = UInt8(truncatingIfNeeded: block >> (8 * UInt64(offset)))
                        let isLetter = letters >> (8 * UInt64(offset) + 7) & 1 == 1, isGap = gaps >> (8 * UInt64(offset) + 7) & 1 == 1
                        #expect(byte == (index < text.count ? text[index] : 0x0A), "\(line) \(start) \(offset)")
                        #expect(isGap == (index < text.count && gapBytes[index]), "\(line) \(start) \(offset)")
                        // A scalar's lead at the block's end is flagged by the byte after the block.
                        #expect(isLetter == (index < text.count && letterBytes[index]), "\(line) \(start) \(offset)")
                    }
                    for offset in 0..<8 {
                        let index = start + offset + 1
                        let byte = UInt8(truncatingIfNeeded: after >> (8 * UInt64(offset)))
                        #expect(index < text.count ? byte == text[index] : byte < 0xA1, "\(line) \(start) \(offset)")
                    }
                    let run = (0..<8).first { start + $0 >= text.count || !letterBytes[start + $0] } ?? 8
                    #expect(WordBlock.run(letters) == run, "\(line) \(start)")
                    #expect(WordBlock.leadingRun(of: letters) == letters & (run == 8 ? ~0 : (1 << (8 * UInt64(run))) - 1), "\(line) \(start)")
                    // The block's last byte leads a scalar of two bytes or more: a scalar
                    // starts there and its next start lies past it.
                    let lastStarts = start + 7 < text.count && starts.firstIndex(of: start + 7).map { starts[$0 + 1] > start + 8 } ?? false
                    #expect(WordBlock.endsInLead(block) == lastStarts, "\(line) \(start)")
                }
            }
        }
    }

    /// Long lines of long words (runs of letters crossing many blocks, with two-byte letters
    /// at every offset, and a letter no byte stands for) between signs of one, two and three
    /// bytes: the words kept, their kinds and the ASCII words' counts are those of a split
    /// at the scalars that are no letter. (No byte of a letter here can lead a UTF-8
    /// sequence another continues, so no line reads as double-encoded.)
    @Test func longWordsMatchASplitAtNonLetters() {
        let letters: [Unicode.Scalar] = ["a", "Z", "k", "\u{A1}", "\u{AE}", "\u{B5}", "\u{F8}", "\u{FF}", "\u{1EBF}"]
        let signs: [Unicode.Scalar] = [" ", ",", "7", "\r", "\u{A0}", "\u{80}", "\u{2026}", "\n"]
        var generator = SplitMix64(seed: 0x10_4E5)
        for _ in 0..<2_000 {
            var scalars: [Unicode.Scalar] = []
            for _ in 0..<Int.random(in: 0..<60, using: &generator) {
                let isSign = Int.random(in: 0..<6, using: &generator) == 0
                scalars.append((isSign ? signs : letters).randomElement(using: &generator)!)
            }
            let source = String(String.UnicodeScalarView(scalars))
            let text = LegacyText(text: Array(source.utf8))!
            var words: [(String, Bool)] = [], asciiWords: [Int] = []
            for line in scalars.split(separator: "\n", omittingEmptySubsequences: false) {
                asciiWords.append(0)
                for word in line.split(whereSeparator: { !letters.contains($0) }) {
                    if word.allSatisfy(\.isASCII) {
                        asciiWords[asciiWords.count - 1] += 1
                    } else {
                        words.append((String(String.UnicodeScalarView(word)), word.contains("\u{1EBF}")))
                    }
                }
            }
            let cut = text.withWords { $0.map { (String(decoding: text.utf8[$0.range], as: UTF8.self), $0.isFixed) } }
            #expect(text.doubleEncodedLines == 0, "\(source)")
            #expect(cut.map(\.0) == words.map(\.0), "\(source)")
            #expect(cut.map(\.1) == words.map(\.1), "\(source)")
            #expect(text.lines.map(\.asciiWords) == asciiWords, "\(source)")
        }
    }
}
