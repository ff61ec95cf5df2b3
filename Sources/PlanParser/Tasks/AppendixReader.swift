/// Reads the appendices after the signature: each starts at a heading ("DANH MỤC", "PHỤ
/// LỤC", "BIỂU", "HƯỚNG DẪN", the type line of an attached document), followed by its
/// title (the lines up to "(Kèm theo ...)" or the first table) and the "(Kèm theo ...)"
/// line, then its tables.
struct AppendixReader {
    let lines: [SourceLine]
    let tables: TableReader

    /// The line ranges of the appendices in `range`, each from its heading. The lines are
    /// read in place, through a buffer of the array that holds them (no retain of a line's
    /// text per line).
    func segments(in range: Range<Int>) -> [Range<Int>] {
        // The lines are read through an unchecked buffer below: their range is checked here, once.
        precondition(range.lowerBound >= 0 && range.upperBound <= lines.count, "lines of the text")
        var starts: [Int] = []
        var previous: Int?
        lines.withUnsafeBufferPointer { lines in
            for index in range where !lines[index].isBlank {
                defer { previous = index }
                // A heading right under another ("PHỤ LỤC" / "DANH MỤC CÁC NHIỆM VỤ ...") is its title.
                let isStart = starts.isEmpty || (previous != starts.last && lines[index].text.withBytesKeptAliveByCaller { text in
                    TailLocator.isAppendixHeading(text) && !TableReader.isRow(tables.raw[index]) && !Self.isTableCell(text)
                })
                if isStart { starts.append(index) }
            }
        }
        return starts.indices.map { position in
            starts[position]..<(position + 1 < starts.count ? starts[position + 1] : range.upperBound)
        }
    }

    /// An appendix as read, with the lines of its text (``Appendix/text``), which the
    /// ledger gives to it.
    struct ReadAppendix {
        var appendix: Appendix
        /// The indices of the lines joined into `appendix.text`.
        var textLines: [Int]
        /// The bytes of `appendix.text` (empty when it is `nil`).
        var text: ByteView
    }

    /// The appendices of `segments`, and their tables with the line of each row (for the
    /// tasks).
    func appendices(_ segments: [Range<Int>]) -> (appendices: [ReadAppendix], tables: [(columns: [String], rows: [TableReader.Row])]) {
        var appendices: [ReadAppendix] = []
        var found: [(columns: [String], rows: [TableReader.Row])] = []
        for segment in segments {
            let tables = tables.tables(in: segment)
            found += tables.map { ($0.columns, $0.rows) }
            appendices.append(appendix(segment, tables: tables))
        }
        return (appendices, found)
    }

    /// Whether the appendix in `segment` is a whole document: headed by a type name ("KẾ
    /// HOẠCH", "QUY CHẾ"), or by its own issuer and motto with a type name below them, and
    /// holding at least two numbered sections.
    func isAttachedDocument(_ segment: Range<Int>) -> Bool {
        // The first ten lines that are not blank, in room made for them at once.
        var top: [Int] = []
        top.reserveCapacity(10)
        for index in segment where !lines[index].isBlank {
            top.append(index)
            if top.count == 10 { break }
        }
        let isTypeName = { (index: Int) in
            DocumentTypes.mayStartWithName(lines[index].text) && DocumentTypes.type(named: Folding.key(lines[index].text)) != nil
        }
        // The first line a type name, or the first type name below an issuer and motto: the
        // motto is looked for only when a type name is there.
        guard let typeLine = top.first(where: isTypeName),
            typeLine == top.first || top.prefix(3).contains(where: { lines[$0].cells.contains { HeaderPhrases.isMotto(Folding.key($0)) } })
        else { return false }
        var sections = 0
        for index in (typeLine + 1)..<segment.upperBound where !lines[index].isBlank {
            guard let marker = Marker.parse(lines[index].text), !marker.isBullet else { continue }
            sections += 1
            if sections == 2 { return true }
        }
        return false
    }

    /// Whether `text` ends with ". ; : ! ?", as a sentence or a label does and a title does
    /// not; dots after dots or "…" are a form's blank to fill ("(3)……..", "năm ...").
    private static func endsWithPunctuation(_ text: ByteView) -> Bool {
        guard let last = text.last else { return false }
        if last == UInt8(ascii: ".") {
            let beforeDot = text.dropLast()
            return beforeDot.last != UInt8(ascii: ".") && !UTF8Text.endsWith(beforeDot, ellipsis)
        }
        return last == UInt8(ascii: ";") || last == UInt8(ascii: ":") || last == UInt8(ascii: "!") || last == UInt8(ascii: "?")
    }

    private static let ellipsis = Array("…".utf8)

    /// Capitals inside a table read one cell per line are no heading: a heading is short.
    private static func isTableCell(_ text: some ByteText) -> Bool {
        UTF8Text.wordCount(text) > 14
    }

    /// The appendix in `range`: its heading, title and reference line, its tables, and its
    /// text, made of every other line (forms, notes, prose between tables), so that no line
    /// of it is lost.
    private func appendix(_ range: Range<Int>, tables found: [TableReader.ReadTable<Void>]) -> ReadAppendix {
        let heading = lines[range.lowerBound]
        var titleLines: [Int] = []
        var attachedTo: String?
        // The lines after the heading that are its title or reference line.
        var headLines = range.lowerBound + 1..<range.lowerBound + 1
        for index in range.dropFirst() {
            // The first table (of any form) ends the title.
            let raw = tables.raw[index]
            if TableReader.isRow(raw) || TableReader.isLonePipe(raw) || TableReader.isNumberHeader(raw) { break }
            if lines[index].isBlank { continue }
            if TailLocator.isAttachmentReference(lines[index].text) {
                var text = lines[index].text.array
                // Wrapped over lines until its closing parenthesis (four lines at most).
                var next = index + 1
                while text.last != UInt8(ascii: ")"), next < min(range.upperBound, index + 4) {
                    if !lines[next].isBlank { text += [0x20] + lines[next].text }
                    next += 1
                }
                var inner = text[...]
                if inner.first == UInt8(ascii: "(") { inner = inner.dropFirst() }
                if inner.last == UInt8(ascii: ")") { inner = inner.dropLast() }
                attachedTo = UTF8Text.string(inner)
                headLines = headLines.lowerBound..<next
                break
            }
            // The title: up to three lines; the "(Kèm theo" line may come below it. A list
            // item, or a sentence under the title's first line, is the appendix's text (a
            // line ending in "…", a blank of a form, may be the title's).
            if titleLines.count == 3 || Marker.parse(lines[index].text) != nil
                || (!titleLines.isEmpty && Self.endsWithPunctuation(lines[index].text)) { break }
            titleLines.append(index)
            headLines = headLines.lowerBound..<index + 1
        }
        let (textLines, text) = self.text(of: headLines.upperBound..<range.upperBound, outside: found)
        let appendix = Appendix(
            heading: heading.string, title: titleLines.isEmpty ? nil : UTF8Text.string(lines.joinedText(titleLines)),
            attachedTo: attachedTo, line: heading.number,
            tables: found.map { Table(columns: $0.columns, rows: $0.rows.map(\.cells), line: $0.line) },
            text: text.isEmpty ? nil : UTF8Text.string(text))
        return ReadAppendix(appendix: appendix, textLines: textLines, text: text)
    }

    /// The text of the lines in `range` that no table of `tables` holds: each run of them
    /// between tables read into paragraphs, one paragraph per line (as a preamble is), and
    /// the indices of the lines joined.
    private func text(of range: Range<Int>, outside tables: [TableReader.ReadTable<Void>]) -> (lines: [Int], text: ByteView) {
        var runs: [Range<Int>] = []
        var start = range.lowerBound
        for table in tables where table.lines.upperBound > start {
            let tableStart = max(start, min(table.lines.lowerBound, range.upperBound))
            if tableStart > start { runs.append(start..<tableStart) }
            start = min(max(table.lines.upperBound, tableStart), range.upperBound)
        }
        if start < range.upperBound { runs.append(start..<range.upperBound) }
        let builder = ParagraphBuilder(lines: lines)
        let paragraphs = runs.flatMap { builder.paragraphs(in: $0) }
        guard !paragraphs.isEmpty else { return ([], ByteView()) }
        let text = ByteStorage.joining(paragraphs.lazy.map(\.text), separator: 0x0A)
        return (paragraphs.flatMap { Array($0.lineSpan) }, text)
    }
}
