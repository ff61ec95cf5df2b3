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
        let source = DecodedSource(bytes: bytes)
        text = source.text
        encoding = source.encoding
        diagnostics = source.diagnostics
    }
}
