/// Writes CSV records as RFC 4180 describes them, as UTF-8 bytes: fields separated by
/// commas, each record ended by CRLF, a field quoted when it holds a comma, a double quote,
/// a CR or an LF, and a double quote inside a quoted field doubled.
///
/// Text is written as it is, byte for byte; `nil` is an empty field.
struct CSVRecordWriter {
    private(set) var bytes: [UInt8] = []
    /// Whether the record being written has a field yet (the next one needs a comma).
    private var recordHasField = false

    /// Appends one text field.
    mutating func field(_ text: String?) {
        separate()
        guard let text else { return }
        let utf8 = text.utf8
        guard utf8.contains(where: Self.needsQuotes) else {
            bytes.append(contentsOf: utf8)
            return
        }
        bytes.append(Self.quote)
        for byte in utf8 {
            if byte == Self.quote { bytes.append(Self.quote) }
            bytes.append(byte)
        }
        bytes.append(Self.quote)
    }

    /// Appends one integer field.
    mutating func field(_ number: Int) {
        separate()
        bytes.append(contentsOf: String(number).utf8)
    }

    /// Ends the record with CRLF.
    mutating func endRecord() {
        bytes.append(0x0D)
        bytes.append(0x0A)
        recordHasField = false
    }

    private mutating func separate() {
        if recordHasField { bytes.append(UInt8(ascii: ",")) }
        recordHasField = true
    }

    private static let quote = UInt8(ascii: "\"")

    private static func needsQuotes(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ",") || byte == quote || byte == 0x0D || byte == 0x0A
    }
}
