import Testing
@testable import PlanParser

/// Documents other than plans in the same batch: decisions with articles and attached
/// plans, letters, Party documents, and the type read from the title line or the symbol.
@Suite struct DocumentKindTests {
    @Test func decisionArticlesAreNumberedSectionsTitledByTheirFirstSentence() throws {
        let plan = PlanDocument(parsing: try Fixtures.text("synthetic-decision-with-plan"))
        #expect(plan.document.type == DocumentType(code: "QĐ", name: "Quyết định"))
        #expect(plan.sections.map(\.number) == ["1", "2", "3"])
        #expect(plan.sections.allSatisfy { $0.kinds.isEmpty })
        #expect(plan.sections[1].title == "Quyết định này có hiệu lực kể từ ngày ký")
        #expect(plan.sections[1].body.map(\.text) == ["Các quyết định trước đây trái với Quyết định này đều bãi bỏ."])
        #expect(plan.sections[2].title.hasSuffix("chịu trách nhiệm thi hành Quyết định này"))
        #expect(!plan.diagnostics.contains { $0.code.hasPrefix("section.") })
    }

    @Test func planIssuedByADecisionIsParsedAsAnAttachment() throws {
        let decision = PlanDocument(parsing: try Fixtures.text("synthetic-decision-with-plan"))
        #expect(decision.appendices.isEmpty)
        #expect(decision.signers.map(\.name) == ["Trần Văn Bình"])
        #expect(decision.citations.map(\.number) == [nil, "749/QĐ-TTg"])
        #expect(decision.zones.last == Zone(kind: .attachment, line: 29, endLine: 46))
        #expect(decision.attachments.count == 1)
        let plan = try #require(decision.attachments.first)
        #expect(plan.document.type == DocumentType(code: "KH", name: "Kế hoạch"))
        #expect(plan.document.title == "Chuyển đổi số năm 2025 trên địa bàn huyện An Phú")
        #expect(plan.document.attachedTo == "Kèm theo Quyết định số 215/QĐ-UBND ngày 03/3/2025 của Chủ tịch UBND huyện An Phú")
        #expect(plan.document.number == nil && plan.document.date == nil)
        #expect(plan.diagnostics.isEmpty)
        #expect(plan.sections.map(\.number) == ["I", "II", "III"])
        #expect(plan.sections[0].line == 34)
        #expect(plan.citations.map(\.number) == ["42/2022/NĐ-CP"])
        #expect(plan.tasks.map(\.content) == ["Phát triển hạ tầng số"])
        #expect(plan.tasks.first?.lead == ["Phòng Văn hóa và Thông tin"])
        #expect(plan.assignments.map(\.unit) == ["Phòng Văn hóa và Thông tin", "UBND các xã, thị trấn"])
    }

    @Test func appendixHeadedByATypeNameWithoutSectionsStaysAnAppendix() {
        let plan = PlanDocument(parsing: """
            Số: 12/KH-UBND
            KẾ HOẠCH
            Tuyên truyền năm 2025
            I. MỤC ĐÍCH
            Nâng cao nhận thức./.
            CHỦ TỊCH
            Lê Văn An
            HƯỚNG DẪN
            Chấm điểm thi đua theo bảng dưới đây.
            """)
        #expect(plan.attachments.isEmpty)
        #expect(plan.appendices.map(\.heading) == ["HƯỚNG DẪN"])
    }

    @Test func letterWithSubjectLineIsACongVan() {
        let plan = PlanDocument(parsing: """
            BỘ TÀI CHÍNH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Số: 2499/TC-TCDN\tĐộc lập - Tự do - Hạnh phúc
            V/v thực hiện Thông tư số 126/2004/TT-BTC\tHà Nội, ngày 04 tháng 3 năm 2005
            Kính gửi: Ủy ban nhân dân các tỉnh, thành phố.
            1. Về Ban chỉ đạo cổ phần hóa doanh nghiệp.
            """)
        #expect(plan.document.type == DocumentType(code: nil, name: "Công văn"))
        #expect(plan.document.title == "V/v thực hiện Thông tư số 126/2004/TT-BTC")
        #expect(plan.document.number == "2499")
        #expect(plan.recipients.map(\.name) == ["Ủy ban nhân dân các tỉnh, thành phố"])
    }

    @Test func partyDocument() {
        let plan = PlanDocument(parsing: """
            ĐẢNG BỘ TỈNH NAM ĐỊNH          ĐẢNG CỘNG SẢN VIỆT NAM
            HUYỆN ỦY Ý YÊN
            *
            Số 15-KH/HU                    Ý Yên, ngày 12 tháng 4 năm 2024

            KẾ HOẠCH
            thực hiện Chỉ thị số 28-CT/TW của Ban Bí thư

            I. MỤC ĐÍCH
            1. Quán triệt sâu sắc nội dung Chỉ thị.

            T/M BAN THƯỜNG VỤ
            PHÓ BÍ THƯ
            Nguyễn Văn Hải
            """)
        #expect(plan.document.type == DocumentType(code: "KH", name: "Kế hoạch"))
        #expect(plan.document.number == "15")
        #expect(plan.document.symbol == "KH/HU")
        #expect(plan.document.issuer == "ĐẢNG BỘ TỈNH NAM ĐỊNH HUYỆN ỦY Ý YÊN")
        #expect(plan.document.date?.iso == "2024-04-12")
        #expect(plan.citations.map(\.number) == ["28-CT/TW"])
        #expect(plan.signers.first?.authority == [Authority(form: "TM", of: "BAN THƯỜNG VỤ")])
    }

    @Test(arguments: [
        ("CHỈ THỊ", "CT", "Chỉ thị"), ("THÔNG BÁO", "TB", "Thông báo"), ("BÁO CÁO", "BC", "Báo cáo"),
        ("QUY CHẾ", "QC", "Quy chế"), ("TỜ TRÌNH", "TTr", "Tờ trình"),
    ])
    func typeFromTheTitleLine(_ line: String, _ code: String, _ name: String) {
        let plan = PlanDocument(parsing: "Số: 7/\(code)-UBND\n\(line)\nVề công tác năm 2025\n1. Nội dung.\n")
        #expect(plan.document.type == DocumentType(code: code, name: name))
        #expect(plan.document.title == "Về công tác năm 2025")
    }

    @Test func typeFromTheSymbolWhenNoTitleLine() {
        let plan = PlanDocument(parsing: "Số: 7/TB-UBND\nHà Nội, ngày 02 tháng 3 năm 2025\n1. Nội dung.\n")
        #expect(plan.document.type == DocumentType(code: "TB", name: "Thông báo"))
    }
}

/// The first sentence of an article ends after its abbreviations.
@Suite struct ArticleTitleTests {
    @Test func abbreviationsDoNotEndTheFirstSentence() {
        let plan = PlanDocument(parsing: """
            Số: 5/QĐ-UBND
            QUYẾT ĐỊNH
            Về việc giao nhiệm vụ
            Điều 1. Giao Sở Tài chính Tp. Hồ Chí Minh và ThS. Nguyễn Văn An ban hành hướng dẫn. Thời hạn: tháng 3.
            """)
        #expect(plan.sections.first?.title == "Giao Sở Tài chính Tp. Hồ Chí Minh và ThS. Nguyễn Văn An ban hành hướng dẫn")
        #expect(plan.sections.first?.body.map(\.text) == ["Thời hạn: tháng 3."])
    }

    /// A short name ending a sentence is no abbreviation: the first sentence ends there.
    @Test func aShortNameEndsTheFirstSentence() {
        let plan = PlanDocument(parsing: """
            Số: 5/QĐ-UBND
            QUYẾT ĐỊNH
            Về việc giao nhiệm vụ
            Điều 1. Phạm vi áp dụng tại tỉnh Long An. Quy định này áp dụng cho các sở.
            """)
        #expect(plan.sections.first?.title == "Phạm vi áp dụng tại tỉnh Long An")
        #expect(plan.sections.first?.body.map(\.text) == ["Quy định này áp dụng cho các sở."])
    }
}
