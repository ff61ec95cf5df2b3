/// One record of `--input jsonl`: a JSON object on one line with the input's `id` (a string,
/// or a number kept as printed) and its `text` (a string). Other members are ignored.
struct JSONLinesRecord: Equatable {
    var id: String
    var text: String

    /// Why a line is not a record; the message names what is wrong.
    struct Invalid: Error, Equatable, CustomStringConvertible {
        var description: String
    }

    init(line: some Collection<UInt8>) throws(Invalid) {
        var bytes = Array(line)
        // A byte order mark before the first record.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        var reader = Reader(bytes: bytes)
        var id: String?
        var text: String?
        try reader.expect(UInt8(ascii: "{"))
        if !reader.skip(UInt8(ascii: "}")) {
            repeat {
                let key = try reader.string()
                try reader.expect(UInt8(ascii: ":"))
                switch key {
                case "id": id = try reader.scalarText()
                case "text": text = try reader.string()
                default: try reader.skipValue()
                }
            } while reader.skip(UInt8(ascii: ","))
            try reader.expect(UInt8(ascii: "}"))
        }
        guard reader.atEnd else { throw Invalid(description: "text after the JSON object") }
        guard let text else { throw Invalid(description: "no string member 'text'") }
        guard let id else { throw Invalid(description: "no member 'id' (a string or a number)") }
        self.id = id
        self.text = text
    }

    /// A small JSON reader over bytes: strings (with every escape), and the skipping of
    /// any value. Nesting is bounded so that a hostile line cannot exhaust the stack.
    private struct Reader {
        let bytes: [UInt8]
        var index = 0

        var atEnd: Bool {
            mutating get { skipSpaces(); return index == bytes.count }
        }

        mutating func skipSpaces() {
            while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
        }

        mutating func skip(_ byte: UInt8) -> Bool {
            skipSpaces()
            guard index < bytes.count, bytes[index] == byte else { return false }
            index += 1
            return true
        }

        mutating func expect(_ byte: UInt8) throws(Invalid) {
            guard skip(byte) else { throw Invalid(description: "expected '\(Character(Unicode.Scalar(byte)))' at byte \(index + 1)") }
        }

        /// A string or a number (as printed), as text.
        mutating func scalarText() throws(Invalid) -> String {
            skipSpaces()
            if index < bytes.count, bytes[index] == UInt8(ascii: "\"") { return try string() }
            let start = index
            if index < bytes.count, bytes[index] == UInt8(ascii: "-") { index += 1 }
            let digits = index
            while index < bytes.count, bytes[index].isDigit { index += 1 }
            guard index > digits else { throw Invalid(description: "'id' is not a string or a number") }
            if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
                index += 1
                while index < bytes.count, bytes[index].isDigit { index += 1 }
            }
            if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") {
                index += 1
                if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
                while index < bytes.count, bytes[index].isDigit { index += 1 }
            }
            return String(decoding: bytes[start..<index], as: UTF8.self)
        }

        mutating func string() throws(Invalid) -> String {
            try expect(UInt8(ascii: "\""))
            var utf8: [UInt8] = []
            var runStart = index
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") {
                    utf8 += bytes[runStart..<index]
                    index += 1
                    return String(decoding: utf8, as: UTF8.self)
                }
                guard byte == UInt8(ascii: "\\") else { index += 1; continue }
                utf8 += bytes[runStart..<index]
                guard index + 1 < bytes.count else { break }
                let escape = bytes[index + 1]
                index += 2
                switch escape {
                case UInt8(ascii: "n"): utf8.append(0x0A)
                case UInt8(ascii: "t"): utf8.append(0x09)
                case UInt8(ascii: "r"): utf8.append(0x0D)
                case UInt8(ascii: "b"): utf8.append(0x08)
                case UInt8(ascii: "f"): utf8.append(0x0C)
                case UInt8(ascii: "u"):
                    var value = try hex4()
                    // A high surrogate and the low one after it; a lone half is U+FFFD.
                    if (0xD800..<0xDC00).contains(value), index + 5 < bytes.count, bytes[index] == UInt8(ascii: "\\"),
                        bytes[index + 1] == UInt8(ascii: "u"), let low = hex4(at: index + 2), (0xDC00..<0xE000).contains(low)
                    {
                        index += 6
                        value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
                    }
                    UTF8.encode(Unicode.Scalar(value) ?? "\u{FFFD}") { utf8.append($0) }
                default: utf8.append(escape)
                }
                runStart = index
            }
            throw Invalid(description: "unterminated string")
        }

        private mutating func hex4() throws(Invalid) -> UInt32 {
            guard let value = hex4(at: index) else { throw Invalid(description: "bad \\u escape") }
            index += 4
            return value
        }

        /// The four hex digits at `start` (any case), or `nil`.
        private func hex4(at start: Int) -> UInt32? {
            guard start + 4 <= bytes.count else { return nil }
            var value: UInt32 = 0
            for byte in bytes[start..<(start + 4)] {
                let digit: UInt8
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
                case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
                case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
                default: return nil
                }
                value = value << 4 | UInt32(digit)
            }
            return value
        }

        /// Skips any value; arrays and objects up to 64 deep.
        mutating func skipValue(depth: Int = 0) throws(Invalid) {
            guard depth < 64 else { throw Invalid(description: "nested too deep") }
            skipSpaces()
            guard index < bytes.count else { throw Invalid(description: "missing value") }
            switch bytes[index] {
            case UInt8(ascii: "\""): _ = try string()
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                let close = bytes[index] == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
                index += 1
                if skip(close) { return }
                repeat {
                    if close == UInt8(ascii: "}") {
                        _ = try string()
                        try expect(UInt8(ascii: ":"))
                    }
                    try skipValue(depth: depth + 1)
                } while skip(UInt8(ascii: ","))
                try expect(close)
            default:
                let start = index
                while index < bytes.count, !",}] \t\r\n".utf8.contains(bytes[index]) { index += 1 }
                guard index > start else { throw Invalid(description: "missing value") }
            }
        }
    }
}

private extension UInt8 {
    var isDigit: Bool { self >= 0x30 && self <= 0x39 }
}
