import Testing
@testable import plan_extract

/// The records of `--input jsonl`.
@Suite struct JSONLinesRecordTests {
    @Test func escapesAndMembers() throws {
        let line = #"{"meta": {"a": [1, {"b": null}], "c": true}, "id": 12, "text": "Kế hoạch\nSố: 1/KH\t\"A\" \\ \u1ebf \ud83d\ude00"}"#
        let record = try JSONLinesRecord(line: Array(line.utf8))
        #expect(record.id == "12")
        #expect(record.text == Array("Kế hoạch\nSố: 1/KH\t\"A\" \\ ế 😀".utf8))
    }

    @Test func byteOrderMarkLoneSurrogateAndNumbers() throws {
        #expect(try JSONLinesRecord(line: [0xEF, 0xBB, 0xBF] + Array(#"{"id": "x", "text": "a"}"#.utf8)).id == "x")
        let record = try JSONLinesRecord(line: Array(#"{"id": -1.5e3, "text": "A\ud800\u0041B"}"#.utf8))
        #expect(record.id == "-1.5e3")
        #expect(record.text == Array("A\u{FFFD}AB".utf8))
        #expect(throws: JSONLinesRecord.Invalid(description: "'id' is not a string or a number")) {
            try JSONLinesRecord(line: Array(#"{"id": eee, "text": "x"}"#.utf8))
        }
    }

    @Test func invalidRecordsSayWhy() {
        #expect(throws: JSONLinesRecord.Invalid(description: "no string member 'text'")) { try JSONLinesRecord(line: Array(#"{"id": "a"}"#.utf8)) }
        #expect(throws: JSONLinesRecord.Invalid(description: "no member 'id' (a string or a number)")) { try JSONLinesRecord(line: Array(#"{"text": "a"}"#.utf8)) }
        #expect(throws: JSONLinesRecord.Invalid(description: "unterminated string")) { try JSONLinesRecord(line: Array(#"{"id": "a", "text": "abc"#.utf8)) }
        #expect(throws: JSONLinesRecord.Invalid(description: "text after the JSON object")) { try JSONLinesRecord(line: Array(#"{"id": 1, "text": ""} x"#.utf8)) }
        let deep = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
        #expect(throws: JSONLinesRecord.Invalid(description: "nested too deep")) { try JSONLinesRecord(line: Array(#"{"x": \#(deep), "id": 1, "text": ""}"#.utf8)) }
    }

    /// The text's bytes are kept as they are, UTF-8 or not (the parser detects a legacy
    /// encoding, or repairs and reports invalid UTF-8, as in a file).
    @Test func theTextKeepsItsBytes() throws {
        let line = Array(#"{"id": "a\/b", "text": "x"#.utf8) + [0xE0, 0xF1, 0x20] + Array(#"\u00e9"}"#.utf8)
        let record = try JSONLinesRecord(line: line)
        #expect(record.id == "a/b")
        #expect(record.text == [0x78, 0xE0, 0xF1, 0x20, 0xC3, 0xA9])
    }

    /// Invalid JSON is refused, as a bad record, wherever it stands.
    @Test(arguments: [
        (#"{"id": 007, "text": "x"}"#, "bad number at byte 8"),
        (#"{"id": -01, "text": "x"}"#, "bad number at byte 8"),
        (#"{"id": 1., "text": "x"}"#, "bad number at byte 8"),
        (#"{"id": 1e, "text": "x"}"#, "bad number at byte 8"),
        (#"{"id": -, "text": "x"}"#, "bad number at byte 8"),
        (#"{"n": 1.5e+, "id": 1, "text": "x"}"#, "bad number at byte 7"),
        (#"{"n": tru, "id": 1, "text": "x"}"#, "bad value at byte 7"),
        (#"{"n": nulls, "id": 1, "text": "x"}"#, "bad value at byte 7"),
        (#"{"n": [true, false, null, 0, -0.5E-3], "id": 1, "text": "x\q"}"#, "bad escape at byte 59"),
        ("{\"id\": 1, \"text\": \"a\tb\"}", "control character in a string at byte 21"),
    ])
    func invalidJSONIsRefused(line: String, message: String) {
        #expect(throws: JSONLinesRecord.Invalid(description: message)) { try JSONLinesRecord(line: Array(line.utf8)) }
    }

    /// A long text full of escapes reads in linear time (it once took minutes for 18 MB).
    /// Times are the thread's CPU time (`bestThreadSeconds`), as in the hostile inputs' test.
    @Test func longTextsReadInLinearTime() throws {
        func line(_ count: Int) -> [UInt8] { Array(("{\"id\": 1, \"text\": \"" + String(repeating: "- mục một\\n", count: count) + "\"}").utf8) }
        func best(_ bytes: [UInt8]) throws -> Double {
            try bestThreadSeconds { _ = try JSONLinesRecord(line: bytes) }
        }
        let small = try best(line(20_000))
        let large = try best(line(200_000))
        #expect(large / small < 25, "10 times the text took \(large / small) times as long")
    }
}
