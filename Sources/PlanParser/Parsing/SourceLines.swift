/// One line of the input, cleaned for matching and output.
struct SourceLine {
    /// 1-based line number in the decoded text.
    let number: Int
    /// The line with markdown debris removed and whitespace collapsed (UTF-8): a view of
    /// the storage that all the document's lines are written into (``SourceLines/split(_:isValidUTF8:)``).
    let text: ByteView
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
        SourceLine(number: number, text: ByteView(), isBlank: true, closesEmphasis: false, cellBreaks: [])
    }

    /// The columns of the line: split at column gaps and at " | ", each trimmed, each
    /// copied (only the header and the tail read cells).
    var cells: [[UInt8]] {
        var cells: [[UInt8]] = []
        forEachCell { cells.append($0) }
        return cells
    }

    /// Whether `accepts` says yes to every cell of the line (``cells``), asked in order
    /// until it says no. No array of cells is made: each cell is copied alone.
    func allCells(_ accepts: ([UInt8]) -> Bool) -> Bool {
        if isOneCell { return accepts(text.array) }
        return !containsPiece { piece in
            let cell = text[piece].trimmingSpaces()
            return !cell.isEmpty && !accepts(Array(cell))
        }
    }

    /// Calls `body` with each cell of the line (``cells``), in order, as ``allCells(_:)``
    /// reads them.
    func forEachCell(_ body: ([UInt8]) -> Void) {
        _ = allCells { cell in
            body(cell)
            return true
        }
    }

    /// Calls `body` with the bytes of each cell of the line (``cells``, in order, empty ones
    /// skipped), read in place: a reader folds a cell there and copies the line's cells only
    /// when one is a field.
    func forEachCellInPlace(_ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        text.withUnsafeBufferPointer { bytes in
            _ = containsPiece { piece in
                let cell = bytes[piece].trimmingSpaces()
                if !cell.isEmpty { body(UnsafeBufferPointer(rebasing: cell)) }
                return false
            }
        }
    }

    /// Whether the line is one cell, its text (not empty, no column gap, no "|", no space
    /// at its ends to trim).
    private var isOneCell: Bool {
        guard cellBreaks.isEmpty, let first = text.first, first != 0x20, text.last != 0x20 else { return false }
        return ByteSearch.firstOffset(of: UInt8(ascii: "|"), in: text, from: 0, to: text.count) == nil
    }

    /// Whether `found` says yes to a piece of the line between column gaps and "|"
    /// (untrimmed, empty ones too), asked in order until it does. Each "|" is found by
    /// ``ByteSearch``.
    func containsPiece(where found: (Range<Int>) -> Bool) -> Bool {
        var nextBreak = 0
        var start = 0
        while true {
            let pipe = ByteSearch.firstOffset(of: UInt8(ascii: "|"), in: text, from: start, to: text.count) ?? text.count
            while nextBreak < cellBreaks.count, cellBreaks[nextBreak] < start { nextBreak += 1 }
            let gap = nextBreak < cellBreaks.count ? cellBreaks[nextBreak] : text.count
            let end = min(pipe, gap)
            if found(start..<end) { return true }
            guard end < text.count else { return false }
            start = end + 1
        }
    }
}

/// Phase 0b: splits the text into lines at "\n", "\r\n" and "\r" (byte level) and cleans
/// them, in one pass that also keeps the raw lines (for tables). A line is scanned sixteen
/// bytes at a time to find its end and to tell whether it needs ``LineCleaner`` at all
/// (most lines only need their spaces trimmed); whether it is blank is decided from the
/// trimmed or cleaned text.
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

        /// The split of the text of the lines `range` alone (from the first line's start to
        /// the last line's end), taken from this one: the same lines, numbers and raw
        /// ranges. That text ends with the last line's bytes, so an empty last line is not
        /// one of its lines, and the last line is followed by no line break.
        func lines(_ range: Range<Int>) -> Split {
            precondition(!range.isEmpty && range.upperBound <= lines.count, "a range of lines of the split")
            let kept = raw.ranges[range.upperBound - 1].isEmpty ? range.dropLast() : range
            let hasLonePipeLine = raw.bytes.withUnsafeBufferPointer { bytes in
                raw.ranges[range.dropLast()].contains { SourceLines.isLonePipe(UnsafeBufferPointer(rebasing: bytes[$0])) }
            }
            return Split(lines: Array(lines[kept]), raw: RawLines(bytes: raw.bytes, ranges: Array(raw.ranges[kept]), firstNumber: lines[kept.lowerBound].number),
                         hasLonePipeLine: hasLonePipeLine)
        }
    }

    /// The lines of the UTF-8 `bytes`, numbered from 1. Their texts, trimmed or cleaned, are
    /// written one after the other into one storage (never longer than `bytes`), of which
    /// each line's text is a view. `isValidUTF8`: the bytes are known to be valid UTF-8
    /// (a ``DecodedSource``'s), and so are the lines: trimming and cleaning remove whole
    /// scalars (ASCII markup, spaces, invisible scalars), never part of one.
    static func split(_ bytes: [UInt8], isValidUTF8: Bool) -> Split {
        var lines: [SourceLine] = []
        var ranges: [Range<Int>] = []
        // Room for a line per 12 bytes (prose lines average about 40, tables and lists of
        // short lines down to 14): texts almost never regrow the arrays.
        lines.reserveCapacity(bytes.count / 12 + 1)
        ranges.reserveCapacity(bytes.count / 12 + 1)
        let storage = ByteStorage(capacity: bytes.count, holdsValidUTF8: isValidUTF8)
        var hasLonePipeLine = false
        var cleaner = LineCleaner()
        let search = FlaggedByteSearch()
        bytes.withUnsafeBufferPointer { bytes in
            LineByte.classes.withUnsafeBufferPointer { classes in
                let count = bytes.count
                var start = 0
                while start < count {
                    // An empty line (between paragraphs, the commonest line) is not scanned.
                    let isEmpty = bytes[start] == 0x0A || bytes[start] == 0x0D
                    var (index, needsCleaning) = isEmpty ? (start, false) : plainPrefixEnd(bytes, from: start, classes: classes, search: search)
                    // The rest of a line to be cleaned is only searched for its end.
                    if needsCleaning { index = ByteSearch.firstOffset(ofEither: 0x0A, or: 0x0D, in: bytes, from: index) }
                    let raw = UnsafeBufferPointer(rebasing: bytes[start..<index])
                    ranges.append(start..<index)
                    let number = lines.count + 1
                    if !needsCleaning {
                        lines.append(plainLine(number: number, raw: raw, storage: storage))
                    } else if isLonePipe(raw) {
                        // A lone "|" (of a table converted one cell per block) is cleaned to nothing.
                        lines.append(.blank(number: number))
                        if index < count { hasLonePipeLine = true }
                    } else {
                        lines.append(cleanedLine(number: number, raw: raw, cleaner: &cleaner, storage: storage))
                    }
                    if index < count {
                        index += bytes[index] == 0x0D && index + 1 < count && bytes[index + 1] == 0x0A ? 2 : 1
                    }
                    start = index
                }
            }
        }
        return Split(lines: lines, raw: RawLines(bytes: bytes, ranges: ranges), hasLonePipeLine: hasLonePipeLine)
    }

    /// Where the line starting at `start` stops being plain: at its line break (or the end
    /// of `bytes`), `needsCleaning` false; or at the first byte that ``LineCleaner`` must
    /// see (markup, a control, a second space in a row, an odd space or an invisible
    /// scalar), `needsCleaning` true. `classes` is ``LineByte/classes``. The bytes are read
    /// sixteen at a time (``FlaggedByteSearch``), and only the flagged ones
    /// looked at one by one; a byte at a time before the first block is whole, or after the
    /// last.
    @inline(__always)
    private static func plainPrefixEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int,
                                       classes: UnsafeBufferPointer<UInt8>,
                                       search: FlaggedByteSearch) -> (end: Int, needsCleaning: Bool) {
        let count = bytes.count
        // A block is read from `index` when 0 < index <= count - 16 (it reads the byte before
        // it too): one unsigned comparison of index - 1 with this.
        let blockLimit = UInt(bitPattern: max(count &- 16, 0))
        var index = start
        while index < count {
            if UInt(bitPattern: index &- 1) < blockLimit, let base = UnsafeRawPointer(bytes.baseAddress) {
                guard let flagged = search.firstFlagged(inBlockAt: index, of: base) else {
                    index &+= 16
                    continue
                }
                index = flagged
            }
            let kind = classes[Int(bytes[index])]
            if kind != LineByte.quiet {
                if kind & LineByte.lineBreak != 0 { return (index, false) }
                let isPlain = kind & LineByte.space != 0 ? index == start || bytes[index &- 1] != 0x20
                    : kind & LineByte.spaceLead != 0 && !LineCleaner.isSpaceOrInvisible(bytes, at: index)
                if !isPlain { return (index, true) }
            }
            index &+= 1
        }
        return (index, false)
    }

    /// Whether the line is "|" with only spaces around it.
    private static func isLonePipe(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = line.firstIndex(where: { $0 != 0x20 }), line[first] == UInt8(ascii: "|") else { return false }
        return line[(first + 1)...].allSatisfy { $0 == 0x20 }
    }

    /// A line that needs no cleaning but the trimming of its spaces, its text written into
    /// `storage`.
    private static func plainLine(number: Int, raw: UnsafeBufferPointer<UInt8>, storage: ByteStorage) -> SourceLine {
        var start = 0
        var end = raw.count
        while start < end, raw[start] == 0x20 { start += 1 }
        while end > start, raw[end - 1] == 0x20 { end -= 1 }
        // An empty line, common between paragraphs, needs no copy nor test.
        if start == end { return .blank(number: number) }
        let text = UnsafeBufferPointer(rebasing: raw[start..<end])
        let offset = storage.end
        storage.append(text)
        return SourceLine(number: number, text: storage.view(from: offset), isBlank: isBlank(text), closesEmphasis: false, cellBreaks: [])
    }

    /// A line with markdown, controls or odd spaces, cleaned by `cleaner` into `storage`.
    private static func cleanedLine(number: Int, raw: UnsafeBufferPointer<UInt8>, cleaner: inout LineCleaner, storage: ByteStorage) -> SourceLine {
        var cellBreaks: [Int] = []
        let cleaned = cleaner.clean(raw, into: storage, cellBreaks: &cellBreaks)
        return SourceLine(
            number: number, text: cleaned,
            isBlank: cleaned.withUnsafeBufferPointer(isBlank),
            closesEmphasis: LineCleaner.endsWithEmphasis(raw), cellBreaks: cellBreaks)
    }

    /// Whether the cleaned line has no letter or digit and is no end mark. An ASCII letter
    /// or digit, most often among the first eight bytes (tested at once, so that where it
    /// stands costs no branch), decides before any scalar is decoded; scalars are decoded
    /// only when the line has some beyond ASCII.
    @inline(__always)
    private static func isBlank(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        if text.count >= 8, let start = UnsafeRawPointer(text.baseAddress),
            holdsASCIILetterOrDigit(UInt64(littleEndian: start.loadUnaligned(as: UInt64.self)))
        {
            return false
        }
        var isASCII = true
        for byte in text {
            if byte.isASCIILetter || byte.isASCIIDigit { return false }
            if byte >= 0x80 { isASCII = false }
        }
        return !isEndMark(text) && (isASCII || !UTF8Text.hasAlphanumeric(text))
    }

    /// Whether one of the eight bytes of `word` is an ASCII letter (``ByteLanes/asciiLetters(_:)``)
    /// or digit: a byte b below 0x80 is at least "0" when b + 0x50 sets its high bit, and at
    /// most "9" when b + 0x46 does not (no sum carries into the next byte).
    @inline(__always)
    private static func holdsASCIILetterOrDigit(_ word: UInt64) -> Bool {
        let low7 = word & ByteLanes.lowBits
        let digits = (low7 &+ 0x5050_5050_5050_5050) & ~(low7 &+ 0x4646_4646_4646_4646) & ~word & ByteLanes.highBits
        return ByteLanes.asciiLetters(word) | digits != 0
    }

    /// Whether the cleaned line is the end mark "./." or "/." (not blank, though it has no
    /// letter).
    private static func isEndMark(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        switch text.count {
        case 2: return text[0] == UInt8(ascii: "/") && text[1] == UInt8(ascii: ".")
        case 3: return text[0] == UInt8(ascii: ".") && text[1] == UInt8(ascii: "/") && text[2] == UInt8(ascii: ".")
        default: return false
        }
    }
}

/// What ``SourceLines`` needs to know of a byte, as flags: one table look-up per byte.
private enum LineByte {
    /// A byte copied as it is wherever it stands: no flag.
    static let quiet: UInt8 = 0
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

    /// The flags of each byte value.
    static let classes: [UInt8] = (0...255).map { (value: Int) -> UInt8 in
        let byte = UInt8(value)
        switch byte {
        case 0x0A, 0x0D: return lineBreak
        case 0x20: return space
        case UInt8(ascii: "#"), UInt8(ascii: "|"): return markup
        case _ where LineCleaner.isSpaceLead(byte): return spaceLead
        case _ where !LineCleaner.isPlain(byte): return markup
        default: return quiet
        }
    }
}

/// Finds, sixteen bytes at a time, the bytes that ``SourceLines`` must look at one by one:
/// those with a ``LineByte`` flag but the space's, and a space after a space. The lanes to
/// compare with are made once, when the test is made, not at each block. They must match
/// ``LineCleaner/isPlain(_:)`` and ``LineCleaner/isSpaceLead(_:)``, which define those
/// flags (a test tries every byte value against the cleaner).
private struct FlaggedByteSearch {
    private let controlBits = SIMD16<UInt8>(repeating: 0xE0), zero = SIMD16<UInt8>(repeating: 0)
    private let space = SIMD16<UInt8>(repeating: 0x20)
    private let hash = SIMD16<UInt8>(repeating: UInt8(ascii: "#")), star = SIMD16<UInt8>(repeating: UInt8(ascii: "*"))
    private let bracket = SIMD16<UInt8>(repeating: UInt8(ascii: "[")), underscore = SIMD16<UInt8>(repeating: UInt8(ascii: "_"))
    private let pipe = SIMD16<UInt8>(repeating: UInt8(ascii: "|"))
    /// The lead bytes of spaces and invisible scalars (``LineCleaner/isSpaceLead(_:)``).
    private let c2 = SIMD16<UInt8>(repeating: 0xC2), e2 = SIMD16<UInt8>(repeating: 0xE2)
    private let e3 = SIMD16<UInt8>(repeating: 0xE3), ef = SIMD16<UInt8>(repeating: 0xEF)

    /// The offset of the first flagged byte of the sixteen at `offset` of `start` (the
    /// byte before `offset` is read too, for a space after a space), or `nil`.
    @inline(__always)
    func firstFlagged(inBlockAt offset: Int, of start: UnsafeRawPointer) -> Int? {
        let block = start.loadUnaligned(fromByteOffset: offset, as: SIMD16<UInt8>.self)
        let before = start.loadUnaligned(fromByteOffset: offset &- 1, as: SIMD16<UInt8>.self)
        let controls = (block & controlBits) .== zero
        let markup = (block .== hash) .| (block .== star) .| (block .== bracket) .| (block .== underscore) .| (block .== pipe)
        let spaceLeads = (block .== c2) .| (block .== e2) .| (block .== e3) .| (block .== ef)
        let doubleSpaces = (block .== space) .& (before .== space)
        return ByteSearch.firstLane(of: controls .| markup .| spaceLeads .| doubleSpaces, at: offset)
    }
}

/// The uncleaned lines of a text, as ranges into one buffer (which may hold more text
/// around them: an attached document's lines are ranges of its parent's buffer).
struct RawLines {
    let bytes: [UInt8]
    let ranges: [Range<Int>]
    /// The 1-based number of the first line in the decoded text (an attached document's
    /// lines keep their numbers).
    var firstNumber = 1

    /// The 1-based number of the line at `index` in the decoded text.
    func number(of index: Int) -> Int { firstNumber + index }

    subscript(index: Int) -> ArraySlice<UInt8> { bytes[ranges[index]] }
}
