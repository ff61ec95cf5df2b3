/// The cheap test that keeps ordinary Unicode off the legacy detector: does the UTF-8 text
/// hold a Latin-1 character that Vietnamese does not use?
///
/// Mojibake of TCVN3 (`®`, `µ`, `¸`, soft hyphen), of VNI (`ñ`, `ö`, `ø`, `ï`) and of
/// double-encoded UTF-8 (`Ä`, `º`, `»`) always does; Unicode Vietnamese only uses the
/// Latin-1 letters à á â ã è é ê ì í ò ó ô õ ù ú ý (and capitals), and no-break spaces.
enum MojibakeFingerprint {
    /// Whether the UTF-8 text holds such a character (see the type's comment).
    static func mayBeMisencoded(_ utf8: some Sequence<UInt8>) -> Bool {
        var lead: UInt8 = 0
        for byte in utf8 {
            if lead == 0xC2 && byte != 0xA0 { return true }
            if lead == 0xC3 && isForeign(afterC3: byte) { return true }
            lead = byte
        }
        return false
    }

    /// Whether C3 followed by `byte` is a Latin-1 letter that Vietnamese does not use.
    static func isForeign(afterC3 byte: UInt8) -> Bool {
        byte >= 0x80 && byte < 0xC0 && foreignAfterC3 >> (byte - 0x80) & 1 == 1
    }

    /// Bit n: U+00C0 + n is no Vietnamese letter (Ä Å Æ Ç Ë Î Ï Ð Ñ Ö × Ø Û Ü Þ ß and the
    /// lower-case ones, ÷, ÿ). A literal, so that the survey's hot loop reads no lazy
    /// global; a test checks it against the Vietnamese letters.
    private static let foreignAfterC3: UInt64 = 0xD9C3_C8F0_D9C3_C8F0
}
