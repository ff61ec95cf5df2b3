import Testing
@testable import PlanParser

/// `SourceLine.forEachCellInPlace(_:)`, which the header reads its cells through without
/// copying them: compared with a plain split, byte by byte, over every short line of
/// letters, spaces and "|", with no column gap, a gap at every space, or at every other.
@Suite struct CellRangeTests {
    /// The reference: the line cut at every "|" and at every offset of `breaks`, each
    /// piece trimmed of spaces, the empty ones left out.
    private static func cells(_ text: [UInt8], breaks: Set<Int>) -> [[UInt8]] {
        var cells: [[UInt8]] = []
        var piece: [UInt8] = []
        for offset in 0...text.count {
            if offset == text.count || text[offset] == UInt8(ascii: "|") || breaks.contains(offset) {
                while piece.first == 0x20 { piece.removeFirst() }
                while piece.last == 0x20 { piece.removeLast() }
                if !piece.isEmpty { cells.append(piece) }
                piece = []
            } else {
                piece.append(text[offset])
            }
        }
        return cells
    }

    @Test func rangesAreTheTrimmedCells() {
        for text in ByteStrings.every(over: "a |", upTo: 7) {
            let spaces = text.indices.filter { text[$0] == 0x20 }
            for breaks in [[], spaces, spaces.enumerated().filter { $0.offset % 2 == 0 }.map(\.element)] {
                let line = SourceLine.plain(text, cellBreaks: breaks)
                var read: [[UInt8]] = []
                line.forEachCellInPlace { read.append(Array($0)) }
                #expect(read == Self.cells(text, breaks: Set(breaks)), "\(String(decoding: text, as: UTF8.self)) \(breaks)")
                // In the order of `cells`, which the header indexes by a range's position.
                #expect(read == line.cells)
            }
        }
    }

    @Test func aLineOfOneCellIsItsText() {
        let text = Array("Số: 36/KH-UBND".utf8)
        var cells: [[UInt8]] = []
        SourceLine.plain(text).forEachCellInPlace { cells.append(Array($0)) }
        #expect(cells == [text])
    }
}
