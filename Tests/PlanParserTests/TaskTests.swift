import Testing
@testable import PlanParser

/// Tasks from tables and labelled prose, timelines, unit lists and appendix tables (issue #5).
@Suite struct TaskTests {
    /// A small signed plan followed by `tail` (an appendix, usually).
    private func plan(appendix tail: String) -> PlanDocument {
        let text = "Số: 36/KH-UBND\nQuảng Ngãi, ngày 07 tháng 02 năm 2024\nKẾ HOẠCH\nTên\nI. MỤC ĐÍCH\nNâng cao./.\nCHỦ TỊCH\nNguyễn Văn An\n"
        return PlanDocument(parsing: text + tail, sourceName: "t.txt")
    }
    @Test func seed004TableTasks() throws {
        let plan = try Fixtures.parse("004_d9c92f5e2cd11235")
        #expect(plan.tasks.count == 11)
        #expect(Set(plan.tasks.compactMap(\.group)).count == 4)
        #expect(plan.tasks.allSatisfy { $0.source == "table" })
        let merged = try #require(plan.tasks.first { $0.content.hasSuffix("sau khi được Chủ tịch UBND tỉnh công bố.") })
        #expect(merged.lead == ["Phòng Hành chính - Tổng hợp", "Trung tâm Ứng dụng và Dịch vụ khoa học và Công nghệ"])
        #expect(merged.support == ["Các phòng, đơn vị có liên quan"])
        #expect(merged.timeline == "Thường xuyên")
        #expect(merged.due?.kind == .continuous)
        #expect(plan.tasks[0].lead == ["Các phòng, đơn vị thực hiện giải quyết TTHC", "Phòng Hành chính - Tổng hợp"])
        let appendix = try #require(plan.appendices.first)
        #expect(appendix.heading == "DANH MỤC")
        #expect(appendix.title == "Nội dung công việc truyền thông về hoạt động kiểm soát thủ tục hành chính năm 2024")
        #expect(appendix.attachedTo == "Kèm theo Kế hoạch số /KH-SKHCN ngày /3/2024 của Sở Khoa học và Công nghệ")
        #expect(appendix.line == 60)
        #expect(appendix.tables.map(\.rows.count) == [15])
        #expect(appendix.tables.first?.columns.first == "STT")
    }

    @Test func aTableOfAnAttachedDocumentKeepsTheDocumentsLineNumbers() throws {
        // The attached plan's lines are counted from the decision's first line, not its own.
        let decision = String(decoding: try Fixtures.bytes("synthetic-decision-with-plan"), as: UTF8.self)
        let text = decision + "\nSTT\tNội dung\tĐơn vị chủ trì\tThời gian\n1\tLập danh sách\tBan Thường trực\tTháng 3/2025\n"
        let rowLine = text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("1\tLập") }.map { $0 + 1 }
        let task = try #require(PlanDocument(parsing: text).attachments.first?.tasks.first { $0.source == "table" })
        #expect(task.content == "Lập danh sách")
        #expect(task.line == rowLine)
    }

    @Test func seed003TextTasks() throws {
        let tasks = try Fixtures.parse("003_87e11abe04c5957f").tasks
        #expect(tasks.map(\.number) == ["2.1", "2.2", "2.3", "2.4"])
        #expect(tasks.allSatisfy { $0.source == "text" })
        #expect(tasks[2].lead == ["Ban văn hóa", "Văn phòng UBND"])
        #expect(tasks[2].support == ["các Đoàn thể chính trị - xã hội của xã"])
        #expect(tasks[1].timeline == "Mỗi tháng 1 lần, thời lượng phát sóng mỗi lần từ 10 đến 15 phút trên Đài truyền thanh, cập nhật thường xuyên, liên tục trên Trang thông tin điện tử của xã")
        #expect(tasks[1].due?.kind == .recurring)
    }

    @Test func dueKinds() {
        #expect(DueParser.due("Thường xuyên").kind == .continuous)
        #expect(DueParser.due("Thường xuyên trong năm").kind == .continuous)
        #expect(DueParser.due("Hằng năm").kind == .recurring)
        #expect(DueParser.due("Mỗi tháng 1 lần").kind == .recurring)
        // "lần/" ends at its slash: the word after it may follow at once.
        #expect(DueParser.due("2 lần/tháng").kind == .recurring)
        #expect(DueParser.due("02 lần/ năm").kind == .recurring)
        #expect(DueParser.due("Lần đầu").kind == .unspecified)
        #expect(DueParser.due("Trước ngày 15/12/2025") == Due(kind: .deadline, year: 2025, month: 12, day: 15, text: "Trước ngày 15/12/2025"))
        #expect(DueParser.due("Quý II/2025") == Due(kind: .period, year: 2025, quarter: 2, text: "Quý II/2025"))
        #expect(DueParser.due("Quý III Năm 2026") == Due(kind: .period, year: 2026, quarter: 3, text: "Quý III Năm 2026"))
        #expect(DueParser.due("Tháng 02/2025") == Due(kind: .period, year: 2025, month: 2, text: "Tháng 02/2025"))
        #expect(DueParser.due("trong tháng 02/2025") == Due(kind: .period, year: 2025, month: 2, text: "trong tháng 02/2025"))
        #expect(DueParser.due("Trong năm 2024") == Due(kind: .period, year: 2024, text: "Trong năm 2024"))
        #expect(DueParser.due("Năm 2025-2026") == Due(kind: .period, year: 2025, text: "Năm 2025-2026"))
        #expect(DueParser.due("Theo kế hoạch kiểm tra").kind == .unspecified)
        #expect(DueParser.due("Trước 30/6/2025") == Due(kind: .deadline, year: 2025, month: 6, day: 30, text: "Trước 30/6/2025"))
        #expect(DueParser.due("Trước /6/2025").kind == .deadline)
        #expect(DueParser.due("Tháng 6 năm 2025") == Due(kind: .period, year: 2025, month: 6, text: "Tháng 6 năm 2025"))
        #expect(DueParser.due("Quí IV-2025") == Due(kind: .period, year: 2025, quarter: 4, text: "Quí IV-2025"))
        #expect(DueParser.due("Giai đoạn 2025-2030") == Due(kind: .period, year: 2025, text: "Giai đoạn 2025-2030"))
    }

    @Test func duePhrasesAtLetterWordStarts() {
        // A phrase starts at a letter after a byte that is no letter: after a digit too.
        #expect(DueParser.due("2025trước").kind == .deadline)
        #expect(DueParser.due("Xtrước 2025") == Due(kind: .period, year: 2025, text: "Xtrước 2025"))
        #expect(DueParser.due("Báo cáo định kỳ 6 tháng").kind == .recurring)
        #expect(DueParser.due("Quý IV năm 2026") == Due(kind: .period, year: 2026, quarter: 4, text: "Quý IV năm 2026"))
        #expect(DueParser.due("Tháng 12") == Due(kind: .period, month: 12, text: "Tháng 12"))
    }

    @Test func unitLists() {
        #expect(UnitList.split("- Các phòng, đơn vị thực hiện giải quyết TTHC; - Phòng Hành chính - Tổng hợp.")
            == ["Các phòng, đơn vị thực hiện giải quyết TTHC", "Phòng Hành chính - Tổng hợp"])
        #expect(UnitList.split("Phòng Hành chính - Tổng hợp") == ["Phòng Hành chính - Tổng hợp"])
        #expect(UnitList.split("- Sở Tư pháp. - Sở Nội vụ.") == ["Sở Tư pháp", "Sở Nội vụ"])
    }

    @Test func pipeTablesAndCellsOnLinesOfTheirOwn() {
        let document = plan(appendix: """
            PHỤ LỤC
            NHIỆM VỤ CHỦ YẾU
            | TT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện |
            |---|---|---|---|---|
            | 1 | Điều chỉnh quy hoạch | Ban Quản lý | Sở Tài chính; Sở Xây dựng | Quý III/2026 |
            | 2 | Khảo sát | Ban Quản lý | Sở Công Thương | Hàng năm | thừa |
            PHỤ LỤC II
            |
            TT
            |
            Nội dung/nhiệm vụ
            |
            Cơ quan chủ trì
            |
            Thời gian thực hiện
            |
            |
            1
            |
            Tổ chức điều chỉnh,
            bổ sung quy hoạch
            |
            Ban Quản lý
            |
            Thường xuyên
            |
            """)
        #expect(document.tasks.map(\.content) == ["Điều chỉnh quy hoạch", "Khảo sát", "Tổ chức điều chỉnh, bổ sung quy hoạch"])
        #expect(document.tasks[0].support == ["Sở Tài chính", "Sở Xây dựng"])
        #expect(document.tasks[0].due == Due(kind: .period, year: 2026, quarter: 3, text: "Quý III/2026"))
        #expect(document.appendices.map(\.heading) == ["PHỤ LỤC", "PHỤ LỤC II"])
        #expect(document.appendices.map { $0.tables.map(\.rows.count) } == [[2], [1]])
    }

    @Test func tablesThatAreNotTaskTablesGiveNoTasks() {
        let document = plan(appendix: "PHỤ LỤC\nTọa độ điểm quan trắc\nSTT\tTên điểm\tKinh độ\tVĩ độ\n1\tĐiểm A\t105,1\t20,2\n")
        #expect(document.tasks.isEmpty)
        #expect(document.appendices.first?.tables.first?.columns == ["STT", "Tên điểm", "Kinh độ", "Vĩ độ"])
    }

    @Test func seed001Assignments() throws {
        let assignments = try Fixtures.parse("001_338ae78fb495c782").assignments
        #expect(assignments.map(\.unit) == [
            "Thủ trưởng các sở, ban, ngành", "Sở Tư pháp", "Chủ tịch UBND các huyện, thị xã",
            "Đài Phát thanh và Truyền hình Bình Phước, Báo Bình Phước", "Văn phòng UBND tỉnh",
        ])
        #expect(assignments.map(\.duties.count) == [1, 2, 1, 1, 1])
        #expect(assignments[2].duties[0].hasPrefix("có trách nhiệm xây dựng kế hoạch"))
        #expect(assignments.map(\.line) == [61, 65, 72, 74, 76])
    }

    @Test func columnsAlignedByRunsOfSpaces() {
        let document = plan(appendix: """
            PHỤ LỤC
            STT   Nội dung công việc        Đơn vị chủ trì      Thời gian thực hiện
            1     Rà soát quy hoạch         Sở Xây dựng         Quý II/2025
            2     Khảo sát hiện trạng                           Hằng năm
                  và nhu cầu
            """)
        #expect(document.tasks.map(\.content) == ["Rà soát quy hoạch", "Khảo sát hiện trạng và nhu cầu"])
        #expect(document.tasks.map(\.lead) == [["Sở Xây dựng"], []])
        #expect(document.tasks.map(\.timeline) == ["Quý II/2025", "Hằng năm"])
    }

    @Test func tableExtractedOneCellPerLine() {
        let document = plan(appendix: "PHỤ LỤC\nPhân công\n\nSTT\n\nNội dung\n\nĐơn vị chủ trì\n\nThời gian thực hiện\n\n1\n\nLập danh sách\n\nBan Thường trực\n\nTháng 02/2025\n\n2\n\nTổng hợp ý kiến\n\n\u{00A0}\n\nQuý I/2025\n\nGhi chú cuối trang.\n")
        #expect(document.appendices.first?.tables.first?.columns == ["STT", "Nội dung", "Đơn vị chủ trì", "Thời gian thực hiện"])
        #expect(document.appendices.first?.tables.first?.rows == [["1", "Lập danh sách", "Ban Thường trực", "Tháng 02/2025"], ["2", "Tổng hợp ý kiến", "", "Quý I/2025"]])
        #expect(document.tasks.map(\.lead) == [["Ban Thường trực"], []])
        #expect(document.tasks.map { $0.due?.kind } == [.period, .period])
    }

    @Test func foundInReview() {
        #expect(UnitList.split("– Sở A; • Sở B (các nội dung: X; Y)") == ["Sở A", "Sở B (các nội dung: X; Y)"])
        let text = "Số: 36/KH-UBND\nQuảng Ngãi, ngày 07 tháng 02 năm 2024\nKẾ HOẠCH\nTên\nI. TỔ CHỨC THỰC HIỆN\n1. Sở Tư pháp: Chủ trì, phối hợp tuyên truyền.\n2. Sở Tài chính chủ trì, bố trí kinh phí.\n3. Kinh phí thực hiện\n- Từ ngân sách tỉnh./.\nCHỦ TỊCH\nNguyễn Văn An\nPHỤ LỤC\nDANH MỤC CÁC NHIỆM VỤ\n|\nTT\n|\nNội dung\n|\nĐơn vị chủ trì\n|\nThời gian\n|\n|\n1\n|\nA\n|\n|\nNăm 2025\n|\n|\n2\n|\nB\n|\n- Sở X\n- Sở Y\n|\nQuý I/2025\n|\n"
        let plan = PlanDocument(parsing: text, sourceName: "t.txt")
        #expect(plan.assignments.map(\.unit) == ["Sở Tư pháp", "Sở Tài chính"])
        #expect(plan.appendices.map(\.heading) == ["PHỤ LỤC"])
        #expect(plan.appendices.first?.title == "DANH MỤC CÁC NHIỆM VỤ")
        #expect(plan.tasks.map(\.timeline) == ["Năm 2025", "Quý I/2025"])
        #expect(plan.tasks.map(\.lead) == [[], ["Sở X", "Sở Y"]])
    }

    @Test func assignmentsWithSubsectionsAndOneLevelDown() {
        let text = "Số: 36/KH-UBND\nQuảng Ngãi, ngày 07 tháng 02 năm 2024\nKẾ HOẠCH\nTên\nI. TỔ CHỨC THỰC HIỆN\n1. Sở Nội vụ\na) Tham mưu kiện toàn bộ máy.\nb) Theo dõi, đôn đốc.\n2. Trách nhiệm của các cơ quan\na) Sở Tư pháp chủ trì phổ biến pháp luật.\nb) Các tổ chức chính trị - xã hội tuyên truyền hội viên.\nCHỦ TỊCH\nNguyễn Văn An"
        let assignments = PlanDocument(parsing: text, sourceName: "t.txt").assignments
        #expect(assignments.map(\.unit) == ["Sở Nội vụ", "Sở Tư pháp", "Các tổ chức chính trị - xã hội"])
        #expect(assignments[0].duties == ["Tham mưu kiện toàn bộ máy.", "Theo dõi, đôn đốc."])
    }

    @Test func fieldsAsSubsectionsBelongToTheParent() {
        let text = "Số: 36/KH-UBND\nQuảng Ngãi, ngày 07 tháng 02 năm 2024\nKẾ HOẠCH\nTên\nI. NHIỆM VỤ\n1.1. Xây dựng chiến lược dữ liệu\na) Nội dung: lập chiến lược.\nb) Cơ quan thực hiện:\n- Chủ trì: Sở Khoa học và Công nghệ.\n- Phối hợp: Các sở, ngành.\nCHỦ TỊCH\nNguyễn Văn An"
        let tasks = PlanDocument(parsing: text, sourceName: "t.txt").tasks
        #expect(tasks.map(\.number) == ["1.1"])
        #expect(tasks.map(\.content) == ["Xây dựng chiến lược dữ liệu"])
        #expect(tasks.map(\.lead) == [["Sở Khoa học và Công nghệ"]])
    }

    @Test func rejectedBodyTableEndedByTextThenATaskTable() {
        let text = "Số: 36/KH-UBND\nQuảng Ngãi, ngày 07 tháng 02 năm 2024\nKẾ HOẠCH\nTên\nI. NHIỆM VỤ\nSố\tTên\n1\tA\nVăn bản.\nSTT\tNội dung\tChủ trì\n1\tLập\tSở X\nCHỦ TỊCH\nNguyễn Văn An"
        let tasks = PlanDocument(parsing: text, sourceName: "t.txt").tasks
        #expect(tasks.map(\.content) == ["Lập"])
        #expect(tasks.map(\.lead) == [["Sở X"]])
        #expect(tasks.map(\.source) == ["table"])
    }

    @Test func tabHeaderForgottenAfterProse() {
        let document = plan(appendix: "PHỤ LỤC\nSTT\tNội dung\tChủ trì\nVăn bản ở giữa.\n1\tLập\tSở X\n")
        #expect(document.tasks.isEmpty)
        #expect(document.appendices.first?.tables.isEmpty == true)
    }

    @Test func pipeHeaderThenRuleThenRow() {
        let document = plan(appendix: "PHỤ LỤC\nDanh sách\n| STT | Tên |\n|---|:--|\n| 1 | A |\n")
        #expect(document.appendices.first?.tables.first?.columns == ["STT", "Tên"])
        #expect(document.appendices.first?.tables.first?.rows == [["1", "A"]])
        #expect(document.appendices.first?.tables.first?.line == 11)
    }

    @Test func tabTableIndentedByATab() {
        let tasks = plan(appendix: "PHỤ LỤC\n\tSTT\tNội dung\tChủ trì\tThời gian\n\t1\tViệc A\tSở X\tNăm 2025\n\t2\tViệc B\tSở Y\tNăm 2026\n\t\tvà việc C\t\t\n").tasks
        #expect(tasks.map(\.content) == ["Việc A", "Việc B và việc C"])
        #expect(tasks.map(\.lead) == [["Sở X"], ["Sở Y"]])
    }
}
