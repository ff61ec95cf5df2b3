extension DecodedSource {
    /// Drops the NUL characters of text that is otherwise plain (debris of a broken
    /// conversion), with a `source.nul-bytes` warning naming their count and the line of
    /// the first (its `line` too). Line breaks are counted as `SourceLines` counts them.
    mutating func dropNULs() {
        // Text without NULs, the usual case, costs one ``ByteSearch``.
        guard let first = ByteSearch.firstOffset(of: 0, in: utf8, from: 0, to: utf8.count) else { return }
        let firstLine = Self.lineNumber(at: first, in: utf8)
        let countBefore = utf8.count
        utf8.removeAll { $0 == 0 }
        let count = countBefore - utf8.count
        diagnostics.append(Diagnostic(
            severity: .warning, code: "source.nul-bytes",
            message: "the input holds \(count) NUL character\(count == 1 ? "" : "s") (the first on line \(firstLine)); they were dropped",
            line: firstLine))
    }

    /// The 1-based line of `offset`, line breaks counted as `SourceLines` counts them
    /// ("\r\n" once).
    private static func lineNumber(at offset: Int, in bytes: [UInt8]) -> Int {
        var line = 1
        for index in 0..<offset where bytes[index] == 0x0D || bytes[index] == 0x0A && (index == 0 || bytes[index - 1] != 0x0D) {
            line += 1
        }
        return line
    }
}
