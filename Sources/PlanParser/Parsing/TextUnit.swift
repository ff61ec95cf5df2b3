/// A run of text scanned for references and abbreviations: the lines of one paragraph
/// joined by one space, with the way back from a byte offset to its source line.
///
/// The way back is asked for only where a reference is found. For a unit of a few lines
/// (nearly all of them) it is walked from the lines then, and the unit holds no array of
/// its own beyond its bytes; a longer unit works out its line starts and cell breaks once,
/// so that a paragraph of thousands of lines with a reference on each stays linear.
struct TextUnit {
    let bytes: ByteView
    /// How an offset is taken back to its line.
    private let wayBack: WayBack

    /// The way back from an offset to its line: one reference either way (the lines of a
    /// short unit are kept as a range and a mask, not as a ``LineSpan`` and its array), so
    /// that a unit costs one reference besides its bytes to copy.
    private enum WayBack {
        /// A unit of at most ``walkedLines`` lines within ``walkedRange`` lines: the
        /// document's lines, walked when asked, from the range's lines those whose bit in
        /// `skipped` (bit 0: the range's first line) is clear.
        case walked([SourceLine], range: Range<Int>, skipped: UInt64)
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

    /// The widest range of lines (from the first to the last, the ones left out included)
    /// a walked unit spans: its lines left out fit the bits of one `UInt64`.
    private static let walkedRange = 64

    /// The unit of a paragraph built from `lines`.
    init(_ paragraph: Paragraph, lines: [SourceLine]) {
        self.init(bytes: paragraph.text, lineIndices: paragraph.lineSpan, lines: lines)
    }

    /// The unit of the lines at `lineIndices` (increasing), joined.
    init(lineIndices: [Int], lines: [SourceLine]) {
        let bytes = lines.joinedText(lineIndices)
        self.init(bytes: bytes, lineIndices: LineSpan(lineIndices), lines: lines)
    }

    /// `bytes` must be the texts of the lines at `lineIndices` joined by one space.
    init(bytes: ByteView, lineIndices: LineSpan, lines: [SourceLine]) {
        self.bytes = bytes
        guard lineIndices.count > Self.walkedLines || lineIndices.range.count > Self.walkedRange else {
            var skipped: UInt64 = 0
            for line in lineIndices.skipped { skipped |= 1 << UInt64(line - lineIndices.range.lowerBound) }
            wayBack = .walked(lines, range: lineIndices.range, skipped: skipped)
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
        case .walked(let lines, let range, let skipped):
            var number = 0
            var start = 0
            for line in range where skipped & 1 << UInt64(line - range.lowerBound) == 0 {
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
        case .walked(let lines, let range, let skipped):
            var start = 0
            for line in range where skipped & 1 << UInt64(line - range.lowerBound) == 0 {
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
            // The word's end, found by blocks (a loop a byte at a time mispredicted its exit
            // at nearly every word).
            let cut = min(limit, start + Self.longestWord)
            return start..<(ByteSearch.firstOffset(of: 0x20, in: bytes, from: start, to: cut) ?? cut)
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
            // The word starts after the last space before its end, or at the cut.
            let cut = max(0, end - Self.longestWord)
            return (ByteSearch.lastOffset(of: 0x20, in: bytes, from: cut, to: end).map { $0 &+ 1 } ?? cut)..<end
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
