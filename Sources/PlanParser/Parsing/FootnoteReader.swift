/// Reads the footnotes that Word exports print after the last page: a block at the end of
/// the text of lines starting "[1]", "[2]", ... in sequence, each followed by at most a
/// few lines that continue it ("[2] Cụ" / "thể: giảm thuế ..."). A "Nơi nhận" or signing
/// line after "[1]" means the list is part of the body (references before the tail).
struct FootnoteReader {
    let lines: [SourceLine]

    /// How many non-blank lines one note may run over.
    private static let maximumLines = 12

    /// The footnote block: where it starts, and its notes.
    struct Block {
        struct Note {
            var number: String
            var text: [UInt8]
            var line: Int
            /// The indices of the note's lines.
            var indices: [Int]
        }

        var start: Int
        var notes: [Note]

        var footnotes: [Footnote] { notes.map { Footnote(number: $0.number, text: UTF8Text.string($0.text), line: $0.line) } }
    }

    /// The block from the last line starting "[1]" after `start` to the end, when the marks
    /// that follow run in sequence and no note runs long or over a tail line; else `nil`.
    func block(after start: Int) -> Block? {
        guard start < lines.count, let first = lastFirstMark(from: start) else { return nil }
        var notes: [Block.Note] = []
        for index in first..<lines.count where !lines[index].isBlank {
            let text = lines[index].text
            if let mark = Self.mark(text), mark.value == notes.count + 1 {
                notes.append(Block.Note(number: String(mark.value), text: Array(text[mark.end...].trimmingSpaces()),
                                        line: lines[index].number, indices: [index]))
                continue
            }
            let last = notes.count - 1
            guard notes[last].indices.count < Self.maximumLines, !TailLocator.isRecipientsHeading(text), !TailLocator.isSigningLine(text)
            else { return nil }
            if !notes[last].text.isEmpty { notes[last].text.append(0x20) }
            notes[last].text += text
            notes[last].indices.append(index)
        }
        return Block(start: first, notes: notes)
    }

    /// The index of the last line at or after `start` that starts with the mark "[1]", if
    /// any. Every line is passed, from the end: they are read through a buffer, and only
    /// those that start with "[" are parsed.
    private func lastFirstMark(from start: Int) -> Int? {
        lines.withUnsafeBufferPointer { lines in
            var index = lines.count - 1
            while index >= start {
                if lines[index].text.first == UInt8(ascii: "["), Self.mark(lines[index].text)?.value == 1 { return index }
                index -= 1
            }
            return nil
        }
    }

    /// "[12]" at the start of a line, before a space or the line end: its value and the
    /// offset after it.
    private static func mark(_ text: some ByteText) -> (value: Int, end: Int)? {
        guard let mark = FootnoteMark.parse(text, at: 0), mark.end == text.count || text[mark.end] == 0x20 else { return nil }
        return mark
    }
}
