/// Folded keys of the start of a model string, folded from its UTF-8 storage in place.
enum TitleKey {
    /// Whether the key of `text` may start with one of `letters` (lower-case ASCII): not when
    /// the text is empty or starts with printable ASCII, which folding keeps (lower-cased),
    /// other than those letters. Saves folding titles that cannot match.
    static func mayStart(_ text: String, with letters: StaticString) -> Bool {
        guard var first = text.utf8.first else { return false }
        guard first >= 0x21, first <= 0x7E else { return true }
        if first.isASCIIUpper { first += 0x20 }
        return letters.withUTF8Buffer { $0.contains(first) }
    }

    /// The folded key of the first `byteCount` bytes of `text`.
    static func ofPrefix(_ text: String, byteCount: Int) -> [UInt8] {
        var text = text
        return text.withUTF8 { Folding.key(UnsafeBufferPointer(rebasing: $0.prefix(byteCount))) }
    }

    /// The folded key of `text`, or of a prefix of it whose key has at least `count` bytes:
    /// the key of a prefix is a prefix of the key, so its first `count` bytes are the key's.
    static func start(of text: String, count: Int) -> [UInt8] {
        var text = text
        return text.withUTF8 { utf8 in
            let window = 4 * count
            guard utf8.count > window else { return Folding.key(utf8) }
            let start = Folding.key(UnsafeBufferPointer(rebasing: utf8.prefix(window)))
            return start.count >= count ? start : Folding.key(utf8)
        }
    }
}
