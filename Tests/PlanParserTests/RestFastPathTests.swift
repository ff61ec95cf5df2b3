import Testing
@testable import PlanParser

/// The byte-level paths of the header and tail helpers checked against references written
/// here: a date's ISO text, a symbol's type code, the motto cells.
@Suite struct RestFastPathTests {
    @Test func isoTextOfParsedAndUnusualDates() {
        #expect(IssueDate.isoText(year: 2024, month: 3, day: 5) == "2024-03-05")
        #expect(IssueDate.isoText(year: 2017, month: 12, day: 31) == "2017-12-31")
        #expect(IssueDate.isoText(year: 2017, month: 2, day: nil) == "2017-02")
        #expect(IssueDate.isoText(year: 2017, month: nil, day: 9) == "2017")
        #expect(IssueDate.isoText(year: 1000, month: 0, day: 99) == "1000-00-99")
        #expect(IssueDate.isoText(year: nil, month: 1, day: 1) == nil)
        // Outside four-digit years and two-digit parts: as interpolated.
        #expect(IssueDate.isoText(year: 999, month: 1, day: 2) == "999-01-02")
        #expect(IssueDate.isoText(year: 12345, month: 10, day: 100) == "12345-10-100")
        #expect(IssueDate.isoText(year: 2020, month: -1, day: 3) == "2020-0-1-03")
    }

    @Test func typeCodeSkipsAYearAndEmptyParts() {
        #expect(NumberSymbol.typeCode("KH-UBND") == "KH")
        #expect(NumberSymbol.typeCode("2019/QĐ-UBND") == "QĐ")
        #expect(NumberSymbol.typeCode("KH/TU") == "KH")
        #expect(NumberSymbol.typeCode("//KH--UBND") == "KH")
        #expect(NumberSymbol.typeCode("2019") == nil)
        #expect(NumberSymbol.typeCode("2019/") == nil)
        #expect(NumberSymbol.typeCode("-/") == nil)
        #expect(NumberSymbol.typeCode("") == nil)
        #expect(NumberSymbol.typeCode("201９/KH") == "201９")
        #expect(NumberSymbol.typeCode("QĐ-UBND") == "QĐ")
        // A combining mark after "-" makes one character with it: no split there.
        #expect(NumberSymbol.typeCode("KH-\u{301}UBND/X") == "KH-\u{301}UBND")
        #expect(NumberSymbol.typeCode("2019-\u{301}/KH") == "2019-\u{301}")
        // A prepended mark before "-" and a joiner after "/" join them too; letters do not.
        #expect(NumberSymbol.typeCode("\u{600}-KH/X") == "\u{600}-KH")
        #expect(NumberSymbol.typeCode("KH/\u{200D}X-Y") == "KH/\u{200D}X")
        #expect(NumberSymbol.typeCode("BỘ-KH") == "BỘ")
        #expect(NumberSymbol.typeCode("2025/Đ-KH") == "Đ")
    }

    @Test func removingRulesOnEveryShortText() {
        // Maximal runs of "-", "_", "=" of three bytes or more cut out, the rest kept, trimmed.
        func reference(_ text: [UInt8]) -> [UInt8] {
            var kept: [UInt8] = []
            var run: [UInt8] = []
            for byte in text + [0] {
                if byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "=") {
                    run.append(byte)
                    continue
                }
                if run.count < 3 { kept += run }
                run = []
                if byte != 0 { kept.append(byte) }
            }
            while kept.first == 0x20 { kept.removeFirst() }
            while kept.last == 0x20 { kept.removeLast() }
            return kept
        }
        for text in ByteStrings.every(over: "- _=a", upTo: 7) { #expect(text.removingRules() == reference(text)) }
    }

    @Test func mottoCellsAmongGapsAndPipes() {
        let kinds = { (lines: [SourceLine]) in TailLocator(lines: lines, documentEnd: lines.count).tailKinds(from: 0).map(\.kind) }
        // The motto of an attached document, beside its issuer: the lines from there on are the appendix.
        #expect(kinds([SourceLine.plain("Bộ phận một cửa"), SourceLine.plain("UBND TỈNH | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")]) == [.signature, .appendix])
        // Cut at a column gap only ("UBND TỈNH" / the motto), or at a gap where a "|" is.
        let issuer = Array("UBND TỈNH".utf8).count
        #expect(kinds([SourceLine.plain("Bộ phận một cửa"), SourceLine.plain("UBND TỈNH CỘNG HÒA XÃ HỘI", cellBreaks: [issuer])]) == [.signature, .appendix])
        #expect(kinds([SourceLine.plain("Bộ phận một cửa"), SourceLine.plain("UBND TỈNH CỘNG HÒA XÃ HỘI")]) == [.signature, .signature])
        #expect(kinds([SourceLine.plain("Bộ phận một cửa"), SourceLine.plain("A|Độc lập - Tự do - Hạnh phúc", cellBreaks: [1])]) == [.signature, .appendix])
        #expect(kinds([SourceLine.plain("Bộ phận một cửa"), SourceLine.plain("Phòng Nội vụ | Lưu VT", cellBreaks: [Array("Phòng".utf8).count])]) == [.signature, .signature])
        #expect(kinds([SourceLine.plain("Bộ phận một cửa"), SourceLine.plain("| |Độc lập - Tự do - Hạnh phúc|")]) == [.signature, .appendix])
    }

    /// The first-letter sets written out in `TailLocator` are the first letters of the
    /// heading heads it looks up: all of them, and those that may be in small letters.
    @Test func headingLettersAreTheFirstLettersOfTheHeadingKeys() {
        /// One bit per letter from "a" for the first byte of each head (its bits 16-23).
        func letters(_ heads: [UInt32]) -> UInt32 {
            heads.reduce(0) { mask, head in
                let letter = head >> 16 &- 0x61
                return letter < 26 ? mask | 1 << letter : mask
            }
        }
        #expect(TailLocator.headingLetters == letters(TailLocator.headingHeads))
        #expect(TailLocator.smallHeadingLetters == letters(TailLocator.smallLetterHeads))
        // Headings in small letters start with "p", "m" or "b"; any other in capitals.
        for heading in ["Phụ lục I", "phụ lục 2", "Mẫu số 01", "Biểu mẫu", "KẾ HOẠCH", "DANH MỤC NHIỆM VỤ", "BIỂU TỔNG HỢP"] {
            #expect(TailLocator.isAppendixHeading(Array(heading.utf8)), "\(heading)")
        }
        for text in ["Kế hoạch", "Danh mục nhiệm vụ", "Biểu tổng hợp", "Phương án", "KẾ HOẠCH số 5", "Tổng hợp"] {
            #expect(!TailLocator.isAppendixHeading(Array(text.utf8)), "\(text)")
        }
    }
}
