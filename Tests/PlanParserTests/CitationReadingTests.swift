import Testing
@testable import PlanParser

/// The readings the citation scanner rests on, at their edges: a number's segments (the
/// one after a separator is kept once read, a long one cut, the eighth turn's bound), a
/// date's words (folded only as far as a reading asks).
@Suite struct CitationReadingTests {
    /// The number read at the start of `text`: its text, end, code and symbol.
    private func number(_ text: String) -> (String, Int, String, String)? {
        CitationNumber(Array(text.utf8), at: 0).map { ($0.text, $0.end, $0.code, $0.symbol) }
    }

    @Test func numberSegments() {
        // Eight turns at most: after the eighth, its separator stays without the segment.
        #expect(number("1/A-B-C-D-E-F-G-H-I-J")! == ("1/A-B-C-D-E-F-G-H-", 18, "A", "A-B-C-D-E-F-G-H-"))
        #expect(number("1/A-B-C-D-E-F-G-H-I")! == ("1/A-B-C-D-E-F-G-H-", 18, "A", "A-B-C-D-E-F-G-H-"))
        #expect(number("1/A-B-C-D-E-F-G-H")! == ("1/A-B-C-D-E-F-G-H", 17, "A", "A-B-C-D-E-F-G-H"))
        // A dash spaced on both sides joins a Government or Party suffix only.
        #expect(number("16/2007/NQ - CP")! == ("16/2007/NQ-CP", 15, "NQ", "NQ-CP"))
        #expect(number("5/KH - UBND")! == ("5/KH", 4, "KH", "KH"))
        #expect(number("5/KH- UBND")! == ("5/KH-UBND", 10, "KH", "KH-UBND"))
        // Old symbols with a dot; Party form; lookalikes of Đ; mixed-case codes.
        #expect(number("06/TT.BNV")! == ("06/TT.BNV", 9, "TT", "TT.BNV"))
        #expect(number("18-NQ/TW")! == ("18-NQ/TW", 8, "NQ", "NQ/TW"))
        #expect(number("7/đ-cp.QH")! == ("7/Đ-CP.QH", 10, "Đ", "Đ-CP.QH"))
        #expect(number("45/QĐ-TTG")! == ("45/QĐ-TTg", 10, "QĐ", "QĐ-TTg"))
        #expect(number("2/QYĐ-TTR/CTR.A")! == ("2/QyĐ-TTr/CTr", 14, "QyĐ", "QyĐ-TTr/CTr"))
        // A run longer than twelve bytes is no segment: first (no number) or after a separator.
        #expect(number("12/ABCDEFGHIJKLM-CP") == nil)
        #expect(number("3/KH-ABCDEFGHIJKLMNOP")! == ("3/KH", 4, "KH", "KH"))
    }

    /// The first date in `text`, its words cut at spaces: start, end, parts and the parts
    /// out of range.
    private func date(_ text: String) -> (Int, Int, Int?, Int?, Int?, [String])? {
        let bytes = Array(text.utf8)
        return DateParser.firstDate(in: bytes, words: bytes.wordRanges).map {
            ($0.start, $0.end, $0.date.year, $0.date.month, $0.date.day, $0.invalidParts)
        }
    }

    @Test func dateWords() {
        #expect(date("ngày 08/6/2010 của Bộ Tài chính về")! == (0, 2, 2010, 6, 8, []))
        #expect(date("ngày 07 tháng 8 năm 2017")! == (0, 6, 2017, 8, 7, []))
        // A number glued to its word is a key of its own: the end is still a word index.
        #expect(date("ngày 07 tháng5 năm 2017 về")! == (0, 5, 2017, 5, 7, []))
        #expect(date("ngày 07 tháng 8 năm2017")! == (0, 5, 2017, 8, 7, []))
        #expect(date("ngày tháng 3 năm")! == (0, 4, nil, 3, nil, []))
        #expect(date("ngày 32 tháng 13 năm 2017 x")! == (0, 6, 2017, nil, nil, ["month 13", "day 32"]))
        #expect(date("Ngày 08 tháng 02 năm 2021, UBND")! == (0, 6, 2021, 2, 8, []))
        #expect(date("của ngày 20/3/2024 về")! == (1, 3, 2024, 3, 20, []))
        #expect(date("ngày thứ hai") == nil)
    }
}
