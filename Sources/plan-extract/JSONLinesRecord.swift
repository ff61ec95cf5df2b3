import PlanParser

/// One record of `--input jsonl`: a JSON object on one line with the input's `id` (a string,
/// or a number kept as printed) and its `text` (a string). Other members are ignored. A line
/// that is not valid JSON is refused, except that the bytes of a string need not be UTF-8:
/// the text's are parsed as a file's bytes are (legacy encodings detected, invalid UTF-8
/// repaired and reported).
struct JSONLinesRecord: Equatable {
    var id: String
    /// The bytes of the `text` string, its escapes unescaped (`\u` escapes as UTF-8).
    var text: [UInt8]

    /// Why a line is not a record; the message names what is wrong.
    struct Invalid: Error, Equatable, CustomStringConvertible {
        var description: String
    }

    init(line: some Collection<UInt8>) throws(Invalid) {
        var bytes = Array(line)
        // A byte order mark before the record (a stream written by appending files may hold
        // one before each).
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        var reader = Reader(bytes: bytes)
        var id: String?
        var text: [UInt8]?
        try reader.expect(UInt8(ascii: "{"))
        if !reader.skip(UInt8(ascii: "}")) {
            repeat {
                let key = try reader.string()
                try reader.expect(UInt8(ascii: ":"))
                switch key {
                case Array("id".utf8): id = try reader.scalarText()
                case Array("text".utf8): text = try reader.string()
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

    /// A small JSON reader over bytes: strings (with every escape), numbers, and the
    /// skipping of any value. Nesting is bounded so that a hostile line cannot exhaust the
    /// stack.
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

        /// A string or a number (as printed), as text (invalid UTF-8 repaired).
        mutating func scalarText() throws(Invalid) -> String {
            skipSpaces()
            guard index < bytes.count else { throw Invalid(description: "'id' is not a string or a number") }
            switch bytes[index] {
            case UInt8(ascii: "\""): return String(decoding: try string(), as: UTF8.self)
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
            default: throw Invalid(description: "'id' is not a string or a number")
            }
        }

        /// A number as printed: "-"? ("0" | [1-9][0-9]*) ("." [0-9]+)? ([eE] [+-]? [0-9]+)?,
        /// and nothing but a delimiter after it ("007", "1." and "1e" are refused).
        mutating func number() throws(Invalid) -> String {
            let start = index
            let bad = Invalid(description: "bad number at byte \(start + 1)")
            if next(is: UInt8(ascii: "-")) { index += 1 }
            if next(is: UInt8(ascii: "0")) { index += 1 } else { guard digits() else { throw bad } }
            if next(is: UInt8(ascii: ".")) {
                index += 1
                guard digits() else { throw bad }
            }
            if next(is: UInt8(ascii: "e")) || next(is: UInt8(ascii: "E")) {
                index += 1
                if next(is: UInt8(ascii: "+")) || next(is: UInt8(ascii: "-")) { index += 1 }
                guard digits() else { throw bad }
            }
            guard atDelimiter else { throw bad }
            return String(decoding: bytes[start..<index], as: UTF8.self)
        }

        /// Whether a value may end here: at the end, or before a delimiter or white space.
        private var atDelimiter: Bool {
            index == bytes.count || ",}] \t\r\n".utf8.contains(bytes[index])
        }

        private func next(is byte: UInt8) -> Bool {
            index < bytes.count && bytes[index] == byte
        }

        /// Skips the digits at `index`: whether there was one.
        private mutating func digits() -> Bool {
            let start = index
            while index < bytes.count, bytes[index].isDigit { index += 1 }
            return index > start
        }

        /// The bytes of a string, unescaped. Control characters must be escaped, and only
        /// JSON's escapes are read; other bytes are taken as they are, UTF-8 or not.
        mutating func string() throws(Invalid) -> [UInt8] {
            try expect(UInt8(ascii: "\""))
            var utf8: [UInt8] = []
            var runStart = index
            while index < bytes.count {
                // The next quote, backslash or control character, sixteen bytes a step.
                index = bytes.withUnsafeBufferPointer { ByteSearch.firstOffset(ofEither: UInt8(ascii: "\""), or: UInt8(ascii: "\\"), orBelow: 0x20, in: $0, from: index) }
                guard index < bytes.count else { break }
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") {
                    utf8 += bytes[runStart..<index]
                    index += 1
                    return utf8
                }
                guard byte >= 0x20 else { throw Invalid(description: "control character in a string at byte \(index + 1)") }
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
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): utf8.append(escape)
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
                default: throw Invalid(description: "bad escape at byte \(index - 1)")
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
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): _ = try number()
            default:
                let start = index
                if let literal = ["true", "false", "null"].first(where: { bytes[start...].starts(with: $0.utf8) }) {
                    index += literal.utf8.count
                }
                guard index > start, atDelimiter else { throw Invalid(description: "bad value at byte \(start + 1)") }
            }
        }
    }
}

private extension UInt8 {
    var isDigit: Bool { self >= 0x30 && self <= 0x39 }
}
