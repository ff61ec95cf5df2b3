import Testing
@testable import PlanParser

/// `SourceLine.cells`, whose one-cell lines share the text, against a reference that cuts
/// every line: at the column gaps and at "|", each piece trimmed, empty pieces left out.
@Suite struct SourceLineCellsTests {
    private func reference(_ text: [UInt8], breaks: [Int]) -> [[UInt8]] {
        var pieces: [[UInt8]] = [[]]
        for (offset, byte) in text.enumerated() {
            if breaks.contains(offset) || byte == UInt8(ascii: "|") { pieces.append([]) } else { pieces[pieces.count - 1].append(byte) }
        }
        return pieces.map { piece in Array(piece.drop { $0 == 0x20 }.reversed().drop { $0 == 0x20 }.reversed()) }.filter { !$0.isEmpty }
    }

    @Test func everyShortLineWithAndWithoutGaps() {
        for text in ByteStrings.every(over: " |ab", upTo: 6) {
            // No gap, then a gap at each space.
            let gapChoices = [[]] + text.indices.filter { text[$0] == 0x20 }.map { [$0] }
            for breaks in gapChoices {
                let line = SourceLine.plain(text, cellBreaks: breaks)
                #expect(line.cells == reference(text, breaks: breaks), "\(String(decoding: text, as: UTF8.self)) \(breaks)")
                // `allCells` asks about the same cells in order, and stops at the first no.
                var asked: [[UInt8]] = []
                let allAccepted = line.allCells { cell in
                    asked.append(cell)
                    return cell != Array("b".utf8)
                }
                let expected = reference(text, breaks: breaks)
                let stop = expected.firstIndex(of: Array("b".utf8))
                #expect(asked == (stop.map { Array(expected[...$0]) } ?? expected), "\(text) \(breaks)")
                #expect(allAccepted == (stop == nil), "\(text) \(breaks)")
            }
        }
    }
}
