/// Reads the tasks of a task table, finding each column's role from its header's meaning:
/// number (STT), content (Nội dung, Nhiệm vụ), lead (chủ trì), support (phối hợp),
/// timeline (Thời gian, Thời hạn, Tiến độ), output (Sản phẩm, Kết quả), budget (Kinh phí),
/// notes (Ghi chú). A table without a content column and a lead or timeline column holds
/// no tasks. Group rows (a Roman numeral or a capital letter, a title, empty cells) become
/// the `group` of the rows under them.
enum TableTasks {
    enum Role { case number, content, lead, support, timeline, output, budget, notes }

    /// The tasks of a table headed by `columns`.
    static func tasks(columns: [String], rows: [TableReader.Row]) -> [PlanTask] {
        guard let roles = roles(of: columns) else { return [] }
        return tasks(roles: roles, rows: rows)
    }

    /// The tasks of a table whose columns have `roles` (from `roles(of:)`).
    static func tasks(roles: [Role?], rows: [TableReader.Row]) -> [PlanTask] {
        guard let contentColumn = roles.firstIndex(of: .content) else { return [] }
        // Each role's column, found once a table, not once a cell.
        let (numberColumn, leadColumn, supportColumn, timelineColumn, outputColumn, budgetColumn, notesColumn) = (
            roles.firstIndex(of: .number), roles.firstIndex(of: .lead), roles.firstIndex(of: .support), roles.firstIndex(of: .timeline),
            roles.firstIndex(of: .output), roles.firstIndex(of: .budget), roles.firstIndex(of: .notes)
        )
        /// The text of `row` in `column` (the column of a role), `nil` without one or when empty.
        func cell(_ row: TableReader.Row, _ column: Int?) -> String? {
            guard let column, column < row.cells.count, !row.cells[column].isEmpty else { return nil }
            return row.cells[column]
        }
        var tasks: [PlanTask] = []
        var group: String?
        for row in rows {
            // A group row printed as one merged cell: "I. NÂNG CAO NHẬN THỨC ...".
            if row.cells.dropFirst().allSatisfy(\.isEmpty), let title = mergedGroupTitle(row.cells[0]) {
                group = title
                continue
            }
            guard contentColumn < row.cells.count, !row.cells[contentColumn].isEmpty else { continue }
            let number = cell(row, numberColumn)
            // A group row: its cells empty but the number and the content (cells beyond the
            // header's columns have no role).
            if let number, isGroupNumber(number.utf8.filter { $0 != UInt8(ascii: ".") }[...]),
                row.cells.indices.allSatisfy({ $0 == contentColumn || ($0 < roles.count && roles[$0] == .number) || row.cells[$0].isEmpty })
            {
                group = row.cells[contentColumn]
                continue
            }
            let timeline = cell(row, timelineColumn)
            tasks.append(PlanTask(
                number: number, group: group, content: row.cells[contentColumn],
                lead: cell(row, leadColumn).map { UnitList.split($0) } ?? [],
                support: cell(row, supportColumn).map { UnitList.split($0) } ?? [],
                timeline: timeline, source: "table", line: row.line,
                output: cell(row, outputColumn), budget: cell(row, budgetColumn), notes: cell(row, notesColumn),
                due: timeline.map(DueParser.due)))
        }
        return tasks
    }

    /// The roles of a task table's columns, or `nil` for a header without a content column
    /// and a lead or timeline column. A header names its columns in a few words; prose is
    /// no header (told before any column is folded). A table's rows are read for tasks
    /// only when its header has roles.
    static func roles(of columns: [String]) -> [Role?]? {
        guard columns.count >= 2, columns.allSatisfy(isShort) else { return nil }
        let keys = columns.map { Folding.key($0) }
        // A content column names its content; most headers that are prose have no such words.
        guard keys.contains(where: namesContent) else { return nil }
        let roles = keys.map(role)
        guard roles.contains(.content), roles.contains(.lead) || roles.contains(.timeline) else { return nil }
        return roles
    }

    /// Whether a header names its column in twelve words at most (its UTF-8 read in place,
    /// not through a copy of the string).
    private static func isShort(_ column: String) -> Bool {
        UTF8Text.wordCount(column.utf8, upTo: 12) <= 12
    }

    /// Whether a folded header holds the words of a content column (which `role` tells last).
    private static func namesContent(_ key: [UInt8]) -> Bool {
        key.contains(keyPhrase: "noi dung") || key.contains(keyPhrase: "nhiem vu") || key.contains(keyPhrase: "cong viec")
            || key.contains(keyPhrase: "hoat dong")
    }

    /// The title of a merged group cell, "I. NÂNG CAO ..." → "NÂNG CAO ...".
    private static func mergedGroupTitle(_ cell: String) -> String? {
        // The cell's bytes, copied once for the marker, the number and the title.
        let bytes = Array(cell.utf8)
        guard let marker = Marker.parse(bytes), !marker.isBullet, isGroupNumber(bytes.prefix { $0 != UInt8(ascii: ".") && $0 != 0x20 })
        else { return nil }
        let title = bytes[min(marker.contentStart, bytes.count)...].drop { $0 == 0x20 }
        return title.isEmpty ? nil : String(decoding: title, as: UTF8.self)
    }

    /// A group row's number, without its periods: "I", "II", "A", "B".
    private static func isGroupNumber(_ number: ArraySlice<UInt8>) -> Bool {
        Marker.romanValue(number) != nil || (number.count == 1 && number[number.startIndex].isASCIIUpper)
    }

    /// A column's role from its folded header.
    private static func role(_ key: [UInt8]) -> Role? {
        func has(_ phrase: StaticString) -> Bool { key.contains(keyPhrase: phrase) }
        if key.isKey("stt") || key.isKey("tt") || key.isKey("so tt") || key.isKey("so thu tu") { return .number }
        if has("phoi hop") { return .support }
        if has("chu tri") || has("don vi thuc hien") || has("co quan thuc hien") || key.isKey("thuc hien") { return .lead }
        if has("thoi gian") || has("thoi han") || has("tien do") { return .timeline }
        if has("san pham") || has("ket qua") { return .output }
        if has("kinh phi") { return .budget }
        if has("ghi chu") { return .notes }
        if namesContent(key) { return .content }
        return nil
    }
}

/// Splits a cell listing units: "- Các phòng, đơn vị thực hiện giải quyết TTHC; - Phòng
/// Hành chính - Tổng hợp." → two units. Items are separated by ";" or by a dash that
/// starts an item (after a full stop, or at the start); a hyphen inside a name ("Hành
/// chính - Tổng hợp") is not a separator, nor is a comma.
enum UnitList {
    /// The units of a cell; with `atSentenceEnds` (prose), a full stop before a capital
    /// also separates them ("Ban văn hóa. Văn phòng UBND").
    static func split(_ text: String, atSentenceEnds: Bool = false) -> [String] {
        // The text's own bytes, read in place (no copy into an array first).
        UTF8Text.withUTF8(of: text) { split($0, atSentenceEnds: atSentenceEnds) }
    }

    /// The units of the UTF-8 `bytes` of a cell (`split(_:atSentenceEnds:)`), read in place:
    /// a prose field's units are split from its paragraph's bytes, with no string made first.
    static func split(_ bytes: UnsafeBufferPointer<UInt8>, atSentenceEnds: Bool) -> [String] {
        var items: [String] = []
        var index = 0
        // The start of the current item: the byte after the last separator.
        var start = 0
        /// Appends the item `start..<index` without the spaces, dashes and bullets before it
        /// and the punctuation after it, if a letter or digit is left.
        func flush() {
            var low = start
            var high = index
            while low < high {
                let first = bytes[low]
                if first == UInt8(ascii: "-") || first == UInt8(ascii: "+") || first == 0x20 {
                    low += 1
                } else if UTF8Text.startsWithDashOrBulletSign(bytes[low..<high]) {
                    low += 3
                } else {
                    break
                }
            }
            while high > low, bytes[high - 1] == UInt8(ascii: ".") || bytes[high - 1] == UInt8(ascii: ";") || bytes[high - 1] == UInt8(ascii: ",") || bytes[high - 1] == 0x20 {
                high -= 1
            }
            // Read in place: the item's bytes are copied once, into its string.
            let item = UnsafeBufferPointer(rebasing: bytes[low..<high])
            if UTF8Text.hasAlphanumeric(item) { items.append(UTF8Text.string(item)) }
            start = index + 1
        }
        var depth = 0
        while index < bytes.count {
            let byte = bytes[index]
            // Only "(", ")", "." and ";" (all below "<") change anything: letters, marks and
            // the bytes of longer scalars are passed at once.
            guard byte < UInt8(ascii: "<") else {
                index += 1
                continue
            }
            if byte == UInt8(ascii: "(") { depth += 1 } else if byte == UInt8(ascii: ")") { depth = max(0, depth - 1) }
            // "; - X" or ". - X": a new item (not inside parentheses).
            let endsItem = depth == 0 && byte == UInt8(ascii: ";")
                || (depth == 0 && byte == UInt8(ascii: ".") && index + 3 < bytes.count && bytes[index + 1] == 0x20 && bytes[index + 2] == UInt8(ascii: "-") && bytes[index + 3] == 0x20)
                || (atSentenceEnds && depth == 0 && byte == UInt8(ascii: ".") && index + 2 < bytes.count && bytes[index + 1] == 0x20
                    && UTF8Text.scalar(in: bytes, at: index + 2).map { UTF8Text.isUppercase($0.0) } == true)
            if endsItem { flush() }
            index += 1
        }
        flush()
        return items
    }
}
