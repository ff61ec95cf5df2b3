import Testing
@testable import PlanParser

/// Header forms found in real documents beyond the seeds.
@Suite struct HeaderTests {
    @Test func typeLineNamingTheIssuerLeavesTheTitleBelow() {
        let text = "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ CẦN THƠ\nSố: 16/2005/CT-UB\nCần Thơ, ngày 17 tháng 8 năm 2005\nCHỈ THỊ CỦA ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ\nVề tổ chức thực hiện Luật Đất đai năm 2003 trên\nđịa bàn thành phố Cần Thơ\n\nĐể Luật Đất đai năm 2003 đi vào cuộc sống, Ủy ban nhân dân thành phố chỉ thị:\n1. Sở Tài nguyên và Môi trường chủ trì."
        let document = PlanDocument(parsing: text, sourceName: "ct.txt").document
        #expect(document.type?.name == "Chỉ thị")
        #expect(document.title == "Về tổ chức thực hiện Luật Đất đai năm 2003 trên địa bàn thành phố Cần Thơ")
    }

    @Test func placeAloneOnTheLineAboveTheDate() {
        let text = "ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG THÁP\nSố: 617/KH-UBND\n*Đồng Tháp,\nngày 01 tháng 12 năm 2025*\nKẾ HOẠCH\nChuyển đổi số\nI. MỤC ĐÍCH\nNâng cao."
        let document = PlanDocument(parsing: text, sourceName: "kh.txt")
        #expect(document.document.place == "Đồng Tháp")
        #expect(document.document.date?.iso == "2025-12-01")
        #expect(document.diagnostics.isEmpty)
    }

    @Test func aBlankNumberIsQuotedAsPrinted() {
        // The symbol in the next column, or on the next line: quoted with "Số:".
        for numberLines in ["Số:            /BC-BCT\tHà Nội, ngày 03 tháng 10 năm 2008", "Số:\n/BC-BCT\nHà Nội, ngày 03 tháng 10 năm 2008"] {
            let text = "BỘ CÔNG THƯƠNG\n\(numberLines)\nBÁO CÁO\nTình hình đầu tư\nI. KẾT QUẢ\nNội dung."
            let document = PlanDocument(parsing: text, sourceName: "bc.txt")
            #expect(document.document.symbol == "BC-BCT")
            let blank = document.diagnostics.first { $0.code == "header.number-blank" }
            #expect(blank?.message == "the number is left blank ('Số: /BC-BCT')")
        }
    }
}
