/// Repairs a line of UTF-8 that was read as Windows-1252 and saved as UTF-8 again
/// ("Káº¿ hoáº¡ch" for "Kế hoạch"). Holds its scratch, reused from line to line.
struct DoubleEncodedUTF8 {
    /// The repaired line's bytes, after a ``repair(_:)`` that returned `true`.
    private(set) var bytes: [UInt8] = []

    /// Whether the Windows-1252 bytes of a line's UTF-8 read as UTF-8 are valid UTF-8 that
    /// gives Vietnamese letters; if so they are left in ``bytes``. Every scalar of the line
    /// has such a byte (``LegacyText`` tells).
    ///
    /// The ASCII bytes before the first scalar above ASCII are their own Windows-1252 bytes
    /// and valid UTF-8: they are copied at once (found eight bytes at a time), once the
    /// first scalar's byte is known to be able to start a sequence (0xC2...0xF4) and the
    /// next scalar's byte to continue it (0x80...0xBF; in most legacy lines one of them
    /// cannot, and the line is ruled out before any copy). Most legacy
    /// bytes are ruled out as they are read, before the line's end: when a byte that is no
    /// continuation byte comes, every sequence before it is whole or broken, and
    /// ``UTF8Validity/isValid(_:from:)`` checks them.
    mutating func repair(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        let asciiPrefix = UTF8Validity.nextNonASCII(in: line, from: 0)
        guard asciiPrefix < line.count, case let (first, length) = line.scalar(at: asciiPrefix),
              case 0xC2...0xF4 = Windows1252.byte(for: first)!, asciiPrefix + length < line.count,
              case 0x80...0xBF = Windows1252.byte(for: line.scalar(at: asciiPrefix + length).scalar)! else {
            return false
        }
        bytes.removeAll(keepingCapacity: true)
        bytes += UnsafeBufferPointer(rebasing: line[..<asciiPrefix])
        var checked = asciiPrefix  // the bytes before it are valid UTF-8, a sequence starts there
        let isWhole = UnsafeBufferPointer(rebasing: line[asciiPrefix...]).forEachScalar { scalar in
            let byte = Windows1252.byte(for: scalar)!
            bytes.append(byte)
            guard byte & 0xC0 != 0x80 else { return true }  // checked with its sequence
            guard checked == bytes.count - 1 || checkSequences(from: &checked, upTo: bytes.count - 1) else { return false }
            if byte < 0x80 { checked = bytes.count }
            return true
        }
        guard isWhole, checkSequences(from: &checked, upTo: bytes.count) else { return false }
        // Above U+00FF, only Vietnamese letters and punctuation (U+2000...U+206F), and a letter.
        var hasVietnamese = false
        let isClean = bytes.withUnsafeBufferPointer { repaired in
            repaired.forEachScalar { scalar in
                guard scalar.value >= 0x100 else { return true }
                let isVietnamese = scalar == "đ" || scalar == "Đ" || VietnameseVowels.letter(scalar) != nil
                hasVietnamese = hasVietnamese || isVietnamese
                return isVietnamese || (0x2000..<0x2070).contains(scalar.value)
            }
        }
        return isClean && hasVietnamese
    }

    /// Checks the sequences of ``bytes`` that start from `checked` up to `end` (each whole in
    /// `bytes`, or cut short at its end), moving `checked` past them; `false` at the first
    /// ill-formed one.
    private func checkSequences(from checked: inout Int, upTo end: Int) -> Bool {
        let isValid = bytes.withUnsafeBufferPointer { UTF8Validity.isValid(UnsafeBufferPointer(rebasing: $0[..<end]), from: checked) }
        guard isValid else { return false }
        checked = end
        return true
    }
}
