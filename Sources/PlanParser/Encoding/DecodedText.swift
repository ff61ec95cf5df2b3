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
        UTF8Text.withUTF8(of: text) { bytes in
            // Written as UTF-8 bytes into one array (appending to a scalar view copied the
            // text so far at every line: quadratic, 4 s for 4 MB).
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count + 1)
            // Where the line being written starts in `result`.
            var lineStart = 0
            func endLine() {
                while result.count > lineStart, result.last == 0x20 || result.last == 0x09 { result.removeLast() }
                result.append(0x0A)
                lineStart = result.count
            }
            var previous: UInt8 = 0
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                defer { previous = bytes[index - 1] }
                if let invisible = Self.invisibleLength(in: bytes, at: index) {
                    index += invisible
                    continue
                }
                index += 1
                switch byte {
                case 0x0A where previous == 0x0D: continue
                case 0x0A, 0x0D: endLine()
                default: result.append(byte)
                }
            }
            if result.count > lineStart { endLine() }
            return UTF8Text.string(result)
        }
    }

    /// The length of the invisible character at `index` (U+200B, U+200C, U+200D zero-width
    /// space and joiners, U+2060 word joiner, U+FEFF byte order mark), or `nil`.
    private static func invisibleLength(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        guard index + 2 < bytes.count else { return nil }
        let (first, second, third) = (bytes[index], bytes[index + 1], bytes[index + 2])
        let isInvisible = (first == 0xE2 && second == 0x80 && (0x8B...0x8D).contains(third))
            || (first == 0xE2 && second == 0x81 && third == 0xA0) || (first == 0xEF && second == 0xBB && third == 0xBF)
        return isInvisible ? 3 : nil
    }
}
