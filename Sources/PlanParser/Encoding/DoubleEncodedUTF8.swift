/// Repairs a line of UTF-8 that was read as Windows-1252 and saved as UTF-8 again
/// ("Káº¿ hoáº¡ch" for "Kế hoạch").
enum DoubleEncodedUTF8 {
    /// The line's Windows-1252 bytes read as UTF-8, when every scalar has such a byte and
    /// they are valid UTF-8 that gives Vietnamese letters; otherwise `nil`.
    static func repair(_ line: LegacyLine) -> LegacyLine? {
        guard line.mayBeDoubleEncoded, mayBeUTF8(line.bytes),
              let repaired = String(validating: line.bytes, as: UTF8.self) else { return nil }
        var hasVietnamese = false
        for scalar in repaired.unicodeScalars where scalar.value >= 0x100 {
            let isVietnamese = scalar == "đ" || scalar == "Đ" || VietnameseVowels.letter(scalar) != nil
            guard isVietnamese || (0x2000..<0x2070).contains(scalar.value) else { return nil }
            hasVietnamese = hasVietnamese || isVietnamese
        }
        return hasVietnamese ? LegacyLine(text: repaired) : nil
    }

    /// A quick test that rules out most legacy bytes before a full validation: every lead
    /// byte is followed by as many continuation bytes as it announces. (Overlong forms and
    /// surrogates pass; `String(validating:)` rejects them.)
    private static func mayBeUTF8(_ bytes: [UInt8]) -> Bool {
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            let length: Int
            switch lead {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return false
            }
            guard index + length <= bytes.count else { return false }
            for next in index + 1 ..< index + length where bytes[next] & 0xC0 != 0x80 { return false }
            index += length
        }
        return true
    }
}
