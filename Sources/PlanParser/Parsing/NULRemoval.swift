extension DecodedSource {
    /// Drops the NUL characters of text that is otherwise plain (debris of a broken
    /// conversion), with a `source.nul-bytes` warning naming their count and the line of
    /// the first. Line breaks are counted as `SourceLines` counts them.
    mutating func dropNULs() {
        var count = 0
        var firstLine = 1
        var line = 1
        var previous: UInt8 = 0
        for byte in utf8 {
            if byte == 0 {
                if count == 0 { firstLine = line }
                count += 1
            } else if byte == 0x0A && previous != 0x0D || byte == 0x0D {
                line += 1
            }
            if byte != 0 { previous = byte }
        }
        guard count > 0 else { return }
        utf8.removeAll { $0 == 0 }
        diagnostics.append(Diagnostic(
            severity: .warning, code: "source.nul-bytes",
            message: "the input holds \(count) NUL character\(count == 1 ? "" : "s") (the first on line \(firstLine)); they were dropped",
            line: nil))
    }
}
