extension String {
    /// The text with its control characters escaped, for a name in a message (a file name or
    /// a record's id may hold any): "\n", "\r" and "\t" as such, the others as "\u{1B}". An
    /// error so stays on its line, and a name cannot move a terminal's cursor.
    var escapingControlCharacters: String {
        guard unicodeScalars.contains(where: \.isControl) else { return self }
        var escaped = ""
        for scalar in unicodeScalars {
            switch scalar {
            case "\n": escaped += "\\n"
            case "\r": escaped += "\\r"
            case "\t": escaped += "\\t"
            case _ where scalar.isControl: escaped += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }
}

private extension Unicode.Scalar {
    /// C0 and C1 controls and DEL (general category Cc).
    var isControl: Bool { value < 0x20 || (0x7F...0x9F).contains(value) }
}
