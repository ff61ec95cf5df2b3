/// The sign, in UTF-8 text, that keeps ordinary Unicode off the legacy detector (built
/// into ``UTF8Automaton``'s two survey tables): a Latin-1 character that Vietnamese does
/// not use.
///
/// Mojibake of TCVN3 (`®`, `µ`, `¸`, soft hyphen), of VNI (`ñ`, `ö`, `ø`, `ï`) and of
/// double-encoded UTF-8 (`Ä`, `º`, `»`) always holds one; Unicode Vietnamese only uses the
/// Latin-1 letters à á â ã è é ê ì í ò ó ô õ ù ú ý (and capitals), and no-break spaces.
/// So every C2 xx but the no-break space (C2 A0) is a sign, and C3 xx is one as below.
enum MojibakeFingerprint {
    /// Whether C3 followed by `byte` is a Latin-1 letter that Vietnamese does not use.
    static func isForeign(afterC3 byte: UInt8) -> Bool {
        byte >= 0x80 && byte < 0xC0 && foreignAfterC3 >> (byte - 0x80) & 1 == 1
    }

    /// Bit n: U+00C0 + n is no Vietnamese letter (Ä Å Æ Ç Ë Î Ï Ð Ñ Ö × Ø Û Ü Þ ß and the
    /// lower-case ones, ÷, ÿ). A test checks it against the Vietnamese letters.
    private static let foreignAfterC3: UInt64 = 0xD9C3_C8F0_D9C3_C8F0
}
