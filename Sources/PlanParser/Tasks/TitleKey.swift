/// Folded keys of the start of a model string, folded from its UTF-8 storage in place.
enum TitleKey {
    /// `read` applied to the folded key of the first `byteCount` bytes of `text`, folded into
    /// temporary room (`Folding.withKey(of:_:)`), not into an array.
    static func withKey<Result>(ofPrefix text: String, byteCount: Int, _ read: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        UTF8Text.withUTF8(of: text) { Folding.withKey(of: UnsafeBufferPointer(rebasing: $0.prefix(byteCount)), read) }
    }

    /// `read` applied to the folded key of `text`, or of a prefix of it whose key has at
    /// least `count` bytes (the key of a prefix is a prefix of the key, so its first `count`
    /// bytes are the key's), folded into temporary room (`Folding.withKey(of:_:)`).
    static func withStart<Result>(of text: String, count: Int, _ read: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        UTF8Text.withUTF8(of: text) { utf8 in
            let window = 4 * count
            guard utf8.count > window else { return Folding.withKey(of: utf8, read) }
            return Folding.withKey(of: UnsafeBufferPointer(rebasing: utf8.prefix(window))) { start in
                start.count >= count ? read(start) : Folding.withKey(of: utf8, read)
            }
        }
    }
}
