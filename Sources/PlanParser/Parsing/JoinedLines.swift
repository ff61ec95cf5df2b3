extension Array where Element == SourceLine {
    /// The cleaned texts of the lines at `indices`, in that order, joined by one space (one
    /// between any two lines, empty ones too), written into storage of their length (known
    /// to hold valid UTF-8 when the lines are: they are whole scalars, the spaces ASCII).
    func joinedText(_ indices: some Collection<Int>) -> ByteView {
        ByteStorage.joining(indices.lazy.map { self[$0].text }, separator: 0x20)
    }

    /// ``joinedText(_:)`` written into `storage`, which must have room for it (the lines'
    /// lengths and a byte between two).
    func joinedText(_ indices: some Collection<Int>, into storage: ByteStorage) -> ByteView {
        withUnsafeBufferPointer { lines in
            storage.append(joining: indices.lazy.map { index in
                // The buffer's subscript is unchecked in release builds: the index is checked here.
                precondition(index >= 0 && index < lines.count, "a line index outside the lines")
                return lines[index].text
            }, separator: 0x20)
        }
    }
}
