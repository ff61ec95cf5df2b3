import Testing
@testable import PlanParser

/// Lines and paragraphs are views of one storage per document; a view known to hold valid
/// UTF-8 is made into a `String` without a check, so that knowledge must never be wrong.
@Suite struct ByteViewTests {
    /// The pieces the random lines are made of: letters, markup the cleaner drops or keeps,
    /// every kind of space and invisible scalar it collapses or drops, controls, digits.
    private static let pieces: [String] = [
        "a", "Z", "ệ", "Đ", "ư", "ờ", "ngày", "1", "/", ".", ",", ":", "(", ")", "*", "**", "_", "__", "#", "|", "[", "]",
        "[1]", "](#)", "[63/2010/NĐ-CP](#)", "`", "~", "!", "\t", " ", "   ", "\u{A0}", "\u{2003}", "\u{3000}",
        "\u{200B}", "\u{200D}", "\u{2060}", "\u{FEFF}", "\u{1}", "\u{1F}", "\u{7F}", "\u{85}", "€", "😀", "\u{301}",
    ]

    @Test func cleanedLinesOfValidTextAreValidUTF8() {
        var generator = SplitMix64(seed: 11)
        var text = ""
        for _ in 0..<4_000 {
            for _ in 0..<Int.random(in: 0...14, using: &generator) { text += Self.pieces.randomElement(using: &generator)! }
            text += ["\n", "\r\n", "\r"].randomElement(using: &generator)!
        }
        let split = SourceLines.split(text)
        #expect(split.lines.count > 3_000)
        for line in split.lines {
            let bytes = line.text.array
            #expect(String(validating: bytes, as: UTF8.self) != nil, "\(bytes)")
            #expect(line.text.holdsValidUTF8)
        }
    }

    @Test func aSliceIsKnownValidOnlyWhereItCutsNoScalar() {
        let view = SourceLines.split("aệb").lines[0].text  // 61 E1 BB 87 62
        #expect(view.holdsValidUTF8(0..<5))
        #expect(view.holdsValidUTF8(1..<4))
        #expect(view.holdsValidUTF8(4..<4))
        #expect(!view.holdsValidUTF8(0..<2))
        #expect(!view.holdsValidUTF8(2..<5))
        #expect(UTF8Text.string(view[0..<2]) == "a\u{FFFD}")
        #expect(UTF8Text.string(view[1..<4]) == "ệ")
    }

    @Test func bytesNotKnownValidAreCheckedEveryTime() {
        let invalid = SourceLines.split([0x61, 0xE1, 0xBB, 0x62], isValidUTF8: false).lines[0].text
        #expect(!invalid.holdsValidUTF8)
        #expect(UTF8Text.string(invalid) == "a\u{FFFD}b")
        let copied = ByteStorage.view(copying: [0x61, 0xE1, 0xBB, 0x62])
        #expect(!copied.holdsValidUTF8)
        #expect(UTF8Text.string(copied) == "a\u{FFFD}b")
    }

    @Test func joinedLinesAreKnownValidWhenEveryLineIs() {
        let lines = SourceLines.split("một\nhai").lines
        let joined = lines.joinedText([0, 1])
        #expect(joined.array == Array("một hai".utf8))
        #expect(joined.holdsValidUTF8)
        let mixed = [lines[0], SourceLine.plain([0xE1, 0xBB])]
        #expect(!mixed.joinedText([0, 1]).holdsValidUTF8)
    }

    @Test func aViewReadsFromZero() {
        let lines = SourceLines.split("  x y \nabc").lines
        #expect(lines[0].text.array == Array("x y".utf8))
        #expect(lines[0].text[0] == UInt8(ascii: "x"))
        #expect(lines[1].text.first == UInt8(ascii: "a"))
        #expect(lines[1].text[1...].elementsEqual("bc".utf8))
        #expect(ByteView().isEmpty)
        #expect(ByteView().holdsValidUTF8)
    }
}
