/// Repairs a line of UTF-8 that was read as Windows-1252 and saved as UTF-8 again
/// ("Káº¿ hoáº¡ch" for "Kế hoạch").
enum DoubleEncodedUTF8 {
    /// The line's scalars mapped back to their Windows-1252 bytes and read as UTF-8, when
    /// that is valid and gives Vietnamese letters; otherwise `nil`.
    static func repair(_ line: Substring) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(line.utf8.count)
        for scalar in String(line).unicodeScalars {  // iterates faster than a `Substring`'s scalars
            guard let byte = Windows1252.byte(for: scalar) else { return nil }
            bytes.append(byte)
        }
        guard bytes.contains(where: { $0 >= 0x80 }), let repaired = String(validating: bytes, as: UTF8.self) else { return nil }
        var hasVietnamese = false
        for scalar in repaired.unicodeScalars where scalar.value >= 0x100 {
            let isVietnamese = scalar == "đ" || scalar == "Đ" || VietnameseVowels.letter(scalar) != nil
            guard isVietnamese || (0x2000..<0x2070).contains(scalar.value) else { return nil }
            hasVietnamese = hasVietnamese || isVietnamese
        }
        return hasVietnamese ? repaired : nil
    }
}
