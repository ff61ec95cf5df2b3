import Testing
@testable import PlanParser

/// The values issue #2 names for the five seed documents, checked one by one.
@Suite struct SeedAcceptanceTests {
    @Test func seed001Header() throws {
        let plan = try Fixtures.parse("001_338ae78fb495c782")
        #expect(plan.document.type == DocumentType(code: "KH", name: "Kế hoạch"))
        #expect(plan.document.number == "36")
        #expect(plan.document.symbol == "KH-UBND")
        #expect(plan.document.place == "Bình Phước")
        #expect(plan.document.date?.iso == "2017-02-16")
        #expect(plan.document.title == "Truyền thông về hoạt động kiểm soát thủ tục hành chính năm 2017 trên địa bàn tỉnh Bình Phước")
        #expect(plan.preamble == nil)
        #expect(plan.sections.map(\.number) == ["I", "II", "III", "IV"])
        #expect(plan.sections.map(\.title) == [
            "MỤC ĐÍCH, YÊU CẦU", "NỘI DUNG, HÌNH THỨC TRUYỀN THÔNG", "TỔ CHỨC THỰC HIỆN",
            "KINH PHÍ THỰC HIỆN VÀ CHẾ ĐỘ BÁO CÁO",
        ])
        #expect(plan.sections.map(\.kinds) == [[.purpose, .requirements], [.content, .methods], [.implementation], [.budget, .reporting]])
        #expect(plan.closing?.text.hasPrefix("Trên đây là Kế hoạch Truyền thông") == true)
        #expect(plan.closing?.line == 93)
    }

    @Test func seed000Header() throws {
        let plan = try Fixtures.parse("000_a3b9a793f2e0f8fe")
        #expect(plan.document.number == nil)
        #expect(plan.document.symbol == "KH-UBND")
        #expect(plan.document.place == "Chánh Lộ")
        #expect(plan.document.date == IssueDate(year: 2023, month: 3, day: nil))
        #expect(plan.document.date?.iso == "2023-03")
        let preamble = try #require(plan.preamble)
        #expect(preamble.text.hasPrefix("Thực hiện Nghị định số 63/2010/NĐ-CP ngày 08/6/2010"))
        #expect(!preamble.text.contains("](#)") && !preamble.text.contains("["))
        #expect(preamble.line == 11)
        #expect(plan.sections[0].number == "I")
        #expect(plan.sections[0].title == "Mục đích, yêu cầu")
        #expect(plan.sections[0].children.map(\.number) == ["1", "2"])
        #expect(plan.sections[0].children.map(\.title) == ["Mục đích", "Yêu cầu"])
    }

    /// The page break inside "UBND thành" / "phổ ban hành" is joined back.
    @Test func seed000PageBreakJoined() throws {
        let plan = try Fixtures.parse("000_a3b9a793f2e0f8fe")
        let item = plan.sections[0].children[1].body[0]
        #expect(item.line == 27)
        #expect(item.text.contains("của UBND thành phổ ban hành Kế hoạch cải cách hành chính năm 2023"))
    }

    @Test func seed002() throws {
        let plan = try Fixtures.parse("002_e369189f9e042a8d")
        #expect(plan.document.title == "Thông tin tuyên truyền về công tác kiểm soát thủ tục hành chính năm 2025 trên địa bàn thị xã Sơn Tây")
        #expect(plan.sections.map(\.number) == ["I", "II", "III", "IV", "V"])
        let points = plan.sections[1].children[0].children
        #expect(points.map(\.number) == ["a", "b", "c", "d", "đ", "e", "g"])
        #expect(plan.sections[0].children[0].body.last?.text.hasSuffix("tiếp nhận và trả kết qua qua dịch vụ bưu chính công ích.") == true)
    }

    @Test func seed003() throws {
        let plan = try Fixtures.parse("003_87e11abe04c5957f")
        #expect(plan.sections.map(\.number) == ["I", "II", "IV"])
        let gap = plan.diagnostics.first { $0.code == "section.number-gap" && $0.line == 87 }
        #expect(gap?.message == "section III is missing between II and IV")
        #expect(plan.preamble?.text.hasPrefix("Kế hoạch số 78/KH-UBND") == true)
        // "- Nội dung:" then "- + Lồng ghép ...": the "+" items nest under the "-" item.
        let body = plan.sections[1].children[1].children[0].body
        #expect(body.map(\.marker) == ["-", "-", "-"])
        #expect(body[2].text == "Nội dung:")
        #expect(body[2].children.map(\.marker) == ["+", "+", "+", "+"])
        #expect(body[2].children[0].text.hasPrefix("Lồng ghép, đưa các nội dung"))
        // "5. Kinh phí thực hiện" stays under IV, as printed.
        #expect(plan.sections[2].children.map(\.number) == ["1", "2", "5"])
    }

    @Test func seed004() throws {
        let plan = try Fixtures.parse("004_d9c92f5e2cd11235")
        #expect(plan.document.symbol == "KH-SKHCCN")
        #expect(plan.document.date?.iso == "2024-03-20")
        #expect(plan.document.title == "Truyền thông về hoạt động kiểm soát thủ tục hành chính năm 2024 của Sở Khoa học và Công nghệ")
        #expect(plan.sections[1].title == "NỘI DUNG, THỜI GIẠN THỰC HIỆN")
        #expect(plan.sections[1].kinds == [.content, .schedule])
        // Nơi nhận, the signature and the DANH MỤC table stay out of section IV.
        let lastSection = try #require(plan.sections.last)
        #expect(lastSection.number == "IV")
        #expect(lastSection.children.last?.line == 45)
        #expect(lastSection.children.allSatisfy { $0.body.isEmpty && $0.children.isEmpty })
        #expect(plan.closing == TextBlock(text: "Yêu cầu Trưởng các phòng, đơn vị thuộc Sở tổ chức triển khai thực hiện hiệu quả Kế hoạch này./.", line: 47))
        #expect(plan.zones.map(\.kind) == [.header, .preamble, .body, .closing, .recipients, .signature, .appendix])
        #expect(plan.zones.last == Zone(kind: .appendix, line: 60, endLine: 85))
    }

    @Test func kindsOfTheIssue() {
        #expect(Array("MỤC ĐÍCH, YÊU CẦU".utf8).withUnsafeBufferPointer(SectionKinds.classify) == [.purpose, .requirements])
        #expect(Array("TỔ CHỨC THỰC HIỆN".utf8).withUnsafeBufferPointer(SectionKinds.classify) == [.implementation])
        #expect(Array("KINH PHÍ THỰC HIỆN VÀ CHẾ ĐỘ BÁO CÁO".utf8).withUnsafeBufferPointer(SectionKinds.classify) == [.budget, .reporting])
    }

    // MARK: Issue #3: citations

    @Test func seed000Citations() throws {
        let citations = try Fixtures.parse("000_a3b9a793f2e0f8fe").citations
        #expect(citations.map(\.number) == [
            "63/2010/NĐ-CP", "48/2013/NĐ-CP", "92/2017/NĐ-CP", "61/2018/NĐ-CP", "02/2017/TT-VPCP",
            "223/KH-UBND", "19/CT-UBND", "93/KH-UBND",
        ])
        #expect(citations[2].date == IssueDate(year: 2017, month: 8, day: 7))
        #expect(citations[4].issuer == "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ")
        #expect(citations[4].type == "Thông tư")
        #expect(citations[6].type == "Chỉ thị")
        #expect(citations[6].issuer == "Chủ tịch UBND tỉnh")
        #expect(citations.map(\.lines) == [[11], [11], [11], [11], [11], [27], [29], [29]])
    }

    @Test func seed001HasNoCitations() throws {
        #expect(try Fixtures.parse("001_338ae78fb495c782").citations.isEmpty)
    }

    @Test func seed002Citations() throws {
        let citations = try Fixtures.parse("002_e369189f9e042a8d").citations
        #expect(citations.map(\.number) == ["63/2010/NĐ-CP", "48/2013/NĐ-CP", "92/2017/NĐ-CP", "61/2018/NĐ-CP", "107/2022/NĐ-CP", "40/KH-UBND"])
        #expect(citations[0].lines == [11, 133])
        #expect(citations.map(\.amends) == [[], ["63/2010/NĐ-CP"], ["63/2010/NĐ-CP"], [], ["61/2018/NĐ-CP"], []])
        #expect(citations[4].date == nil)
    }

    @Test func seed003Citations() throws {
        let citations = try Fixtures.parse("003_87e11abe04c5957f").citations
        #expect(citations.map(\.number) == ["78/KH-UBND", "04/KH-UBND"])
        #expect(citations.map(\.date?.iso) == ["2023-12-30", "2024-01-04"])
        #expect(citations[0].issuer == "UBND huyện")
    }

    @Test func seed004Citations() throws {
        let plan = try Fixtures.parse("004_d9c92f5e2cd11235")
        #expect(plan.citations.map(\.number) == ["36/KH-UBND", "254/KH-SKHCCN", "418/KH-SKHCCN", "68/NQ-CP", nil])
        #expect(plan.citations[4].subject == "Đề án 06")
        #expect(plan.diagnostics.contains { $0.code == "citation.own-symbol-mismatch" && $0.line == 63 })
        #expect(plan.abbreviations == [Abbreviation(short: "TTHC", long: "thủ tục hành chính", line: 11)])
    }

    // MARK: Issue #4: signers, recipients, archive, issuer

    @Test func seed002Signer() throws {
        let plan = try Fixtures.parse("002_e369189f9e042a8d")
        #expect(plan.signers == [Signer(
            authority: [Authority(form: "TM", of: "ỦY BAN NHÂN DÂN"), Authority(form: "KT", of: "CHỦ TỊCH")],
            position: "PHÓ CHỦ TỊCH", name: "Lê Đại Thăng", line: 153)])
    }

    @Test(arguments: [
        ("000_a3b9a793f2e0f8fe", "CHỦ TỊCH", "Lê Việt Dũng"), ("001_338ae78fb495c782", "CHỦ TỊCH", "Nguyễn Văn Trâm"),
        ("003_87e11abe04c5957f", "CHỦ TỊCH", "Mã Văn Hùng"), ("004_d9c92f5e2cd11235", "GIÁM ĐỐC", "Nguyễn Văn Thành"),
    ])
    func seedSigner(_ name: String, _ position: String, _ person: String) throws {
        let signers = try Fixtures.parse(name).signers
        #expect(signers.map(\.position) == [position])
        #expect(signers.map(\.name) == [person])
        #expect(signers.map(\.authority) == [[]])
    }

    @Test(arguments: [
        ("000_a3b9a793f2e0f8fe", 4, ["VT"]), ("001_338ae78fb495c782", 10, ["VT", "NC"]), ("002_e369189f9e042a8d", 8, ["VT", "VP"]),
        ("003_87e11abe04c5957f", 5, ["VT", "VP"]), ("004_d9c92f5e2cd11235", 3, ["VT", "HCTH"]),
    ])
    func seedRecipientsAndArchive(_ name: String, _ count: Int, _ units: [String]) throws {
        let plan = try Fixtures.parse(name)
        #expect(plan.recipients.count == count)
        #expect(plan.archive?.units == units)
    }

    @Test func seed001RecipientsSplitAtSemicolons() throws {
        let recipients = try Fixtures.parse("001_338ae78fb495c782").recipients
        #expect(recipients.suffix(2).map(\.name) == ["LĐVP", "TTTH-Công báo"])
        #expect(recipients.suffix(2).map(\.line) == [105, 105])
    }

    @Test(arguments: [
        ("000_a3b9a793f2e0f8fe", "Ủy ban nhân dân phường Chánh Lộ"), ("001_338ae78fb495c782", "Ủy ban nhân dân tỉnh Bình Phước"),
        ("002_e369189f9e042a8d", "Ủy ban nhân dân thị xã Sơn Tây"), ("003_87e11abe04c5957f", "Ủy ban nhân dân xã Xuân Phúc"),
        ("004_d9c92f5e2cd11235", "Sở Khoa học và Công nghệ tỉnh Quảng Ngãi"),
    ])
    func seedIssuerInferred(_ name: String, _ issuer: String) throws {
        let plan = try Fixtures.parse(name)
        #expect(plan.document.issuer == issuer)
        #expect(plan.diagnostics.contains { $0.code == "header.issuer-inferred" && $0.severity == .note })
    }
}
