/// Reads the "Tổ chức thực hiện" (or "Phân công nhiệm vụ") section into assignments: each
/// numbered subsection names a unit, either alone ("2. Sở Tư pháp", duties in its body) or
/// before its first duty ("3. Chủ tịch UBND các huyện, thị xã có trách nhiệm ...": the unit
/// is the words before the verb).
enum Assignments {
    /// The most words of a unit: named before its first duty's verb, before a colon, or
    /// alone (no verb in its title: "Ban Chỉ đạo cấp quân khu, Ban Chỉ đạo các tỉnh, thành
    /// phố trực thuộc Trung ương" has 16).
    private static let maxUnitWords = 20

    /// The verbs that end a unit's name and start its first duty.
    private static let verbs = PhraseList([
        "có trách nhiệm", "chịu trách nhiệm", "có nhiệm vụ", "tiếp tục", "chủ trì", "phối hợp", "thực hiện", "tổ chức",
        "căn cứ", "xây dựng", "theo dõi", "hướng dẫn", "triển khai", "đôn đốc", "tăng cường", "chỉ đạo", "bố trí",
        "báo cáo", "thường xuyên", "kiểm tra", "rà soát", "phổ biến", "tham mưu", "đẩy mạnh", "nâng cao", "cung cấp",
        "tuyên truyền", "kiện toàn", "quán triệt",
    ])

    /// The words after which a verb is part of the unit's name, not its first duty, with
    /// those verbs: "Ban chỉ đạo", "Ban tổ chức" (organs), "Các tổ chức", "và tổ chức"
    /// (organisations), "Các cơ quan được giao chủ trì" (the bodies given the lead). "Các
    /// Sở, Ban triển khai ..." is a unit and its duty.
    private static let nameWords: [(word: [UInt8], verbs: [[UInt8]])] = [
        ("Ban", ["chỉ đạo", "tổ chức"]), ("Các", ["tổ chức"]), ("các", ["tổ chức"]), ("và", ["tổ chức"]), ("được giao", ["chủ trì"]),
    ].map { (Array($0.0.utf8), $0.1.map { Array($0.utf8) }) }

    static func assignments(in sections: [Section]) -> [Assignment] {
        var result: [Assignment] = []
        collect(in: sections, into: &result)
        return result
    }

    /// Appends the assignments of the assignment sections among `sections` (at any depth).
    /// The sections are read in place, not copied one by one; a section without subsections
    /// holds no units, and is passed over without a test or a call.
    private static func collect(in sections: [Section], into result: inout [Assignment]) {
        for index in sections.indices where !sections[index].children.isEmpty {
            if isAssignmentSection(kinds: sections[index].kinds, title: sections[index].title) {
                units(in: sections[index].children, into: &result)
            } else {
                collect(in: sections[index].children, into: &result)
            }
        }
    }

    /// Appends the units among numbered subsections; a subsection that names none ("2. Trách
    /// nhiệm của các cơ quan") may hold them one level down ("a) Sở Tư pháp").
    private static func units(in sections: [Section], into result: inout [Assignment]) {
        for index in sections.indices {
            if let assignment = assignment(of: sections, at: index) {
                result.append(assignment)
            } else if !sections[index].children.isEmpty {
                units(in: sections[index].children, into: &result)
            }
        }
    }

    /// The folded heading of an assignment section ("Phân công nhiệm vụ").
    private static let assignmentHeading: StaticString = "phan cong nhiem vu"

    /// The first three bytes of ``assignmentHeading`` (as `Folding.keyHead` packs them).
    private static let assignmentHead = assignmentHeading.withUTF8Buffer { Folding.keyHead($0) }

    /// Whether a section of `kinds` and `title` is an "implementation" section, or one
    /// headed "Phân công nhiệm vụ"; only the start of a long title is folded, and only a
    /// title without kinds: "phân công" is a keyword of ``SectionKinds``, so a heading-like
    /// title (only those are given kinds) headed so is an "implementation" one already. A
    /// title is folded only when its first letter and its key's first three bytes are the
    /// heading's.
    private static func isAssignmentSection(kinds: [SectionKind], title: String) -> Bool {
        if kinds.contains(.implementation) { return true }
        guard kinds.isEmpty else { return false }
        // Most titles start with printable ASCII, which starts the key too: a byte other than
        // the heading's first starts no heading, read without taking up the title's storage.
        if let first = title.utf8.first, let keyByte = Folding.asciiKeyByte(first), keyByte != assignmentHeading.utf8Start.pointee { return false }
        return Folding.keyHead(title.utf8) == assignmentHead
            && TitleKey.withStart(of: title, count: assignmentHeading.utf8CodeUnitCount + 1) { $0.hasKeyPrefix(assignmentHeading) }
    }

    /// The UTF-8 of the words that introduce a unit ("Đề nghị Ủy ban MTTQ ...", "Giao Sở ...").
    private static let unitIntroductions = [Array("Đề nghị ".utf8), Array("Giao ".utf8)]

    /// Words that open a heading which is no unit ("Kinh phí thực hiện", "Chế độ báo cáo",
    /// "Bố trí nguồn lực", "Dự án tin học hóa ..."), and the first three bytes of each (as
    /// `Folding.keyHead` packs them): a title whose key starts otherwise opens with none,
    /// and is not folded.
    private static let notUnits = {
        let phrases = [
            "kinh phi", "che do", "trong qua trinh", "nhiem vu", "thoi gian", "yeu cau", "muc tieu", "noi dung", "xay dung",
            "to chuc", "hoi nghi", "quy dinh", "dia diem", "thanh phan", "hinh thuc", "trien khai", "thuc hien", "kiem tra",
            "tong hop", "bao cao", "tuyen truyen", "trach nhiem", "bo tri", "du an",
        ]
        return (list: PhraseList(phrases), heads: phrases.map { Folding.keyHead($0.utf8) })
    }()

    /// The assignment of the unit's section `sections[index]`, or `nil` when its title names
    /// no unit. The section is read in place, not copied whole; its title is copied into
    /// bytes once, and its unit, duty and words are slices of them.
    private static func assignment(of sections: [Section], at index: Int) -> Assignment? {
        let bytes = Array(sections[index].title.utf8)
        let line = sections[index].line
        var title = bytes[...]
        // "Sở Tư pháp: Chủ trì, ...": a colon in the first 120 bytes ends the unit.
        if let colon = title.prefix(120).firstIndex(of: UInt8(ascii: ":")) {
            let unit = title[..<colon].trimmingSpaces()
            if !unit.isEmpty, UTF8Text.wordCount(unit, upTo: maxUnitWords) <= maxUnitWords, !isNotUnit(unit) {
                let duty = title[(colon + 1)...].trimmingSpaces()
                return Assignment(unit: UTF8Text.string(unit), duties: duties(of: sections, at: index, after: duty.isEmpty ? nil : UTF8Text.string(duty)), line: line)
            }
        }
        // "Đề nghị Ủy ban MTTQ ...", "Giao Sở ...": the unit follows.
        for introduction in unitIntroductions where title.starts(with: introduction) { title = title.dropFirst(introduction.count) }
        guard !isNotUnit(title) else { return nil }
        // The duties are gathered once the unit is found.
        guard let verb = firstVerb(in: title) else {
            // The unit alone; a long title without a verb is no unit.
            guard UTF8Text.wordCount(title, upTo: maxUnitWords) <= maxUnitWords else { return nil }
            let body = duties(of: sections, at: index)
            return body.isEmpty ? nil : Assignment(unit: UTF8Text.string(title), duties: body, line: line)
        }
        let unit = title[..<verb].trimmingSpaces()
        guard !unit.isEmpty, UTF8Text.wordCount(unit, upTo: maxUnitWords) <= maxUnitWords, UTF8Text.firstLetter(of: unit).map(UTF8Text.isUppercase) == true else { return nil }
        // Without the ":" or "," before the verb; the bound moves (the slice is not copied).
        var unitEnd = unit.endIndex
        while unitEnd > unit.startIndex, unit[unitEnd - 1] == UInt8(ascii: ":") || unit[unitEnd - 1] == UInt8(ascii: ",") { unitEnd -= 1 }
        return Assignment(unit: UTF8Text.string(unit[..<unitEnd]), duties: duties(of: sections, at: index, after: UTF8Text.string(title[verb...])), line: line)
    }

    /// Whether the title opens with a word that is no unit; the first three bytes of its key,
    /// read without building the key, rule most titles out.
    private static func isNotUnit(_ title: ArraySlice<UInt8>) -> Bool {
        let start = title.prefix(40)
        let notUnits = Self.notUnits
        guard notUnits.heads.contains(Folding.keyHead(start)) else { return false }
        return Folding.withKey(of: start) { notUnits.list.keyPhrasePosition(in: $0, at: 0) != nil }
    }

    /// The duties of the unit's section `sections[index]`: `first` (the rest of its title),
    /// if any, then its body items, then its subsections' titles ("a) ..."), gathered into
    /// one array made at their count.
    private static func duties(of sections: [Section], at index: Int, after first: String? = nil) -> [String] {
        let (body, children) = (sections[index].body, sections[index].children)
        var duties: [String] = []
        duties.reserveCapacity((first == nil ? 0 : 1) + body.count + children.count)
        if let first { duties.append(first) }
        // Read in place: an item or a subsection is not copied whole.
        for item in body.indices { duties.append(body[item].text) }
        for child in children.indices { duties.append(children[child].title) }
        return duties
    }

    /// The index in `title` of the first duty verb (lower case, at a word start, followed by
    /// a space, a comma or the end, and not after one of ``nameWords``), after two words at
    /// least ("Các tổ chức chính trị - xã hội ...": "tổ chức" is no verb there) and at most
    /// ``maxUnitWords``; `nil` when there is none there. A later verb would leave more words
    /// before it than a unit has, and the title would name no unit, as a title of that many
    /// words without a verb names none: the rest of a long title is not read. Word by word:
    /// only a word's start is compared.
    private static func firstVerb(in title: ArraySlice<UInt8>) -> Int? {
        let verbs = Self.verbs
        return title.withUnsafeBufferPointer { bytes -> Int? in
            /// Whether `phrase` is at `start`, followed by a space, a comma or the end.
            func isVerb(_ phrase: [UInt8], at start: Int) -> Bool {
                let end = start + phrase.count
                guard end <= bytes.count else { return false }
                for offset in phrase.indices where bytes[start + offset] != phrase[offset] { return false }
                return end == bytes.count || bytes[end] == 0x20 || bytes[end] == UInt8(ascii: ",")
            }
            /// Whether the words before `start` (and the spaces after them) end with one of
            /// ``nameWords`` that makes a name with `verb`, a whole word.
            func followsNameWord(_ start: Int, verb: [UInt8]) -> Bool {
                var end = start
                while end > 0, bytes[end - 1] == 0x20 { end -= 1 }
                return nameWords.contains { word, verbs in
                    guard verbs.contains(verb) else { return false }
                    let wordStart = end - word.count
                    return wordStart >= 0 && (wordStart == 0 || bytes[wordStart - 1] == 0x20)
                        && word.indices.allSatisfy { bytes[wordStart + $0] == word[$0] }
                }
            }
            var index = 0
            // The words that start before `index`.
            var wordsBefore = 0
            while index < bytes.count, wordsBefore <= maxUnitWords {
                if bytes[index] == 0x20 {
                    index += 1
                    continue
                }
                // A word start: the first byte, or one after a space.
                if wordsBefore >= 2, let verb = verbs.phrases(startingWith: bytes[index]).first(where: { isVerb($0, at: index) }),
                    !followsNameWord(index, verb: verb)
                {
                    return title.startIndex + index
                }
                wordsBefore += 1
                while index < bytes.count, bytes[index] != 0x20 { index += 1 }
            }
            return nil
        }
    }
}
