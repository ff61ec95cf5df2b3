/// A footnote printed at the end of the text ("[2] Vận dụng Thông tư số 21/2025/TT-BGDĐT
/// ..."), whose mark ("[2]") is removed from the line that cites it.
public struct Footnote: Codable, Sendable, Hashable {
    /// The mark's number as printed ("2").
    public var number: String
    /// The note's text, its lines joined by one space.
    public var text: String
    /// The 1-based line of the mark that starts the note ("[2] ...").
    public var line: Int

    /// Creates a footnote.
    public init(number: String, text: String, line: Int) {
        self.number = number
        self.text = text
        self.line = line
    }
}
