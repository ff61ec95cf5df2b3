/// Lays out the Markdown report of a document, part by part, into a ``MarkdownWriter``.
///
/// The layout: a heading with the type and the number and symbol; a table of the header
/// fields and the source; then, each under a heading one level deeper and only when it has
/// something to show, the outline of the sections, the citations, the abbreviations, the
/// tasks, the assignments, the signers, the recipients with the archive line, the
/// appendices, the footnotes and the diagnostics; then each attachment as a report of its
/// own, one heading level deeper. Headings and field labels are in English with the
/// Vietnamese term in parentheses; table columns are in English; values are as printed.
struct MarkdownReport {
    private(set) var writer = MarkdownWriter()

    /// Appends the report of `document`, its title a heading of `level`, prefixed by
    /// `titlePrefix` (which says which attachment it is).
    mutating func append(_ document: PlanDocument, level: Int, titlePrefix: String = "") {
        writer.heading(level, titlePrefix + Self.title(of: document.document))
        header(of: document)
        let part = level + 1
        outline(document.sections, level: part)
        citations(document.citations, level: part)
        abbreviations(document.abbreviations, level: part)
        tasks(document.tasks, level: part)
        assignments(document.assignments, level: part)
        signers(document.signers, level: part)
        recipients(document.recipients, archive: document.archive, level: part)
        appendices(document.appendices, level: part)
        footnotes(document.footnotes, level: part)
        diagnostics(document.diagnostics, level: part)
        for (index, attachment) in document.attachments.enumerated() {
            append(attachment, level: part, titlePrefix: "Attachment \(index + 1) (Văn bản kèm theo): ")
        }
    }

    /// "Kế hoạch số 36/KH-UBND"; "Văn bản" stands for an unknown type.
    private static func title(of header: DocumentHeader) -> String {
        let type = header.type?.name ?? "Văn bản"
        guard let numberSymbol = header.numberSymbol else { return type }
        return type + " số " + numberSymbol
    }

    private mutating func header(of document: PlanDocument) {
        let header = document.document
        let source = document.source
        let fields: [(String, String?)] = [
            ("Number, symbol (Số, ký hiệu)", header.numberSymbol),
            ("Issuer (Cơ quan ban hành)", header.issuer),
            ("Place (Nơi ban hành)", header.place),
            ("Date (Ngày ban hành)", header.date?.iso),
            ("Subject (Trích yếu)", header.title),
            ("Attached to (Kèm theo)", header.attachedTo),
            ("Source (Tệp nguồn)", "\(source.name) (\(source.encoding), \(source.lines) lines, \(source.bytes) bytes)"),
        ]
        writer.table(columns: ["Field", "Value"], rows: fields.compactMap { label, value in value.map { [label, $0] } })
    }

    /// The numbered sections as a nested list: number, title and kinds; body items are left
    /// out (the JSON has them).
    private mutating func outline(_ sections: [Section], level: Int) {
        guard !sections.isEmpty else { return }
        writer.heading(level, "Outline (Bố cục)")
        writer.beginBlock()
        outlineItems(sections, depth: 0)
    }

    private mutating func outlineItems(_ sections: [Section], depth: Int) {
        for section in sections {
            writer.listItem(depth: depth)
            writer.raw("**")
            writer.text(section.number)
            writer.raw(Self.isLetterNumber(section.number) ? ")**" : ".**")
            if !section.title.isEmpty {
                writer.raw(" ")
                writer.text(section.title)
            }
            if !section.kinds.isEmpty {
                writer.raw(" *(" + section.kinds.map(\.rawValue).joined(separator: ", ") + ")*")
            }
            writer.endLine()
            outlineItems(section.children, depth: depth + 1)
        }
    }

    /// Whether a section number is a letter, printed "a)" rather than "1.".
    private static func isLetterNumber(_ number: String) -> Bool {
        number.count == 1 && number.first?.isLowercase == true
    }

    private mutating func citations(_ citations: [Citation], level: Int) {
        guard !citations.isEmpty else { return }
        writer.heading(level, "Citations (Văn bản được trích dẫn)")
        writer.table(
            columns: ["Type", "Number", "Date", "Issuer", "Subject", "Amends", "Lines"],
            rows: citations.map {
                [$0.type ?? "", $0.number ?? "", $0.date?.iso ?? "", $0.issuer ?? "", $0.subject ?? "",
                 $0.amends.joined(separator: "; "), $0.lines.map(String.init).joined(separator: ", ")]
            })
    }

    private mutating func abbreviations(_ abbreviations: [Abbreviation], level: Int) {
        guard !abbreviations.isEmpty else { return }
        writer.heading(level, "Abbreviations (Chữ viết tắt)")
        writer.table(columns: ["Short", "Long", "Line"], rows: abbreviations.map { [$0.short, $0.long, String($0.line)] })
    }

    private mutating func tasks(_ tasks: [PlanTask], level: Int) {
        guard !tasks.isEmpty else { return }
        writer.heading(level, "Tasks (Nhiệm vụ)")
        writer.table(
            columns: ["No.", "Group", "Content", "Lead", "Support", "Timeline", "Due", "Output", "Budget", "Notes", "Line"],
            rows: tasks.map {
                [$0.number ?? "", $0.group ?? "", $0.content, $0.lead.joined(separator: "; "),
                 $0.support.joined(separator: "; "), $0.timeline ?? "", $0.due.map(Self.dueText) ?? "",
                 $0.output ?? "", $0.budget ?? "", $0.notes ?? "", String($0.line)]
            })
    }

    /// "continuous", "period 2025-Q3", "deadline 2025-12-15"; empty for `unspecified`.
    private static func dueText(_ due: Due) -> String {
        guard due.kind != .unspecified else { return "" }
        guard let date = due.dateText else { return due.kind.rawValue }
        return due.kind.rawValue + " " + date
    }

    private mutating func assignments(_ assignments: [Assignment], level: Int) {
        guard !assignments.isEmpty else { return }
        writer.heading(level, "Assignments (Phân công thực hiện)")
        writer.beginBlock()
        for assignment in assignments {
            writer.listItem(depth: 0)
            writer.raw("**")
            writer.text(assignment.unit)
            writer.raw("**")
            writer.endLine()
            for duty in assignment.duties { writer.listItem(depth: 1, text: duty) }
        }
    }

    private mutating func signers(_ signers: [Signer], level: Int) {
        guard !signers.isEmpty else { return }
        writer.heading(level, "Signers (Người ký)")
        writer.table(
            columns: ["Authority", "Position", "Name", "Role", "Line"],
            rows: signers.map {
                [$0.authority.map { $0.form + ". " + $0.of }.joined(separator: "\n"), $0.position ?? "",
                 $0.name ?? "", $0.role ?? "", String($0.line)]
            })
    }

    /// The addressees, each with its note in parentheses, then the archive line as printed.
    private mutating func recipients(_ recipients: [Recipient], archive: Archive?, level: Int) {
        guard !recipients.isEmpty || archive != nil else { return }
        writer.heading(level, "Recipients (Nơi nhận)")
        writer.beginBlock()
        for recipient in recipients {
            writer.listItem(depth: 0, text: recipient.note.map { recipient.name + " (" + $0 + ")" } ?? recipient.name)
        }
        if let archive { writer.listItem(depth: 0, text: archive.text) }
    }

    private mutating func appendices(_ appendices: [Appendix], level: Int) {
        guard !appendices.isEmpty else { return }
        writer.heading(level, "Appendices (Phụ lục)")
        writer.table(
            columns: ["Heading", "Title", "Attached to", "Tables", "Line"],
            rows: appendices.map {
                [$0.heading, $0.title ?? "", $0.attachedTo ?? "", String($0.tables.count), String($0.line)]
            })
    }

    private mutating func footnotes(_ footnotes: [Footnote], level: Int) {
        guard !footnotes.isEmpty else { return }
        writer.heading(level, "Footnotes (Chú thích)")
        writer.beginBlock()
        for footnote in footnotes { writer.listItem(depth: 0, text: "[" + footnote.number + "] " + footnote.text) }
    }

    private mutating func diagnostics(_ diagnostics: [Diagnostic], level: Int) {
        guard !diagnostics.isEmpty else { return }
        writer.heading(level, "Diagnostics (Lưu ý khi phân tích)")
        writer.table(
            columns: ["Severity", "Code", "Line", "Message"],
            rows: diagnostics.map { [$0.severity.rawValue, $0.code, $0.line.map(String.init) ?? "", $0.message] })
    }
}
