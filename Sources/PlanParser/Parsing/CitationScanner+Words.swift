/// The word tests the scanner's parts share: keys, phrases, capitals, punctuation,
/// trimming. Internal, not private, where the other parts call them.
extension CitationScanner {
    /// Whether the key of `word` may start with `letter` (lower-case ASCII): not when the
    /// word starts with another printable ASCII byte, which its key starts with too. A
    /// cheap test before a word is folded to be compared with a few keys.
    func keyMayStart(_ word: Range<Int>, with letter: UInt8) -> Bool {
        Folding.asciiKeyByte(t[word.lowerBound]).map { $0 == letter } ?? true
    }

    /// `read` applied to the folded key of a word without its trailing punctuation, folded
    /// into temporary room (`Folding.withKey(of:_:)`), not an array.
    func withKey<Result>(_ word: Range<Int>, _ read: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        Folding.withKey(of: t[word]) { key in
            var end = key.count
            while end > 0, Self.isClosingPunctuation(key[end - 1]) || key[end - 1] == UInt8(ascii: "\"") { end -= 1 }
            return read(UnsafeBufferPointer(rebasing: key[..<end]))
        }
    }

    /// The first of `phrases` (one or two words, as printed) that the text spells from
    /// `word` on, up to the end of a word; with `loweringFirst`, also when capitalized.
    func phrase(in list: PhraseList, at word: Range<Int>, loweringFirst: Bool = false) -> [UInt8]? {
        var first = t[word.lowerBound]
        if loweringFirst, first.isASCIIUpper { first |= 0x20 }
        // A phrase that matches starts with the (lowered) first byte.
        for phrase in list.phrases(startingWith: first) where isPhrase(phrase, at: word, loweringFirst: loweringFirst) { return phrase }
        return nil
    }

    /// Whether the text spells `phrase` from `word` on, up to the end of a word (see
    /// ``isPhrase(_:at:loweringFirst:)``).
    @inline(__always)
    func isPhrase(_ phrase: StaticString, at word: Range<Int>) -> Bool {
        phrase.withUTF8Buffer { isPhrase($0, at: word) }
    }

    /// Whether the word is `text`, byte for byte.
    func isWord(_ word: Range<Int>, _ text: StaticString) -> Bool {
        text.withUTF8Buffer { t[word].elementsEqual($0) }
    }

    /// Whether the text spells `phrase` from `word` on, up to the end of a word; with
    /// `loweringFirst`, also when capitalized.
    private func isPhrase<Phrase: RandomAccessCollection<UInt8>>(_ phrase: Phrase, at word: Range<Int>, loweringFirst: Bool = false) -> Bool
    where Phrase.Index == Int {
        let start = word.lowerBound
        let end = start + phrase.count
        guard end <= t.count else { return false }
        for offset in 0..<phrase.count {
            var byte = t[start + offset]
            if loweringFirst, offset == 0, byte.isASCIIUpper { byte |= 0x20 }
            if loweringFirst, offset == 1, t[start] == 0xC4, byte == 0x90 { byte = 0x91 }
            guard byte == phrase[offset] else { return false }
        }
        return end == t.count || t[end] == 0x20 || t[end] == UInt8(ascii: "\"") || Self.isClosingPunctuation(t[end])
    }

    /// Whether the word's first letter (after any punctuation) is a capital.
    func startsUppercase(_ word: Range<Int>) -> Bool {
        var index = word.lowerBound
        while index < word.upperBound {
            let byte = t[index]
            if byte < 0x80 {
                if byte.isASCIILetter { return byte.isASCIIUpper }
                if byte.isASCIIDigit { return false }
                index += 1
                continue
            }
            switch Self.letterCase(in: t, at: index) {
            case .letter(let isUppercase): return isUppercase
            case .other(let length): index += length
            case .unreadable: return false
            }
        }
        return false
    }

    /// What a scalar above ASCII is to `startsUppercase`.
    private enum LetterCase {
        /// A letter, a capital or not.
        case letter(isUppercase: Bool)
        /// Another scalar, of this many bytes.
        case other(Int)
        /// Ill-formed UTF-8.
        case unreadable
    }

    /// The case of the scalar above ASCII at `index` of `t`. Not inlined: the Unicode
    /// properties it may ask for are of a type whose size is known at run time only, which
    /// made every call of `startsUppercase` (mostly on ASCII) look up its metadata.
    @inline(never)
    private static func letterCase(in t: some ByteText, at index: Int) -> LetterCase {
        guard let (scalar, length) = UTF8Text.scalar(in: t, at: index) else { return .unreadable }
        return UTF8Text.isAlphabetic(scalar) ? .letter(isUppercase: UTF8Text.isUppercase(scalar)) : .other(length)
    }

    /// The punctuation a word ends with (before any quotes and asterisks) that closes a
    /// phrase: , ; : . ) / (as in "./.") or nil. Inlined, as it was before the scanner was
    /// split into files: after, the named anchors called it (+5.5K instructions on the
    /// Unicode files).
    @inline(__always)
    func closingPunctuation(_ word: Range<Int>) -> UInt8? {
        var end = word.upperBound
        while end > word.lowerBound, t[end - 1] == UInt8(ascii: "\"") || t[end - 1] == UInt8(ascii: "*") { end -= 1 }
        guard end > word.lowerBound, Self.isClosingPunctuation(t[end - 1]) else { return nil }
        return t[end - 1]
    }

    /// Whether the byte is punctuation that closes a phrase: , ; : . ) /
    static func isClosingPunctuation(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "."), UInt8(ascii: ")"), UInt8(ascii: "/"): return true
        default: return false
        }
    }

    /// The range without surrounding spaces, trailing punctuation and footnote marks ("[1]").
    func trimmed(_ range: Range<Int>) -> Range<Int> {
        var start = range.lowerBound
        var end = range.upperBound
        while start < end, t[start] == 0x20 { start += 1 }
        while end > start {
            if t[end - 1] == 0x20 || Self.isClosingPunctuation(t[end - 1]) {
                end -= 1
            } else if t[end - 1] == UInt8(ascii: "]"), let open = t[start..<end].lastIndex(of: UInt8(ascii: "[")),
                end - open > 2, t[(open + 1)..<(end - 1)].allSatisfy(\.isASCIIDigit)
            {
                end = open
            } else {
                break
            }
        }
        return start..<end
    }
}
