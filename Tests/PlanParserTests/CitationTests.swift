import Testing
@testable import PlanParser

/// The reference forms issue #3 lists, each in a small plan of its own.
@Suite struct CitationTests {
    /// A plan numbered 36/KH-UBND whose preamble holds `body`.
    private func plan(_ body: String) -> PlanDocument {
        PlanDocument.smallPlan(preamble: body)
    }

    private func numbers(_ body: String) -> [String?] {
        plan(body).citations.map(\.number)
    }

    @Test func fullForm() throws {
        let citation = try #require(plan("Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về Kiểm soát thủ tục hành chính;").citations.first)
        #expect(citation == Citation(
            type: "Nghị định", number: "63/2010/NĐ-CP", date: IssueDate(year: 2010, month: 6, day: 8),
            issuer: "Chính phủ", subject: "Kiểm soát thủ tục hành chính", lines: [7]))
    }

    @Test func subjectEndsBeforeTheNextReference() {
        let citations = plan("Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính, Thông tư số 02/2017/TT-VPCP ngày 31/10/2017 của Văn phòng Chính phủ hướng dẫn về nghiệp vụ; Kế hoạch số 40/KH-UBND ngày 16/01/2024 của UBND thị xã về công tác năm 2025 (kèm theo). UBND xã ban hành Kế hoạch.").citations
        #expect(citations.map(\.subject) == ["kiểm soát thủ tục hành chính", "hướng dẫn về nghiệp vụ", "công tác năm 2025"])
        #expect(citations.map(\.issuer) == ["Chính phủ", "Văn phòng Chính phủ", "UBND thị xã"])
    }

    @Test func datesInWordsAndNoDate() {
        let citations = plan("Căn cứ Nghị định số 92/2017/NĐ-CP ngày 07 tháng 8 năm 2017 của Chính phủ và Nghị định số 107/2022/NĐ-CP;").citations
        #expect(citations.map(\.date) == [IssueDate(year: 2017, month: 8, day: 7), nil])
    }

    @Test func noSoAndMisprintedSo() {
        let citations = plan("Thực hiện Chỉ thị 19/CT-UBND ngày 07/12/2018 của Chủ tịch UBND tỉnh về nâng cao chất lượng; Quyết định so 12/QĐ-UBND ngày 02/01/2024.").citations
        #expect(citations.map(\.type) == ["Chỉ thị", "Quyết định"])
        #expect(citations[0].issuer == "Chủ tịch UBND tỉnh")
        #expect(citations[1].number == "12/QĐ-UBND")
    }

    @Test func wrappedAndSplitByAPageBreak() {
        let citations = plan("Thực hiện Kế hoạch số 223/KH-UBND ngày 31/12/2022 của UBND thành\n\nphố về cải cách hành chính năm 2023; Nghị định số\n61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ.").citations
        #expect(citations.map(\.number) == ["223/KH-UBND", "61/2018/NĐ-CP"])
        #expect(citations[0].issuer == "UBND thành phố")
        #expect(citations[0].lines == [7])
        #expect(citations[1].lines == [10])
    }

    @Test func nameAnchorNearTheEndOfAUnit() {
        // Every alignment of the anchor against the sixteen-byte steps of the search and the
        // block that ends the text, the name ending the unit: "Luật A" starts eight bytes
        // before the end.
        for padding in 0..<16 {
            let lead = "Thực hiện theo" + String(repeating: " tốt", count: padding % 4) + String(repeating: "a", count: padding / 4)
            #expect(plan(lead + " Luật Đất đai").citations.map(\.subject) == ["Luật Đất đai"], "\(padding)")
            #expect(plan(lead + " Luật A").citations.map(\.subject) == ["Luật A"], "\(padding)")
            #expect(plan(lead + " Đề án 06").citations.map(\.subject) == ["Đề án 06"], "\(padding)")
            // A type word in the last eight bytes, with no room for a name: no citation.
            #expect(plan(lead + " của Luật").citations.isEmpty, "\(padding)")
            #expect(plan(lead + " Đề án").citations.isEmpty, "\(padding)")
            #expect(plan(lead + " Bộ luật").citations.isEmpty, "\(padding)")
        }
    }

    @Test func programmeAnchorAtEveryAlignment() {
        // "Đề án" is found by the second byte of "Đ" (C4 90), at every alignment against the
        // sixteen-byte steps of the search, after words holding C4 ("đ", "ă") and 90 ("Ố")
        // too; glued to the word before it ("tốtĐề án 08"), it is no anchor.
        for padding in 0..<24 {
            let lead = "Thực hiện" + String(repeating: " Ố", count: padding / 3 % 2) + String(repeating: " đă", count: padding % 3)
                + String(repeating: "a", count: padding / 6) + " tốt"
            let citations = plan(lead + " Đề án 06 của Chính phủ và (Đề án 07) tốt, " + lead + "Đề án 08.").citations
            #expect(citations.map(\.subject) == ["Đề án 06", "Đề án 07"], "\(padding)")
        }
    }

    @Test func anchorsAtEveryOffsetOfTheSteps() {
        // A number, a law, a programme and a Party number at every offset against the
        // sixteen-byte steps of the search, and in the block that ends the text.
        for padding in 0..<40 {
            let lead = "Thực hiện" + String(repeating: "a", count: padding)
            let citations = plan(lead + " Quyết định số 12/QĐ-UBND; Luật Đất đai; Đề án 06 và Nghị quyết 18-NQ/TW.").citations
            #expect(citations.map(\.number) == ["12/QĐ-UBND", nil, nil, "18-NQ/TW"], "\(padding)")
            #expect(citations.map(\.subject) == [nil, "Luật Đất đai", "Đề án 06", nil], "\(padding)")
        }
    }

    @Test func everyNamedTypeAtEveryOffsetOfTheSteps() {
        // The names starting with "B", "C", "H" and "P" at every offset against the sixteen-byte
        // steps of the search (its range test ends at "L"; "P" is compared on its own).
        for padding in 0..<40 {
            let lead = "Thực hiện" + String(repeating: "a", count: padding)
            let citations = plan(lead + " Bộ luật Lao động; Hiến pháp năm 2013; Pháp lệnh Thú y; Chương trình 135 của Chính phủ.").citations
            #expect(citations.map(\.subject) == ["Bộ luật Lao động", "Hiến pháp", "Pháp lệnh Thú y", "Chương trình 135"], "\(padding)")
        }
    }

    @Test func anchorsInAUnitShorterThanABlock() {
        // Units of 9 to 15 bytes, read a byte at a time: the whole unit is the name.
        #expect("Luật A.".utf8.count == 9 && "Đề án 06.".utf8.count == 13 && "x Đề án 06.".utf8.count == 15)
        #expect(plan("Luật A.").citations.map(\.subject) == ["Luật A"])
        #expect(plan("Đề án 06.").citations.map(\.subject) == ["Đề án 06"])
        #expect(plan("x Đề án 06.").citations.map(\.subject) == ["Đề án 06"])
        #expect(plan("Số 12/QĐ-UB.").citations.map(\.number) == ["12/QĐ-UB"])
    }

    @Test func numberForms() {
        #expect(numbers("Căn cứ Luật số 80/2015/QH13; Thông tư liên tịch số 02/2011/TTLT-VPCP-BNV; Kế hoạch số 0130/KH-UBND.")
            == ["80/2015/QH13", "02/2011/TTLT-VPCP-BNV", "0130/KH-UBND"])
        #expect(numbers("Thực hiện Nghị quyết số 18-NQ/TW, Chỉ thị số 05-CT/TW và Hướng dẫn số 12-HD/MTTW-BTT.")
            == ["18-NQ/TW", "05-CT/TW", "12-HD/MTTW-BTT"])
        #expect(numbers("Thực hiện Nghị quyết số 57- NQ/TW và Kế hoạch số 75/KH- UBND.") == ["57-NQ/TW", "75/KH-UBND"])
        #expect(numbers("Căn cứ Nghị định số 63/2010/NÐ-CP và Quyết định số 1291/QĐ–TTg.") == ["63/2010/NĐ-CP", "1291/QĐ-TTg"])
    }

    @Test func typesFromTheSymbolWhenNoTypeWordIsPrinted() {
        #expect(plan("Theo văn bản số 123/UBND-VX và 45/KH-UBND.").citations.map(\.type) == ["Công văn", "Kế hoạch"])
    }

    @Test func upperCasedSuffixIsTheSameDocument() throws {
        let citations = plan("Căn cứ Quyết định số 06/QĐ-TTG ngày 06/01/2022 của Thủ tướng Chính phủ;\nThực hiện Quyết định số 06/QĐ-TTg.").citations
        #expect(citations.count == 1)
        #expect(citations[0].number == "06/QĐ-TTg")
        #expect(citations[0].lines == [7, 8])
    }

    @Test func namedLawsAndProgrammes() {
        let citations = plan("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật Phòng, chống tham nhũng năm 2018; triển khai Đề án 06.").citations
        #expect(citations.map(\.number) == [nil, nil, nil])
        #expect(citations.map(\.type) == ["Luật", "Luật", "Đề án"])
        #expect(citations.map(\.subject) == ["Luật Tổ chức chính quyền địa phương", "Luật Phòng, chống tham nhũng", "Đề án 06"])
        #expect(citations.map(\.date) == [IssueDate(year: 2015, month: 6, day: 19), IssueDate(year: 2018, month: nil, day: nil), nil])
    }

    @Test func namedLawWithItsNumber() {
        let citations = plan("Căn cứ Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân số 85/2015/QH13 ngày 25/6/2015;").citations
        #expect(citations.map(\.number) == ["85/2015/QH13"])
        #expect(citations.map(\.subject) == ["Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân"])
        #expect(citations.map(\.type) == ["Luật"])
    }

    @Test func amendedByTheDocumentsInParentheses() {
        let citations = plan("Thực hiện Nghị định số 63/2010/NĐ-CP ngày 08/06/2010 của Chính phủ về kiểm soát thủ tục hành chính (được sửa đổi, bổ sung tại Nghị định số 48/2013/NĐ-CP ngày 14/05/2013 và Nghị định số 92/2017/NĐ-CP ngày 07/8/2017 của Chính phủ), Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa (đã được sửa đổi, bổ sung tại Nghị định số 107/2022/NĐ-CP).").citations
        #expect(citations.map(\.number) == ["63/2010/NĐ-CP", "48/2013/NĐ-CP", "92/2017/NĐ-CP", "61/2018/NĐ-CP", "107/2022/NĐ-CP"])
        #expect(citations.map(\.amends) == [[], ["63/2010/NĐ-CP"], ["63/2010/NĐ-CP"], [], ["61/2018/NĐ-CP"]])
    }

    @Test func amendingTheDocumentItNames() {
        let citations = plan("Căn cứ Thông tư số 75/2024/TT-BTC ngày 31/10/2024 của Bộ Tài chính sửa đổi, bổ sung một số điều của Thông tư số 55/2023/TT-BTC ngày 15/8/2023 của Bộ Tài chính;").citations
        #expect(citations.map(\.number) == ["75/2024/TT-BTC", "55/2023/TT-BTC"])
        #expect(citations[0].amends == ["55/2023/TT-BTC"])
        #expect(citations[0].subject == "sửa đổi, bổ sung một số điều của Thông tư số 55/2023/TT-BTC ngày 15/8/2023 của Bộ Tài chính")
        #expect(citations[1].amends == [])
    }

    @Test func notCitations() {
        let body = "Căn cứ Kế hoạch số 36/KH-UBND của UBND tỉnh; ngày 08/6/2010; giai đoạn 2021 - 2025; cơn bão số 13; theo Mẫu số 01/BC và Mẫu số 01 và 02/HNMT; điện thoại 0255.3822.123; mục 2.1."
        #expect(plan(body).citations.isEmpty)
    }

    @Test func selfReferenceWithAnotherSymbolIsReported() {
        let document = plan("Kèm theo Kế hoạch số /KH-UBDN ngày /02/2024 của UBND tỉnh.")
        #expect(document.citations.isEmpty)
        #expect(document.diagnostics.contains { $0.code == "citation.own-symbol-mismatch" && $0.line == 7 })
        #expect(!plan("Kèm theo Kế hoạch số /KH-UBND ngày /02/2024.").diagnostics.contains { $0.code.hasPrefix("citation.") })
    }

    @Test func abbreviations() {
        let abbreviations = plan("Tăng cường kiểm soát thủ tục hành chính (TTHC), ứng dụng công nghệ thông tin (CNTT) tại Sở Khoa học và Công nghệ (SKHCN); phát động Đợt thi đua cao điểm chào mừng Đại hội (sau đây gọi tắt là Đợt thi đua); chỉ số (PAPI); mục (II).").abbreviations
        #expect(abbreviations == [
            Abbreviation(short: "TTHC", long: "thủ tục hành chính", line: 7),
            Abbreviation(short: "CNTT", long: "công nghệ thông tin", line: 7),
            Abbreviation(short: "SKHCN", long: "Sở Khoa học và Công nghệ", line: 7),
            Abbreviation(short: "Đợt thi đua", long: "Đợt thi đua cao điểm chào mừng Đại hội", line: 7),
        ])
    }

    // MARK: Found in review

    @Test func amendingAfterACommaAndNothingAcrossSentences() {
        let citations = plan("Căn cứ Thông tư số 01/2025/TT-BTTTT ngày 18/02/2025 của Bộ trưởng Bộ Thông tin và Truyền thông, sửa đổi, bổ sung một số điều của Thông tư số 06/2022/TT-BTTTT;").citations
        #expect(citations.map(\.amends) == [["06/2022/TT-BTTTT"], []])
        let apart = plan("Thực hiện Kế hoạch số 12/KH-UBND ngày 01/01/2024 của UBND tỉnh về cải cách hành chính. Sở Nội vụ rà soát, bổ sung nhiệm vụ theo Công văn số 45/UBND-NC ngày 02/02/2024.").citations
        #expect(apart.map(\.amends) == [[], []])
    }

    @Test func ownNumberKeepsItsYear() {
        let text = "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố: 12/2024/QĐ-UBND\nQuảng Ngãi, ngày 07 tháng 02 năm 2024\nQUYẾT ĐỊNH\nBan hành quy chế\nQuyết định này thay thế Quyết định số 12/2019/QĐ-UBND ngày 01/3/2019 và Quyết định số 12/2024/QĐ-UBND.\nĐiều 1. Ban hành."
        #expect(PlanDocument(parsing: text, sourceName: "qd.txt").citations.map(\.number) == ["12/2019/QĐ-UBND"])
    }

    @Test func dateAfterTheIssuerAndCommasInNames() {
        let citations = plan("Thực hiện Công văn số 123/UBND-KT của UBND tỉnh ngày 12/3/2024 về việc triển khai dịch vụ công; Kế hoạch số 5/KH-SVHTTDL ngày 01/02/2024 của Sở Văn hóa, Thể thao và Du lịch về việc triển khai; Kế hoạch số 01-KH/BCĐ ngày 28/6/2025 của Ban Chỉ đạo phát triển khoa học, công nghệ và chuyển đổi số tỉnh về phát triển hạ tầng.").citations
        #expect(citations.map(\.date?.iso) == ["2024-03-12", "2024-02-01", "2025-06-28"])
        #expect(citations.map(\.issuer) == ["UBND tỉnh", "Sở Văn hóa, Thể thao và Du lịch", "Ban Chỉ đạo phát triển khoa học, công nghệ và chuyển đổi số tỉnh"])
        #expect(citations.map(\.subject) == ["triển khai dịch vụ công", "triển khai", "phát triển hạ tầng"])
    }

    @Test func subjectEndsAtALowerCaseClause() {
        let citations = plan("Căn cứ Quyết định số 2270/QĐ-TTg ngày 14/10/2025 của Thủ tướng Chính phủ về chương trình giáo dục, trên cơ sở báo cáo của Sở Giáo dục.").citations
        #expect(citations.map(\.subject) == ["chương trình giáo dục"])
    }

    @Test func oldAndSpacedSymbolsAndStandards() {
        #expect(numbers("Căn cứ Thông tư số 06/TT.BNV ngày 20/6/1997 của Bộ Nội vụ; Nghị quyết số 16/2007/NQ - CP ngày 27/02/2007.") == ["06/TT.BNV", "16/2007/NQ-CP"])
        #expect(numbers("Áp dụng QCVN 01:2009/BYT và QCVN 08-MT:2015/BTNMT.").isEmpty)
        #expect(plan("Thực hiện Thông báo kết luận số 12-TB/TU ngày 01/3/2024.").citations.map(\.type) == ["Thông báo"])
    }

    @Test func namedLawsMergedAndFalseNamesLeftOut() {
        let citations = plan("Căn cứ Hiến pháp năm 2013; Luật Đất đai 2024; Luật Thi đua, khen thưởng; Luật Thi đua khen thưởng năm 2022; Trường Đại học Luật Hà Nội; Chương trình 5 năm 2021 - 2025; Đề án 1 triệu ha lúa; Chương trình 2024; Đề án 06 (tại địa phương).").citations
        #expect(citations.map(\.subject) == ["Hiến pháp", "Luật Đất đai", "Luật Thi đua, khen thưởng", "Đề án 06"])
        #expect(citations.map(\.date?.year) == [2013, 2024, 2022, nil])
        let numbered = plan("Căn cứ Luật Mặt trận Tổ quốc Việt Nam số 75/2015/QH13 ngày 09/6/2015;\nThực hiện Luật Mặt trận Tổ quốc Việt Nam;").citations
        #expect(numbered.map(\.number) == ["75/2015/QH13"])
        #expect(numbered.map(\.lines) == [[7, 8]])
    }

    @Test func referenceCutAtTheLineEndOrByAPageBreak() {
        #expect(numbers("Căn cứ Nghị định số 63/2010/NĐ-\nCP ngày 08/6/2010 của Chính phủ; Nghị quyết số\n\n57-NQ/TW ngày 22/12/2024 của Bộ Chính trị.") == ["63/2010/NĐ-CP", "57-NQ/TW"])
        let citations = plan("Thực hiện Kế hoạch số 348/KH-UBND ngày\n\n14/5/2025 của UBND tỉnh về chuyển đổi số.").citations
        #expect(citations.map(\.date?.iso) == ["2025-05-14"])
        #expect(citations.map(\.issuer) == ["UBND tỉnh"])
    }

    @Test func aStrayGapInRunningTextIsNoCellBorder() {
        let citations = plan("Căn cứ Nghị định số 63/2010/NĐ-CP   ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính;").citations
        #expect(citations.map(\.issuer) == ["Chính phủ"])
        #expect(plan("Căn cứ Quyết định số 1/QĐ-UBND ngày 31/02/2024.").citations.map(\.date) == [IssueDate(year: 2024, month: 2, day: nil)])
    }

    @Test func abbreviationsWithCommasAndDefinedNames() {
        let abbreviations = plan("Phối hợp với Bộ Văn hóa, Thể thao và Du lịch (VHTTDL) về an toàn, vệ sinh lao động (ATVSLĐ) và Du lịch (DL); Ủy ban nhân dân các xã, phường, đặc khu (sau đây gọi tắt là cấp xã); Các sở, ban, ngành, UBND các huyện, thị xã, thành phố (gọi chung là các cơ quan, đơn vị).").abbreviations
        #expect(abbreviations.map(\.short) == ["VHTTDL", "ATVSLĐ", "DL", "các cơ quan, đơn vị"])
        #expect(abbreviations.map(\.long) == ["Văn hóa, Thể thao và Du lịch", "an toàn, vệ sinh lao động", "Du lịch", "Các sở, ban, ngành, UBND các huyện, thị xã, thành phố"])
    }

    /// A segment as long as a mixed-case code (three or four bytes) is given the code's case;
    /// a longer one that starts like a code, and a long symbol, are kept as read.
    @Test func numbersRestoreMixedCaseCodesOnly() {
        let normalized = citationNumberText
        #expect(normalized("45/QĐ-TTG ngày") == "45/QĐ-TTg")
        #expect(normalized("07/QYĐ-CTR") == "07/QyĐ-CTr")
        #expect(normalized("3/TTR-bnv") == "3/TTr-BNV")
        #expect(normalized("12/2019/TTLT-ttg,") == "12/2019/TTLT-TTg")
        #expect(normalized("5/TTGA-CP") == "5/TTGA-CP")
        #expect(normalized("5/TTG1-CP") == "5/TTG1-CP")
        #expect(normalized("1/ABCDEFGHIJKL-ABCDEFGHIJKL-ABCDEFGHIJKL-ABCDEFGHIJKL")
            == "1/ABCDEFGHIJKL-ABCDEFGHIJKL-ABCDEFGHIJKL-ABCDEFGHIJKL")
        #expect(CitationNumber(Array("45/QĐ-TTG".utf8), at: 0)?.code == "QĐ")
    }
}
