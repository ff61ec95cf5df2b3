/// A run of text scanned for references and abbreviations: the lines of one paragraph
/// joined by one space, with the way back from a byte offset to its source line.
///
/// The way back is asked for only where a reference is found. For a unit of a few lines
/// (nearly all of them) it is walked from the lines then, and the unit holds no array of
/// its own beyond its bytes; a longer unit works out its line starts and cell breaks once,
/// so that a paragraph of thousands of lines with a reference on each stays linear.
struct TextUnit {
    let bytes: [UInt8]
    /// The lines joined, as indices into the document's lines.
    private let lineSpan: LineSpan
    /// How an offset is taken back to its line.
    private let wayBack: WayBack

    /// The way back from an offset to its line: one reference either way, so that a unit
    /// costs no more to copy than it did with the lines alone.
    private enum WayBack {
        /// A unit of at most ``walkedLines`` lines: the document's lines, walked when asked.
        case walked([SourceLine])
        /// A longer unit: its line starts and cell breaks, worked out once.
        case indexed(LineIndex)
    }

    /// Where the lines of a long unit start (offset and 1-based number, every line), and
    /// the offsets of the cell breaks of its table rows, both increasing.
    private final class LineIndex {
        var starts: [(offset: Int, line: Int)] = []
        var cellBreaks: [Int] = []

        /// The line number of the byte at `offset`: that of the last start at or before it
        /// (the first line starts at 0).
        func line(at offset: Int) -> Int {
            starts[max(starts.partitionPoint { $0.offset > offset }, 1) - 1].line
        }

        /// The first cell break at or after `offset`, or `nil`.
        func cellBreak(from offset: Int) -> Int? {
            let next = cellBreaks.partitionPoint { $0 >= offset }
            return next < cellBreaks.count ? cellBreaks[next] : nil
        }
    }

    /// The most lines a unit walks through instead of keeping a ``LineIndex``.
    private static let walkedLines = 16

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
        guard lineIndices.count > Self.walkedLines else {
            wayBack = .walked(lines)
            return
        }
        let index = LineIndex()
        index.starts.reserveCapacity(lineIndices.count)
        var offset = 0
        for line in lineIndices {
            index.starts.append((offset, lines[line].number))
            if Self.isTableRow(lines[line]) { index.cellBreaks += lines[line].cellBreaks.map { $0 + offset } }
            offset += lines[line].text.count + 1
        }
        wayBack = .indexed(index)
    }

    /// The line number of the byte at `offset` (a joining space belongs to the line before
    /// it; an offset past the end, to the last line).
    func line(at offset: Int) -> Int {
        switch wayBack {
        case .indexed(let index):
            return index.line(at: offset)
        case .walked(let lines):
            var number = 0
            var start = 0
            for line in lineSpan {
                number = lines[line].number
                start += lines[line].text.count + 1
                if offset < start { break }
            }
            return number
        }
    }

    /// The first cell break at or after `offset`, or the end of the text: a cell break is
    /// the space that stood for a column gap (a table cell border) in a table row; a phrase
    /// never runs across one.
    func cellEnd(from offset: Int) -> Int {
        switch wayBack {
        case .indexed(let index):
            return index.cellBreak(from: offset) ?? bytes.count
        case .walked(let lines):
            var start = 0
            for line in lineSpan {
                if Self.isTableRow(lines[line]) {
                    let breaks = lines[line].cellBreaks
                    let next = breaks.partitionPoint { start + $0 >= offset }
                    if next < breaks.count { return start + breaks[next] }
                }
                start += lines[line].text.count + 1
            }
            return bytes.count
        }
    }

    /// Whether `line` is a table row: two column gaps or more (one gap in running text is a
    /// stray tab or run of spaces).
    private static func isTableRow(_ line: SourceLine) -> Bool {
        line.cellBreaks.count >= 2
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

extension Array {
    /// The index of the first element for which `isAbove` holds, in an array where it holds
    /// for a suffix only (`count` when for none): a binary search.
    fileprivate func partitionPoint(where isAbove: (Element) -> Bool) -> Int {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            if isAbove(self[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
