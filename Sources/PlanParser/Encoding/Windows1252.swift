/// The way back from mojibake: the Windows-1252 byte a scalar was read from.
enum Windows1252 {
    /// The byte, or `nil` for a scalar Windows-1252 has no byte for. The C1 controls map
    /// to themselves, so text read as ISO-8859-1 comes back too.
    static func byte(for scalar: Unicode.Scalar) -> UInt8? {
        let value = scalar.value
        if value < 0x100 { return UInt8(value) }
        // The scalars of 0x80-0x9F lie in U+0152...U+02DC and U+2013...U+2122; Vietnamese
        // letters (U+1EA0...) and the rest are answered without a search.
        guard value >= 0x152 && value <= 0x2DC || value >= 0x2013 && value <= 0x2122 else { return nil }
        return searchedByte(for: value)
    }

    /// The byte among 0x80-0x9F that stands for `value`, by a search of the table. Not
    /// inlined: a caller's loop then does not load the table on every pass.
    @inline(never)
    private static func searchedByte(for value: UInt32) -> UInt8? {
        for index in 0..<32 where LegacyCharsetTables.windows1252[index] == value {
            return UInt8(0x80 + index)
        }
        return nil
    }
}
