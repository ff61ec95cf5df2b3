import Testing
@testable import PlanParser

/// `TableReader.tables(in:reading:)`: each table comes with what `reading` made of its
/// header, and a table whose header it rejects is left out, whatever the table's form.
@Suite struct TableReaderReadingTests {
    /// A reader over `lines` (no line breaks in them).
    private func reader(_ lines: [String]) -> TableReader {
        TableReader(raw: SourceLines.split(lines.joined(separator: "\n")).raw)
    }

    /// The number of columns of a header that starts with "STT", or `nil` for another.
    private func columnCount(_ columns: [String]) -> Int? {
        columns.first == "STT" ? columns.count : nil
    }

    /// A "*" inside a cell is dropped ("**Tên** mới" → "Tên mới"), those around it trimmed.
    @Test func tabPipeLonePipeAndOneCellPerLineTablesCarryTheirReading() {
        let lines = [
            "STT\tTên\tGhi chú", "1\tA\tx",
            "Văn bản.",
            "| STT | **Tên** mới |", "| 1 | *B* c |",
            "Văn bản.",
            "|", "STT", "|", "Tên", "|", "|", "1", "|", "C", "- D", "|",
            "Văn bản.",
            "STT", "Tên", "Đơn vị", "1", "E", "F",
        ]
        let reader = reader(lines)
        let tables = reader.tables(in: 0..<lines.count, reading: columnCount)
        #expect(tables.map(\.reading) == [3, 2, 2, 3])
        #expect(tables.map(\.columns) == [["STT", "Tên", "Ghi chú"], ["STT", "Tên mới"], ["STT", "Tên"], ["STT", "Tên", "Đơn vị"]])
        #expect(tables.map { $0.rows.map(\.cells) } == [[["1", "A", "x"]], [["1", "B c"]], [["1", "C; - D"]], [["1", "E", "F"]]])
        // The same tables, every header kept, with no reading.
        #expect(reader.tables(in: 0..<lines.count).map(\.columns) == tables.map(\.columns))
    }

    /// The first-byte pre-test lets through every line that is a lone "|" or blank: any
    /// first byte it rules out, followed by marks, spaces or a no-break space, makes neither.
    @Test func thePreTestRulesOutNoLonePipeNorBlankLine() {
        for value in 0...255 {
            let first = UInt8(value)
            guard !TableReader.mayBeLonePipeOrBlank(startingWith: first) else { continue }
            for rest: [UInt8] in [[], [0x20], [0x7C], [0xA0], [0xC2, 0xA0], [0x09, 0x7C, 0x20]] {
                let line = [first] + rest
                #expect(!TableReader.isLonePipe(line), "\(line)")
                #expect(!TableReader.isSpaceOnly(line), "\(line)")
            }
        }
        #expect(TableReader.mayBeLonePipeOrBlank(startingWith: nil))
    }

    /// In a lone-pipe table, lines that start with a space, a tab or a no-break space are
    /// told apart by their whole bytes: an indented lone pipe ends a cell, a no-break space
    /// alone is a blank line, and a cell led by a no-break space keeps it.
    @Test func lonePipeLinesLedBySpacesTabsAndNoBreakSpaces() {
        let lines = ["|", "STT", "\t|", "\u{00A0}Tên", "  |  ", "\u{00A0}", "|", "1", " | ", "Á", "|"]
        let tables = reader(lines).tables(in: 0..<lines.count, reading: columnCount)
        #expect(tables.count == 1)
        #expect(tables.first?.reading == 2)
        #expect(tables.first?.columns == ["STT", "\u{00A0}Tên"])
        #expect(tables.first?.line == 2)
        #expect(tables.first?.rows.map(\.cells) == [["1", "Á"]])
        #expect(tables.first?.rows.map(\.line) == [8])
    }

    @Test func tablesWhoseHeaderIsRejectedAreLeftOut() {
        let lines = [
            "Số\tTên", "1\tA",
            "Văn bản.",
            "|", "Số", "|", "Tên", "|", "|", "1", "|", "B", "|",
            "Văn bản.",
            "TT", "Tên", "Đơn vị", "1", "C", "D",
            "Văn bản.",
            "STT\tTên", "2\tE",
        ]
        let tables = reader(lines).tables(in: 0..<lines.count, reading: columnCount)
        #expect(tables.map(\.reading) == [2])
        #expect(tables.map { $0.rows.map(\.cells) } == [[["2", "E"]]])
        // Without a reading, every header is kept: the four tables, in all four forms.
        let all = reader(lines).tables(in: 0..<lines.count)
        #expect(all.map(\.columns) == [["Số", "Tên"], ["Số", "Tên"], ["TT", "Tên", "Đơn vị"], ["STT", "Tên"]])
        #expect(all.map { $0.rows.map(\.cells) } == [[["1", "A"]], [["1", "B"]], [["1", "C", "D"]], [["2", "E"]]])
    }

    /// Runs of prose lines are passed over on their own: a number header or a row right
    /// after one, or at a range's first line, is still read; a range may end in prose.
    @Test func proseRunsAroundTablesAndAtTheRangeEnds() {
        let lines = [
            "Văn bản một.", "Văn bản hai.",
            "STT", "Tên", "Đơn vị", "1", "E", "F",
            "Văn bản ba.", "Văn bản bốn.",
            "STT\tTên", "1\tA",
            "Văn bản năm.",
        ]
        let reader = reader(lines)
        for range in [0..<13, 2..<13] {
            #expect(reader.tables(in: range).map(\.columns) == [["STT", "Tên", "Đơn vị"], ["STT", "Tên"]])
            #expect(reader.tables(in: range).map { $0.rows.map(\.cells) } == [[["1", "E", "F"]], [["1", "A"]]])
        }
        #expect(reader.tables(in: 0..<2).isEmpty)
        #expect(reader.tables(in: 8..<12).map { $0.rows.map(\.cells) } == [[["1", "A"]]])
        // A header on the range's last line heads nothing.
        #expect(reader.tables(in: 0..<11).map(\.columns) == [["STT", "Tên", "Đơn vị"]])
    }
}
