/// Folds text to a matching key: lower-case ASCII letters without diacritics ("Ủy"/"Uỷ"
/// → "uy", "Đ" → "d"), digits, ASCII punctuation, every dash as "-", every run of spaces
/// as one space, trimmed. Keys are for comparison only; output keeps the printed text.
///
/// Folding removes tone placement differences ("hoà"/"hòa") and typos in tone marks
/// ("THỜI GIẠN") at once, which is what keyword matching of headings needs.
enum Folding {
    static func key(_ bytes: some Sequence<UInt8>) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.underestimatedCount)  // a key is never longer than its text
        var pendingSpace = false
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                let folded = fold(scalar)
                if folded == 0x20 {
                    pendingSpace = !result.isEmpty
                } else if folded != 0 {
                    if pendingSpace { result.append(0x20); pendingSpace = false }
                    result.append(folded)
                }
            case .emptyInput: break loop
            case .error: continue
            }
        }
        return result
    }

    static func key(_ text: String) -> [UInt8] { key(text.utf8) }

    /// One scalar folded to one ASCII byte, 0x20 for any space, or 0 to drop it.
    private static func fold(_ scalar: Unicode.Scalar) -> UInt8 {
        let value = scalar.value
        switch value {
        case 0x41...0x5A: return UInt8(value + 0x20)
        case 0x09...0x0D, 0x20, 0xA0, 0x2000...0x200B, 0x3000: return 0x20
        case 0x21...0x7E: return UInt8(value)
        case 0xC0...0x24F: return LatinFoldTable.latin00C0[Int(value - 0xC0)]
        case 0x1E00...0x1EFF: return LatinFoldTable.latin1E00[Int(value - 0x1E00)]
        case 0x2010...0x2015, 0x2212: return UInt8(ascii: "-")
        default: return 0
        }
    }
}

extension Array where Element == UInt8 {
    /// Whether this folded key starts with `prefix` at a word boundary.
    func hasKeyPrefix(_ prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard self.count >= count else { return false }
        let matches = prefix.withUTF8Buffer { self.starts(with: $0) }
        return matches && (self.count == count || !self[count].isASCIILetter)
    }

    /// Whether this folded key equals `other`.
    func isKey(_ other: StaticString) -> Bool {
        other.withUTF8Buffer { self.elementsEqual($0) }
    }

    /// The offset of the words of `phrase` in this folded key, at word boundaries.
    func offset(ofKeyPhrase phrase: [UInt8]) -> Int? {
        guard !phrase.isEmpty else { return nil }
        var start = 0
        while start + phrase.count <= count {
            if (start == 0 || !self[start - 1].isASCIILetter),
                self[start..<start + phrase.count].elementsEqual(phrase),
                start + phrase.count == count || !self[start + phrase.count].isASCIILetter
            {
                return start
            }
            start += 1
        }
        return nil
    }
}
