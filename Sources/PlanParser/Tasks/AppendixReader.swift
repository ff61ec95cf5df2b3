/// Reads the appendices after the signature: each starts at a heading ("DANH MỤC", "PHỤ
/// LỤC", "BIỂU", "HƯỚNG DẪN", the type line of an attached document), followed by its
/// title (the lines up to "(Kèm theo ...)" or the first table) and the "(Kèm theo ...)"
/// line, then its tables.
struct AppendixReader {
    let lines: [SourceLine]
    let tables: TableReader

    /// The appendices between `start` and the end of the document, and their tables with
    /// the line of each row (for the tasks).
    func appendices(from start: Int) -> (appendices: [Appendix], tables: [(columns: [String], rows: [TableReader.Row])]) {
        var starts: [Int] = []
        for index in start..<lines.count where !lines[index].isBlank {
            if starts.isEmpty || (TailLocator.isAppendixHeading(lines[index].text) && TableReader.cells(tables.raw[index]) == nil) {
                starts.append(index)
            }
        }
        var appendices: [Appendix] = []
        var found: [(columns: [String], rows: [TableReader.Row])] = []
        for position in starts.indices {
            let end = position + 1 < starts.count ? starts[position + 1] : lines.count
            let tables = tables.tables(in: starts[position]..<end)
            found += tables.map { ($0.columns, $0.rows) }
            appendices.append(appendix(starts[position]..<end, tables: tables.map { Table(columns: $0.columns, rows: $0.rows.map(\.cells), line: $0.line) }))
        }
        return (appendices, found)
    }

    private func appendix(_ range: Range<Int>, tables found: [Table]) -> Appendix {
        let heading = lines[range.lowerBound]
        var title: [String] = []
        var attachedTo: String?
        for index in range.dropFirst() where !lines[index].isBlank {
            if TableReader.cells(tables.raw[index]) != nil { break }
            let text = lines[index].text
            if TailLocator.isAttachmentReference(text) {
                var inner = text[...]
                if inner.first == UInt8(ascii: "(") { inner = inner.dropFirst() }
                if inner.last == UInt8(ascii: ")") { inner = inner.dropLast() }
                attachedTo = UTF8Text.string(inner)
                break
            }
            title.append(lines[index].string)
            if title.count == 3 { break }
        }
        return Appendix(heading: heading.string, title: title.isEmpty ? nil : title.joined(separator: " "),
                        attachedTo: attachedTo, line: heading.number, tables: found)
    }
}
