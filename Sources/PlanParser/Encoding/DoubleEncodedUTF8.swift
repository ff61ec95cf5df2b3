/// Repairs a line of UTF-8 that was read as Windows-1252 and saved as UTF-8 again
/// ("Káº¿ hoáº¡ch" for "Kế hoạch"). Holds its scratch, reused from line to line.
struct DoubleEncodedUTF8 {
    /// The repaired line's bytes, after a ``repair(_:)`` that returned `true`.
    private(set) var bytes: [UInt8] = []
    /// The scalars of the repaired bytes, read for their letters.
    private var scalars: [Unicode.Scalar] = []

    /// Whether the Windows-1252 bytes of a line's UTF-8 read as UTF-8 are valid UTF-8 that
    /// gives Vietnamese letters; if so they are left in ``bytes``. Every scalar of the line
    /// has such a byte (``LegacyText`` tells).
    ///
    /// Most legacy bytes are ruled out as they are read, before a full validation: every
    /// lead byte must be followed by as many continuation bytes as it announces. (Overlong
    /// forms and surrogates pass that test; ``UTF8Validity`` rejects them.)
    mutating func repair(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.removeAll(keepingCapacity: true)
        var continuations = 0  // still expected after the last lead byte
        let isWhole = line.forEachScalar { scalar in
            let byte = Windows1252.byte(for: scalar)!
            if continuations > 0 {
                guard byte & 0xC0 == 0x80 else { return false }
                continuations -= 1
            } else {
                switch byte {
                case 0x00...0x7F: continuations = 0
                case 0xC2...0xDF: continuations = 1
                case 0xE0...0xEF: continuations = 2
                case 0xF0...0xF4: continuations = 3
                default: return false
                }
            }
            bytes.append(byte)
            return true
        }
        guard isWhole, continuations == 0, bytes.withUnsafeBufferPointer({ UTF8Validity.isValid($0) }) else { return false }
        scalars.removeAll(keepingCapacity: true)
        bytes.withUnsafeBufferPointer { $0.appendScalars(to: &scalars) }
        var hasVietnamese = false
        for scalar in scalars where scalar.value >= 0x100 {
            let isVietnamese = scalar == "đ" || scalar == "Đ" || VietnameseVowels.letter(scalar) != nil
            guard isVietnamese || (0x2000..<0x2070).contains(scalar.value) else { return false }
            hasVietnamese = hasVietnamese || isVietnamese
        }
        return hasVietnamese
    }
}
