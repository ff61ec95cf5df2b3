import Testing
@testable import PlanParser

/// A paragraph's lines as a ``LineSpan`` (a range less the lines left out), and the way
/// back from a byte of a ``TextUnit`` to its line, across the spaces that join the lines.
@Suite struct LineSpanTests {
    /// Ten lines of different lengths, some with two- and three-byte letters.
    private static let lines = SourceLines.split("""
        Một
        hai ba
        Điều 3
        bốn
        năm sáu bảy
        (sáu)
        bảy tám
        tám
        chín
        mười một
        """).lines

    @Test func spanOfIndicesWithGaps() {
        let span = LineSpan([3, 4, 6, 9])
        #expect(Array(span) == [3, 4, 6, 9])
        #expect(span.count == 4)
        #expect(span.underestimatedCount == 4)
        #expect(span.range == 3..<10)
        #expect(span.skipped == [5, 7, 8])
    }

    @Test func spanOfOneLineAndOfNone() {
        #expect(Array(LineSpan([7])) == [7])
        #expect(LineSpan([7]).count == 1)
        #expect(Array(LineSpan([])).isEmpty)
        #expect(LineSpan([]).count == 0)
    }

    @Test func joinedAcrossAGap() {
        let joined = LineSpan(range: 3..<5).joined(with: LineSpan([6, 9]))
        #expect(Array(joined) == [3, 4, 6, 9])
        #expect(joined.count == 4)
        #expect(joined.skipped == [5, 7, 8])
        // Adjacent spans leave nothing out.
        let adjacent = LineSpan(range: 2..<4).joined(with: LineSpan(range: 4..<6))
        #expect(Array(adjacent) == [2, 3, 4, 5])
        #expect(adjacent.skipped.isEmpty)
    }

    @Test func lineOfEveryByteOfAJoinedUnit() {
        let indices = [3, 4, 6, 9]
        let span = LineSpan(indices)
        let bytes = ByteStorage.view(copying: Array(indices.map { Self.lines[$0].text }.joined(separator: [0x20])))
        let unit = TextUnit(bytes: bytes, lineIndices: span, lines: Self.lines)
        var start = 0
        for (position, index) in indices.enumerated() {
            let number = Self.lines[index].number
            let end = start + Self.lines[index].text.count
            if position > 0 {
                // The joining space belongs to the line before it.
                #expect(unit.line(at: start - 1) == Self.lines[indices[position - 1]].number)
            }
            #expect(unit.line(at: start) == number, "first byte of line \(number)")
            #expect(unit.line(at: end - 1) == number, "last byte of line \(number)")
            start = end + 1
        }
        #expect(start == bytes.count + 1)
        // The unit built from the indices as an array reads the same.
        let fromArray = TextUnit(lineIndices: indices, lines: Self.lines)
        #expect(fromArray.bytes.array == bytes.array)
        #expect((0..<bytes.count).allSatisfy { fromArray.line(at: $0) == unit.line(at: $0) })
    }

    @Test func lineOfAOneLineUnit() {
        let line = Self.lines[4]
        let unit = TextUnit(bytes: line.text, lineIndices: LineSpan(range: 4..<5), lines: Self.lines)
        #expect(line.number == 5)
        #expect((0..<line.text.count).allSatisfy { unit.line(at: $0) == 5 })
    }

    /// Two table rows with a line between them that has one column gap, and their cell breaks.
    private static let threeRows: [(text: String, breaks: [Int])] = [
        ("STT Noi dung Thoi gian", [3, 12]), ("mot dong thuong", [3]), ("1 Tuyen truyen Quy 2", [1, 14]),
    ]

    /// Cell breaks count only in lines with two column gaps or more (table rows), at
    /// their offsets in the joined text.
    @Test func cellEndAcrossTableRows() {
        let lines = Self.threeRows.enumerated().map { SourceLine.plain($1.text, number: $0 + 1, cellBreaks: $1.breaks) }
        let unit = TextUnit(lineIndices: [0, 1, 2], lines: lines)
        #expect(unit.bytes.count == 59)
        #expect(unit.cellEnd(from: 0) == 3)
        #expect(unit.cellEnd(from: 3) == 3)
        #expect(unit.cellEnd(from: 4) == 12)
        // The second line's lone gap is no cell break: the next is in the third line (at 39).
        #expect(unit.cellEnd(from: 13) == 40)
        #expect(unit.cellEnd(from: 41) == 53)
        #expect(unit.cellEnd(from: 54) == 59)
        #expect(unit.line(at: 22) == 1)
        #expect(unit.line(at: 23) == 2)
        #expect(unit.line(at: 58) == 3)
    }

    /// The same three lines repeated seven times (21 lines, past the lines a unit walks):
    /// the long unit's index gives every offset the line and cell end worked out by hand
    /// for each copy of the three.
    @Test func longUnitsTakeOffsetsBackAsShortOnesDo() {
        let lines = (0..<21).map { index in
            SourceLine.plain(Self.threeRows[index % 3].text, number: index + 1, cellBreaks: Self.threeRows[index % 3].breaks)
        }
        let unit = TextUnit(lineIndices: Array(0..<21), lines: lines)
        #expect(unit.bytes.count == 7 * 60 - 1)
        for copy in 0..<7 {
            let base = copy * 60
            // Lines start at base, base + 23 and base + 39; the cell breaks of the two rows
            // lie at base + 3, + 12, + 40 and + 53.
            #expect(unit.line(at: base) == copy * 3 + 1)
            #expect(unit.line(at: base + 22) == copy * 3 + 1)
            #expect(unit.line(at: base + 23) == copy * 3 + 2)
            #expect(unit.line(at: base + 39) == copy * 3 + 3)
            #expect(unit.cellEnd(from: base) == base + 3)
            #expect(unit.cellEnd(from: base + 4) == base + 12)
            #expect(unit.cellEnd(from: base + 13) == base + 40)
            #expect(unit.cellEnd(from: base + 41) == base + 53)
            #expect(unit.cellEnd(from: base + 54) == (copy == 6 ? unit.bytes.count : base + 63))
        }
        #expect(unit.line(at: unit.bytes.count + 5) == 21)
    }

    /// Words of a unit, forwards and backwards, with runs of spaces and a word cut at 64 bytes.
    @Test func wordsForwardsAndBackwards() {
        func unit(_ text: String) -> TextUnit {
            TextUnit(lineIndices: [0], lines: [SourceLine.plain(text)])
        }
        let text = unit("  ab  cde f")
        #expect(text.word(from: 0, limit: 11) == 2..<4)
        #expect(text.word(from: 3, limit: 11) == 3..<4)
        #expect(text.word(from: 4, limit: 11) == 6..<9)
        #expect(text.word(from: 4, limit: 8) == 6..<8)
        #expect(text.word(from: 9, limit: 11) == 10..<11)
        #expect(text.word(from: 11, limit: 11) == nil)
        #expect(text.word(from: 4, limit: 5) == nil)
        #expect(text.previousWord(before: 11) == 10..<11)
        #expect(text.previousWord(before: 10) == 6..<9)
        #expect(text.previousWord(before: 6) == 2..<4)
        #expect(text.previousWord(before: 3) == 2..<3)
        #expect(text.previousWord(before: 2) == nil)
        let long = unit(String(repeating: "x", count: 70))
        #expect(long.word(from: 0, limit: 70) == 0..<64)
        #expect(long.previousWord(before: 70) == 6..<70)
    }

    /// Units of random lines (some of them table rows) at random increasing indices: short
    /// ones with lines left out inside, short ones over more than 64 lines, long ones. Every
    /// offset's line and cell end are those of a walk over the indices written here.
    @Test func wayBackOfUnitsWithLinesLeftOut() {
        var random = SplitMix64(seed: 64)
        let words = ["một", "hai", "ba", "Điều", "số", "12/2020/NĐ-CP"]
        let lines = (0..<150).map { index in
            let text = (0..<Int.random(in: 1...4, using: &random)).map { _ in words.randomElement(using: &random)! }.joined(separator: " ")
            let spaces = Array(text.utf8).indices.filter { Array(text.utf8)[$0] == 0x20 }
            let breaks = Array(spaces.prefix(Int.random(in: 0...2, using: &random)))
            return SourceLine.plain(text, number: index + 1, cellBreaks: breaks)
        }
        for _ in 0..<400 {
            var indices: [Int] = []
            var index = Int.random(in: 0..<40, using: &random)
            let count = Int.random(in: 1...20, using: &random)
            let widest = Int.random(in: 0...2, using: &random) == 0 ? 12 : 2
            while indices.count < count, index < lines.count {
                indices.append(index)
                index += Int.random(in: 1...widest, using: &random)
            }
            let unit = TextUnit(lineIndices: indices, lines: lines)
            // The reference: each line's start in the joined text, walked in order.
            var starts: [Int] = []
            var cellBreaks: [Int] = []
            var offset = 0
            for line in indices {
                starts.append(offset)
                if lines[line].cellBreaks.count >= 2 { cellBreaks += lines[line].cellBreaks.map { $0 + offset } }
                offset += lines[line].text.count + 1
            }
            #expect(offset - 1 == unit.bytes.count)
            for offset in 0...(unit.bytes.count + 1) {
                let position = (starts.lastIndex { $0 <= offset } ?? 0)
                #expect(unit.line(at: offset) == lines[indices[position]].number, "\(indices) at \(offset)")
                #expect(unit.cellEnd(from: offset) == (cellBreaks.first { $0 >= offset } ?? unit.bytes.count), "\(indices) from \(offset)")
            }
        }
    }
}
