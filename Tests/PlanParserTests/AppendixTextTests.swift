import Testing
@testable import PlanParser

/// The text of an appendix: every line that is not its heading, title, reference line or
/// tables (forms, notes, prose between tables), so that no line of it is lost.
@Suite struct AppendixTextTests {
    /// A small signed plan followed by `tail`.
    private func appendices(_ tail: String) -> [Appendix] {
        let text = "Số: 36/KH-UBND\nQuảng Ngãi, ngày 07 tháng 02 năm 2024\nKẾ HOẠCH\nTên\nI. MỤC ĐÍCH\nNâng cao./.\nCHỦ TỊCH\nNguyễn Văn An\n"
        return PlanDocument(parsing: text + tail, sourceName: "t.txt").appendices
    }

    @Test func proseBeforeBetweenAndAfterTables() throws {
        let appendix = try #require(appendices("""
            PHỤ LỤC
            Lịch làm việc
            (Kèm theo Kế hoạch số 36/KH-UBND)
            Các đơn vị theo dõi lịch dưới đây.
            STT\tNội dung\tThời gian
            1\tHọp giao ban\tTháng 3
            Lịch bổ sung:
            STT\tNội dung\tThời gian
            1\tTổng kết\tTháng 12
            Ghi chú: lịch có thể thay đổi.

            """).first)
        #expect(appendix.title == "Lịch làm việc")
        #expect(appendix.tables.map(\.rows) == [[["1", "Họp giao ban", "Tháng 3"]], [["1", "Tổng kết", "Tháng 12"]]])
        #expect(appendix.text == "Các đơn vị theo dõi lịch dưới đây.\nLịch bổ sung:\nGhi chú: lịch có thể thay đổi.")
    }

    @Test func noOtherLineGivesNoText() throws {
        let appendix = try #require(appendices("PHỤ LỤC\nTọa độ\nSTT\tTên điểm\tVĩ độ\n1\tĐiểm A\t20,2\n").first)
        #expect(appendix.tables.count == 1)
        #expect(appendix.text == nil)
    }

    @Test func repeatedHeaderAndContinuedRowAreTheTables() throws {
        let appendix = try #require(appendices("""
            PHỤ LỤC
            Phân công
            STT\tNội dung\tChủ trì
            1\tLập danh sách\tBan Thường trực
            \tvà gửi về xã\t
            STT\tNội dung\tChủ trì
            2\tTổng hợp\tVăn phòng

            """).first)
        #expect(appendix.tables.first?.rows == [["1", "Lập danh sách và gửi về xã", "Ban Thường trực"], ["2", "Tổng hợp", "Văn phòng"]])
        #expect(appendix.text == nil)
    }

    @Test func noteAfterATableOfOneCellPerLine() throws {
        let appendix = try #require(appendices("PHỤ LỤC\nPhân công\n\nSTT\n\nNội dung\n\nĐơn vị chủ trì\n\n1\n\nLập danh sách\n\nBan Thường trực\n\nGhi chú cuối trang.\n").first)
        #expect(appendix.tables.first?.rows == [["1", "Lập danh sách", "Ban Thường trực"]])
        #expect(appendix.text == "Ghi chú cuối trang.")
    }

    @Test func unfinishedLastRowOfOneCellPerLineIsText() throws {
        // The row "2" has two cells of three: it is no row, and its lines are not lost.
        let appendix = try #require(appendices("PHỤ LỤC\nPhân công\n\nSTT\n\nNội dung\n\nĐơn vị chủ trì\n\n1\n\nLập danh sách\n\nBan Thường trực\n\n2\n\nTổng hợp\n").first)
        #expect(appendix.tables.first?.rows == [["1", "Lập danh sách", "Ban Thường trực"]])
        #expect(appendix.text == "2\nTổng hợp")
    }

    @Test func aFormIsText() throws {
        let appendix = try #require(appendices("""
            Mẫu số 01
            BIÊN BẢN HỘI NGHỊ CỬ TRI
            Hồi..... giờ..... ngày..... tháng..... năm 2026, tại thôn ........., đã tiến hành hội nghị.
            1. Thành phần hội nghị gồm:
            - Tổng số cử tri được mời: ..........

            """).first)
        // A sentence under the title's first line, and a list item, are no title.
        #expect(appendix.title == "BIÊN BẢN HỘI NGHỊ CỬ TRI")
        #expect(appendix.text == "Hồi..... giờ..... ngày..... tháng..... năm 2026, tại thôn ........., đã tiến hành hội nghị.\n1. Thành phần hội nghị gồm:\n- Tổng số cử tri được mời: ..........")
    }

    @Test func aBlankToFillEndsNoTitle() throws {
        // "……" and "..." after dots are a form's blanks, not a sentence's end.
        let appendix = try #require(appendices("Mẫu số 02\nỦY BAN NHÂN DÂN XÃ (1)……\nBIÊN BẢN HỘI NGHỊ (2)……..\nNội dung hội nghị.\n").first)
        #expect(appendix.title == "ỦY BAN NHÂN DÂN XÃ (1)…… BIÊN BẢN HỘI NGHỊ (2)……..")
        #expect(appendix.text == "Nội dung hội nghị.")
    }

    @Test func theLedgerGivesTheTextLinesToTheAppendix() throws {
        let text = "Số: 36/KH-UBND\nQuảng Ngãi, ngày 07 tháng 02 năm 2024\nKẾ HOẠCH\nTên\nI. MỤC ĐÍCH\nNâng cao./.\nCHỦ TỊCH\nNguyễn Văn An\nPHỤ LỤC\nLịch\nGhi chú: lịch có thể thay đổi.\n"
        let bytes = Array(text.utf8)
        let parser = DocumentParser(source: DecodedSource(bytes: bytes), name: "t.txt", byteCount: bytes.count, keepsLedgerTexts: true)
        guard case .text(.appendix, let element) = parser.ledger.owners[10] else {
            Issue.record("line 11 is owned by \(parser.ledger.owners[10])")
            return
        }
        #expect(parser.ledger.elementTexts[element].string == "Ghi chú: lịch có thể thay đổi.")
        #expect(parser.document.appendices.first?.text == "Ghi chú: lịch có thể thay đổi.")
    }
}
