/// Folded keys of the start of a model string, folded from its UTF-8 storage in place.
enum TitleKey {
    /// The folded key of the first `byteCount` bytes of `text`.
    static func ofPrefix(_ text: String, byteCount: Int) -> [UInt8] {
        var text = text
        return text.withUTF8 { Folding.key(UnsafeBufferPointer(rebasing: $0.prefix(byteCount))) }
    }

    /// `read` applied to the folded key of `text`, or of a prefix of it whose key has at
    /// least `count` bytes (the key of a prefix is a prefix of the key, so its first `count`
    /// bytes are the key's), folded into temporary room (`Folding.withKey(of:_:)`).
    static func withStart<Result>(of text: String, count: Int, _ read: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        var text = text
        return text.withUTF8 { utf8 in
            let window = 4 * count
            guard utf8.count > window else { return Folding.withKey(of: utf8, read) }
            return Folding.withKey(of: UnsafeBufferPointer(rebasing: utf8.prefix(window))) { start in
                start.count >= count ? read(start) : Folding.withKey(of: utf8, read)
            }
        }
    }
}
