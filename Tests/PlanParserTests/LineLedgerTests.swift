import Testing
@testable import PlanParser

/// The line ledger as the parse fills it: its first owners (blank or `.zone(.other)`), the
/// body's lines owned by the section tree as it is built, and the footnote block found
/// from the last "[1]" line, each checked against a plain reference.
@Suite struct LineLedgerTests {
    /// A blank line (as the split makes one: no letter or digit once cleaned).
    private static func blank(_ text: String = "", number: Int = 1) -> SourceLine {
        SourceLine(number: number, text: ByteStorage.view(copying: Array(text.utf8)), isBlank: true, closesEmphasis: false, cellBreaks: [])
    }

    @Test func firstOwnersAreBlankOrOther() {
        var random = SplitMix64(seed: 8)
        for count in [0, 1, 2, 7, 64, 300] {
            let lines = (0..<count).map { number in
                Bool.random(using: &random) ? Self.blank("**", number: number + 1) : .plain("dòng", number: number + 1)
            }
            let expected: [LineOwner] = lines.map { $0.isBlank ? .blank : .zone(.other) }
            #expect(LineLedger(lines, keepsTexts: false).owners == expected)
        }
    }

    @Test func treeOwnsEachParagraphsLinesByItsText() {
        let lines: [SourceLine] = [
            .plain("I. MỤC ĐÍCH", number: 1), .plain("- Một", number: 2), .plain("hai;", number: 3), Self.blank(number: 4),
            .plain("II. NỘI DUNG", number: 5), .plain("Đoạn văn.", number: 6),
        ]
        var ledger = LineLedger(lines, keepsTexts: true)
        ledger.own(3, by: .header)  // an owner set before the tree stays
        let paragraphs = ParagraphBuilder(lines: lines).paragraphs(in: 0..<lines.count)
        let (sections, diagnostics) = SectionTreeBuilder.build(paragraphs[...], ledger: &ledger)
        #expect(sections.map(\.number) == ["I", "II"])
        #expect(diagnostics.isEmpty)
        #expect(ledger.elementTexts.map(\.string) == ["I MỤC ĐÍCH", "- Một hai", "II NỘI DUNG", "Đoạn văn."])
        #expect(ledger.owners == [.text(.body, element: 0), .text(.body, element: 1), .text(.body, element: 1), .zone(.header),
                                  .text(.body, element: 2), .text(.body, element: 3)])
    }

    @Test func footnoteBlockStartsAtTheLastFirstMark() {
        // Lines that start with a mark or look like one, and plain and blank lines.
        let texts = ["[1] Ghi chú", "[1]", "[2] hai", "[3] ba", "[1]x", "[ 1] không", "(1) không", "chữ", "[10] mười"]
        var random = SplitMix64(seed: 1)
        for _ in 0..<3_000 {
            let count = Int.random(in: 2...10, using: &random)
            let lines = (0..<count).map { number in
                Int.random(in: 0..<8, using: &random) == 0
                    ? Self.blank(number: number + 1) : .plain(texts.randomElement(using: &random)!, number: number + 1)
            }
            let start = Int.random(in: 0...count, using: &random)
            // The reference: the last line at or after `start` that reads "[1]" alone or before a space.
            let expected = (start..<count).last { index in
                let text = lines[index].text
                return text.starts(with: Array("[1]".utf8)) && (text.count == 3 || text[3] == 0x20)
            }
            #expect(FootnoteReader(lines: lines).block(after: start)?.start == expected)
        }
    }
}
