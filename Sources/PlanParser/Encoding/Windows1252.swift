/// The way back from mojibake: the Windows-1252 byte a scalar was read from.
enum Windows1252 {
    /// The byte, or `nil` for a scalar Windows-1252 has no byte for. The C1 controls map
    /// to themselves, so text read as ISO-8859-1 comes back too.
    static func byte(for scalar: Unicode.Scalar) -> UInt8? {
        let value = scalar.value
        if value < 0x100 { return UInt8(value) }
        return punctuation[value]
    }

    /// The scalars of 0x80-0x9F that are not C1 controls (€ ‚ ƒ „ … “ ” – — ™ ...).
    private static let punctuation: [UInt32: UInt8] = {
        var bytes: [UInt32: UInt8] = [:]
        for (index, value) in LegacyCharsetTables.windows1252.enumerated() where value >= 0x100 {
            bytes[value] = UInt8(0x80 + index)
        }
        return bytes
    }()
}
