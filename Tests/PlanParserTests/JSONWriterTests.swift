import Foundation
import Testing
@testable import PlanParser

/// The writer's string escapes, looked for eight bytes at a time: every byte that needs an
/// escape is found wherever it falls in a word, and nothing else is escaped.
@Suite struct JSONWriterTests {
    private func written(_ value: String) -> String {
        var json = JSONWriter(pretty: false, capacity: 64)
        json.string(value)
        return String(decoding: json.bytes, as: UTF8.self)
    }

    @Test func escapesAreExact() {
        #expect(written("") == #""""#)
        #expect(written("Kế hoạch số 36/KH-UBND") == #""Kế hoạch số 36/KH-UBND""#)
        #expect(written("a\"b\\c\nd\re\tf\u{1}g\u{1F}h\u{7F}") == #""a\"b\\c\nd\re\tf\u0001g\u001fh\#u{7F}""#)
    }

    @Test func everySpecialByteAtEveryOffsetOfAWord() throws {
        let specials: [Character] = ["\"", "\\"] + (0..<0x20).map { Character(Unicode.Scalar(UInt8($0))) }
        for special in specials {
            for offset in 0..<18 {
                // ASCII and two- and three-byte letters around, and a second special further on.
                let value = String(repeating: "ờ", count: offset / 3) + String(repeating: "a", count: offset % 3)
                    + String(special) + "ấy" + String(special) + "z"
                let text = written(value)
                let decoded = try JSONSerialization.jsonObject(with: Data(text.utf8), options: .fragmentsAllowed) as? String
                #expect(decoded == value)
                #expect(!text.dropFirst().dropLast().contains { $0 == "\n" || $0 == "\r" || $0 == "\t" })
            }
        }
    }
}
