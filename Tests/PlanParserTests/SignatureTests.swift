import Foundation
import Testing
@testable import PlanParser

/// Signature blocks, recipients, the archive line and the issuer, in the forms issue #4 lists.
@Suite struct SignatureTests {
    /// A small plan whose tail (after the closing "./.") is `tail`.
    private func plan(_ tail: String, header: String = "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\n") -> PlanDocument {
        let text = """
            \(header)Số: 36/KH-UBND
            Quảng Ngãi, ngày 07 tháng 02 năm 2024
            KẾ HOẠCH
            Truyền thông về hoạt động kiểm soát thủ tục hành chính năm 2024
            I. MỤC ĐÍCH
            Nâng cao nhận thức./.
            \(tail)
            """
        return PlanDocument(parsing: text, sourceName: "test.txt")
    }

    @Test func stackedAuthorities() {
        let signers = plan("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n(Đã ký)\n\nLê Đại Thăng").signers
        #expect(signers == [Signer(authority: [Authority(form: "TM", of: "ỦY BAN NHÂN DÂN"), Authority(form: "KT", of: "CHỦ TỊCH")],
                                   position: "PHÓ CHỦ TỊCH", name: "Lê Đại Thăng", line: 9)])
        let deep = plan("TL. CHỦ TỊCH\nKT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\nNguyễn Văn An").signers
        #expect(deep.first?.authority.map(\.form) == ["TL", "KT"])
        #expect(deep.first?.position == "PHÓ CHÁNH VĂN PHÒNG")
    }

    @Test func prefixesWithoutDotOrSpaceAndPartyForms() {
        #expect(plan("KT.CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn An").signers.first?.authority == [Authority(form: "KT", of: "CHỦ TỊCH")])
        #expect(plan("KT CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn An").signers.first?.authority == [Authority(form: "KT", of: "CHỦ TỊCH")])
        #expect(plan("K/T TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\nNgô Đông Hải").signers.first?.authority == [Authority(form: "KT", of: "TRƯỞNG BAN")])
        #expect(plan("tm . ubnd thành phố\nchủ tịch\nNguyễn Văn An").signers.first?.authority == [Authority(form: "TM", of: "ubnd thành phố")])
    }

    @Test func authorityAndTitleWrappedOverTwoLines() {
        let signer = plan("TM. ỦY BAN NHÂN\nDÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH THƯỜNG\nTRỰC\nTrần Chí Hùng").signers.first
        #expect(signer?.authority == [Authority(form: "TM", of: "ỦY BAN NHÂN DÂN"), Authority(form: "KT", of: "CHỦ TỊCH")])
        #expect(signer?.position == "PHÓ CHỦ TỊCH THƯỜNG TRỰC")
    }

    @Test func roleUnderTheNameAndDraftWithoutName() {
        let signer = plan("TRƯỞNG BAN\nNguyễn Văn An\nTRƯỞNG BAN XÂY DỰNG ĐẢNG").signers
        #expect(signer == [Signer(position: "TRƯỞNG BAN", name: "Nguyễn Văn An", line: 9, role: "TRƯỞNG BAN XÂY DỰNG ĐẢNG")])
        #expect(plan("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH").signers == [
            Signer(authority: [Authority(form: "TM", of: "ỦY BAN NHÂN DÂN")], position: "CHỦ TỊCH", name: nil, line: 9),
        ])
    }

    @Test func jointSignersSideBySide() {
        let signers = plan("TM. BAN THƯỜNG TRỰC\tTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\tCHỦ TỊCH\nLan Thị Vân\tNguyễn Văn An").signers
        #expect(signers.map(\.name) == ["Lan Thị Vân", "Nguyễn Văn An"])
        #expect(signers.map { $0.authority.first?.of } == ["BAN THƯỜNG TRỰC", "ỦY BAN NHÂN DÂN"])
    }

    @Test func recipientsSharingLinesWithTheSignature() {
        let document = plan("Nơi nhận:          KT. CHỦ TỊCH\n- Như trên;          PHÓ CHỦ TỊCH\n- Lưu: VT, KSTTHC. | \n\t\tNguyễn Văn An")
        #expect(document.recipients.map(\.name) == ["Như trên"])
        #expect(document.archive?.units == ["VT", "KSTTHC"])
        #expect(document.signers.first?.authority == [Authority(form: "KT", of: "CHỦ TỊCH")])
        #expect(document.signers.first?.position == "PHÓ CHỦ TỊCH")
        #expect(document.signers.first?.name == "Nguyễn Văn An")
        let piped = plan("Nơi nhận:\n- Sở Tư pháp;\n- Lưu: VT, KSTTHC. | KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn An")
        #expect(piped.archive?.units == ["VT", "KSTTHC"])
        #expect(piped.signers.first?.authority == [Authority(form: "KT", of: "CHỦ TỊCH")])
    }

    @Test func signatureBeforeTheRecipients() {
        let document = plan("CHỦ TỊCH\nNguyễn Văn An\nNơi nhận:\n- Sở Tư pháp;\n- Lưu: VT.")
        #expect(document.signers.map(\.name) == ["Nguyễn Văn An"])
        #expect(document.recipients.map(\.name) == ["Sở Tư pháp"])
    }

    @Test func recipientItems() {
        let document = plan("""
            Nơi nhận:
            - Bộ Nông nghiệp và Môi trường (để
            b/c);
            - Thường trực Tỉnh ủy (b/c);
            - LĐVP; TTTH-Công báo;
            - Các sở (Th/h);
            - Như Điều 3;
            + LĐVP (để thực hiện);
            Cổng thông tin điện tử tỉnh
            - Lưu: VT, KH (6).
            08 KH
            CHỦ TỊCH
            Nguyễn Văn An
            """)
        #expect(document.recipients.map(\.name) == [
            "Bộ Nông nghiệp và Môi trường", "Thường trực Tỉnh ủy", "LĐVP", "TTTH-Công báo", "Các sở", "Như Điều 3", "LĐVP",
            "Cổng thông tin điện tử tỉnh",
        ])
        #expect(document.recipients.map(\.note) == ["để b/c", "b/c", nil, nil, "Th/h", nil, "để thực hiện", nil])
        #expect(document.recipients.first?.line == 10)
        #expect(document.archive == Archive(text: "Lưu: VT, KH (6).", units: ["VT", "KH"], line: 18, copies: 6, code: "08 KH"))
        #expect(document.signers.map(\.name) == ["Nguyễn Văn An"])
    }

    @Test func archiveForms() {
        #expect(plan("Nơi nhận:\n- Lưu: VT, VP(D10b)").archive?.units == ["VT", "VP"])
        #expect(plan("Nơi nhận:\n- Lưu VT, NC (KH03).").archive?.units == ["VT", "NC"])
        #expect(plan("Nơi nhận:\n- Lưu: VT,VP.").archive?.units == ["VT", "VP"])
        #expect(plan("Nơi nhận:\n- Lưu: VT, KGVX. Thg.").archive?.units == ["VT", "KGVX"])
        #expect(plan("Nơi nhận:\n- Lưu: VT, DT (KH03), M.A166/11.").archive?.units == ["VT", "DT"])
    }

    @Test func kinhGuiRecipients() {
        let text = """
            BỘ TÀI CHÍNH
            Số: 2499/TC-TCDN
            V/v thực hiện Thông tư số 126/2004/TT-BTC
            Hà Nội, ngày 02 tháng 3 năm 2005
            Kính gửi:\t- Các Bộ, cơ quan ngang Bộ;
            - Uỷ ban nhân dân các tỉnh, thành phố.
            Vừa qua, một số Bộ, ngành đã có văn bản gửi Bộ Tài chính.
            """
        let document = PlanDocument(parsing: text, sourceName: "cv.txt")
        #expect(document.recipients.map(\.name) == ["Các Bộ, cơ quan ngang Bộ", "Uỷ ban nhân dân các tỉnh, thành phố"])
        #expect(document.preamble?.text == "Vừa qua, một số Bộ, ngành đã có văn bản gửi Bộ Tài chính.")
        let single = PlanDocument(parsing: text.replacingOccurrences(of: "Kính gửi:\t- Các Bộ, cơ quan ngang Bộ;\n- Uỷ ban nhân dân các tỉnh, thành phố.", with: "Kính gửi: Ủy ban nhân dân các huyện."), sourceName: "cv.txt")
        #expect(single.recipients.map(\.name) == ["Ủy ban nhân dân các huyện"])
    }

    @Test func issuerInferredWhenTheHeaderDoesNotPrintIt() {
        let text = """
            Số: 36/KH-UBND
            Quảng Ngãi, ngày 07 tháng 02 năm 2024
            KẾ HOẠCH
            Truyền thông năm 2024 trên địa bàn tỉnh Quảng Ngãi
            I. MỤC ĐÍCH
            Nâng cao nhận thức./.
            CHỦ TỊCH
            Nguyễn Văn An
            """
        let document = PlanDocument(parsing: text, sourceName: "test.txt")
        #expect(document.document.issuer == "Ủy ban nhân dân tỉnh Quảng Ngãi")
        #expect(document.diagnostics.contains { $0.code == "header.issuer-inferred" })
        #expect(!document.diagnostics.contains { $0.code == "header.issuer-missing" })
        #expect(plan("CHỦ TỊCH\nNguyễn Văn An").document.issuer == "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI")
    }

    @Test func nameInCapitals() {
        let signer = plan("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNGUYỄN VĂN AN").signers.first
        #expect(signer?.position == "PHÓ CHỦ TỊCH")
        #expect(signer?.name == "NGUYỄN VĂN AN")
    }

    // MARK: Found in review

    @Test func familyNameLuuIsNoArchive() {
        let document = plan("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLưu Quang Huy\nNơi nhận:\n- Sở Y tế;\n- Lưu: VT.")
        #expect(document.signers.map(\.name) == ["Lưu Quang Huy"])
        #expect(document.recipients.map(\.name) == ["Sở Y tế"])
        #expect(document.archive?.units == ["VT"])
    }

    @Test func titleAndNameInOneCell() {
        let document = plan("Nơi nhận: - Thủ tướng Chính phủ; - Lưu: VT, BCĐ(3b) | TRƯỞNG BAN PHÓ THỦ TƯỚNG Nguyễn Thiện Nhân |")
        #expect(document.signers == [Signer(position: "TRƯỞNG BAN PHÓ THỦ TƯỚNG", name: "Nguyễn Thiện Nhân", line: 9)])
        #expect(document.recipients.map(\.name) == ["Thủ tướng Chính phủ"])
        #expect(document.archive?.copies == 3)
    }

    @Test func positionLinesAreNotTheAuthority() {
        let signer = plan("TM. BAN CHỈ ĐẠO\nTRƯỞNG BAN\nPHÓ THỦ TƯỚNG\nNguyễn Thiện Nhân").signers.first
        #expect(signer?.authority == [Authority(form: "TM", of: "BAN CHỈ ĐẠO")])
        #expect(signer?.position == "TRƯỞNG BAN PHÓ THỦ TƯỚNG")
        let continued = plan("TM. BAN THƯỜNG VỤ\nTỈNH ĐOÀN\nBÍ THƯ\nNguyễn Văn An").signers.first
        #expect(continued?.authority == [Authority(form: "TM", of: "BAN THƯỜNG VỤ TỈNH ĐOÀN")])
    }

    @Test func stackedUnsignedBlocks() {
        let signers = plan("TM. BTV TỈNH ĐOÀN\nBÍ THƯ\n\nTM. SỞ GIÁO DỤC\nGIÁM ĐỐC\nTrần Thị Hoa").signers
        #expect(signers.map(\.position) == ["BÍ THƯ", "GIÁM ĐỐC"])
        #expect(signers.map(\.name) == [nil, "Trần Thị Hoa"])
    }

    @Test func ethnicMinorityNamesAndCaseOfLegacyBlocks() {
        #expect(plan("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nY Thanh Hà Niê Kdăm").signers.first?.name == "Y Thanh Hà Niê Kdăm")
        #expect(plan("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nH’Yim Kđoh").signers.first?.name == "H’Yim Kđoh")
        #expect(plan("tm . ubnd thành phố\nchủ tịch\nNguyễn Văn Bình").signers.first?.position == "chủ tịch")
        let titled = plan("Kt. Giám đốc\nPhó Giám đốc\nNguyễn Văn Bình").signers.first
        #expect(titled?.authority == [Authority(form: "KT", of: "Giám đốc")])
        #expect(titled?.position == "Phó Giám đốc")
    }

    @Test func recipientDetails() {
        let document = plan("""
            Nơi nhận:
            - Bộ Giáo dục và Đào tạo; (để báo cáo)
            - Bộ Y tế (Để báo cáo)
            Thường trực Tỉnh ủy
            - Lưu: VT, VP, KGVX,
            NC; KTTH.
            CHỦ TỊCH
            Nguyễn Văn An
            """)
        #expect(document.recipients.map(\.name) == ["Bộ Giáo dục và Đào tạo", "Bộ Y tế", "Thường trực Tỉnh ủy"])
        #expect(document.recipients.map(\.note) == ["để báo cáo", "Để báo cáo", nil])
        #expect(document.archive?.units == ["VT", "VP", "KGVX", "NC", "KTTH"])
        #expect(document.signers.map(\.position) == ["CHỦ TỊCH"])
        let noColon = plan("Nơi nhận:\nNhư trên\nSở Y tế\nLưu VT")
        #expect(noColon.archive?.units == ["VT"])
    }

    @Test func issuerFromTheSignatureOrAnOrganInThePreamble() {
        func issuer(_ preamble: String, _ tail: String) -> String? {
            let text = "Số: 36/KH-UBND\nQuảng Ngãi, ngày 07 tháng 02 năm 2024\nKẾ HOẠCH\nTruyền thông\n\(preamble)\nI. MỤC ĐÍCH\nNâng cao nhận thức./.\n\(tail)"
            return PlanDocument(parsing: text, sourceName: "t.txt").document.issuer
        }
        #expect(issuer("Thực hiện chỉ đạo của tỉnh.", "TM. ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI\nCHỦ TỊCH\nNguyễn Văn An") == "Ủy ban nhân dân tỉnh Quảng Ngãi")
        #expect(issuer("Thực hiện chỉ đạo của tỉnh.", "TM. UBND THÀNH PHỐ\nCHỦ TỊCH\nNguyễn Văn An") == "Ủy ban nhân dân thành phố Quảng Ngãi")
        #expect(issuer("Nhằm hướng dẫn các địa phương xây dựng kế hoạch thực hiện, UBND tỉnh ban hành Kế hoạch như sau:", "CHỦ TỊCH\nNguyễn Văn An") == "Ủy ban nhân dân tỉnh Quảng Ngãi")
        #expect(issuer("Căn cứ tình hình thực tế Ủy ban nhân dân xã xây dựng Kế hoạch như sau:", "CHỦ TỊCH\nNguyễn Văn An") == "Ủy ban nhân dân xã Quảng Ngãi")
    }

    @Test func endMarkBeforeANumberedHeadingIsNoEnd() {
        let text = "Số: 36/KH-UBND\nQuảng Ngãi, ngày 07 tháng 02 năm 2024\nKẾ HOẠCH\nTruyền thông\nI. MỤC ĐÍCH\nNâng cao nhận thức./.\nII. NỘI DUNG\nTuyên truyền.\nCHỦ TỊCH\nNguyễn Văn An"
        #expect(PlanDocument(parsing: text, sourceName: "t.txt").sections.map(\.number) == ["I", "II"])
    }

    @Test func anAttachedDocumentAddsNoSigner() {
        let document = plan("CHỦ TỊCH\nNguyễn Văn Bình\nỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH QUẢNG NGÃI\tĐộc lập - Tự do - Hạnh phúc\nKẾ HOẠCH\nThực hiện nhiệm vụ\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nTrần Văn Cường")
        #expect(document.signers == [Signer(position: "CHỦ TỊCH", name: "Nguyễn Văn Bình", line: 9)])
    }

    @Test func bodyLinesThatOnlyLookLikeTheEnd() {
        let text = "Số: 36/KH-UBND\nQuảng Ngãi, ngày 07 tháng 02 năm 2024\nKẾ HOẠCH\nTruyền thông\nI. MỤC ĐÍCH\nNơi nhận hồ sơ: Bộ phận một cửa của xã.\nTra cứu tại https://vbpl.vn/.\nII. NỘI DUNG\nTuyên truyền./.\nNơi nhận:\n- Sở Tư pháp;\nCHỦ TỊCH\nNguyễn Văn An"
        let document = PlanDocument(parsing: text, sourceName: "t.txt")
        #expect(document.sections.map(\.number) == ["I", "II"])
        #expect(document.recipients.map(\.name) == ["Sở Tư pháp"])
        #expect(document.signers.map(\.name) == ["Nguyễn Văn An"])
    }
}
