/// A run of text scanned for references and abbreviations: the lines of one paragraph
/// joined by one space, with the way back from a byte offset to its source line.
///
/// The way back is asked for only where a reference is found, a few hundred times in a
/// document of thousands of units: it is worked out then from the lines, and a unit holds
/// no array of its own beyond its bytes.
struct TextUnit {
    let bytes: [UInt8]
    /// The lines joined, as indices into `lines`.
    private let lineSpan: LineSpan
    /// The document's lines.
    private let lines: [SourceLine]

    /// The unit of a paragraph built from `lines`.
    init(_ paragraph: Paragraph, lines: [SourceLine]) {
        self.init(bytes: paragraph.text, lineIndices: paragraph.lineSpan, lines: lines)
    }

    /// The unit of the lines at `lineIndices` (increasing), joined.
    init(lineIndices: [Int], lines: [SourceLine]) {
        let bytes = Array(lineIndices.map { lines[$0].text }.joined(separator: [0x20]))
        self.init(bytes: bytes, lineIndices: LineSpan(lineIndices), lines: lines)
    }

    /// `bytes` must be the texts of the lines at `lineIndices` joined by one space.
    init(bytes: [UInt8], lineIndices: LineSpan, lines: [SourceLine]) {
        self.bytes = bytes
        self.lineSpan = lineIndices
        self.lines = lines
    }

    /// The line number of the byte at `offset` (a joining space belongs to the line before
    /// it; an offset past the end, to the last line).
    func line(at offset: Int) -> Int {
        var number = 0
        var start = 0
        for index in lineSpan {
            number = lines[index].number
            start += lines[index].text.count + 1
            if offset < start { break }
        }
        return number
    }

    /// The first cell break at or after `offset`, or the end of the text: a cell break is
    /// the space that stood for a column gap (a table cell border) in a line with two gaps
    /// or more (one gap in running text is a stray tab or run of spaces); a phrase never
    /// runs across one.
    func cellEnd(from offset: Int) -> Int {
        var start = 0
        for index in lineSpan {
            if lines[index].cellBreaks.count >= 2,
                let cellBreak = lines[index].cellBreaks.first(where: { start + $0 >= offset })
            {
                return start + cellBreak
            }
            start += lines[index].text.count + 1
        }
        return bytes.count
    }

    /// Words are cut at this many bytes, so that text without spaces stays linear.
    private static let longestWord = 64

    /// The next run of non-space bytes at or after `index`, before `limit` (at most the
    /// end). Scanned through a buffer: callers ask for every word of a reference.
    func word(from index: Int, limit: Int) -> Range<Int>? {
        precondition(index >= 0 && limit <= bytes.count, "a word lies within the text")
        return bytes.withUnsafeBufferPointer { bytes in
            var start = index
            while start < limit, bytes[start] == 0x20 { start += 1 }
            guard start < limit else { return nil }
            var end = start
            let cut = min(limit, start + Self.longestWord)
            while end < cut, bytes[end] != 0x20 { end += 1 }
            return start..<end
        }
    }

    /// The run of non-space bytes that ends before `index` (at most the end; spaces
    /// skipped). Scanned through a buffer, as ``word(from:limit:)``.
    func previousWord(before index: Int) -> Range<Int>? {
        precondition(index <= bytes.count, "a word lies within the text")
        return bytes.withUnsafeBufferPointer { bytes in
            var end = index
            while end > 0, bytes[end - 1] == 0x20 { end -= 1 }
            guard end > 0 else { return nil }
            var start = end
            let cut = max(0, end - Self.longestWord)
            while start > cut, bytes[start - 1] != 0x20 { start -= 1 }
            return start..<end
        }
    }
}
