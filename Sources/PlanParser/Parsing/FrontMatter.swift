/// The YAML front matter that site generators and crawlers put at the top of a markdown
/// file ("---", "title: ...", "date: ...", "---"): metadata about the page, not text of the
/// document.
enum FrontMatter {
    /// The number of lines the front matter takes at the top of `lines` (the two "---"
    /// rules included), or 0 when there is none. Every line between the rules must read
    /// "key: value".
    static func lineCount(_ lines: [SourceLine], raw firstLine: Substring.UTF8View) -> Int {
        guard firstLine.elementsEqual("---".utf8), lines.count > 2 else { return 0 }
        for index in 1..<min(lines.count, 200) {
            let text = lines[index].text
            if text.isEmpty { return 0 }
            if lines[index].isBlank { return index > 1 ? index + 1 : 0 }
            guard Self.isKeyValue(text) else { return 0 }
        }
        return 0
    }

    /// "title: ...", "original_format: doc", "- CIT" (a list item).
    private static func isKeyValue(_ text: some ByteText) -> Bool {
        if text.starts(with: [UInt8(ascii: "-"), 0x20]) { return true }
        guard let colon = text.firstIndex(of: UInt8(ascii: ":")), colon > 0 else { return false }
        return text[..<colon].allSatisfy { $0.isASCIILetter || $0.isASCIIDigit || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-") }
    }
}
