import Testing
@testable import PlanParser

/// ``UTF8Text/string(_:)`` copies valid bytes without the standard library's check: every
/// ill-formed sequence must still be found and repaired as `String(decoding:as:)` does, at
/// any offset and at either end.
@Suite struct ModelStringTests {
    /// Overlong forms, a surrogate, scalars above U+10FFFF, cut sequences, a lone
    /// continuation byte and a byte UTF-8 never uses.
    private static let illFormed: [[UInt8]] = [
        [0xC0, 0xAF], [0xC1, 0xBF], [0xE0, 0x80, 0x80], [0xF0, 0x80, 0x80, 0x80], [0xED, 0xA0, 0x80],
        [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xE1, 0xBA], [0xC3], [0xF0, 0x9F, 0x98],
        [0x80], [0xFF], [0xE1, 0xBB, 0x41],
    ]

    private func expectSameAsDecoding(_ bytes: [UInt8], _ comment: Comment) {
        let expected = String(decoding: bytes, as: UTF8.self)
        for string in [UTF8Text.string(bytes), UTF8Text.string(bytes[...])] {
            #expect(Array(string.utf8) == Array(expected.utf8), comment)
            #expect(string == expected, comment)
        }
    }

    @Test(arguments: illFormed)
    func illFormedIsRepairedWherever(_ sequence: [UInt8]) {
        let text = Array("Kế hoạch số 36".utf8)
        for count in 0..<10 {
            let ascii = Array(String(repeating: "a", count: count).utf8)
            expectSameAsDecoding(ascii + sequence + text, "after \(count) ASCII bytes")
            expectSameAsDecoding(text + ascii + sequence, "at the end, after \(count) ASCII bytes")
            expectSameAsDecoding(sequence + ascii, "at the start")
        }
    }

    @Test func validTextIsCopiedAsItIs() {
        for text in ["", "36/KH-UBND", "Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ", "“Ủy ban” 😀 ở đây"] {
            let string = UTF8Text.string(Array(text.utf8))
            #expect(string == text)
            #expect(Array(string.utf8) == Array(text.utf8))
            #expect(string.count == text.count)
            #expect(string.unicodeScalars.map(\.value) == text.unicodeScalars.map(\.value))
        }
    }
}
