import Testing
@testable import PlanParser

/// The writer's string escapes, looked for eight bytes at a time, compared as text with a
/// byte-at-a-time escaper (decoding the output back cannot tell an escaped ASCII letter,
/// "\u0061", from the letter itself).
@Suite struct JSONWriterTests {
    private func written(_ value: String) -> String {
        var json = JSONWriter(pretty: false, capacity: 64)
        json.string(value)
        return String(decoding: json.bytes, as: UTF8.self)
    }

    /// `value` in quotes, escaped one byte at a time by the rules the writer documents:
    /// quote, backslash, \n, \r and \t by their short escapes, the other control characters
    /// as "\u00xx", every other byte (DEL, "/", non-ASCII) as it is.
    private func reference(_ value: String) -> String {
        var bytes: [UInt8] = [UInt8(ascii: "\"")]
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes += Array(#"\""#.utf8)
            case UInt8(ascii: "\\"): bytes += Array(#"\\"#.utf8)
            case UInt8(ascii: "\n"): bytes += Array(#"\n"#.utf8)
            case UInt8(ascii: "\r"): bytes += Array(#"\r"#.utf8)
            case UInt8(ascii: "\t"): bytes += Array(#"\t"#.utf8)
            case 0..<0x20:
                let hex = String(byte, radix: 16)
                bytes += Array(("\\u00" + String(repeating: "0", count: 2 - hex.count) + hex).utf8)
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test func escapesAreExact() {
        #expect(written("") == #""""#)
        #expect(written("a\"b\\c\nd\re\tf\u{1}g\u{1F}h\u{7F}/") == #""a\"b\\c\nd\re\tf\u0001g\u001fh\#u{7F}/""#)
    }

    @Test func referenceEscapesAsDocumented() {
        #expect(reference("a\"b\\c\nd\re\tf\u{1}g\u{1F}h\u{7F}/") == #""a\"b\\c\nd\re\tf\u0001g\u001fh\#u{7F}/""#)
    }

    @Test func everySpecialByteAtEveryOffsetAmongASCIIAndLetters() {
        let specials: [Character] = ["\"", "\\"] + (0..<0x20).map { Character(Unicode.Scalar(UInt8($0))) }
        // Ways to fill `offset` bytes before the special one: ASCII, two-byte and three-byte letters.
        let prefixes: [(Int) -> String] = [
            { String(repeating: "a", count: $0) },
            { String(repeating: "é", count: $0 / 2) + String(repeating: "b", count: $0 % 2) },
            { String(repeating: "ờ", count: $0 / 3) + String(repeating: "c", count: $0 % 3) },
        ]
        for special in specials {
            for offset in 0..<18 {
                for prefix in prefixes {
                    let start = prefix(offset)
                    #expect(start.utf8.count == offset)
                    // A second special further on, and a run of ASCII after it (with "/" and DEL).
                    for value in [start + String(special), start + String(special) + "ấy/" + String(special) + "z\u{7F} kế hoạch 2026 x"] {
                        #expect(written(value) == reference(value), "byte \(special.asciiValue ?? 0) at \(offset)")
                    }
                }
            }
        }
    }

    @Test func textWithoutSpecialsIsCopied() {
        for length in 0..<20 {
            let value = String("Kế hoạch số 36/KH-UBND abc \u{7F}".prefix(length))
            #expect(written(value) == "\"" + value + "\"")
        }
    }
}
