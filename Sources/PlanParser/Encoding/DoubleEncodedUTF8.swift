/// Repairs a line of UTF-8 that was read as Windows-1252 and saved as UTF-8 again
/// ("Káº¿ hoáº¡ch" for "Kế hoạch").
enum DoubleEncodedUTF8 {
    /// The Windows-1252 bytes of a line's UTF-8 read as UTF-8, when they are valid UTF-8
    /// that gives Vietnamese letters; otherwise `nil`. Every scalar of the line has such a
    /// byte (``LegacyText`` tells); `bytes` is room to reuse.
    ///
    /// Most legacy bytes are ruled out as they are read, before a full validation: every
    /// lead byte must be followed by as many continuation bytes as it announces. (Overlong
    /// forms and surrogates pass that test; `String(validating:)` rejects them.)
    static func repair(_ line: UnsafeBufferPointer<UInt8>, bytes: inout [UInt8]) -> [UInt8]? {
        bytes.removeAll(keepingCapacity: true)
        var continuations = 0  // still expected after the last lead byte
        var index = 0
        while index < line.count {
            let (scalar, length) = line.scalar(at: index)
            let byte = Windows1252.byte(for: scalar)!
            if continuations > 0 {
                guard byte & 0xC0 == 0x80 else { return nil }
                continuations -= 1
            } else {
                switch byte {
                case 0x00...0x7F: continuations = 0
                case 0xC2...0xDF: continuations = 1
                case 0xE0...0xEF: continuations = 2
                case 0xF0...0xF4: continuations = 3
                default: return nil
                }
            }
            bytes.append(byte)
            index += length
        }
        guard continuations == 0, let repaired = String(validating: bytes, as: UTF8.self) else { return nil }
        var hasVietnamese = false
        for scalar in repaired.unicodeScalars where scalar.value >= 0x100 {
            let isVietnamese = scalar == "đ" || scalar == "Đ" || VietnameseVowels.letter(scalar) != nil
            guard isVietnamese || (0x2000..<0x2070).contains(scalar.value) else { return nil }
            hasVietnamese = hasVietnamese || isVietnamese
        }
        return hasVietnamese ? bytes : nil
    }
}
