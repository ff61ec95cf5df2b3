import Testing
@testable import PlanParser

/// Converter debris around and inside real documents: crawled pages, hard-wrapped
/// markdown, flattened headers, footnotes, invisible characters, damaged text.
@Suite struct DebrisTests {
    /// A crawled page: YAML front matter, a site banner, a metadata table, a header
    /// hard-wrapped by markdown (issuer, number and date split over lines), an NBSP between
    /// words and a zero-width space inside one, footnote marks and the footnotes after the signature,
    /// a form feed at a page break.
    static let crawledPage = """
        ---
        title: "Kế hoạch 2820"
        date: 2025-11-18
        ---

        Trang chủ | Đăng nhập | Đăng ký
        Bạn phải đăng nhập để xem toàn văn

        | Số hiệu | 2820/KH-UBND |
        |---|---|
        | Ngày ban hành | 18/11/2025 |

        **ỦY BAN NHÂN
        DÂN**
        **TỈNH\u{A0}NGHỆ AN**

        **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
        Độc lập - Tự do - Hạnh phúc

        Số:
        2820/KH-UBND

        *Nghệ An, ngày 18
        tháng 11 năm 2025*

        **KẾ HOẠ\u{200B}CH**

        Triển khai công tác[1] chuyển đổi số

        **I. MỤC ĐÍCH**

        1. Nâng cao\u{A0}nhận thức *[2]*, kỹ năng số.
        \u{0C}
        **II. NHIỆM VỤ**

        1. Tổ chức thực hiện./.

        **TM. ỦY BAN NHÂN DÂN**
        **KT. CHỦ TỊCH**
        **PHÓ CHỦ TỊCH**

        Nguyễn Văn An

        [1] Theo Nghị quyết số 57-NQ/TW ngày 22/12/2024
        của Bộ Chính trị.
        [2] Ghi chú hai.
        """

    @Test func crawledPageDebrisStaysOutOfTheFields() throws {
        let plan = PlanDocument(parsing: Self.crawledPage)
        #expect(plan.document.type == DocumentType(code: "KH", name: "Kế hoạch"))
        #expect(plan.document.number == "2820")
        #expect(plan.document.symbol == "KH-UBND")
        #expect(plan.document.issuer == "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN")
        #expect(plan.document.place == "Nghệ An")
        #expect(plan.document.date?.iso == "2025-11-18")
        #expect(plan.document.title == "Triển khai công tác chuyển đổi số")
        #expect(plan.sections.map(\.title) == ["MỤC ĐÍCH", "NHIỆM VỤ"])
        #expect(plan.sections[0].children.map(\.title) == ["Nâng cao nhận thức, kỹ năng số."])
        #expect(plan.signers.map(\.name) == ["Nguyễn Văn An"])
        #expect(plan.footnotes == [
            Footnote(number: "1", text: "Theo Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị.", line: 44),
            Footnote(number: "2", text: "Ghi chú hai.", line: 46),
        ])
        #expect(plan.citations.map(\.number) == ["57-NQ/TW"])
        #expect(plan.zones.map(\.kind) == [.other, .header, .body, .signature, .footnote])
        // The front matter is left out; the debris before the header is reported with its
        // text, line by line.
        #expect(plan.diagnostics.filter { $0.code == "text.front-matter" }.map(\.line) == [1])
        let debris = plan.diagnostics.filter { $0.code == "text.before-header" }.compactMap(\.line)
        #expect(debris == [6, 7, 9, 11])
    }

    @Test func headerReadColumnByColumn() {
        let plan = PlanDocument(parsing: """
            ỦY BAN MTTQ VIỆT NAM
            XÃ LƯƠNG MINH
            Số: 12/KH-MTTQ-BTT
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Lương Minh, ngày 25 tháng 11 năm 2025
            KẾ HOẠCH
            Tổ chức hội nghị hiệp thương
            I. MỤC ĐÍCH
            1. Bảo đảm dân chủ.
            """)
        #expect(plan.document.issuer == "ỦY BAN MTTQ VIỆT NAM XÃ LƯƠNG MINH")
        #expect(plan.document.number == "12")
        #expect(plan.document.symbol == "KH-MTTQ-BTT")
        #expect(plan.document.place == "Lương Minh")
        #expect(plan.document.date?.iso == "2025-11-25")
        #expect(plan.document.title == "Tổ chức hội nghị hiệp thương")
    }

    @Test(arguments: [" | ", "        ", "\t"])
    func headerFlattenedOnOneLine(_ separator: String) {
        let plan = PlanDocument(parsing: """
            UBND TỈNH QUẢNG TRỊ\(separator)CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Số: 41/KH-UBND\(separator)Quảng Trị, ngày 02 tháng 3 năm 2019
            KẾ HOẠCH
            Phòng chống thiên tai
            I. MỤC ĐÍCH
            """)
        #expect(plan.document.issuer == "UBND TỈNH QUẢNG TRỊ")
        #expect(plan.document.number == "41")
        #expect(plan.document.place == "Quảng Trị")
        #expect(plan.document.date?.iso == "2019-03-02")
        #expect(plan.document.title == "Phòng chống thiên tai")
    }

    @Test func tonePlacementVariantsMatchTheSameKeywordsAndKeepThePrintedValue() {
        let plan = PlanDocument(parsing: """
            UỶ BAN NHÂN DÂN XÃ HOÀ BÌNH
            Số: 3/KH-UBND
            KẾ HOẠCH
            Phòng chống thiên tai năm 2025
            I. MỤC ĐÍCH
            1. Bảo đảm an toàn.
            II. TỔ CHỨC THỰC HIỆN
            1. Văn phòng Uỷ ban: theo dõi, tổng hợp.
            TM. UỶ BAN NHÂN DÂN
            CHỦ TỊCH
            Trần Văn Thuỷ
            """)
        #expect(plan.document.issuer == "UỶ BAN NHÂN DÂN XÃ HOÀ BÌNH")
        #expect(plan.sections.map(\.kinds) == [[.purpose], [.implementation]])
        #expect(plan.signers.first?.authority == [Authority(form: "TM", of: "UỶ BAN NHÂN DÂN")])
        #expect(plan.signers.first?.name == "Trần Văn Thuỷ")
    }

    @Test func lettersSplitByAPDFExtractorAreReported() {
        let plan = PlanDocument(parsing: """
            Số: 5/KH-UBND
            KẾ HOẠCH
            Rà soát năm 2025
            I. NỘI DUNG
            1. Gửi UBND các t ỉ nh, thành phố; các Bộ: Ng o ại giao, Lao động và Xã hộ i.
            """)
        let damage = plan.diagnostics.filter { $0.code == "text.split-letters" }
        #expect(damage.map(\.line) == [5])
    }

    @Test func lettersLostInAConversionAreReported() {
        let words = "Lương Minh, ngy 25 thng 11 năm 2025. Tổ chức cc hội nghị hiệp thương v hướng dẫn cc thn giới thiệu người ứng cử. "
        let plan = PlanDocument(parsing: "Số: 5/KH-UBND\nKẾ HOẠCH\nHiệp thương\nI. NỘI DUNG\n1. " + String(repeating: words, count: 3))
        #expect(plan.diagnostics.contains { $0.code == "text.lost-letters" && $0.line == 5 })
    }

    @Test func soundTextIsNotReportedAsDamaged() throws {
        for name in Fixtures.names {
            let plan = PlanDocument(parsing: try Fixtures.bytes(name))
            #expect(!plan.diagnostics.contains { $0.code == "text.split-letters" || $0.code == "text.lost-letters" }, "\(name)")
        }
        let plan = PlanDocument(parsing: """
            Số: 5/KH-UBND
            KẾ HOẠCH
            Bảo vệ môi trường
            I. NỘI DUNG
            1. Theo điểm a khoản 1 và điểm b khoản 2 Điều 6; xử lý ô nhiễm ở các xã; y tế dự phòng; ý kiến của Bộ Y tế (b/c); giá 120.000 đ/kg; từ 7h00; tỷ lệ a = b/c.
            """)
        #expect(!plan.diagnostics.contains { $0.code.hasPrefix("text.") })
    }
}

/// Footnotes are the notes printed after the last page, not any "[1]" in the text.
@Suite struct FootnoteTests {
    @Test func aReferenceListBeforeTheTailIsBodyText() {
        let plan = PlanDocument(parsing: """
            Số: 5/KH-UBND
            KẾ HOẠCH
            Chuyển đổi số
            I. CĂN CỨ
            Tài liệu tham khảo:
            [1] Luật Giao dịch điện tử năm 2023.
            [2] Nghị định số 42/2022/NĐ-CP.

            Nơi nhận:                                     KT. CHỦ TỊCH
            - UBND tỉnh;                                  PHÓ CHỦ TỊCH
            - Lưu: VT.
                                                          Trần Văn Bình
            """)
        #expect(plan.footnotes.isEmpty)
        #expect(plan.signers.map(\.name) == ["Trần Văn Bình"])
        #expect(plan.recipients.map(\.name) == ["UBND tỉnh"])
    }

    @Test func bracketedNumbersAfterASpaceAreText() {
        let plan = PlanDocument(parsing: "Số: 5/KH-UBND\nKẾ HOẠCH\nThử\nI. NỘI DUNG\n1. Báo cáo theo Mẫu số [01], xem mục [3] và [12].\n")
        #expect(plan.sections.first?.children.first?.title == "Báo cáo theo Mẫu số [01], xem mục [3] và [12].")
    }
}
