import Testing
@testable import PlanParser

/// The rewritten readers of section kinds, assignments, timelines and labelled fields, at
/// the edges their fast paths pass over: word starts after punctuation and digits, the
/// first three bytes of a word, verbs at a word's start, slashes, and where a label's colon
/// stops being looked for.
@Suite struct SectionTaskReadingTests {
    /// The keywords of section kinds, written out.
    private static let keywords: [(phrase: String, kind: SectionKind)] = [
        ("to chuc thuc hien", .implementation), ("phan cong", .implementation), ("trach nhiem", .implementation),
        ("che do bao cao", .reporting), ("thong tin bao cao", .reporting), ("che do thong tin", .reporting),
        ("bao cao ket qua", .reporting), ("kinh phi", .budget), ("nguon von", .budget), ("muc dich", .purpose),
        ("yeu cau", .requirements), ("muc tieu", .targets), ("chi tieu", .targets), ("doi tuong", .scope),
        ("pham vi", .scope), ("noi dung", .content), ("nhiem vu", .content), ("giai phap", .content),
        ("hinh thuc", .methods), ("phuong thuc", .methods), ("thoi gian", .schedule), ("tien do", .schedule),
        ("lo trinh", .schedule),
    ]

    /// The compounds passed whole, whose second syllable starts a keyword, written out.
    private static let compounds = [
        "tinh hinh", "mo hinh", "loai hinh", "dien hinh", "dia hinh", "dia phuong", "da phuong", "song phuong", "don phuong",
    ]

    /// The kinds of `title` by the rule, a byte at a time: only a title without a final "."
    /// or a ";" and of 20 words at most; keywords at word starts of its folded key (a letter
    /// not after a letter), ending at a word boundary, before the fourth word of a title of
    /// more than ten words, and not inside a compound passed whole; each kind once, in the
    /// order found.
    private static func referenceKinds(_ title: [UInt8]) -> [SectionKind] {
        guard title.last != UInt8(ascii: "."), !title.contains(UInt8(ascii: ";")) else { return [] }
        let words = title.split(separator: 0x20).count
        guard words <= 20 else { return [] }
        let key = Folding.key(title)
        var reach = key.count
        if words > 10 {
            var spaces = 0
            for (offset, byte) in key.enumerated() where byte == 0x20 {
                spaces += 1
                if spaces == 3 {
                    reach = offset + 1
                    break
                }
            }
        }
        /// Whether `phrase` is at `start` of the key, ending at a word boundary.
        func isAt(_ phrase: String, _ start: Int) -> Bool {
            let bytes = Array(phrase.utf8)
            let end = start + bytes.count
            return end <= key.count && Array(key[start..<end]) == bytes && (end == key.count || !key[end].isASCIILetter)
        }
        var found: [SectionKind] = []
        var passedTo = 0
        for start in 0..<reach where start >= passedTo && (start == 0 || !key[start - 1].isASCIILetter) {
            if let compound = compounds.first(where: { isAt($0, start) }) {
                passedTo = start + compound.utf8.count
                continue
            }
            for (phrase, kind) in keywords where isAt(phrase, start) && !found.contains(kind) { found.append(kind) }
        }
        return found
    }

    @Test func sectionKindsMatchTheRuleOnRandomTitles() {
        let tokens = [
            "Tổ chức thực hiện", "TỔ CHỨC THỰC HIỆN", "phân công", "Trách nhiệm", "chế độ báo cáo", "Thông tin báo cáo",
            "chế độ thông tin", "báo cáo kết quả", "kinh phí", "Nguồn vốn", "mục đích", "YÊU CẦU", "Mục tiêu", "chỉ tiêu",
            "đối tượng", "phạm vi", "Nội dung", "nhiệm vụ", "giải pháp", "hình thức", "phương thức", "thời gian", "tiến độ",
            "lộ trình", "và", "các", "của", "thi", "tiến", "độc", "x", "1.", "2a", "(", ")", "-", ",", "/", "kinh", "phí",
            "THỜI", "GIAN", "a)", "thờigian", "Nhiệmvụ", "yêu", "cầu", "T", "th", "ti", "ph", "noi", "tình", "Tình hình",
            "hình", "thức", "hình thức", "TÌNH HÌNH", "tinhhình",
        ]
        var random = SplitMix64(seed: 9)
        for _ in 0..<6_000 {
            var title: [UInt8] = []
            for _ in 0..<Int.random(in: 1...24, using: &random) {
                // Tokens mostly apart, sometimes joined ("(mục", "xthời") or two spaces apart.
                if !title.isEmpty {
                    switch Int.random(in: 0..<10, using: &random) {
                    case 0: break
                    case 1: title += [0x20, 0x20]
                    default: title.append(0x20)
                    }
                }
                title += Array(tokens.randomElement(using: &random)!.utf8)
            }
            switch Int.random(in: 0..<12, using: &random) {
            case 0: title.append(UInt8(ascii: "."))
            case 1: title.append(UInt8(ascii: ";"))
            default: break
            }
            #expect(title.withUnsafeBufferPointer(SectionKinds.classify) == Self.referenceKinds(title), "\(String(decoding: title, as: UTF8.self))")
        }
    }

    /// A title of more than ten words is classified from the key of its first 64 bytes
    /// when that key holds its first three words and a keyword's length more: a keyword
    /// that starts in the third word and ends past byte 64, or a title whose first words
    /// fill the 64 bytes, is read from the whole key.
    @Test func longTitleKindsFromTheStartOfTheirKey() {
        let rest = " và các nội dung khác của kế hoạch năm nay"
        let titles = [
            "Công tác tổ chức thực hiện" + rest + " trong năm",
            "Nhiệm vụ trọng tâm và kinh phí" + rest,
            String(repeating: "x", count: 30) + " " + String(repeating: "y", count: 22) + " tổ chức thực hiện" + rest,
            String(repeating: "Đ", count: 40) + " mục tiêu" + rest,
            "Các đơn vị liên quan tiến độ" + rest,
        ]
        let expected: [[SectionKind]] = [[.implementation], [.content], [.implementation], [.targets], []]
        for (title, kinds) in zip(titles, expected) {
            let bytes = Array(title.utf8)
            #expect(bytes.count > 64 && bytes.split(separator: 0x20).count > 10)
            #expect(bytes.withUnsafeBufferPointer(SectionKinds.classify) == kinds, "\(title)")
            #expect(Self.referenceKinds(bytes) == kinds, "\(title)")
        }
    }

    @Test func sectionKindsAtWordStartsOnly() {
        #expect(Array("1.Mục tiêu (thời gian)".utf8).withUnsafeBufferPointer(SectionKinds.classify) == [.targets, .schedule])
        #expect(Array("Xthời gian, tiếnđộ".utf8).withUnsafeBufferPointer(SectionKinds.classify) == [])
        #expect(Array("t".utf8).withUnsafeBufferPointer(SectionKinds.classify) == [])
        #expect(Array("Kinh phí".utf8).withUnsafeBufferPointer(SectionKinds.classify) == [.budget])
    }

    /// "Tình hình thực hiện" (the situation of implementation) holds "hình thức" across its
    /// two words: no "methods"; "hình thức" as a word of its own still is one.
    @Test func sectionKindsNotAcrossACompound() {
        let kinds = { (title: String) in Array(title.utf8).withUnsafeBufferPointer(SectionKinds.classify) }
        #expect(kinds("Tình hình thực hiện vốn đầu tư 9 tháng năm 2008") == [])
        #expect(kinds("Tình hình thực hiện đầu tư của một số ngành") == [])
        #expect(kinds("TÌNH HÌNH THỰC HIỆN NHIỆM VỤ NĂM 2025") == [.content])
        #expect(kinds("Tình hình thực hiện, hình thức tuyên truyền") == [.methods])
        #expect(kinds("Hình thức thực hiện") == [.methods])
        #expect(kinds("Nội dung, hình thức") == [.content, .methods])
        #expect(kinds("Đánh giá tình hình, thời gian thực hiện") == [.schedule])
        // Other compounds ending with "hình" or "phương" (a final review's titles).
        #expect(kinds("Nhân rộng mô hình thực hiện tốt") == [])
        #expect(kinds("Các địa phương thực hiện nghiêm") == [])
        #expect(kinds("Phương thức thực hiện") == [.methods])
    }

    /// The assignments of one "Tổ chức thực hiện" section whose subsections have `titles`,
    /// each with one body item.
    private func assignments(_ titles: [String]) -> [Assignment] {
        let children = titles.enumerated().map { position, title in
            Section(number: String(position + 1), title: title, line: position + 2, body: [BodyItem(marker: "-", text: "Báo cáo định kỳ.", line: 99)])
        }
        return Assignments.assignments(in: [Section(number: "IV", title: "TỔ CHỨC THỰC HIỆN", kinds: [.implementation], line: 1, children: children)])
    }

    @Test func assignmentVerbsAtWordStartsAfterTwoWords() {
        let found = assignments([
            "Các tổ chức chính trị - xã hội có trách nhiệm phối hợp thực hiện",
            "Sở  Tư  pháp  chủ trì, hướng dẫn",
            "Ủy ban nhân dân huyện thực hiện",
            "Giao Sở Nội vụ chủ trì tổng hợp",
            "Sở Y tế, chủ trì",
            "Sở Tài chính: Chủ trì tham mưu",
            "Phòng Văn hóa thực hiệnx",
            "Kinh phí thực hiện",
            "Kinh tế xã hội chủ trì",
            "các phòng ban chủ trì",
        ])
        let duty = "Báo cáo định kỳ."
        #expect(found == [
            Assignment(unit: "Các tổ chức chính trị - xã hội", duties: ["có trách nhiệm phối hợp thực hiện", duty], line: 2),
            Assignment(unit: "Sở  Tư  pháp", duties: ["chủ trì, hướng dẫn", duty], line: 3),
            Assignment(unit: "Ủy ban nhân dân huyện", duties: ["thực hiện", duty], line: 4),
            Assignment(unit: "Sở Nội vụ", duties: ["chủ trì tổng hợp", duty], line: 5),
            Assignment(unit: "Sở Y tế", duties: ["chủ trì", duty], line: 6),
            Assignment(unit: "Sở Tài chính", duties: ["Chủ trì tham mưu", duty], line: 7),
            Assignment(unit: "Phòng Văn hóa thực hiệnx", duties: [duty], line: 8),
            Assignment(unit: "Kinh tế xã hội", duties: ["chủ trì", duty], line: 10),
        ])
    }

    /// A unit of up to 20 words before its verb, or without one, is read; with 21 words
    /// before it, or without one, a title names no unit, wherever a later verb is.
    @Test func assignmentVerbsWithinTheFirstTwentyOneWords() {
        /// "Sở" and `count - 1` more words ("A2" ... ), none a verb.
        func unit(_ count: Int) -> String { (["Sở"] + (2...max(2, count)).map { "A\($0)" }).prefix(count).joined(separator: " ") }
        let found = assignments([
            unit(20) + " chủ trì thực hiện",
            unit(21) + " chủ trì thực hiện",
            unit(30) + " chủ trì",
            unit(20),
            unit(21),
            unit(25),
        ])
        let duty = "Báo cáo định kỳ."
        #expect(found == [
            Assignment(unit: unit(20), duties: ["chủ trì thực hiện", duty], line: 2),
            Assignment(unit: unit(20), duties: [duty], line: 5),
        ])
    }

    /// A verb that makes a name with the word before it ("Ban chỉ đạo", "Ban tổ chức", "Các
    /// tổ chức", "và tổ chức", "được giao chủ trì") is part of the unit's name (031, 001, 035,
    /// 012); another verb there, or a verb elsewhere, still ends the name.
    @Test func assignmentVerbsInsideOrganNames() {
        let found = assignments([
            "Các tổ chức chính trị - xã hội và tổ chức, đoàn thể có liên quan",
            "Ban Chỉ đạo cấp quân khu, Ban Chỉ đạo các tỉnh, thành phố trực thuộc Trung ương",
            "Các cơ quan, đơn vị được giao chủ trì có trách nhiệm hoàn thành nhiệm vụ",
            "Thường trực Ban chỉ đạo tỉnh có trách nhiệm theo dõi",
            "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội",
            "Sở Tài chính chủ trì và tổ chức kiểm tra",
            "Sở Nội vụ hướng dẫn các tổ chức",
            "Các phòng, ban thực hiện",
            "Sở Tư pháp Xvà tổ chức",
            "Dự án tin học hóa khối các Sở, Ban, Ngành và các Huyện, Thị, Thành phố.",
            "Bố trí nguồn lực tổ chức chi trả trực tiếp cho một số đối tượng đặc thù như: người cao tuổi",
            "Các Sở, Ban triển khai thực hiện Kế hoạch",
        ])
        let duty = "Báo cáo định kỳ."
        #expect(found == [
            Assignment(unit: "Các tổ chức chính trị - xã hội và tổ chức, đoàn thể có liên quan", duties: [duty], line: 2),
            Assignment(unit: "Ban Chỉ đạo cấp quân khu, Ban Chỉ đạo các tỉnh, thành phố trực thuộc Trung ương", duties: [duty], line: 3),
            Assignment(unit: "Các cơ quan, đơn vị được giao chủ trì", duties: ["có trách nhiệm hoàn thành nhiệm vụ", duty], line: 4),
            Assignment(unit: "Thường trực Ban chỉ đạo tỉnh", duties: ["có trách nhiệm theo dõi", duty], line: 5),
            Assignment(unit: "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội", duties: [duty], line: 6),
            Assignment(unit: "Sở Tài chính", duties: ["chủ trì và tổ chức kiểm tra", duty], line: 7),
            Assignment(unit: "Sở Nội vụ", duties: ["hướng dẫn các tổ chức", duty], line: 8),
            Assignment(unit: "Các phòng, ban", duties: ["thực hiện", duty], line: 9),
            Assignment(unit: "Sở Tư pháp Xvà", duties: ["tổ chức", duty], line: 10),
            Assignment(unit: "Các Sở, Ban", duties: ["triển khai thực hiện Kế hoạch", duty], line: 13),
        ])
    }

    @Test func timelinePiecesAroundSlashesAndDashes() {
        #expect(DueParser.due("Tháng 3/2025/1") == Due(kind: .period, year: 2025, month: 3, text: "Tháng 3/2025/1"))
        #expect(DueParser.due("Quý II/") == Due(kind: .period, quarter: 2, text: "Quý II/"))
        #expect(DueParser.due("Quý 5/2025") == Due(kind: .unspecified, text: "Quý 5/2025"))
        #expect(DueParser.due("Tháng 13/2025") == Due(kind: .unspecified, text: "Tháng 13/2025"))
        #expect(DueParser.due("Tháng 02 - 2025") == Due(kind: .period, month: 2, text: "Tháng 02 - 2025"))
        #expect(DueParser.due("Quý 2/2026") == Due(kind: .period, year: 2026, quarter: 2, text: "Quý 2/2026"))
    }

    /// The tasks of one section whose body is a lead whose colon is at byte `colon`, and a
    /// timeline.
    private func tasks(leadColonAt colon: Int) -> [PlanTask] {
        // "Chủ trì" is 10 bytes; spaces fill up to the colon (its key is still "chu tri").
        let lead = "Chủ trì" + String(repeating: " ", count: colon - 10) + ": Sở Tư pháp"
        let body = [BodyItem(marker: "-", text: lead, line: 3), BodyItem(marker: "-", text: "Thời gian thực hiện: Quý II/2025", line: 4)]
        return TextTasks.tasks(in: [Section(number: "2.1", title: "Rà soát văn bản", line: 2, body: body)])
    }

    @Test func labelColonLookedForInTheFirstFortyBytes() {
        #expect(tasks(leadColonAt: 39).map(\.lead) == [["Sở Tư pháp"]])
        #expect(tasks(leadColonAt: 16).map(\.lead) == [["Sở Tư pháp"]])
        // Past the first 40 bytes the text is no label: one field is left, and no task.
        #expect(tasks(leadColonAt: 40).isEmpty)
    }
}
