import Foundation
import Testing
@testable import PlanParser

/// The Markdown report and the CSV tables (`Sources/PlanParser/Formats`).
@Suite struct FormatTests {
    /// The reviewed Markdown report of one fixture (Tests/Fixtures/<name>.md).
    ///
    /// Re-record with `RECORD_GOLDENS=1 swift test --filter FormatTests`, then read the
    /// report against the document before committing it. Recording fails the run on purpose.
    @Test(arguments: ["004_d9c92f5e2cd11235", "synthetic-decision-with-plan"])
    func markdownMatchesGolden(_ name: String) throws {
        try Fixtures.expectMatchesGolden(try Fixtures.parse(name).markdownReport(), file: "\(name).md")
    }
}

/// The CSV tables: header, rows read against the JSON of the fixtures, quoting, the BOM.
@Suite struct CSVFormatTests {
    private static let crlf = "\r\n"

    @Test func taskHeaderIsExact() {
        #expect(PlanCSV.tasks.header() == Array(
            ("source,document,number,group,content,lead,support,timeline,dueKind,due,output,budget,notes,taskSource,line" + Self.crlf).utf8))
    }

    @Test func citationHeaderIsExact() {
        #expect(PlanCSV.citations.header() == Array(
            ("source,document,type,number,date,issuer,subject,amends,lines" + Self.crlf).utf8))
    }

    /// `.tasks[2]` of 004 in the JSON, as one CSV record: fields with commas quoted, the
    /// blank number written as printed ("/KH-SKHCCN"), absent values empty.
    @Test func taskRowOfSeed004IsExact() throws {
        let rows = PlanCSV.tasks.rows(for: try Fixtures.parse("004_d9c92f5e2cd11235"))
        let records = String(decoding: rows, as: UTF8.self).components(separatedBy: Self.crlf)
        #expect(records.count == 12)   // 11 tasks, and the empty rest after the last CRLF
        #expect(records.last == "")
        #expect(records[2] == "004_d9c92f5e2cd11235.txt,/KH-SKHCCN,3,"
            + "Truyền thông hỗ trợ công tác kiểm soát thủ tục hành chính,"
            + "\"Tuyên truyền về các kết quả, các mô hình, giải pháp hay, tấm gương điển hình liên quan đến công tác cải cách TTHC.\","
            + "Phòng Hành chính - Tổng hợp,\"Các phòng, đơn vị thuộc Sở\",Thường xuyên,continuous,,,,,table,69")
    }

    /// Two lead units joined by "; " (`.tasks[0]` of 004).
    @Test func unitsAreJoinedBySemicolons() throws {
        let records = try CSVReader.records(PlanCSV.tasks.rows(for: Fixtures.parse("004_d9c92f5e2cd11235")))
        #expect(records[0][5] == "Các phòng, đơn vị thực hiện giải quyết TTHC; Phòng Hành chính - Tổng hợp")
        #expect(records[4][8] == "unspecified")   // "Theo kế hoạch kiểm tra"
        #expect(records[4][9] == "")
        #expect(records[4][7] == "Theo kế hoạch kiểm tra")
    }

    @Test func citationRowOfSeed004IsExact() throws {
        let rows = PlanCSV.citations.rows(for: try Fixtures.parse("004_d9c92f5e2cd11235"))
        let records = String(decoding: rows, as: UTF8.self).components(separatedBy: Self.crlf)
        #expect(records.count == 6)
        #expect(records[0] == "004_d9c92f5e2cd11235.txt,/KH-SKHCCN,Kế hoạch,36/KH-UBND,2024-02-07,UBND tỉnh Quảng Ngãi,"
            + "Truyền thông về hoạt động kiểm soát thủ tục hành chính,,11")
        #expect(records[4] == "004_d9c92f5e2cd11235.txt,/KH-SKHCCN,Đề án,,,,Đề án 06,,83")
    }

    /// Every record of every fixture and real document reads back to the model's values,
    /// with as many fields as the header.
    @Test(arguments: Fixtures.names.map { Fixtures.directory.appending(path: "\($0).txt") } + Fixtures.realFiles)
    func rowsReadBackToTheModel(_ file: URL) throws {
        let name = file.lastPathComponent
        let document = PlanDocument(parsing: Array(try Data(contentsOf: file)), sourceName: name)
        let tasks = try CSVReader.records(PlanCSV.tasks.table(for: [document]))
        let allTasks = document.tasks + document.attachments.flatMap(\.tasks)
        #expect(tasks.count == allTasks.count + 1)
        #expect(tasks.allSatisfy { $0.count == PlanCSV.tasks.columns.count })
        for (record, task) in zip(tasks.dropFirst(), allTasks) {
            #expect(record[0] == name)
            #expect(record[2] == task.number ?? "")
            #expect(record[4] == task.content)
            #expect(record[6] == task.support.joined(separator: "; "))
            #expect(record[13] == task.source)
            #expect(record[14] == String(task.line))
        }
        let citations = try CSVReader.records(PlanCSV.citations.table(for: [document]))
        let allCitations = document.citations + document.attachments.flatMap(\.citations)
        #expect(citations.count == allCitations.count + 1)
        #expect(citations.allSatisfy { $0.count == PlanCSV.citations.columns.count })
        for (record, citation) in zip(citations.dropFirst(), allCitations) {
            #expect(record[3] == citation.number ?? "")
            #expect(record[6] == citation.subject ?? "")
            #expect(record[8] == citation.lines.map(String.init).joined(separator: " "))
        }
    }

    /// 003's tasks come from labelled prose (`taskSource` "text"); a recurring timeline.
    @Test func textTasksOfSeed003() throws {
        let records = try CSVReader.records(PlanCSV.tasks.rows(for: Fixtures.parse("003_87e11abe04c5957f")))
        #expect(records.count == 4)
        #expect(records.map { $0[2] } == ["2.1", "2.2", "2.3", "2.4"])
        #expect(records.allSatisfy { $0[1] == "/KH-UBND" && $0[13] == "text" })
        #expect(records[1][8] == "recurring")
        #expect(records[3][8] == "period")
        #expect(records[3][9] == "2024")
        #expect(records[2][5] == "Ban văn hóa; Văn phòng UBND")
    }

    /// The plan a decision issues has no number of its own: its rows carry the decision's.
    @Test func attachmentRowsCarryTheParentsSymbol() throws {
        let document = try Fixtures.parse("synthetic-decision-with-plan")
        let tasks = String(decoding: PlanCSV.tasks.rows(for: document), as: UTF8.self)
        #expect(tasks == "synthetic-decision-with-plan.txt,215/QĐ-UBND,1,,Phát triển hạ tầng số,Phòng Văn hóa và Thông tin,,"
            + "Quý III năm 2025,period,2025-Q3,,,,text,41" + Self.crlf)
        let citations = try CSVReader.records(PlanCSV.citations.rows(for: document))
        #expect(citations.map { $0[3] } == ["", "749/QĐ-TTg", "42/2022/NĐ-CP"])
        #expect(citations.allSatisfy { $0[1] == "215/QĐ-UBND" })
    }

    /// A field with a comma, a quote, a CR and an LF is quoted, its quote doubled; lists
    /// are joined; the line ends stay inside the field.
    @Test func quotingFollowsRFC4180() {
        let document = PlanDocument(
            source: SourceInfo(name: "a,b.txt", bytes: 0, encoding: "utf-8", lines: 0),
            document: DocumentHeader(number: "5", symbol: "KH-UBND"),
            citations: [Citation(type: "Luật", number: "1/2020/QH14", amends: ["2/2019/QH14", "3/2018/QH14"], lines: [3, 9])],
            tasks: [PlanTask(number: "1", content: "Lập \"kế hoạch\", báo cáo\nquý\r\nnăm", source: "text", line: 7)])
        #expect(String(decoding: PlanCSV.tasks.rows(for: document), as: UTF8.self)
            == "\"a,b.txt\",5/KH-UBND,1,,\"Lập \"\"kế hoạch\"\", báo cáo\nquý\r\nnăm\",,,,,,,,,text,7\r\n")
        #expect(String(decoding: PlanCSV.citations.rows(for: document), as: UTF8.self)
            == "\"a,b.txt\",5/KH-UBND,Luật,1/2020/QH14,,,,2/2019/QH14; 3/2018/QH14,3 9\r\n")
    }

    /// The byte order mark starts the stream once, before the header, never a document's rows.
    @Test func byteOrderMarkOnlyOnce() throws {
        let document = try Fixtures.parse("004_d9c92f5e2cd11235")
        let table = PlanCSV.tasks.table(for: [document, document], byteOrderMark: true)
        #expect(table.starts(with: [0xEF, 0xBB, 0xBF, UInt8(ascii: "s")]))
        #expect(table.indices.filter { table[$0...].starts(with: PlanCSV.byteOrderMark) } == [0])
        #expect(try CSVReader.records(Array(table.dropFirst(3))).count == 23)
        #expect(!PlanCSV.tasks.header().starts(with: PlanCSV.byteOrderMark))
        #expect(PlanCSV.tasks.table(for: []) == PlanCSV.tasks.header())
    }

    @Test func noRowsWithoutTasks() {
        let empty = PlanDocument(source: SourceInfo(name: "-", bytes: 0, encoding: "utf-8", lines: 0), document: DocumentHeader())
        #expect(PlanCSV.tasks.rows(for: empty).isEmpty)
        #expect(PlanCSV.citations.rows(for: empty).isEmpty)
    }

    @Test func dueDates() {
        #expect(Due(kind: .deadline, year: 2025, month: 12, day: 15, text: "").dateText == "2025-12-15")
        #expect(Due(kind: .period, year: 2025, month: 6, text: "").dateText == "2025-06")
        #expect(Due(kind: .period, year: 2025, quarter: 3, text: "").dateText == "2025-Q3")
        #expect(Due(kind: .period, quarter: 2, text: "").dateText == "Q2")
        #expect(Due(kind: .continuous, text: "").dateText == nil)
    }

    @Test func numberAndSymbol() {
        #expect(DocumentHeader(number: "36", symbol: "KH-UBND").numberSymbol == "36/KH-UBND")
        #expect(DocumentHeader(number: "12", symbol: "2019/QĐ-UBND").numberSymbol == "12/2019/QĐ-UBND")
        #expect(DocumentHeader(symbol: "KH-UBND").numberSymbol == "/KH-UBND")
        #expect(DocumentHeader(number: "7").numberSymbol == "7")
        #expect(DocumentHeader().numberSymbol == nil)
    }
}

/// The Markdown report: layout, escaping, empty parts left out.
@Suite struct MarkdownFormatTests {
    @Test func seed004HasTheHeaderTableAndTheOutline() throws {
        let report = try Fixtures.parse("004_d9c92f5e2cd11235").markdownReport()
        let lines = report.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == "# Kế hoạch số /KH-SKHCCN")
        for line in [
            "| Field | Value |",
            "| Number, symbol (Số, ký hiệu) | /KH-SKHCCN |",
            "| Issuer (Cơ quan ban hành) | Sở Khoa học và Công nghệ tỉnh Quảng Ngãi |",
            "| Place (Nơi ban hành) | Quảng Ngãi |",
            "| Date (Ngày ban hành) | 2024-03-20 |",
            "| Subject (Trích yếu) | Truyền thông về hoạt động kiểm soát thủ tục hành chính năm 2024 của Sở Khoa học và Công nghệ |",
            "## Outline (Bố cục)",
            "- **I.** MỤC ĐÍCH, YÊU CẦU *(purpose, requirements)*",
            "  - **1.** Mục đích *(purpose)*",
            "- **III.** KINH PHÍ THỰC HIỆN *(budget)*",
            "| Type | Number | Date | Issuer | Subject | Lines |",
            "| Nghị quyết | 68/NQ-CP | 2020-05-12 | Chính phủ |  | 77 |",
            "| No. | Group | Content | Lead | Support | Timeline | Due | Line |",
            "| Position | Name | Line |",
            "| GIÁM ĐỐC | Nguyễn Văn Thành | 56 |",
            "- Lưu: VT, HCTH.",
            "| note | header.number-blank | 3 | the number is left blank ('Số: /KH-SKHCCN') |",
        ] {
            #expect(lines.contains(line), "missing: \(line)")
        }
        #expect(lines.filter { $0.hasPrefix("| ") && $0.contains("| Thường xuyên |") }.count == 10)
        #expect(lines.last == "")   // ends with a newline
        #expect(!report.contains("\n\n\n"))
    }

    @Test func attachmentIsASubReport() throws {
        let report = try Fixtures.parse("synthetic-decision-with-plan").markdownReport()
        #expect(report.hasPrefix("# Quyết định số 215/QĐ-UBND\n"))
        #expect(report.contains("\n## Attachment 1 (Văn bản kèm theo): Kế hoạch\n"))
        #expect(report.contains("\n### Tasks (Nhiệm vụ)\n\n| No. | Content | Lead | Timeline | Due | Line |\n"))
        #expect(report.contains("| 1 | Phát triển hạ tầng số | Phòng Văn hóa và Thông tin | Quý III năm 2025 | period 2025-Q3 | 41 |\n"))
        #expect(report.contains("| KT. CHỦ TỊCH | PHÓ CHỦ TỊCH | Trần Văn Bình | 23 |\n"))
    }

    /// Only the parts with something in them; no empty table, no empty heading.
    @Test func emptyDocumentIsTitleAndSource() {
        let empty = PlanDocument(source: SourceInfo(name: "-", bytes: 0, encoding: "utf-8", lines: 0), document: DocumentHeader())
        #expect(empty.markdownReport() == "# Văn bản\n\n| Field | Value |\n|---|---|\n| Source (Tệp nguồn) | - (utf-8, 0 lines, 0 bytes) |\n")
    }

    /// Pipes and markup characters are escaped, line breaks become `<br>`, and text that
    /// would start a list or a heading is escaped; the text is otherwise as printed.
    @Test func valuesAreEscaped() {
        let document = PlanDocument(
            source: SourceInfo(name: "x.txt", bytes: 1, encoding: "utf-8", lines: 1),
            document: DocumentHeader(title: "Về A | B *và* C_D _E_ NN&MT &amp; a\\b `c` [d] <e> ~f~"),
            tasks: [PlanTask(number: "1", content: "dòng 1\ndòng 2\r\ndòng 3", source: "text", line: 4)],
            signers: [Signer(authority: [Authority(form: "TM", of: "ỦY BAN NHÂN DÂN"), Authority(form: "KT", of: "CHỦ TỊCH")],
                             position: "PHÓ CHỦ TỊCH", name: nil, line: 9)],
            recipients: [Recipient(name: "- Sở Tư pháp", line: 7), Recipient(name: "1. Sở Y tế", note: "b/c", line: 8)])
        let report = document.markdownReport()
        #expect(report.contains("| Subject (Trích yếu) | Về A \\| B \\*và\\* C_D \\_E\\_ NN&MT \\&amp; a\\\\b \\`c\\` \\[d\\] \\<e\\> \\~f\\~ |\n"))
        #expect(report.contains("| 1 | dòng 1<br>dòng 2<br>dòng 3 | 4 |\n"))
        #expect(report.contains("| TM. ỦY BAN NHÂN DÂN<br>KT. CHỦ TỊCH | PHÓ CHỦ TỊCH | 9 |\n"))
        #expect(report.contains("\n- \\- Sở Tư pháp\n- 1\\. Sở Y tế (b/c)\n"))
    }

    /// On every fixture and real document, each table's rows have as many cells as its
    /// header (no value breaks a table), and no block is followed by two blank lines.
    @Test(arguments: Fixtures.names.map { Fixtures.directory.appending(path: "\($0).txt") } + Fixtures.realFiles)
    func tablesStayRectangular(_ file: URL) throws {
        let report = PlanDocument(parsing: Array(try Data(contentsOf: file)), sourceName: file.lastPathComponent).markdownReport()
        var cellsOfTable: Int?
        for line in report.split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.hasPrefix("|") else {
                cellsOfTable = nil
                continue
            }
            let cells = Self.unescapedPipes(in: line)
            #expect(cells == (cellsOfTable ?? cells), "\(file.lastPathComponent): \(line)")
            cellsOfTable = cells
        }
        #expect(!report.contains("\n\n\n"))
    }

    private static func unescapedPipes(in line: Substring) -> Int {
        var count = 0
        var escaped = false
        for character in line {
            if escaped {
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "|" {
                count += 1
            }
        }
        return count
    }
}
