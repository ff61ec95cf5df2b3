/// A run of text scanned for references and abbreviations: the lines of one paragraph
/// joined by one space, with the way back from a byte offset to its source line.
struct TextUnit {
    let bytes: [UInt8]
    /// The 1-based number of the first joined line.
    private let firstLine: Int
    /// The offset where each joined line after the first starts, with its 1-based line
    /// number; empty (no array made) for the unit of one line, most paragraphs.
    private let laterLineStarts: [(offset: Int, line: Int)]
    /// Offsets of the spaces that stood for a column gap (a table cell border) in lines with
    /// two gaps or more: a phrase never runs across one.
    let cellBreaks: [Int]

    /// The unit of a paragraph built from `lines`.
    init(_ paragraph: Paragraph, lines: [SourceLine]) {
        self.init(bytes: paragraph.text, lineIndices: paragraph.lineSpan, lines: lines)
    }

    /// The unit of the lines at `lineIndices`, joined.
    init(lineIndices: [Int], lines: [SourceLine]) {
        let bytes = Array(lineIndices.map { lines[$0].text }.joined(separator: [0x20]))
        self.init(bytes: bytes, lineIndices: lineIndices, lines: lines)
    }

    /// `bytes` must be the texts of the lines at `lineIndices` joined by one space.
    init(bytes: [UInt8], lineIndices: some Sequence<Int>, lines: [SourceLine]) {
        var starts: [(offset: Int, line: Int)] = []
        if lineIndices.underestimatedCount > 1 { starts.reserveCapacity(lineIndices.underestimatedCount - 1) }
        var breaks: [Int] = []
        var firstLine = 0
        var offset = 0
        for index in lineIndices {
            if offset == 0 { firstLine = lines[index].number } else { starts.append((offset, lines[index].number)) }
            // A table row has two column gaps or more; one gap in running text is a stray
            // tab or run of spaces.
            if lines[index].cellBreaks.count >= 2 { breaks += lines[index].cellBreaks.map { $0 + offset } }
            offset += lines[index].text.count + 1
        }
        self.bytes = bytes
        self.firstLine = firstLine
        self.laterLineStarts = starts
        self.cellBreaks = breaks
    }

    /// The line number of the byte at `offset`.
    func line(at offset: Int) -> Int {
        // The last start at or before `offset`, searched among the later lines.
        var low = 0
        var high = laterLineStarts.count
        while low < high {
            let middle = (low + high) / 2
            if laterLineStarts[middle].offset <= offset { low = middle + 1 } else { high = middle }
        }
        return low == 0 ? firstLine : laterLineStarts[low - 1].line
    }

    /// The first cell break at or after `offset`, or the end of the text.
    func cellEnd(from offset: Int) -> Int {
        cellBreaks.first { $0 >= offset } ?? bytes.count
    }

    /// Words are cut at this many bytes, so that text without spaces stays linear.
    private static let longestWord = 64

    /// The next run of non-space bytes at or after `index`, before `limit`.
    func word(from index: Int, limit: Int) -> Range<Int>? {
        var start = index
        while start < limit, bytes[start] == 0x20 { start += 1 }
        guard start < limit else { return nil }
        var end = start
        let cut = min(limit, start + Self.longestWord)
        while end < cut, bytes[end] != 0x20 { end += 1 }
        return start..<end
    }

    /// The run of non-space bytes that ends before `index` (spaces skipped).
    func previousWord(before index: Int) -> Range<Int>? {
        var end = index
        while end > 0, bytes[end - 1] == 0x20 { end -= 1 }
        guard end > 0 else { return nil }
        var start = end
        let cut = max(0, end - Self.longestWord)
        while start > cut, bytes[start - 1] != 0x20 { start -= 1 }
        return start..<end
    }
}
