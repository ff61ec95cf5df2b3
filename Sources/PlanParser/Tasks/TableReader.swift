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

    /// A table as read: its header's cells, what the reader's `reading` made of them, its
    /// rows, the 1-based line of its header, and the indices of its lines, from the
    /// header's to its last row's (blank ones included).
    typealias ReadTable<Reading> = (columns: [String], reading: Reading, rows: [Row], line: Int, lines: Range<Int>)

    /// The tables among the lines in `range`, each as its header and rows.
    func tables(in range: Range<Int>) -> [ReadTable<Void>] {
        tables(in: range, reading: { _ in () })
    }

    /// Where the reader stands between two lines.
    private enum State<Reading> {
        /// In text: no table open.
        case text
        /// Under a tab or pipe line (at index `line`) that heads a table once a row follows.
        case pendingHeader(line: Int)
        /// In the rows of a table whose header was rejected: told apart from text, no cells made.
        case passingOver(Layout)
        /// In a table whose rows grow; `headerKey` is its header folded (a header repeated
        /// after a page break is dropped).
        case open(ReadTable<Reading>, headerKey: [UInt8], Layout)

        /// Ends what is open, as a line of text does: an open table is kept in `tables`.
        mutating func endAtText(keepingIn tables: inout [ReadTable<Reading>]) {
            if case .open(let table, _, _) = self { tables.append(table) }
            self = .text
        }
    }

    /// How the rows of a table are laid out.
    private struct Layout {
        /// Where the header's columns start, for columns aligned by runs of spaces.
        var alignedStarts: [Int]?
        /// Whether every line is indented by a tab (the header too): the empty first column
        /// is no column.
        var dropsFirstColumn = false
    }

    /// The tables among the lines in `range` whose header `read` reads (it returns `nil` for
    /// the others), each with what it made of its header. A tab or pipe header is read only
    /// once a row follows it (most such lines head nothing). A table of rows whose header
    /// `read` rejects is passed over: its lines are only told apart from text (no cells
    /// made), and it is left out.
    func tables<Reading>(in range: Range<Int>, reading read: ([String]) -> Reading?) -> [ReadTable<Reading>] {
        // The lines are read through unchecked buffers below: their range is checked here, once.
        precondition(range.lowerBound >= 0 && range.upperBound <= raw.ranges.count, "lines of the text")
        var tables: [ReadTable<Reading>] = []
        var state = State<Reading>.text
        var index = range.lowerBound
        while index < range.upperBound {
            // Most lines are prose: no row, no lone pipe, no aligned columns. They are told
            // apart in place (no slice of the lines to hold and let go): in text, passed
            // over up to a line that is no prose or is a number header (read below); else
            // they only end what is open, but an empty one (a page break) ends nothing.
            if case .text = state {
                index = firstLine(from: index, to: range.upperBound)
                if index == range.upperBound { break }
            } else if raw.bytes.withUnsafeBufferPointer({ Self.isProse(UnsafeBufferPointer(rebasing: $0[raw.ranges[index]])) }) {
                if !raw.ranges[index].isEmpty { state.endAtText(keepingIn: &tables) }
                index += 1
                continue
            }
            defer { index += 1 }
            let line = raw[index]
            if Self.isLonePipe(line) {
                state.endAtText(keepingIn: &tables)
                let (table, end) = lonePipeTable(from: index, to: range.upperBound, reading: read)
                if let table { tables.append(table) }
                index = end - 1
                continue
            }
            var layout = Layout()
            switch state {
            case .passingOver(let passed):
                // A row goes on the table (as the cells below would be made); text ends it.
                let isRow = Self.isRow(line) || (passed.alignedStarts != nil && Self.hasAlignedSegments(line))
                if !isRow && !line.allSatisfy(\.isSpaceOrTab) { state = .text }
                continue
            case .pendingHeader(let headerLine):
                // A row under the header starts its table; text ends it, its cells never made.
                guard Self.isRow(line) else {
                    if !line.allSatisfy(\.isSpaceOrTab) { state = .text }
                    continue
                }
                var columns = Self.cells(raw[headerLine]) ?? []
                if columns.first?.isEmpty == true, columns.count >= 3 {
                    layout.dropsFirstColumn = true
                    columns.removeFirst()
                }
                guard let reading = read(columns) else {
                    state = .passingOver(layout)
                    continue
                }
                // The table is open; the row is read below.
                state = .open((columns, reading, [], raw.number(of: headerLine), headerLine..<(headerLine + 1)), headerKey: Self.headerKey(columns), layout)
            case .text:
                if Self.isNumberHeader(line), let (table, end) = oneCellPerLineTable(from: index, to: range.upperBound) {
                    if let reading = read(table.columns) { tables.append((table.columns, reading, table.rows, table.line, table.lines)) }
                    index = end - 1
                    continue
                }
                if Self.isRow(line) {
                    // A header (read once a row follows), or a "|---|" rule, which heads nothing.
                    if !Self.isPipeRule(line) { state = .pendingHeader(line: index) }
                    continue
                }
            case .open(_, _, let open):
                layout = open
            }
            // In text, the line is no tab or pipe row (told above).
            let isOpen = if case .open = state { true } else { false }
            var rowCells = isOpen ? Self.cells(line) : nil
            // Columns aligned by runs of spaces: cells placed under the header's columns.
            if rowCells == nil, let segments = Self.alignedSegments(line) {
                if let starts = layout.alignedStarts, isOpen {
                    rowCells = Self.place(segments, under: starts)
                } else if (3...40).contains(segments.count), !isOpen {
                    layout.alignedStarts = segments.map(\.column)
                    rowCells = segments.map(\.text)
                }
            }
            if let row = rowCells, row.first?.isEmpty == true, row.count >= 3, !isOpen || layout.dropsFirstColumn {
                layout.dropsFirstColumn = true
                rowCells = Array(row.dropFirst())
            }
            guard let cells = rowCells else {
                // A blank line may sit between rows (page breaks); text ends the table.
                if isOpen, !line.allSatisfy(\.isSpaceOrTab) { state.endAtText(keepingIn: &tables) }
                continue
            }
            if cells.isEmpty { continue }  // a "|---|" rule
            guard case .open(var table, let headerKey, _) = state else {
                // In text, a row of aligned columns heads a table.
                guard let reading = read(cells) else {
                    state = .passingOver(layout)
                    continue
                }
                state = .open((cells, reading, [], raw.number(of: index), index..<(index + 1)), headerKey: Self.headerKey(cells), layout)
                continue
            }
            state = .text  // the one reference to the rows while they grow (no copy per row)
            defer { state = .open(table, headerKey: headerKey, layout) }
            // The line is the table's, whatever it gives: a row, the rest of one, a repeated header.
            table.lines = table.lines.lowerBound..<(index + 1)
            // A repeated header (after a page break); compared only when it may be one.
            if cells.count == table.columns.count, cells.first?.utf8.elementsEqual(table.columns.first?.utf8 ?? "".utf8) == true,
                Self.headerKey(cells) == headerKey
            {
                continue
            }
            if cells.first?.isEmpty == true, var last = table.rows.popLast(), last.cells.reduce(0, { $0 + $1.utf8.count }) < 20_000 {
                for (column, cell) in cells.enumerated() where !cell.isEmpty {
                    if column < last.cells.count {
                        last.cells[column] = last.cells[column].isEmpty ? cell : last.cells[column] + " " + cell
                    } else {
                        last.cells.append(cell)
                    }
                }
                table.rows.append(last)
            } else {
                table.rows.append(Row(cells: cells, line: raw.number(of: index)))
            }
        }
        state.endAtText(keepingIn: &tables)
        return tables.filter { !$0.rows.isEmpty }
    }

    /// A header's cells folded into one key, by which a header repeated after a page break
    /// is told.
    private static func headerKey(_ cells: [String]) -> [UInt8] {
        Folding.key(cells.joined(separator: " ").utf8)
    }

    /// The first line from `start` on (before `end`) that is no prose (`isProse`) or is a
    /// number header: the prose lines before it, which change nothing in text, are passed
    /// over through buffers, in a loop of their own.
    private func firstLine(from start: Int, to end: Int) -> Int {
        raw.bytes.withUnsafeBufferPointer { bytes in
            raw.ranges.withUnsafeBufferPointer { ranges in
                var index = start
                while index < end {
                    let line = UnsafeBufferPointer(rebasing: bytes[ranges[index]])
                    guard Self.isProse(line), !Self.isNumberHeader(line) else { break }
                    index += 1
                }
                return index
            }
        }
    }

    /// Whether a line holds only spaces, tabs and no-break spaces (an empty cell).
    static func isSpaceOnly<Line: RandomAccessCollection<UInt8>>(_ line: Line) -> Bool where Line.Index == Int {
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
    static func isNumberHeader(_ line: some Collection<UInt8>) -> Bool {
        // Compared byte by byte, without an array: this runs on every body line.
        guard line.count <= 12 else { return false }
        var letters: UInt32 = 0
        var count = 0
        for byte in line where byte != UInt8(ascii: "*") && byte != 0x20 {
            count += 1
            if count > 3 { return false }
            letters = letters << 8 | UInt32(byte | 0x20)
        }
        return (count == 3 && letters == 0x73_7474) || (count == 2 && letters == 0x7474)  // "stt", "tt"
    }

    /// A table extracted one cell per line (Word to text): the header cells from "STT" to
    /// the line "1", then rows of as many cells, a cell holding only a no-break space being
    /// empty; truly empty lines only separate cells. Rows go on while their first cell is a
    /// number. Returns the table (`lines`: up to its last whole row) and the index the scan
    /// goes on from (after an unfinished last row, whose lines are no table's).
    private func oneCellPerLineTable(from start: Int, to limit: Int) -> ((columns: [String], rows: [Row], line: Int, lines: Range<Int>), Int)? {
        var index = start
        /// The next cell (a non-empty line), or nil at a line that is no cell.
        func nextCell() -> (text: String, line: Int)? {
            while index < limit, raw[index].isEmpty { index += 1 }
            guard index < limit else { return nil }
            let line = raw[index]
            guard !Self.isRow(line), !Self.isLonePipe(line) else { return nil }
            index += 1
            return (Self.isSpaceOnly(line) ? "" : Self.cell(line), raw.number(of: index - 1))
        }
        // The header: from "STT" to the cell "1", twelve cells at most (so that a lone
        // "STT" costs a few lines only).
        var columns: [String] = []
        var firstRow: (text: String, line: Int)?
        while columns.count <= 12, let cell = nextCell() {
            if cell.text == "1" {
                firstRow = cell
                break
            }
            columns.append(cell.text)
        }
        guard let firstRow, (3...12).contains(columns.count),
            columns.dropFirst().allSatisfy({ !$0.isEmpty && UTF8Text.wordCount(Array($0.utf8)) <= 8 })
        else { return nil }
        var rows: [Row] = []
        var rowsEnd = start + 1
        var number: (text: String, line: Int)? = firstRow
        // Rows while their first cell is a number ("1", "2", "1.1", "II").
        while let first = number {
            var cells = [first.text]
            while cells.count < columns.count, let cell = nextCell() { cells.append(cell.text) }
            guard cells.count == columns.count else { break }
            rows.append(Row(cells: cells, line: first.line))
            rowsEnd = index
            let mark = index
            guard let next = nextCell(), Self.isRowNumber(next.text) else {
                index = mark
                break
            }
            number = next
        }
        return ((columns, rows, raw.number(of: start), start..<rowsEnd), max(index, start + 1))
    }

    /// A row number: digits with dots ("1", "1.1") or a Roman numeral ("II").
    private static func isRowNumber(_ text: String) -> Bool {
        guard let first = text.first else { return false }
        if first.isNumber { return text.allSatisfy { $0.isNumber || $0 == "." } }
        return Marker.romanValue(Array(text.utf8).filter { $0 != UInt8(ascii: ".") }) != nil
    }

    /// The pieces of a line split at runs of three spaces or more, each with the column
    /// (in characters) where it starts, the empty ones left out; `nil` for a line that
    /// `hasAlignedSegments` rules out.
    static func alignedSegments(_ line: ArraySlice<UInt8>) -> [(column: Int, text: String)]? {
        guard hasAlignedSegments(line) else { return nil }
        // The pieces as ranges first: cells are made only for a line that has columns.
        var pieces: [(column: Int, bytes: Range<Int>)] = []
        var column = 0
        var spaces = 0
        var start: Int?
        var startColumn = 0
        var index = line.startIndex
        func close(_ end: Int) {
            if let begin = start { pieces.append((startColumn, begin..<end)) }
            start = nil
        }
        while index < line.endIndex {
            let byte = line[index]
            if byte == 0x20 {
                spaces += 1
                if spaces == 3 { close(index - 2) }
            } else {
                if start == nil { start = index; startColumn = column }
                spaces = 0
            }
            if byte & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        close(line.endIndex)
        return pieces.map { (column: $0.column, text: cell(line[$0.bytes])) }.filter { !$0.text.isEmpty }
    }

    /// Whether a line has aligned columns for `alignedSegments` to cut, told without cutting
    /// them: no tab, and a run of three spaces, or a leading space before a byte other than
    /// a space or "*" (a piece that is not empty).
    static func hasAlignedSegments(_ line: ArraySlice<UInt8>) -> Bool {
        guard !containsTab(line) else { return false }
        if hasSpaceRun(line) { return true }
        return line.first == 0x20 && line.contains { $0 != 0x20 && $0 != UInt8(ascii: "*") }
    }

    /// Whether a line is prose: no pipe or space first, no tab and no run of spaces. Most
    /// lines are; such a line is no row (`isRow`), no lone pipe (`isLonePipe`) and has no
    /// aligned columns (`hasAlignedSegments`), and it is empty if it is all spaces and tabs.
    @inline(__always)
    static func isProse(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        line.first != 0x20 && line.first != UInt8(ascii: "|") && !mayHoldColumnGaps(UnsafeRawBufferPointer(line))
    }

    /// Whether a line may hold a tab or a run of spaces: `false` says it has neither. Read
    /// sixteen bytes at a time, each beside the byte after it; the last window overlaps the
    /// one before it, and a line shorter than a window is read byte by byte.
    static func mayHoldColumnGaps(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard bytes.count >= 17 else {
            var followsSpace = false
            for byte in bytes {
                if byte == 0x09 || (byte == 0x20 && followsSpace) { return true }
                followsSpace = byte == 0x20
            }
            return false
        }
        let spaces = SIMD16<UInt8>(repeating: 0x20)
        let tabs = SIMD16<UInt8>(repeating: 0x09)
        /// Whether the sixteen bytes at `offset` hold a tab or a space before a space.
        func holdsGap(at offset: Int) -> Bool {
            let here = bytes.loadUnaligned(fromByteOffset: offset, as: SIMD16<UInt8>.self)
            let next = bytes.loadUnaligned(fromByteOffset: offset + 1, as: SIMD16<UInt8>.self)
            return ByteSearch.anyLane((here .== tabs) .| ((here .== spaces) .& (next .== spaces)))
        }
        // Offsets within the line never overflow: the window loop adds without checks.
        let lastWindow = bytes.count - 17
        var index = 0
        while index <= lastWindow {
            if holdsGap(at: index) { return true }
            index &+= 16
        }
        return holdsGap(at: lastWindow) || bytes[bytes.count - 1] == 0x09
    }

    /// Whether a line holds a tab.
    private static func containsTab(_ line: ArraySlice<UInt8>) -> Bool {
        ByteSearch.firstIndex(of: 0x09, in: line) != nil
    }

    /// Whether three spaces follow each other somewhere. Every such run holds a byte at a
    /// multiple of three from the start, so only those bytes are looked at first.
    private static func hasSpaceRun(_ line: ArraySlice<UInt8>) -> Bool {
        line.withUnsafeBufferPointer { bytes in
            var index = 0
            while index < bytes.count {
                if bytes[index] == 0x20 {
                    var low = index
                    while low > 0, bytes[low - 1] == 0x20 { low -= 1 }
                    var high = index + 1
                    while high < bytes.count, bytes[high] == 0x20 { high += 1 }
                    if high - low >= 3 { return true }
                }
                index += 3
            }
            return false
        }
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

    /// Whether a line that starts with `first` (`nil`: an empty line) may be a lone "|"
    /// (``isLonePipe(_:)``) or blank (``isSpaceOnly(_:)``): those accept no other first byte
    /// than a space, a tab, "|" and a no-break space's lead. Most cells' lines are told by it.
    @inline(__always)
    static func mayBeLonePipeOrBlank(startingWith first: UInt8?) -> Bool {
        first.map { $0 == 0x20 || $0 == 0x09 || $0 == UInt8(ascii: "|") || $0 == 0xC2 } ?? true
    }

    static func isLonePipe(_ line: some Sequence<UInt8>) -> Bool {
        var pipes = 0
        for byte in line {
            if byte == UInt8(ascii: "|") { pipes += 1 } else if byte != 0x20 && byte != 0x09 { return false }
        }
        return pipes == 1
    }

    /// A table whose cells sit between lines holding a lone "|" (converted Word tables): a
    /// cell is the text between two such lines, and an empty cell ("|" twice) ends a row.
    /// The first row is the header; a table whose header `read` rejects is left out.
    /// Returns the table and the index after it.
    private func lonePipeTable<Reading>(from start: Int, to limit: Int, reading read: ([String]) -> Reading?) -> (ReadTable<Reading>?, Int) {
        // The cells between lone "|" lines, empty ones included, as ranges of `text` (their
        // strings are made for the rows kept); a cell's lines that start with a dash are
        // items of a list ("- Sở A" / "- Sở B" → "- Sở A; - Sở B").
        var stream: [(bytes: Range<Int>, line: Int)] = []
        stream.reserveCapacity(limit - start)  // at most one cell per line
        // The cells one after another, each cell's lines joined by spaces.
        var cellText = PointerBuffer<UInt8>(capacity: 1024)
        var cellStart = 0
        var cellLines = 0
        var cellLine = start + 1
        var lastPipe = start
        var index = start + 1
        var textLines = 0
        // The lines are read in place (offsets into the raw bytes): no slice to hold and let
        // go per line.
        raw.bytes.withUnsafeBufferPointer { all in
            while index < limit, textLines <= 40 {
                let line = all[raw.ranges[index]]
                let mayBeMarksOnly = Self.mayBeLonePipeOrBlank(startingWith: line.first)
                if mayBeMarksOnly, Self.isLonePipe(line) {
                    stream.append((cellStart..<cellText.count, cellLine))
                    cellStart = cellText.count
                    cellLines = 0
                    lastPipe = index
                    textLines = 0
                } else if !mayBeMarksOnly || !Self.isSpaceOnly(line) {
                    let content = Self.cellText(line)
                    let isListItem = cellLines > 0 && Self.startsListItem(content)
                    // Without its "*" (as `withoutStars` drops them), sought in place in the pinned bytes.
                    let hasStar = ByteSearch.firstOffset(of: UInt8(ascii: "*"), in: UnsafeBufferPointer(rebasing: content)) != nil
                    if cellLines == 0 {
                        cellLine = raw.number(of: index)
                    } else {
                        if isListItem { cellText.append(UInt8(ascii: ";")) }
                        cellText.append(0x20)
                    }
                    if !hasStar {
                        cellText.append(UnsafeBufferPointer(rebasing: content))
                    } else {
                        for byte in content where byte != UInt8(ascii: "*") { cellText.append(byte) }
                    }
                    cellLines += 1
                    textLines += 1
                }
                index += 1
            }
        }
        // Runs of cells between empty ones (an empty cell marks a row boundary), as ranges
        // of the stream, with the number of empty cells before each run.
        var runs: [(cells: Range<Int>, gap: Int)] = []
        runs.reserveCapacity(stream.count)  // at most one run per cell
        var gap = 0
        for (position, cell) in stream.enumerated() {
            if cell.bytes.isEmpty {
                gap += 1
            } else if gap > 0 || runs.isEmpty {
                runs.append((position..<position + 1, gap))
                gap = 0
            } else {
                runs[runs.count - 1].cells = runs[runs.count - 1].cells.lowerBound..<position + 1
            }
        }
        guard let header = runs.first, header.cells.count >= 2 else { return (nil, lastPipe + 1) }
        // The cells' strings are made from the text in place (no slice of it per cell), read
        // while `cellText` lives.
        let text = cellText.elements
        let columns = stream[header.cells].map { UTF8Text.string(UnsafeBufferPointer(rebasing: text[$0.bytes])) }
        guard let reading = read(columns) else { return (nil, lastPipe + 1) }
        var rows: [Row] = []
        rows.reserveCapacity(stream.count / columns.count + runs.count)  // a run fills its rows, the last maybe in part
        var run = 1
        while run < runs.count {
            // "1 | A | (empty) | Năm 2025": runs that fill exactly one row with the empty
            // cells between them are one row. The stream holds those empty cells, each with
            // the line of the cell before it, so the row is one range of the stream.
            let first = runs[run].cells.lowerBound
            var end = runs[run].cells.upperBound
            while run + 1 < runs.count, end - first < columns.count,
                end - first + runs[run + 1].gap + runs[run + 1].cells.count <= columns.count
            {
                run += 1
                end = runs[run].cells.upperBound
            }
            run += 1
            // A run longer than the header holds several rows (no empty cell between them).
            var start = first
            while start < end {
                // The row's cells, by their positions in the stream (no slice of it to hold).
                let row = start..<min(start + columns.count, end)
                start += columns.count
                let texts = row.map { UTF8Text.string(UnsafeBufferPointer(rebasing: text[stream[$0].bytes])) }
                if texts == columns { continue }  // the header repeated after a page break
                rows.append(Row(cells: texts, line: stream[row.lowerBound].line))
            }
        }
        guard !rows.isEmpty else { return (nil, lastPipe + 1) }
        return ((columns, reading, rows, stream[0].line, start..<(lastPipe + 1)), lastPipe + 1)
    }

    /// The cells of a table row, `[]` for a pipe rule, or `nil` for a line that is no row
    /// (`isRow`): the pieces between tabs, or between pipes without the empty piece before
    /// the first pipe and an empty last one.
    static func cells(_ line: ArraySlice<UInt8>) -> [String]? {
        guard isRow(line) else { return nil }
        if isPipeRule(line) { return [] }
        let trimmed = line.drop { $0 == 0x20 }
        guard trimmed.first == UInt8(ascii: "|") else { return cells(of: line, between: 0x09) }
        var parts = cells(of: trimmed, between: UInt8(ascii: "|"))
        parts.removeFirst()
        if parts.last?.isEmpty == true { parts.removeLast() }
        return parts
    }

    /// The cells of the pieces of `line` between `separator` bytes (empty pieces included),
    /// the separators found by `ByteSearch`.
    private static func cells(of line: ArraySlice<UInt8>, between separator: UInt8) -> [String] {
        var cells: [String] = []
        var start = line.startIndex
        while let end = ByteSearch.firstIndex(of: separator, in: line[start...]) {
            cells.append(cell(line[start..<end]))
            start = end + 1
        }
        cells.append(cell(line[start...]))
        return cells
    }

    /// Whether a line is a pipe rule ("|---|:--|"), which `cells` reads as no cells when it
    /// reads it as a row.
    static func isPipeRule(_ line: ArraySlice<UInt8>) -> Bool {
        let trimmed = line.drop { $0 == 0x20 }
        return trimmed.first == UInt8(ascii: "|")
            && trimmed.allSatisfy { $0 == UInt8(ascii: "|") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ":") || $0 == 0x20 }
    }

    /// Whether a line is a row or a rule (which `cells` reads), told without making cells:
    /// a tab, or at least two pipe cells once an empty (spaces and "*") last one is left out.
    static func isRow(_ line: ArraySlice<UInt8>) -> Bool {
        let trimmed = line.drop { $0 == 0x20 }
        guard trimmed.first == UInt8(ascii: "|") else { return containsTab(line) }
        var pipes = 0
        var lastIsEmpty = true
        for byte in trimmed {
            if byte == UInt8(ascii: "|") {
                pipes += 1
                lastIsEmpty = true
            } else if byte != 0x20 && byte != UInt8(ascii: "*") {
                lastIsEmpty = false
            }
        }
        return pipes - (lastIsEmpty ? 1 : 0) >= 2
    }

    /// A cell's text without markdown emphasis and surrounding spaces; a cell without "*"
    /// inside is made from its bytes in place.
    static func cell(_ bytes: ArraySlice<UInt8>) -> String {
        UTF8Text.string(withoutStars(cellText(bytes)))
    }

    /// A cell's bytes without the spaces and emphasis marks around them; "*" inside is
    /// still to drop (by the caller): usually there is none, and the slice is used as is.
    @inline(__always)
    private static func cellText<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes) -> Bytes.SubSequence where Bytes.Index == Int {
        var low = bytes.startIndex
        var high = bytes.endIndex
        while low < high, bytes[low] == 0x20 || bytes[low] == UInt8(ascii: "*") { low += 1 }
        while high > low, bytes[high - 1] == 0x20 || bytes[high - 1] == UInt8(ascii: "*") { high -= 1 }
        return bytes[low..<high]
    }

    /// The bytes without their "*" (a cell's text from `cellText`): the slice itself when
    /// it holds none (sought by `ByteSearch`), as most cells do. Inlined: a call costs a
    /// retain and release of the slice's array per cell.
    @inline(__always)
    private static func withoutStars(_ text: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        guard ByteSearch.firstIndex(of: UInt8(ascii: "*"), in: text) != nil else { return text }
        return ArraySlice(text.filter { $0 != UInt8(ascii: "*") })
    }

    /// Whether a cell's line starts with "-", "–" or "•" as its first character (not
    /// followed by a combining mark, as `String.hasPrefix` compares characters).
    private static func startsListItem(_ text: some Collection<UInt8>) -> Bool {
        let length: Int
        if text.first == UInt8(ascii: "-") {
            length = 1
        } else if UTF8Text.startsWithDashOrBulletSign(text) {
            length = 3
        } else {
            return false
        }
        let next = text.dropFirst(length).first
        guard let next, next >= 0x80 || next == UInt8(ascii: "*") else { return true }
        let string = UTF8Text.string(text.filter { $0 != UInt8(ascii: "*") })
        return string.hasPrefix("-") || string.hasPrefix("–") || string.hasPrefix("•")
    }
}
