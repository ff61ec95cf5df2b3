/// The text of a document as the parser reads it (phase 0): decoded from UTF-8, UTF-16
/// with a byte order mark, or a legacy Vietnamese encoding (TCVN3, VNI, Windows-1258; raw
/// or as mojibake), repaired if double-encoded, and composed to NFC.
///
/// ```swift
/// let decoded = DecodedText(bytes: Array("KÕ ho¹ch".utf8))
/// decoded.text        // "Kế hoạch"
/// decoded.encoding    // "tcvn3"
/// ```
public struct DecodedText: Sendable, Hashable {
    /// The decoded text, in NFC, with the input's line ends.
    public let text: String
    /// The value of `source.encoding`: "utf-8", "utf-16", "tcvn3", "vni" or "windows-1258".
    public let encoding: String
    /// What the decoding guessed or repaired (`source.*` codes, see docs/DIAGNOSTICS.md).
    public let diagnostics: [Diagnostic]

    /// Decodes a file's content. Never fails: broken UTF-8 is repaired with U+FFFD.
    /// - Complexity: O(*n*) in the number of bytes.
    public init(bytes: [UInt8]) {
        self.init(DecodedSource(bytes: bytes))
    }

    /// Decodes a file's content after the checks of
    /// ``PlanDocument/init(validating:sourceName:)``: binary formats and empty input are
    /// refused, NUL characters dropped and reported.
    /// - Throws: ``PlanInputError/notText(format:)`` or ``PlanInputError/empty``.
    public init(validating bytes: [UInt8]) throws(PlanInputError) {
        self.init(try DecodedSource(validating: bytes))
    }

    private init(_ source: DecodedSource) {
        text = source.text
        encoding = source.encoding
        diagnostics = source.diagnostics
    }

    /// The text for reading and converting (`plan-extract --text`): line ends as "\n",
    /// invisible characters (zero-width spaces and joiners, word joiner, byte order mark)
    /// removed, spaces and tabs at the ends of lines trimmed, and one final line end. The
    /// layout inside lines (tabs, column gaps) and markdown are kept.
    public var cleanedText: String {
        var result = String.UnicodeScalarView()
        var line = String.UnicodeScalarView()
        func endLine() {
            while let last = line.last, last == " " || last == "\t" { line.removeLast() }
            result.append(contentsOf: line)
            result.append("\n")
            line.removeAll(keepingCapacity: true)
        }
        var previous: Unicode.Scalar = "\0"
        for scalar in text.unicodeScalars {
            defer { previous = scalar }
            switch scalar {
            case "\n" where previous == "\r": continue
            case "\n", "\r": endLine()
            case "\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{FEFF}": continue
            default: line.append(scalar)
            }
        }
        if !line.isEmpty { endLine() }
        return String(result)
    }
}
