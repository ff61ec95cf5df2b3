/// Reads tables from raw lines: tab-separated rows (Word exports) and markdown pipe rows
/// ("| a | b |", with or without a "|---|" rule). Empty cells count, so raw lines are
/// used rather than the cleaned ones.
///
/// A header row repeated after a page break is dropped; a row whose first cell is empty
/// continues the row above (a row split by a page break) and is merged into it.
struct TableReader {
    /// The raw text of each line, by line index (no line break).
    let raw: RawLines

    /// One table row as printed, with the 1-based line of its first line.
    struct Row {
        var cells: [String]
        var line: Int
    }

    /// The tables among the lines in `range`, each as its header and rows.
    func tables(in range: Range<Int>) -> [(columns: [String], rows: [Row], line: Int)] {
        var tables: [(columns: [String], rows: [Row], line: Int)] = []
        var current: (columns: [String], rows: [Row], line: Int)?
        var header: [UInt8] = []
        var alignedStarts: [Int]?
        var index = range.lowerBound
        while index < range.upperBound {
            defer { index += 1 }
            let line = raw[index]
            if Self.isLonePipe(line) {
                if let table = current { tables.append(table); current = nil; alignedStarts = nil }
                let (table, end) = lonePipeTable(from: index, to: range.upperBound)
                if let table { tables.append(table) }
                index = end - 1
                continue
            }
            if current == nil, Self.isNumberHeader(line), let (table, end) = oneCellPerLineTable(from: index, to: range.upperBound) {
                tables.append(table)
                index = end - 1
                continue
            }
            var rowCells = Self.cells(line)
            // Columns aligned by runs of spaces: cells placed under the header's columns.
            if rowCells == nil, let segments = Self.alignedSegments(line) {
                if let starts = alignedStarts, current != nil {
                    rowCells = Self.place(segments, under: starts)
                } else if segments.count >= 3, current == nil {
                    alignedStarts = segments.map(\.column)
                    rowCells = segments.map(\.text)
                }
            }
            guard let cells = rowCells else {
                // A blank line may sit between rows (page breaks); text ends the table.
                if !line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }), let table = current {
                    tables.append(table)
                    current = nil
                    alignedStarts = nil
                }
                continue
            }
            if cells.isEmpty { continue }  // a "|---|" rule
            guard var table = current else {
                current = (cells, [], index + 1)
                header = Folding.key(cells.joined(separator: " ").utf8)
                continue
            }
            current = nil  // the one reference to the rows while they grow (no copy per row)
            // A repeated header (after a page break); compared only when it may be one.
            if cells.count == table.columns.count, cells.first?.utf8.elementsEqual(table.columns.first?.utf8 ?? "".utf8) == true,
                Folding.key(cells.joined(separator: " ").utf8) == header
            {
                current = table
                continue
            }
            if cells.first?.isEmpty == true, var last = table.rows.popLast() {
                for (column, cell) in cells.enumerated() where !cell.isEmpty {
                    if column < last.cells.count {
                        last.cells[column] = last.cells[column].isEmpty ? cell : last.cells[column] + " " + cell
                    } else {
                        last.cells.append(cell)
                    }
                }
                table.rows.append(last)
            } else {
                table.rows.append(Row(cells: cells, line: index + 1))
            }
            current = table
        }
        if let table = current { tables.append(table) }
        return tables.filter { !$0.rows.isEmpty }
    }

    /// Whether a line holds only spaces and no-break spaces (an empty cell).
    private static func isSpaceOnly(_ line: ArraySlice<UInt8>) -> Bool {
        var index = line.startIndex
        while index < line.endIndex {
            if line[index] == 0x20 || line[index] == 0x09 {
                index += 1
            } else if line[index] == 0xC2, index + 1 < line.endIndex, line[index + 1] == 0xA0 {
                index += 2
            } else {
                return false
            }
        }
        return true
    }

    /// "STT" or "TT" alone on its line: the first header cell of a table extracted one
    /// cell per line.
    private static func isNumberHeader(_ line: ArraySlice<UInt8>) -> Bool {
        let key = Folding.key(line.filter { $0 != UInt8(ascii: "*") })
        return key.isKey("stt") || key.isKey("tt")
    }

    /// A table extracted one cell per line (Word to text): the header cells from "STT" to
    /// the line "1", then rows of as many cells, a cell holding only a no-break space being
    /// empty; truly empty lines only separate cells. Rows go on while their first cell is a
    /// number.
    private func oneCellPerLineTable(from start: Int, to limit: Int) -> ((columns: [String], rows: [Row], line: Int), Int)? {
        var cells: [(text: String, line: Int)] = []
        var index = start
        var end = start
        while index < limit, cells.count < 4_000 {
            let line = raw[index]
            if !line.isEmpty {
                guard Self.cells(line) == nil, !Self.isLonePipe(line) else { break }
                cells.append((Self.isSpaceOnly(line) ? "" : Self.cell(line), index + 1))
            }
            index += 1
            end = index
        }
        guard let first = cells.firstIndex(where: { $0.text == "1" }), (3...12).contains(first) else { return nil }
        let columns = cells[..<first].map(\.text)
        guard columns.dropFirst().allSatisfy({ !$0.isEmpty && UTF8Text.wordCount(Array($0.utf8)) <= 8 }) else { return nil }
        var rows: [Row] = []
        var position = first
        while position + columns.count <= cells.count, cells[position].text.allSatisfy(\.isNumber), !cells[position].text.isEmpty {
            rows.append(Row(cells: cells[position..<(position + columns.count)].map(\.text), line: cells[position].line))
            position += columns.count
        }
        guard !rows.isEmpty else { return nil }
        let last = position < cells.count ? cells[position].line - 1 : end
        return ((columns, rows, start + 1), max(last, start + 1))
    }

    /// The pieces of a line split at runs of three spaces or more, each with the column
    /// (in characters) where it starts; `nil` for a line with no such run.
    static func alignedSegments(_ line: ArraySlice<UInt8>) -> [(column: Int, text: String)]? {
        guard !line.contains(0x09) else { return nil }
        var segments: [(column: Int, text: String)] = []
        var column = 0
        var spaces = 0
        var start: Int?
        var startColumn = 0
        var index = line.startIndex
        var sawRun = false
        func close(_ end: Int) {
            if let begin = start {
                let text = cell(line[begin..<end])
                if !text.isEmpty { segments.append((startColumn, text)) }
            }
            start = nil
        }
        while index < line.endIndex {
            let byte = line[index]
            if byte == 0x20 {
                spaces += 1
                if spaces == 3 { close(index - 2); sawRun = true }
            } else {
                if start == nil { start = index; startColumn = column }
                spaces = 0
            }
            if byte & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        close(line.endIndex)
        return sawRun || (line.first == 0x20 && !segments.isEmpty) ? segments : nil
    }

    /// The segments placed under the header columns starting at `starts` (a segment goes
    /// to the last column starting at or before it, with two characters of slack).
    private static func place(_ segments: [(column: Int, text: String)], under starts: [Int]) -> [String] {
        var cells = Array(repeating: "", count: starts.count)
        for segment in segments {
            let column = starts.lastIndex { $0 <= segment.column + 2 } ?? 0
            cells[column] = cells[column].isEmpty ? segment.text : cells[column] + " " + segment.text
        }
        return cells
    }

    private static func isLonePipe(_ line: ArraySlice<UInt8>) -> Bool {
        var pipes = 0
        for byte in line {
            if byte == UInt8(ascii: "|") { pipes += 1 } else if byte != 0x20 && byte != 0x09 { return false }
        }
        return pipes == 1
    }

    /// A table whose cells sit between lines holding a lone "|" (converted Word tables): a
    /// cell is the text between two such lines, and an empty cell ("|" twice) ends a row.
    /// The first row is the header. Returns the table and the index after it.
    private func lonePipeTable(from start: Int, to limit: Int) -> ((columns: [String], rows: [Row], line: Int)?, Int) {
        var groups: [[(text: String, line: Int)]] = [[]]
        var cell: [String] = []
        var cellLine = start + 1
        var lastPipe = start
        var index = start + 1
        var textLines = 0
        while index < limit, textLines <= 12 {
            let line = raw[index]
            if Self.isLonePipe(line) {
                let text = cell.joined(separator: " ")
                if text.isEmpty {
                    if !(groups.last?.isEmpty ?? true) { groups.append([]) }
                } else {
                    groups[groups.count - 1].append((text, cellLine))
                }
                cell = []
                lastPipe = index
                textLines = 0
            } else if !line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
                if cell.isEmpty { cellLine = index + 1 }
                cell.append(Self.cell(line))
                textLines += 1
            }
            index += 1
        }
        let filled = groups.filter { !$0.isEmpty }
        guard filled.count >= 2, let header = filled.first, header.count >= 2 else { return (nil, lastPipe + 1) }
        let rows = filled.dropFirst().map { group in Row(cells: group.map(\.text), line: group[0].line) }
        return ((header.map(\.text), Array(rows), header[0].line), lastPipe + 1)
    }

    /// The cells of a table row, `[]` for a pipe rule, or `nil` for a line that is no row.
    static func cells(_ line: ArraySlice<UInt8>) -> [String]? {
        let trimmed = line.drop { $0 == 0x20 }
        if trimmed.first == UInt8(ascii: "|") {
            var parts = trimmed.split(separator: UInt8(ascii: "|"), omittingEmptySubsequences: false).map { cell($0) }
            if parts.first?.isEmpty == true { parts.removeFirst() }
            if parts.last?.isEmpty == true { parts.removeLast() }
            guard parts.count >= 2 else { return nil }
            let isRule = trimmed.allSatisfy { $0 == UInt8(ascii: "|") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ":") || $0 == 0x20 }
            return isRule ? [] : parts
        }
        guard line.contains(0x09) else { return nil }
        let parts = line.split(separator: 0x09, omittingEmptySubsequences: false).map { cell($0) }
        return parts.count >= 2 ? parts : nil
    }

    /// A cell's text without markdown emphasis and surrounding spaces.
    static func cell(_ bytes: ArraySlice<UInt8>) -> String {
        let text = bytes.filter { $0 != UInt8(ascii: "*") }
        return UTF8Text.string(Array(text).trimmingSpaces())
    }
}
