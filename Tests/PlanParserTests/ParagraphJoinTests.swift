import Testing
@testable import PlanParser

/// Paragraph texts joined from their lines (through temporary room): over seeded runs of
/// lines that join and lines that do not, with blank lines between, each paragraph's text
/// is its lines' texts with one space between, and the blank lines it crosses are noted.
@Suite struct ParagraphJoinTests {
    @Test func joinedTextsAreTheLinesWithOneSpace() {
        let texts = ["Kế hoạch triển khai", "và các nội dung khác của đơn vị trong năm", "b", "tiếp", "Câu mới.",
                     "- Một mục", "1. Mục tiêu", "CÁC NHIỆM VỤ", "TRỌNG TÂM", "số", "12/KH-UBND ngày"]
        var generator = SplitMix64(seed: 29)
        for _ in 0..<300 {
            let count = Int.random(in: 1...14, using: &generator)
            let lines = (0..<count).map { index in
                Int.random(in: 0..<4, using: &generator) == 0
                    ? SourceLine.blank(number: index + 1) : SourceLine.plain(texts.randomElement(using: &generator)!, number: index + 1)
            }
            let paragraphs = ParagraphBuilder(lines: lines).paragraphs(in: 0..<lines.count)
            var covered: [Int] = []
            for paragraph in paragraphs {
                let indices = Array(paragraph.lineSpan)
                // The reference: the texts of the span's lines, one space between.
                var expected: [UInt8] = []
                for index in indices {
                    if !expected.isEmpty || index != indices[0] { expected.append(0x20) }
                    expected += lines[index].text
                }
                #expect(paragraph.text.array == expected)
                #expect(paragraph.lineSpan.skipped == paragraph.lineSpan.range.filter { lines[$0].isBlank })
                #expect(indices.allSatisfy { !lines[$0].isBlank })
                covered += indices
            }
            #expect(covered == lines.indices.filter { !lines[$0].isBlank })
        }
        // A sentence going on in lower case after a blank line: one paragraph.
        let lines = [SourceLine.plain("Một câu chưa hết", number: 1), SourceLine.blank(number: 2), SourceLine.plain("tiếp theo dòng", number: 3)]
        let paragraphs = ParagraphBuilder(lines: lines).paragraphs(in: 0..<3)
        #expect(paragraphs.map { String(decoding: $0.text, as: UTF8.self) } == ["Một câu chưa hết tiếp theo dòng"])
        #expect(paragraphs.map(\.lineSpan.skipped) == [[1]])
    }

    /// Lines in capitals join one another and no other line (none starts in lower case, so
    /// the text is not hard-wrapped and a blank line always parts them): over seeded runs,
    /// the paragraphs start where a reference, asking each pair of neighbours, says.
    @Test func linesInCapitalsJoinOnlyEachOther() {
        let texts = ["CÁC NHIỆM VỤ", "TRỌNG TÂM", "ĐẢM BẢO AN TOÀN", "Kế hoạch năm", "Ủy ban nhân dân", "Quy định chung"]
        let isCaps = { (text: String) in text == text.uppercased() }
        var generator = SplitMix64(seed: 31)
        for _ in 0..<300 {
            let count = Int.random(in: 1...16, using: &generator)
            let chosen = (0..<count).map { _ in Int.random(in: 0..<5, using: &generator) == 0 ? nil : texts.randomElement(using: &generator)! }
            let lines = chosen.enumerated().map { index, text in
                text.map { SourceLine.plain($0, number: index + 1) } ?? SourceLine.blank(number: index + 1)
            }
            // The reference: a line starts a paragraph unless the line just above it (not
            // blank) and itself are both in capitals.
            var expected: [Int] = []
            for index in chosen.indices {
                guard let text = chosen[index] else { continue }
                if index > 0, let above = chosen[index - 1], isCaps(above), isCaps(text) { continue }
                expected.append(index)
            }
            let paragraphs = ParagraphBuilder(lines: lines).paragraphs(in: 0..<lines.count)
            #expect(paragraphs.map(\.lineSpan.range.lowerBound) == expected, "\(chosen)")
        }
    }
}
