/// Repairs a line of UTF-8 that was read as Windows-1252 and saved as UTF-8 again
/// ("Káº¿ hoáº¡ch" for "Kế hoạch").
enum DoubleEncodedUTF8 {
    /// The line's Windows-1252 bytes read as UTF-8, when every scalar has such a byte and
    /// they are valid UTF-8 that gives Vietnamese letters; otherwise `nil`.
    static func repair(_ line: LegacyLine) -> LegacyLine? {
        guard line.mayBeDoubleEncoded, let repaired = String(validating: line.bytes, as: UTF8.self) else { return nil }
        var hasVietnamese = false
        for scalar in repaired.unicodeScalars where scalar.value >= 0x100 {
            let isVietnamese = scalar == "đ" || scalar == "Đ" || VietnameseVowels.letter(scalar) != nil
            guard isVietnamese || (0x2000..<0x2070).contains(scalar.value) else { return nil }
            hasVietnamese = hasVietnamese || isVietnamese
        }
        return hasVietnamese ? LegacyLine(text: repaired[...]) : nil
    }
}
