import Testing
@testable import PlanParser

/// The name of an addressee, trimmed by its bounds: compared with a byte-at-a-time reference
/// over every short tail of spaces, stops, commas and letters.
@Suite struct RecipientTrimTests {
    @Test func namesLoseTrailingSpacesAndPunctuation() {
        let stops: Set<UInt8> = [0x20, UInt8(ascii: "."), UInt8(ascii: ",")]
        for tail in ByteStrings.every(over: "a .,", upTo: 6) {
            // The reference: the name with its trailing spaces, stops and commas dropped one by one.
            var expected = Array("Sở".utf8) + tail
            while let last = expected.last, stops.contains(last) { expected.removeLast() }
            let cell = SignatureParser.Cell(line: 3, text: Array("- Sở".utf8) + tail)
            let recipients = RecipientParser.parse([cell]).recipients
            #expect(recipients.map(\.name) == [String(decoding: expected, as: UTF8.self)], "tail '\(String(decoding: tail, as: UTF8.self))'")
        }
        // Leading spaces after the marker, and around a ";" between addressees.
        let cell = SignatureParser.Cell(line: 1, text: Array("-   Sở Y tế ;  Sở Tài chính,.".utf8))
        #expect(RecipientParser.parse([cell]).recipients.map(\.name) == ["Sở Y tế", "Sở Tài chính"])
    }

    @Test func itemsOnOneLineSplitAtADashBetweenSpacesAfterAStop() {
        let cases: [(String, [String])] = [
            ("- Bộ A. - Sở B; - Ban C", ["Bộ A", "Sở B", "Ban C"]),
            ("- A. - B", ["A", "B"]),
            ("- Bộ A - Sở B", ["Bộ A - Sở B"]),
            ("- Bộ A.- Sở B", ["Bộ A.- Sở B"]),
            ("- Bộ A. -Sở B", ["Bộ A. -Sở B"]),
        ]
        for (text, names) in cases {
            let cell = SignatureParser.Cell(line: 1, text: Array(text.utf8))
            #expect(RecipientParser.parse([cell]).recipients.map(\.name) == names, "\(text)")
        }
    }
}
