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
    /// four-digit year. Read once a document: on its bytes when each separator stands
    /// between ASCII bytes (``typeCode(bytes:)``), else on the characters.
    static func typeCode(_ symbol: String) -> String? {
        if let code = UTF8Text.withUTF8(of: symbol, typeCode(bytes:)) { return code }
        var parts = symbol.split(whereSeparator: { $0 == "-" || $0 == "/" })
        if let first = parts.first, first.count == 4, first.allSatisfy(\.isASCII), first.allSatisfy(\.isNumber) { parts.removeFirst() }
        return parts.first.map(String.init)
    }

    /// ``typeCode(_:)`` read on the bytes, when each "-" and "/" stands between ASCII bytes
    /// (or at an end) and so is a character of its own, as the split on characters finds
    /// it: `.some(code)`; `nil` otherwise (a mark next to a separator may join it), for the
    /// split on characters to decide. A part is four characters of ASCII digits exactly
    /// when it is four ASCII digit bytes.
    static func typeCode(bytes: UnsafeBufferPointer<UInt8>) -> String?? {
        var parts: [Range<Int>] = []
        var start = 0
        for index in 0...bytes.count {
            guard index == bytes.count || bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "/") else { continue }
            if index < bytes.count {
                let asciiBefore = index == 0 || bytes[index - 1] < 0x80
                let asciiAfter = index + 1 == bytes.count || bytes[index + 1] < 0x80
                guard asciiBefore && asciiAfter else { return .none }
            }
            if index > start { parts.append(start..<index) }
            start = index + 1
            if parts.count == 2 { break }  // the code is one of the first two parts
        }
        if let first = parts.first, first.count == 4, bytes[first].allSatisfy(\.isASCIIDigit) { parts.removeFirst() }
        return .some(parts.first.map { UTF8Text.string(UnsafeBufferPointer(rebasing: bytes[$0])) })
    }
}
