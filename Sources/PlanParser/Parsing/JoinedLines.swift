extension Array where Element == SourceLine {
    /// The cleaned texts of the lines at `indices`, in that order, joined by one space (one
    /// between any two lines, empty ones too). The length is counted first, and the texts
    /// are written, read through buffers, into storage of that length (known to hold valid UTF-8 when the lines are).
    func joinedText(_ indices: some Collection<Int>) -> ByteView {
        withUnsafeBufferPointer { lines in
            var length = -1
            for index in indices {
                // The buffer's subscript is unchecked in release builds: the indices are checked here, once.
                precondition(index >= 0 && index < lines.count, "a line index outside the lines")
                length += 1 + lines[index].text.count
            }
            guard length > 0 else { return ByteView() }
            // Valid UTF-8 when every line is: the lines are whole scalars, the spaces ASCII.
            let storage = ByteStorage(capacity: length, holdsValidUTF8: indices.allSatisfy { lines[$0].text.holdsValidUTF8 })
            var isFirst = true
            for index in indices {
                if !isFirst { storage.append(0x20) }
                isFirst = false
                lines[index].text.withUnsafeBufferPointer(storage.append)
            }
            return storage.view(from: 0)
        }
    }
}
