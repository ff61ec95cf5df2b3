/// A run of text scanned for references and abbreviations: the lines of one paragraph
/// joined by one space, with the way back from a byte offset to its source line.
struct TextUnit {
    let bytes: [UInt8]
    /// The offset where each joined line starts, with its 1-based line number.
    private let lineStarts: [(offset: Int, line: Int)]
    /// Offsets of the spaces that stood for a column gap (a table cell border) in lines with
    /// two gaps or more: a phrase never runs across one.
    let cellBreaks: [Int]

    /// The unit of a paragraph built from `lines`.
    init(_ paragraph: Paragraph, lines: [SourceLine]) {
        self.init(bytes: paragraph.text, lineIndices: paragraph.lineIndices, lines: lines)
    }

    /// The unit of the lines at `lineIndices`, joined.
    init(lineIndices: [Int], lines: [SourceLine]) {
        let bytes = Array(lineIndices.map { lines[$0].text }.joined(separator: [0x20]))
        self.init(bytes: bytes, lineIndices: lineIndices, lines: lines)
    }

    /// `bytes` must be the texts of the lines at `lineIndices` joined by one space.
    init(bytes: [UInt8], lineIndices: [Int], lines: [SourceLine]) {
        var starts: [(offset: Int, line: Int)] = []
        var breaks: [Int] = []
        var offset = 0
        for index in lineIndices {
            starts.append((offset, lines[index].number))
            // A table row has two column gaps or more; one gap in running text is a stray
            // tab or run of spaces.
            if lines[index].cellBreaks.count >= 2 { breaks += lines[index].cellBreaks.map { $0 + offset } }
            offset += lines[index].text.count + 1
        }
        self.bytes = bytes
        self.lineStarts = starts
        self.cellBreaks = breaks
    }

    /// The line number of the byte at `offset`.
    func line(at offset: Int) -> Int {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle].offset <= offset { low = middle } else { high = middle - 1 }
        }
        return lineStarts[low].line
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
