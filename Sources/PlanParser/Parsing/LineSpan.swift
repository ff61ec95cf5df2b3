/// The lines of a paragraph, by index: the range from its first line to its last, less the
/// lines inside it that are not the paragraph's (blank lines a page break left, rarely
/// any). Most paragraphs thus need no array of indices.
struct LineSpan: Sequence {
    /// From the first line to one past the last.
    var range: Range<Int>
    /// The indices inside `range` left out, in increasing order.
    var skipped: [Int]

    /// The span of `range`, less the indices `skipped` (increasing, inside `range`).
    init(range: Range<Int>, skipped: [Int] = []) {
        self.range = range
        self.skipped = skipped
    }

    /// The span of the increasing indices `indices`.
    init(_ indices: [Int]) {
        guard let first = indices.first, let last = indices.last else {
            self.init(range: 0..<0)
            return
        }
        var skipped: [Int] = []
        var position = 0
        for index in first...last {
            if indices[position] == index { position += 1 } else { skipped.append(index) }
        }
        self.init(range: first..<(last + 1), skipped: skipped)
    }

    /// The number of lines.
    var count: Int { range.count - skipped.count }

    var underestimatedCount: Int { count }

    /// This span and `next`, a span after it, as one; the lines between them are left out.
    func joined(with next: LineSpan) -> LineSpan {
        LineSpan(range: range.lowerBound..<next.range.upperBound,
                 skipped: skipped + Array(range.upperBound..<next.range.lowerBound) + next.skipped)
    }

    func makeIterator() -> Iterator {
        Iterator(index: range.lowerBound, end: range.upperBound, skipped: skipped)
    }

    /// The indices of the span in increasing order.
    struct Iterator: IteratorProtocol {
        var index: Int
        let end: Int
        let skipped: [Int]
        /// The position in `skipped` of the next index to leave out.
        var skippedPosition = 0

        mutating func next() -> Int? {
            while index < end {
                let current = index
                index += 1
                guard skippedPosition < skipped.count, skipped[skippedPosition] == current else { return current }
                skippedPosition += 1
            }
            return nil
        }
    }
}
