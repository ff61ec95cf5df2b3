/// The number and symbol after "Số:": "36 /KH-UBND" → ("36", "KH-UBND"); "/KH-UBND" →
/// (nil, "KH-UBND"); "15-KH/TU" (Party form) → ("15", "KH/TU"); "41/2019/QĐ-UBND" →
/// ("41", "2019/QĐ-UBND"); "…05…./2006/QĐ-UBND" → ("05", "2006/QĐ-UBND").
struct NumberSymbol {
    var number: String?
    var symbol: String?

    init(_ text: ArraySlice<UInt8>) {
        var rest = Self.droppingFiller(text)
        let digits = rest.prefix(while: \.isASCIIDigit)
        number = digits.isEmpty ? nil : UTF8Text.string(digits)
        rest = Self.droppingFiller(rest.dropFirst(digits.count))
        guard let separator = rest.first, separator == UInt8(ascii: "/") || (separator == UInt8(ascii: "-") && number != nil) else {
            symbol = nil
            return
        }
        rest = rest.dropFirst().drop { $0 == 0x20 }
        // Spaces next to "/" and "-" are typing slips ("KH- UBND"); another space ends it.
        var symbolBytes: [UInt8] = []
        var index = rest.startIndex
        while index < rest.endIndex {
            let byte = rest[index]
            if byte == 0x20 {
                let next = rest[index...].drop { $0 == 0x20 }
                let joinsPrevious = symbolBytes.last == UInt8(ascii: "-") || symbolBytes.last == UInt8(ascii: "/")
                guard joinsPrevious || next.first == UInt8(ascii: "-") || next.first == UInt8(ascii: "/") else { break }
                index = next.startIndex
                continue
            }
            symbolBytes.append(byte)
            index += 1
        }
        while let last = symbolBytes.last, last == UInt8(ascii: ".") || last == UInt8(ascii: ",") || last == UInt8(ascii: ";") {
            symbolBytes.removeLast()
        }
        symbol = symbolBytes.isEmpty ? nil : UTF8Text.string(symbolBytes)
    }

    /// Without the spaces, dots, underscores and ellipses ("…") of a blank or dotted
    /// fill-in field.
    private static func droppingFiller(_ text: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var rest = text
        while let first = rest.first {
            if first == 0x20 || first == UInt8(ascii: ".") || first == UInt8(ascii: "_") {
                rest = rest.dropFirst()
            } else if rest.starts(with: [0xE2, 0x80, 0xA6]) {
                rest = rest.dropFirst(3)
            } else {
                break
            }
        }
        return rest
    }

    /// The type code a symbol starts with: "KH-UBND" → "KH", "2019/QĐ-UBND" → "QĐ",
    /// "KH/TU" → "KH": the first part between "-" and "/", or the second when the first is a
    /// four-digit year. Read once a document, on the bytes when every "-" and "/" is a
    /// character of its own (``separatorsStandAlone(_:)``), else on the characters.
    static func typeCode(_ symbol: String) -> String? {
        let read: (decided: Bool, code: String?)? = symbol.utf8.withContiguousStorageIfAvailable { bytes in
            guard separatorsStandAlone(bytes) else { return (false, nil) }
            guard var part = nextPart(of: bytes, from: 0) else { return (true, nil) }
            let isYear = part.count == 4 && bytes[part].allSatisfy(\.isASCIIDigit)
            if isYear {
                guard let second = nextPart(of: bytes, from: part.upperBound) else { return (true, nil) }
                part = second
            }
            return (true, UTF8Text.string(bytes[part]))
        }
        if let read, read.decided { return read.code }
        var parts = symbol.split(whereSeparator: { $0 == "-" || $0 == "/" })
        if let first = parts.first, first.count == 4, first.allSatisfy(\.isASCII), first.allSatisfy(\.isNumber) { parts.removeFirst() }
        return parts.first.map(String.init)
    }

    /// Whether `byte` is "-" or "/", which split a symbol into parts.
    private static func isSeparator(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "-") || byte == UInt8(ascii: "/")
    }

    /// The first part of `bytes` from `start` on: a run of bytes other than "-" and "/",
    /// the empty ones passed over (as `split` omits them); `nil` when none is left.
    private static func nextPart(of bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Range<Int>? {
        var low = start
        while low < bytes.count, isSeparator(bytes[low]) { low += 1 }
        guard low < bytes.count else { return nil }
        var high = low + 1
        while high < bytes.count, !isSeparator(bytes[high]) { high += 1 }
        return low..<high
    }

    /// Whether each "-" and "/" of `bytes` is a character of its own, so that splitting the
    /// bytes at them splits the characters alike: the scalar after it is below U+0300 (no
    /// combining mark joins it), and the one before it below U+0600 (no prepended mark).
    /// Told from the bytes next to it: an ASCII byte or the lead of two bytes up to U+02FF
    /// after it; an ASCII byte before it, or the last of two bytes up to U+05FF.
    private static func separatorsStandAlone(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for index in bytes.indices where isSeparator(bytes[index]) {
            if index + 1 < bytes.count, bytes[index + 1] >= 0x80, !(0xC2...0xCB).contains(bytes[index + 1]) { return false }
            guard index > 0, bytes[index - 1] >= 0x80 else { continue }
            guard index >= 2, (0xC2...0xD7).contains(bytes[index - 2]) else { return false }
        }
        return true
    }
}
