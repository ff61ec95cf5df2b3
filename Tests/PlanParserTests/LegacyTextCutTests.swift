import Testing
@testable import PlanParser

/// ``LegacyText`` cuts lines into words in one pass with short paths (a word's first ASCII
/// letter passed as it is tested, an ASCII byte after a word passed without a second test);
/// here random lines of scalars whose kind is known are cut token by token and compared.
@Suite struct LegacyTextCutTests {
    /// What a scalar is to the cut.
    private enum Kind { case asciiLetter, legacyLetter, fixedLetter, separator, lineFeed }

    /// Scalars of every kind: ASCII letters; Latin-1 scalars whose Windows-1252 byte is 0xA1
    /// or above (mojibake letters); Vietnamese letters no 8-bit byte stands for (fixed);
    /// spaces, digits, punctuation, a carriage return, scalars below 0xA1 and one no byte
    /// stands for outside the letters' range (separators); and the line feed.
    private static let alphabet: [(text: String, kind: Kind)] = [
        ("a", .asciiLetter), ("Z", .asciiLetter), ("h", .asciiLetter), ("o", .asciiLetter), ("c", .asciiLetter),
        ("\u{B9}", .legacyLetter), ("\u{D5}", .legacyLetter), ("\u{A1}", .legacyLetter), ("\u{FF}", .legacyLetter),
        ("\u{AE}", .legacyLetter), ("\u{C3}", .legacyLetter), ("\u{2DC}", .separator),
        ("\u{1EBF}", .fixedLetter), ("\u{1EA1}", .fixedLetter), ("\u{103}", .fixedLetter),
        (" ", .separator), ("1", .separator), (",", .separator), ("\r", .separator), ("\t", .separator),
        ("\u{A0}", .separator), ("\u{80}", .separator), ("\u{2014}", .separator), ("\u{2192}", .separator),
        ("\n", .lineFeed),
    ]

    /// A line as the reference reads it: its ASCII words, and the other words as byte ranges
    /// of the text with whether they hold a fixed letter.
    private struct ReferenceLine: Equatable {
        var asciiWords = 0
        var words: [Range<Int>] = []
        var fixed: [Bool] = []
    }

    /// The lines of a text made of `tokens`, cut a token at a time: a word is a run of letters.
    private func referenceLines(_ tokens: [(text: String, kind: Kind)]) -> [ReferenceLine] {
        var lines = [ReferenceLine()]
        var offset = 0
        var wordStart = 0, inWord = false, isASCII = true, isFixed = false
        /// Ends the word being read (if any) at byte `end`, counted or kept in the last line.
        func endWord(at end: Int) {
            guard inWord else { return }
            if isASCII {
                lines[lines.count - 1].asciiWords += 1
            } else {
                lines[lines.count - 1].words.append(wordStart..<end)
                lines[lines.count - 1].fixed.append(isFixed)
            }
            inWord = false
        }
        for (text, kind) in tokens {
            switch kind {
            case .asciiLetter, .legacyLetter, .fixedLetter:
                if !inWord { (wordStart, inWord, isASCII, isFixed) = (offset, true, true, false) }
                if kind != .asciiLetter { isASCII = false }
                if kind == .fixedLetter { isFixed = true }
            case .separator:
                endWord(at: offset)
            case .lineFeed:
                endWord(at: offset)
                lines.append(ReferenceLine())
            }
            offset += text.utf8.count
        }
        endWord(at: offset)
        return lines
    }

    /// Every line's words (ranges, fixed or not), its count of ASCII words and its end, as the
    /// reference reads them; texts holding a line repaired as double-encoded are left out.
    @Test func wordsCutAsTokenByToken() {
        var random = SplitMix64(seed: 0x1E6A_C7C0)
        var documents = 0
        for _ in 0..<3_000 {
            let tokens = (0..<Int.random(in: 0...40, using: &random)).map { _ in Self.alphabet.randomElement(using: &random)! }
            let bytes = Array(tokens.map(\.text).joined().utf8)
            let text = LegacyText(text: bytes)
            // A line that reads as double-encoded UTF-8 is repaired and cut again: not this test's matter.
            guard text.doubleEncodedLines == 0 else { continue }
            documents += 1
            let expected = referenceLines(tokens)
            let cut: [ReferenceLine] = text.withWords { words in
                text.lines.map { line in
                    ReferenceLine(asciiWords: line.asciiWords, words: line.words.map { words[$0].range },
                                  fixed: line.words.map { words[$0].isFixed })
                }
            }
            #expect(cut == expected, "\(tokens.map(\.text))")
            #expect(text.lines.map(\.range.upperBound) == text.lines.indices.map { index in
                index + 1 < text.lines.count ? text.lines[index + 1].range.lowerBound - 1 : bytes.count
            })
        }
        #expect(documents > 2_000)
    }
}
