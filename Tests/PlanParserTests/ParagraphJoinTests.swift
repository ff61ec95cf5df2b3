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
                #expect(paragraph.text == expected)
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
}
