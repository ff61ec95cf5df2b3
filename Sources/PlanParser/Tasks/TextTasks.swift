/// Reads tasks written as labelled prose under a numbered section (seed 003's "2.1 ..."
/// with "- Thời gian thực hiện: ...", "- Chủ trì: ...", "- Phối hợp: ..."): one task per
/// section with at least two labelled fields, one of them a unit or a timeline. The content
/// is the section's title; the labelled lines stay in the section body as well.
enum TextTasks {
    private enum Field { case timeline, lead, support, content }

    /// Where a field's value was found: the index of its body paragraph and the value's
    /// UTF-8 range there (its string is made only for a section that is a task).
    private typealias Place = (paragraph: Int, bytes: Range<Int>)

    /// Where the value of each field was found, if anywhere.
    private struct FieldValues {
        var timeline, lead, support, content: Place?

        subscript(field: Field) -> Place? {
            get {
                switch field {
                case .timeline: timeline
                case .lead: lead
                case .support: support
                case .content: content
                }
            }
            set {
                switch field {
                case .timeline: timeline = newValue
                case .lead: lead = newValue
                case .support: support = newValue
                case .content: content = newValue
                }
            }
        }

        /// How many fields have a value.
        var count: Int {
            (timeline == nil ? 0 : 1) + (lead == nil ? 0 : 1) + (support == nil ? 0 : 1) + (content == nil ? 0 : 1)
        }
    }

    private static let labels: [(key: [UInt8], field: Field)] = {
        let table: [(String, Field)] = [
            ("thoi gian thuc hien", .timeline), ("thoi gian", .timeline), ("thoi han", .timeline), ("tien do", .timeline),
            ("don vi chu tri", .lead), ("co quan chu tri", .lead), ("chu tri", .lead), ("don vi thuc hien", .lead),
            ("co quan thuc hien", .lead), ("thuc hien", .lead),
            ("don vi phoi hop", .support), ("co quan phoi hop", .support), ("phoi hop", .support), ("noi dung", .content),
        ]
        return table.map { (Array($0.0.utf8), $0.1) }
    }()

    /// The first three bytes of each label's key (as `Folding.keyHead` packs them): a text
    /// whose key starts otherwise is no label, and is not folded.
    private static let labelHeads: [UInt32] = labels.map { Folding.keyHead($0.key) }

    /// Whether each ASCII byte, lower-cased, starts a label: a text that starts with another
    /// printable ASCII byte folds to a key that starts with it, and is no label.
    private static let startsLabel: [Bool] = labels.reduce(into: [Bool](repeating: false, count: 128)) { table, label in table[Int(label.key[0])] = true }

    /// The tasks written as labelled prose in `sections` and their subsections, in
    /// document order.
    static func tasks(in sections: [Section]) -> [PlanTask] {
        var tasks: [PlanTask] = []
        collect(in: sections, parent: nil, into: &tasks)
        return tasks
    }

    /// The number and title of a section, which name its task.
    private typealias Heading = (number: String, title: String)

    /// A parent section, as its siblings and its index among them: passed down without
    /// copying the section or its heading (read only for a task under a field name).
    private typealias Parent = (siblings: [Section], index: Int)

    /// Appends the tasks of `sections` and of their subsections, in document order.
    private static func collect(in sections: [Section], parent: Parent?, into tasks: inout [PlanTask]) {
        for index in sections.indices {
            // A task has two fields at least, each from a text of its own: a section with a
            // shorter body is passed over without a call (and no task returned through memory).
            if sections[index].body.count >= 2, let task = task(of: sections, at: index, parent: parent) { tasks.append(task) }
            // A section without subsections is not passed down (nor its siblings retained for it).
            if !sections[index].children.isEmpty { collect(in: sections[index].children, parent: (sections, index), into: &tasks) }
        }
    }

    /// The task of `sections[index]`, whose body has two texts at least; when the section's
    /// title is itself a field name ("b) Cơ quan thực hiện:"), the task is its parent's.
    /// Only the body is read until the section is known to be a task: the section is not
    /// copied for the others.
    private static func task(of sections: [Section], at sectionIndex: Int, parent: Parent?) -> PlanTask? {
        var fields = FieldValues()
        let body = sections[sectionIndex].body
        // The global table is read once a section, not once a text.
        let startsLabel = Self.startsLabel
        for index in body.indices where fields.count < 4 {
            // Most texts are ruled out by their first byte, read without taking up their storage.
            if let first = body[index].text.utf8.first, let keyByte = Folding.asciiKeyByte(first), !startsLabel[Int(keyByte)] { continue }
            guard let (field, value) = UTF8Text.withUTF8(of: body[index].text, labelled), fields[field] == nil else { continue }
            fields[field] = (index, value)
        }
        guard fields.count >= 2, fields[.lead] != nil || fields[.support] != nil || fields[.timeline] != nil else { return nil }
        let section = sections[sectionIndex]
        /// `read` applied to the bytes of the value found at `place`, read in place.
        func withValue<Result>(at place: Place, _ read: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
            UTF8Text.withUTF8(of: section.body[place.paragraph].text) { read(UnsafeBufferPointer(rebasing: $0[place.bytes])) }
        }
        /// The units listed in the value found at `place`, split from its bytes (no string of
        /// the whole value is made).
        func units(at place: Place) -> [String] {
            withValue(at: place) { UnitList.split($0, atSentenceEnds: true) }
        }
        let own: Heading = (section.number, section.title)
        let parentHeading = parent.map { (number: $0.siblings[$0.index].number, title: $0.siblings[$0.index].title) }
        let named = isLabel(section.title) ? parentHeading ?? own : own
        let timeline = fields[.timeline].map { withValue(at: $0) { UTF8Text.string($0) } }
        return PlanTask(
            number: named.number, content: named.title, lead: fields[.lead].map(units) ?? [], support: fields[.support].map(units) ?? [],
            timeline: timeline, source: "text", line: section.line, due: timeline.map(DueParser.due))
    }

    /// Whether a title is a field name ("Cơ quan thực hiện").
    private static func isLabel(_ title: String) -> Bool {
        TitleKey.withKey(ofPrefix: title, byteCount: 40) { label(of: $0) != nil }
    }

    /// The label that `key` is, or starts with before a space.
    private static func label<Key: RandomAccessCollection<UInt8>>(of key: Key) -> (key: [UInt8], field: Field)? where Key.Index == Int {
        labels.first { label in
            let length = label.key.count
            guard key.count >= length, key.starts(with: label.key) else { return false }
            return key.count == length || key[key.startIndex + length] == 0x20
        }
    }

    /// "Chủ trì: Ban văn hóa." (as UTF-8) → (.lead, the range of "Ban văn hóa").
    private static func labelled(_ utf8: UnsafeBufferPointer<UInt8>) -> (Field, Range<Int>)? {
        // Labels are short: look for the colon in the first 40 bytes only, sixteen at a time.
        let head = UnsafeBufferPointer(rebasing: utf8.prefix(40))
        guard let colon = ByteSearch.firstOffset(of: UInt8(ascii: ":"), in: head) else { return nil }
        let name = UnsafeBufferPointer(rebasing: utf8[..<colon])
        // "Đơn vị chủ trì thực hiện", "Thời hạn hoàn thành": a known label and more words.
        guard labelHeads.contains(Folding.keyHead(name)), let label = Folding.withKey(of: name, { label(of: $0) }) else { return nil }
        // The value without the spaces around it, then without a final "." or ";".
        var low = colon + 1
        var high = utf8.count
        while low < high, utf8[low] == 0x20 { low += 1 }
        while high > low, utf8[high - 1] == 0x20 { high -= 1 }
        while high > low, utf8[high - 1] == UInt8(ascii: ".") || utf8[high - 1] == UInt8(ascii: ";") { high -= 1 }
        return low == high ? nil : (label.field, low..<high)
    }
}
