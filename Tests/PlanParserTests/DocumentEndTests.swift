import Testing
@testable import PlanParser

/// The header and tail phases read the lines given them only up to the document's end (the
/// footnotes' start): the lines past it are shared with them uncopied, never read.
@Suite struct DocumentEndTests {
    @Test func headerNumberIsNotTakenFromPastTheEnd() {
        let lines = [SourceLine.plain("Số:", number: 1), SourceLine.plain("15/KH-UBND", number: 2)]
        // The number is on the next line, when that line is the document's.
        #expect(HeaderParser(lines: lines, documentEnd: 2).parse().header.symbol == "KH-UBND")
        #expect(HeaderParser(lines: lines, documentEnd: 2).parse().header.number == "15")
        // Past the end (a footnote), it is not read.
        #expect(HeaderParser(lines: lines, documentEnd: 1).parse().header.number == nil)
    }

    @Test func bodyEndAndTailStopAtTheEnd() {
        let lines = [SourceLine.plain("Nội dung thực hiện kế hoạch.", number: 1), SourceLine.plain("Tổ chức thực hiện.", number: 2),
                     SourceLine.plain("Nơi nhận:", number: 3), SourceLine.plain("- Như trên;", number: 4)]
        #expect(TailLocator(lines: lines, documentEnd: 4).bodyEnd(from: 0) == 2)
        #expect(TailLocator(lines: lines, documentEnd: 4).tailKinds(from: 2).map(\.kind) == [.recipients, .recipients])
        // With the heading past the end, the body runs to the end (not to the heading), and
        // no tail line is read.
        #expect(TailLocator(lines: lines, documentEnd: 1).bodyEnd(from: 0) == 1)
        #expect(TailLocator(lines: lines, documentEnd: 1).tailKinds(from: 1).isEmpty)
    }

    @Test func signingFormsOfTAndKAreASCII() {
        // A second byte above ASCII rules a "t" or "k" line out; ASCII forms are still read.
        for text in ["Tổ chức thực hiện", "Tư pháp", "KẾ HOẠCH", "Kết quả", "TỔNG BIÊN TẬP"] {
            #expect(SigningForm(Array(text.utf8)) == nil, "\(text)")
        }
        for (text, form) in [("TM. ỦY BAN NHÂN DÂN", "TM"), ("KT. CHỦ TỊCH", "KT"), ("T/M BAN THƯỜNG VỤ", "TM"), ("TUQ. CHỦ TỊCH", "TUQ"),
                             ("Q. GIÁM ĐỐC", "Q")] {
            #expect(SigningForm(Array(text.utf8))?.form == form, "\(text)")
        }
    }

    @Test func signingFormsByTheirSecondByte() {
        // A printable second byte that continues no form rules the line out; a space or a
        // byte above ASCII after "q" is read through the key head.
        for text in ["Trong thời gian", "Kinh phí thực hiện", "Quy định", "TT. CHỦ TỊCH", "T M. CHỦ TỊCH", "K", "Q"] {
            #expect(SigningForm(Array(text.utf8)) == nil, "\(text)")
        }
        for (text, form) in [("TL. BỘ TRƯỞNG", "TL"), ("K/T CHỦ TỊCH", "KT"), ("Q . CHỦ TỊCH", "Q"), ("tm . ubnd tỉnh", "TM"),
                             ("KT/ GIÁM ĐỐC", "KT")] {
            #expect(SigningForm(Array(text.utf8))?.form == form, "\(text)")
        }
    }
}
