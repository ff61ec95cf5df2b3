import Testing
@testable import PlanParser

/// Where an issuer ends: before a word that no organ's name or title holds ("thành" as
/// "into", "có"), while the names that hold such words ("thành phố") go on.
@Suite struct CitationIssuerTests {
    /// The issuers and subjects of the citations of a small plan (numbered 36/KH-UBND) whose
    /// preamble holds `body`.
    private func fields(_ body: String) -> [[String?]] {
        PlanDocument.smallPlan(preamble: body).citations.map { [$0.issuer, $0.subject] }
    }

    @Test func anIssuerEndsBeforeAVerbNoNameHolds() {
        // A user review's sentence (corpus real/036): the new rates are the decision's, not
        // the subject of 137/2001.
        #expect(fields("Sửa đổi mức thuế suất ban hành kèm theo Quyết định số 137/2001/QĐ/BTC ngày 18/12/2001 của Bộ trưởng Bộ Tài chính thành mức thuế suất thuế nhập khẩu mới quy định tại Danh mục ban hành kèm theo Quyết định này.")
            == [["Bộ trưởng Bộ Tài chính", nil]])
        #expect(fields("Thực hiện Kế hoạch số 05-KH/TU ngày 02/01/2024 của Tỉnh uỷ có quy mô toàn tỉnh.") == [["Tỉnh uỷ", nil]])
        // "thành lập" is still the stop that opens a subject.
        #expect(fields("Căn cứ Quyết định số 1/QĐ-UBND ngày 02/01/2024 của UBND tỉnh thành lập Ban Chỉ đạo.") == [["UBND tỉnh", "thành lập Ban Chỉ đạo"]])
    }

    @Test func theProposerBeforeTheProposal() {
        // A second review's sentences (corpus real/033, real/017).
        #expect(fields("Xét đề nghị của Sở Nông nghiệp & Phát triển nông thôn tại Tờ trình số 66/TTr-SNN ngày 29/4/2008 về việc phê duyệt Kế hoạch.")
            == [["Sở Nông nghiệp & Phát triển nông thôn", "phê duyệt Kế hoạch"]])
        #expect(fields("Theo đề nghị của Sở Tài chính tại Công văn số 3679/STC-QLGCS ngày 05/11/2025.") == [["Sở Tài chính", nil]])
        // An issuer after the number comes first.
        #expect(fields("Theo đề nghị của Sở Tài chính tại Công văn số 3679/STC-QLGCS của Sở Tài chính tỉnh Cần Thơ.") == [["Sở Tài chính tỉnh Cần Thơ", nil]])
        // A direction conveyed in a letter is not the letter's issuer; a proposer in lower
        // case, or words that do not read as an issuer, are none.
        #expect(fields("Căn cứ ý kiến chỉ đạo của Thủ tướng Chính phủ tại Công văn số 5110/VPCP-KTTH ngày 16/9/2002.") == [[nil, nil]])
        #expect(fields("Theo đề nghị của các đơn vị tại Công văn số 12/UBND-VP ngày 16/9/2002.") == [[nil, nil]])
        #expect(fields("Theo đề nghị của Sở Tài chính về việc thu phí theo đúng quy định tại Quyết định số 163/1999/QĐ-BTC.") == [[nil, nil]])
    }

    @Test func namesThatHoldSuchWordsGoOn() {
        let issuers = [
            "Ban Thường trực Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "Uỷ ban thường vụ Quốc hội khoá X", "UBND tỉnh Quảng Ngãi",
            "Thủ tướng Chính phủ", "Ủy ban nhân dân thành phố Cần Thơ", "UBND thành phổ", "Ban Thường vụ thành ủy", "Hội đồng thành viên",
            "Ban Thường vụ thành đoàn",
        ]
        for issuer in issuers {
            #expect(fields("Thực hiện Kế hoạch số 5/KH-ABC ngày 02/01/2024 của \(issuer) về công tác năm 2024.") == [[issuer, "công tác năm 2024"]])
        }
        // A name that ends with "thành phố", before a comma.
        #expect(fields("Thực hiện Kế hoạch số 5/KH-UBND của UBND thành phố, Sở Nội vụ phối hợp.") == [["UBND thành phố", nil]])
    }

    @Test func aSubjectMayFollowTheIssuerAfterAComma() {
        // A second review's sentence (corpus real/005).
        #expect(fields("Căn cứ Quyết định số 128/QĐ-LĐTBXH ngày 17 tháng 3 năm 2023 của Bộ trưởng Bộ Lao động - Thương binh và Xã hội, phê duyệt Điều chỉnh, bổ sung một số nội dung của Kế hoạch truyền thông;")
            == [["Bộ trưởng Bộ Lao động - Thương binh và Xã hội", "phê duyệt Điều chỉnh, bổ sung một số nội dung của Kế hoạch truyền thông"]])
        // After the comma, no verb that opens a subject: none. A verb of the plan's own
        // sentence is none either.
        #expect(fields("Thực hiện Kế hoạch số 5/KH-UBND của UBND tỉnh, các sở triển khai.") == [["UBND tỉnh", nil]])
        #expect(fields("Thực hiện Quyết định số 12/QĐ-UBND ngày 10/01/2024 của UBND tỉnh, tiếp tục đẩy mạnh công tác cải cách hành chính, UBND huyện ban hành Kế hoạch như sau:")
            == [["UBND tỉnh", nil]])
    }
}
