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
/// them, in one pass that also keeps the raw lines (for tables). Each line's bytes are
/// read once to find its end and to tell whether it needs ``LineCleaner`` at all: most
/// lines only need their spaces trimmed.
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

    /// The lines of the UTF-8 `bytes`, numbered from `firstNumber`.
    static func split(_ bytes: [UInt8], firstNumber: Int = 1) -> Split {
        var lines: [SourceLine] = []
        var ranges: [Range<Int>] = []
        var hasLonePipeLine = false
        bytes.withUnsafeBufferPointer { bytes in
            let classes = LineByte.classes
            let count = bytes.count
            var start = 0
            while start < count {
                var index = start
                var seen: UInt8 = 0
                var previous: UInt8 = 0
                var needsCleaning = false
                while index < count {
                    let kind = classes[Int(bytes[index])]
                    if kind & LineByte.attention != 0 {
                        if kind & LineByte.lineBreak != 0 { break }
                        if kind & LineByte.markup != 0 || kind & previous & LineByte.space != 0
                            || kind & LineByte.spaceLead != 0 && LineCleaner.isSpaceOrInvisible(bytes, at: index)
                        {
                            needsCleaning = true
                            break
                        }
                    }
                    seen |= kind
                    previous = kind
                    index += 1
                }
                // The rest of a line to be cleaned is only searched for its end.
                while needsCleaning, index < count, bytes[index] != 0x0A, bytes[index] != 0x0D { index += 1 }
                let raw = UnsafeBufferPointer(rebasing: bytes[start..<index])
                ranges.append(start..<index)
                let number = firstNumber + lines.count
                lines.append(needsCleaning ? cleanedLine(number: number, raw: raw) : plainLine(number: number, raw: raw, seen: seen))
                if index < count {
                    if needsCleaning && !hasLonePipeLine { hasLonePipeLine = isLonePipe(raw) }
                    index += bytes[index] == 0x0D && index + 1 < count && bytes[index + 1] == 0x0A ? 2 : 1
                }
                start = index
            }
        }
        return Split(lines: lines, raw: RawLines(bytes: bytes, ranges: ranges), hasLonePipeLine: hasLonePipeLine)
    }

    /// Whether the line is "|" with only spaces around it.
    private static func isLonePipe(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = line.firstIndex(where: { $0 != 0x20 }), line[first] == UInt8(ascii: "|") else { return false }
        return line[(first + 1)...].allSatisfy { $0 == 0x20 }
    }

    /// A line that needs no cleaning but the trimming of its spaces; `seen` is the union of
    /// its bytes' ``LineByte`` classes.
    private static func plainLine(number: Int, raw: UnsafeBufferPointer<UInt8>, seen: UInt8) -> SourceLine {
        var start = 0
        var end = raw.count
        while start < end, raw[start] == 0x20 { start += 1 }
        while end > start, raw[end - 1] == 0x20 { end -= 1 }
        let text = Array(UnsafeBufferPointer(rebasing: raw[start..<end]))
        let isBlank = seen & LineByte.asciiAlphanumeric == 0 && !isEndMark(text)
            && (seen & LineByte.nonASCII == 0 || !UTF8Text.hasAlphanumeric(text))
        return SourceLine(number: number, text: text, isBlank: isBlank, closesEmphasis: false, cellBreaks: [])
    }

    /// A line with markdown, controls or odd spaces, cleaned by ``LineCleaner``.
    private static func cleanedLine(number: Int, raw: UnsafeBufferPointer<UInt8>) -> SourceLine {
        var cellBreaks: [Int] = []
        let cleaned = LineCleaner.clean(raw, cellBreaks: &cellBreaks)
        return SourceLine(
            number: number, text: cleaned,
            isBlank: !isEndMark(cleaned) && !UTF8Text.hasAlphanumeric(cleaned),
            closesEmphasis: LineCleaner.endsWithEmphasis(raw), cellBreaks: cellBreaks)
    }

    /// Whether the cleaned line is the end mark "./." or "/." (not blank, though it has no
    /// letter).
    private static func isEndMark(_ text: [UInt8]) -> Bool {
        switch text.count {
        case 2: return text[0] == UInt8(ascii: "/") && text[1] == UInt8(ascii: ".")
        case 3: return text[0] == UInt8(ascii: ".") && text[1] == UInt8(ascii: "/") && text[2] == UInt8(ascii: ".")
        default: return false
        }
    }
}

/// What ``SourceLines`` needs to know of a byte, as flags: one table look-up per byte.
private enum LineByte {
    /// "\n" and "\r".
    static let lineBreak: UInt8 = 1
    /// The ASCII space (two in a row need cleaning).
    static let space: UInt8 = 2
    /// What ``LineCleaner`` does not copy as it is (controls, "*", "_", "["; see
    /// ``LineCleaner/isPlain(_:)``), and the signs it drops at a line's ends ("#", "|").
    static let markup: UInt8 = 4
    /// The lead byte of a space or invisible scalar (``LineCleaner/isSpaceLead(_:)``): to be
    /// looked at closer.
    static let spaceLead: UInt8 = 8
    /// Any of the flags above.
    static let attention: UInt8 = lineBreak | space | markup | spaceLead
    /// An ASCII letter or digit.
    static let asciiAlphanumeric: UInt8 = 16
    /// A byte of a non-ASCII scalar.
    static let nonASCII: UInt8 = 32

    /// The flags of each byte value.
    static let classes: [UInt8] = (0...255).map { (value: Int) -> UInt8 in
        let byte = UInt8(value)
        switch byte {
        case 0x0A, 0x0D: return lineBreak
        case 0x20: return space
        case UInt8(ascii: "#"), UInt8(ascii: "|"): return markup
        case _ where LineCleaner.isSpaceLead(byte): return spaceLead | nonASCII
        case _ where !LineCleaner.isPlain(byte): return markup
        case 0x80...: return nonASCII
        default: return byte.isASCIILetter || byte.isASCIIDigit ? asciiAlphanumeric : 0
        }
    }
}

/// The uncleaned lines of a text, as ranges into one buffer.
struct RawLines {
    let bytes: [UInt8]
    let ranges: [Range<Int>]

    subscript(index: Int) -> ArraySlice<UInt8> { bytes[ranges[index]] }
}
