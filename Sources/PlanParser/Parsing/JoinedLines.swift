extension Array where Element == SourceLine {
    /// The cleaned texts of the lines at `indices`, in that order, joined by one space (one
    /// between any two lines, empty ones too). The length is counted first; the texts are
    /// written into temporary room, read through buffers, and the room is copied once into
    /// an array of that length (cheaper than growing an array).
    func joinedText(_ indices: some Collection<Int>) -> [UInt8] {
        withUnsafeBufferPointer { lines in
            var length = -1
            for index in indices {
                // The buffer's subscript is unchecked in release builds: the indices are checked here, once.
                precondition(index >= 0 && index < lines.count, "a line index outside the lines")
                length += 1 + lines[index].text.count
            }
            guard length > 0 else { return [] }
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: length) { room in
                var end = 0
                var isFirst = true
                for index in indices {
                    if !isFirst {
                        room[end] = 0x20
                        end += 1
                    }
                    isFirst = false
                    lines[index].text.withUnsafeBufferPointer { room.copy($0, at: &end) }
                }
                return [UInt8](UnsafeBufferPointer(rebasing: room[..<end]))
            }
        }
    }
}
