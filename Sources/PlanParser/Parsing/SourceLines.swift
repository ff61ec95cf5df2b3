/// One line of the input, cleaned for matching and output.
struct SourceLine {
    /// 1-based line number in the decoded text.
    let number: Int
    /// The line with markdown debris removed and whitespace collapsed (UTF-8).
    let text: [UInt8]
    /// True when the line has no letter or digit once cleaned (rules, "**", "|", spaces).
    let isBlank: Bool
    /// True when the raw line ends by closing emphasis ("**", "*"): the end of a
    /// paragraph in markdown exports, whatever the punctuation says.
    let closesEmphasis: Bool
    /// Offsets in `text` of spaces that stood for a column gap (a tab, three spaces or more).
    let cellBreaks: [Int]

    var string: String { UTF8Text.string(text) }

    /// An empty line in place of a line left out of the parse.
    static func blank(number: Int) -> SourceLine {
        SourceLine(number: number, text: [], isBlank: true, closesEmphasis: false, cellBreaks: [])
    }

    /// The columns of the line: split at column gaps and at " | ", each trimmed.
    var cells: [[UInt8]] {
        var cells: [[UInt8]] = []
        var start = 0
        var breaks = cellBreaks[...]
        var index = 0
        func cut(_ end: Int, next: Int) {
            let cell = Array(text[start..<end]).trimmingSpaces()
            if !cell.isEmpty { cells.append(cell) }
            start = next
        }
        while index < text.count {
            if breaks.first == index {
                breaks.removeFirst()
                cut(index, next: index + 1)
            } else if text[index] == UInt8(ascii: "|") {
                cut(index, next: index + 1)
            }
            index += 1
        }
        cut(text.count, next: text.count)
        return cells
    }
}

extension Array where Element == UInt8 {
    /// The bytes without leading and trailing ASCII spaces.
    func trimmingSpaces() -> [UInt8] {
        guard let first = firstIndex(where: { $0 != 0x20 }), let last = lastIndex(where: { $0 != 0x20 }) else { return [] }
        return Array(self[first...last])
    }
}

/// Phase 0b: splits the text into lines at "\n", "\r\n" and "\r" (byte level) and cleans
/// them, in one pass that also keeps the raw lines (for tables).
enum SourceLines {
    /// The lines of a text, cleaned and raw, by line index.
    struct Split {
        /// The cleaned lines.
        let lines: [SourceLine]
        /// The uncleaned lines.
        let raw: RawLines
        /// Whether a line ended by a line break holds only "|" (and spaces): a table
        /// converted one cell per block.
        let hasLonePipeLine: Bool
    }

    /// The lines of `text`, numbered from `firstNumber`.
    static func split(_ text: String, firstNumber: Int = 1) -> Split {
        let bytes = Array(text.utf8)
        var lines: [SourceLine] = []
        var ranges: [Range<Int>] = []
        var hasLonePipeLine = false
        bytes.withUnsafeBufferPointer { bytes in
            func add(_ range: Range<Int>) {
                ranges.append(range)
                lines.append(line(number: firstNumber + lines.count, raw: UnsafeBufferPointer(rebasing: bytes[range])))
            }
            var start = 0
            var index = 0
            let count = bytes.count
            while index < count {
                let byte = bytes[index]
                if byte == 0x0A || byte == 0x0D {
                    add(start..<index)
                    if !hasLonePipeLine { hasLonePipeLine = isLonePipe(bytes[start..<index]) }
                    index += (byte == 0x0D && index + 1 < count && bytes[index + 1] == 0x0A) ? 2 : 1
                    start = index
                } else {
                    index += 1
                }
            }
            if start < count { add(start..<count) }
        }
        return Split(lines: lines, raw: RawLines(bytes: bytes, ranges: ranges), hasLonePipeLine: hasLonePipeLine)
    }

    /// Whether the line is "|" with only spaces around it.
    private static func isLonePipe(_ line: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        guard let first = line.firstIndex(where: { $0 != 0x20 }), line[first] == UInt8(ascii: "|") else { return false }
        return line[(first + 1)...].allSatisfy { $0 == 0x20 }
    }

    private static func line(number: Int, raw: UnsafeBufferPointer<UInt8>) -> SourceLine {
        var cellBreaks: [Int] = []
        let cleaned = LineCleaner.clean(raw, cellBreaks: &cellBreaks)
        let isEndMark = cleaned.elementsEqual("./.".utf8) || cleaned.elementsEqual("/.".utf8)
        return SourceLine(
            number: number, text: cleaned,
            isBlank: !isEndMark && !UTF8Text.hasAlphanumeric(cleaned),
            closesEmphasis: LineCleaner.endsWithEmphasis(raw), cellBreaks: cellBreaks)
    }
}

/// The uncleaned lines of a text, as ranges into one buffer.
struct RawLines {
    let bytes: [UInt8]
    let ranges: [Range<Int>]

    subscript(index: Int) -> ArraySlice<UInt8> { bytes[ranges[index]] }
}
