import Foundation
import Testing
@testable import PlanParser

/// ``LegacyText`` and the detector's writing of lines: a double-encoded line repaired among
/// mojibake lines, and lines written into room made once for the longest expansion.
@Suite struct LegacyTextTests {
    /// A double-encoded line among TCVN3 mojibake lines, with CR LF line ends: the repaired
    /// line is stored after the text, keeps its CR, and the detector reads its repaired words.
    @Test func doubleEncodedLineAmongMojibakeWithCRLF() {
        let source = Array("- Bé Tµi chÝnh;\r\nKáº¿ hoáº¡ch\r\nCà Mau".utf8)
        let text = LegacyText(text: source)!
        #expect(text.doubleEncodedLines == 1)
        #expect(text.lines.count == 3)
        let repaired = text.lines[1]
        #expect(repaired.range.lowerBound >= source.count)
        #expect(Array(text.utf8[repaired.range]) == Array("Kế hoạch\r".utf8))
        let repairedWords = text.withWords { $0[repaired.words].map { String(decoding: text.utf8[$0.range], as: UTF8.self) } }
        #expect(repairedWords == ["Kế", "hoạch"])
        #expect(text.joinedLines == Array("- Bé Tµi chÝnh;\r\nKế hoạch\r\nCà Mau".utf8))
        #expect(DecodedText(bytes: source).text == "- Bộ Tài chính;\r\nKế hoạch\r\nCà Mau")
    }

    /// A text longer than the room the detector writes lines into (64 KB at least): lines are
    /// appended to the output when the room is full, and around each line whose TCVN3 capitals
    /// are put back; every line comes out as it does alone, in order, once.
    @Test func linesPastTheLineRoomComeOutInOrder() {
        let pairs = [("QUYÕT §ÞNH cña ñY BAN NH¢N D¢N", "QUYẾT ĐỊNH của ỦY BAN NHÂN DÂN"),
                     ("C¸c së, ngµnh thùc hiÖn", "Các sở, ngành thực hiện"),
                     ("C¸c së, ngµnh thùc hiÖn", "Các sở, ngành thực hiện"),
                     ("bé tµi chÝnh, UBND Hµ Néi", "bộ tài chính, UBND Hà Nội")]
        var source: [String] = [], expected: [String] = []
        for index in 0..<6_000 {
            let (line, decoded) = pairs[index % pairs.count]
            source.append("\(line) \(index)")
            expected.append("\(decoded) \(index)")
        }
        #expect(source.joined(separator: "\n").utf8.count > 3 << 16)
        #expect(DecodedText(bytes: Array(source.joined(separator: "\n").utf8)).text == expected.joined(separator: "\n"))
    }

    /// More words with a scalar above ASCII than the room first made for them (it grows), with
    /// a double-encoded line in between whose words are dropped and cut again: every word
    /// lies where a split at the spaces puts it, line after line; ASCII words are only counted.
    @Test func wordRoomGrowsAndDropsARepairedLinesWords() {
        let mojibake = Array(repeating: "µ Ý ®", count: 40).joined(separator: " ")
        let source = mojibake + "\nKáº¿ hoáº¡ch do\n" + mojibake + " theo"
        let text = LegacyText(text: Array(source.utf8))!
        let split = mojibake.split(separator: " ").map(String.init)
        let words = text.withWords { $0.map { String(decoding: text.utf8[$0.range], as: UTF8.self) } }
        #expect(words == split + ["Kế", "hoạch"] + split)
        #expect(text.lines.map(\.words) == [0..<120, 120..<122, 122..<242])
        #expect(text.lines.map(\.asciiWords) == [0, 1, 1])
        #expect(text.lines.map(\.commonASCIIWords) == [0, 1, 1])
        #expect(text.doubleEncodedLines == 1)
    }

    /// A double-encoded line is told by a scalar whose byte may lead a UTF-8 sequence followed
    /// at once by one whose byte may continue it, also across a word's end ("Ä" then "‘",
    /// a sign, for "đ"), at the line's start and at its end.
    @Test(arguments: [
        ("Ä‘Æ°á»£c", "được"),
        ("sá»‘ Ä‘", "số đ"),
        ("- Bé Tµi chÝnh;\nÄ‘Æ°á»£c", "- Bộ Tài chính;\nđược"),
        ("Theo quyáº¿t Ä‘á»‹nh", "Theo quyết định"),  // an ASCII start longer than eight bytes
    ])
    func doubleEncodedLinesByTheirPairs(source: String, expected: String) {
        #expect(DecodedText(bytes: Array(source.utf8)).text == expected)
    }

    /// Lines whose words expand the most per byte in each table (TCVN3: a two-byte
    /// mojibake scalar read as a three-byte letter, and a lost "ư" put back; VNI and
    /// Windows-1258: a letter and its mark), as mojibake and as raw bytes, decode whole:
    /// the detector's line room is large enough (``UnsafeMutableBufferPointer/copy(_:at:)``
    /// traps when it is not).
    @Test(arguments: [
        ("®îc KÕ ViÖt ®îc ViÖt KÕ\n®îc ®îc\nngêi ®îc", "được Kế Việt được Việt Kế\nđược được\nngười được", "tcvn3"),
        ("Keá Vieät ñöôïc Keá\nVieät Nam", "Kế Việt được Kế\nViệt Nam", "vni"),
        ("Kêì Viêòt ðýõòc Kêì\nViêòt Nam", "Kế Việt được Kế\nViệt Nam", "windows-1258"),
    ])
    func longestExpansionFitsTheLineRoom(_ latin1: String, _ expected: String, _ encoding: String) {
        for bytes in [Array(latin1.utf8), latin1.unicodeScalars.map { UInt8($0.value) }] {
            let decoded = DecodedText(bytes: bytes)
            #expect(decoded.text == expected)
            #expect(decoded.encoding == encoding)
        }
    }

    /// An empty text: one empty line, no words.
    @Test func emptyText() {
        let text = LegacyText(text: [])!
        #expect(text.utf8.isEmpty)
        #expect(text.lines.count == 1)
        #expect(text.lines[0].range == 0..<0 && text.lines[0].words == 0..<0)
        let wordCount = text.withWords(\.count)
        #expect(wordCount == 0)
        #expect(text.joinedLines.isEmpty)
        #expect(text.doubleEncodedLines == 0)
    }

    /// ``Windows1252/byte(for:)`` gives back every byte 0x80-0xFF from the scalar Foundation
    /// reads it as; the five bytes Windows-1252 leaves undefined come back from their C1
    /// controls (U+0081 ...), as from text read as ISO-8859-1.
    @Test func windows1252BytesMatchFoundation() throws {
        let undefined: Set<UInt8> = [0x81, 0x8D, 0x8F, 0x90, 0x9D]
        for byte in UInt8(0x80)...0xFF {
            if undefined.contains(byte) {
                #expect(Windows1252.byte(for: Unicode.Scalar(byte)) == byte)
                continue
            }
            let scalars = try #require(String(bytes: [byte], encoding: .windowsCP1252)).unicodeScalars
            #expect(scalars.count == 1)
            #expect(Windows1252.byte(for: scalars.first!) == byte, "\(byte)")
        }
    }

    /// Every scalar U+0080...U+00FF (two bytes, C2 xx or C3 xx: their Windows-1252 byte is
    /// their value) between ASCII letters: from byte 0xA1 on a letter, the three one word
    /// kept for the detector; below it (C1 controls, no-break space) no letter, the ASCII
    /// letters words of their own.
    @Test func latin1ScalarsAreLettersFromA1() {
        for value in UInt32(0x80)...0xFF {
            let scalar = Unicode.Scalar(value)!
            let line = Array("a\(scalar)b c".utf8)
            let text = LegacyText(text: line)!
            let words = text.withWords { $0.map { (Array(text.utf8[$0.range]), $0.isFixed) } }
            if value >= 0xA1 {
                #expect(words.map(\.0) == [Array("a\(scalar)b".utf8)] && words.map(\.1) == [false], "\(value)")
                #expect(text.lines.map(\.asciiWords) == [1], "\(value)")
            } else {
                #expect(words.isEmpty, "\(value)")
                #expect(text.lines.map(\.asciiWords) == [3], "\(value)")
            }
        }
    }

    /// Lines of letters and signs of every kind (ASCII letters, signs and digits; scalars whose
    /// Windows-1252 byte is a letter or a sign; scalars no byte stands for, letters, signs, a
    /// combining mark, and a letter of four bytes, past the letters' range; "\n" between
    /// lines), drawn at random, and one draw in four a line of ASCII and Vietnamese letters
    /// double-encoded: the lines, the repaired ones, the words, their kinds, and the ASCII
    /// words' counts are those of a scalar-at-a-time reference (over the line as written
    /// before it was double-encoded, for a repaired one).
    @Test func wordsOfRandomLinesMatchAScalarAtATimeReference() {
        let alphabet: [Unicode.Scalar] = ["a", "Z", "q", " ", "-", "1", ";", "\r", "\n", "\u{B5}", "\u{DD}", "\u{AE}", "\u{A0}",
                                          "\u{2026}", "\u{152}", "\u{20AC}", "\u{1EBF}", "\u{436}", "\u{2192}", "\u{C0}", "\u{301}",
                                          "\u{2DC}", "\u{80}", "\u{A1}", "\u{FF}", "\u{1D400}"]
        // Letters whose UTF-8 bytes all have a Windows-1252 scalar: ế ạ đ ộ.
        let repairable: [Unicode.Scalar] = ["a", "Z", " ", "-", "1", "\r", "\u{1EBF}", "\u{1EA1}", "\u{111}", "\u{1ED9}"]
        // The letters among them (a Windows-1252 byte from 0xA1, or no byte and from U+00A1
        // to below U+2000), and those Windows-1252 has no byte for.
        let letters: Set<Unicode.Scalar> = ["a", "Z", "q", "\u{B5}", "\u{DD}", "\u{AE}", "\u{1EBF}", "\u{436}", "\u{C0}", "\u{301}",
                                            "\u{1EA1}", "\u{111}", "\u{1ED9}", "\u{A1}", "\u{FF}"]
        let noByte: Set<Unicode.Scalar> = ["\u{1EBF}", "\u{436}", "\u{2192}", "\u{301}", "\u{1EA1}", "\u{111}", "\u{1ED9}", "\u{1D400}"]
        var generator = SplitMix64(seed: 0x2545_F491_4F6C_DD1D)
        var doubleEncodedDraws = 0
        for _ in 0..<4000 {
            var line: [Unicode.Scalar] = []
            let isDoubleEncoded = Int.random(in: 0..<4, using: &generator) == 0
            let drawn = isDoubleEncoded ? repairable : alphabet
            for _ in 0..<Int.random(in: 0..<16, using: &generator) {
                line.append(drawn.randomElement(using: &generator)!)
            }
            if isDoubleEncoded { line.append("\u{1EA1}") }
            let utf8 = Array(String(String.UnicodeScalarView(line)).utf8)
            // Double-encoded by Foundation: the UTF-8 bytes read as Windows-1252, written as UTF-8.
            let source = isDoubleEncoded ? Array(String(bytes: utf8, encoding: .windowsCP1252)!.utf8) : utf8
            let text = LegacyText(text: source)!
            // The reference: lines at "\n", runs of letters in them, scalar by scalar.
            let lines = line.split(separator: "\n", omittingEmptySubsequences: false)
            var words: [(text: String, isFixed: Bool)] = [], asciiWords: [Int] = []
            for lineScalars in lines {
                var run: [Unicode.Scalar] = []
                asciiWords.append(0)
                for scalar in lineScalars + [" "] {
                    if letters.contains(scalar) {
                        run.append(scalar)
                        continue
                    }
                    guard !run.isEmpty else { continue }
                    if run.allSatisfy(\.isASCII) {
                        asciiWords[asciiWords.count - 1] += 1
                    } else {
                        words.append((String(String.UnicodeScalarView(run)), run.contains { noByte.contains($0) }))
                    }
                    run = []
                }
            }
            let cut = text.withWords { $0.map { (String(decoding: text.utf8[$0.range], as: UTF8.self), $0.isFixed) } }
            #expect(text.doubleEncodedLines == (isDoubleEncoded ? 1 : 0), "\(line)")
            #expect(text.joinedLines == utf8, "\(line)")
            #expect(cut.map(\.0) == words.map(\.text), "\(line)")
            #expect(cut.map(\.1) == words.map(\.isFixed), "\(line)")
            #expect(text.lines.map(\.asciiWords) == asciiWords, "\(line)")
            if isDoubleEncoded { doubleEncodedDraws += 1 }
        }
        // Enough double-encoded lines were drawn for the check above to mean something.
        #expect(doubleEncodedDraws > 500)
    }
}
