/// Reads the footnotes that Word exports print after the last page: a block at the end of
/// the text of lines starting "[1]", "[2]", ... in sequence, each followed by at most a
/// few lines that continue it ("[2] Cụ" / "thể: giảm thuế ..."). A "Nơi nhận" or signing
/// line after "[1]" means the list is part of the body (references before the tail).
struct FootnoteReader {
    let lines: [SourceLine]

    /// How many non-blank lines one note may run over.
    private static let maximumLines = 12

    /// The index of the first line of the footnote block, or `lines.count` when there is
    /// none after `start`.
    func blockStart(after start: Int) -> Int {
        guard start < lines.count, let first = lines.indices[start...].last(where: { Self.mark(lines[$0].text)?.value == 1 }) else { return lines.count }
        var expected = 1
        var linesInNote = 0
        for index in first..<lines.count where !lines[index].isBlank {
            if let mark = Self.mark(lines[index].text), mark.value == expected {
                expected += 1
                linesInNote = 1
            } else {
                linesInNote += 1
                let text = lines[index].text
                if linesInNote > Self.maximumLines || TailLocator.isRecipientsHeading(text) || TailLocator.isSigningLine(text) {
                    return lines.count
                }
            }
        }
        return first
    }

    /// The notes of the block from `start` (see ``blockStart(after:)``), the text each of
    /// its lines lands in (for the line ledger), and the lines of each note.
    func footnotes(from start: Int) -> (footnotes: [Footnote], lineTexts: [(index: Int, text: ElementText)], lineIndices: [[Int]]) {
        var notes: [(number: String, text: [UInt8], line: Int, indices: [Int])] = []
        for index in start..<lines.count where !lines[index].isBlank {
            let text = lines[index].text
            if let mark = Self.mark(text), mark.value == notes.count + 1 {
                notes.append((String(mark.value), Array(text[mark.end...]).trimmingSpaces(), lines[index].number, [index]))
            } else if !notes.isEmpty {
                let last = notes.count - 1
                if !notes[last].text.isEmpty { notes[last].text.append(0x20) }
                notes[last].text += text
                notes[last].indices.append(index)
            }
        }
        let footnotes = notes.map { Footnote(number: $0.number, text: UTF8Text.string($0.text), line: $0.line) }
        let lineTexts = notes.flatMap { note in note.indices.map { ($0, ElementText(label: "[\(note.number)]", bytes: note.text)) } }
        return (footnotes, lineTexts, notes.map(\.indices))
    }

    /// "[12]" at the start of a line, before a space or the line end: its value and the
    /// offset after it.
    private static func mark(_ text: [UInt8]) -> (value: Int, end: Int)? {
        guard let mark = FootnoteMark.parse(text, at: 0), mark.end == text.count || text[mark.end] == 0x20 else { return nil }
        return mark
    }
}
