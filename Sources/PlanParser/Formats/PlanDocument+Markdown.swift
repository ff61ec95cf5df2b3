extension PlanDocument {
    /// A readable report of the document in Markdown (CommonMark with pipe tables), for a
    /// person rather than a program.
    ///
    /// It starts with a level-1 heading, the type and the number and symbol ("Kế hoạch số
    /// 36/KH-UBND"), and a table of the header fields and the source file. Then come, each
    /// under a level-2 heading and only when not empty: the outline of the numbered sections
    /// (number, title and kinds; the body text is left out), the citations, the
    /// abbreviations, the tasks, the assignments, the signers, the recipients with the
    /// archive line, the appendices (heading, title, number of tables), the footnotes and
    /// the diagnostics. Each attachment follows as a report of its own, one heading level
    /// deeper. A table column that is empty in every row is left out. Values are written as
    /// printed, escaped so that Markdown shows them as they are (`|` as `\|`, a line break
    /// as `<br>`). The report ends with a newline; the same document gives the same bytes.
    public func markdownReport() -> String {
        String(decoding: markdownReportBytes(), as: UTF8.self)
    }

    /// The UTF-8 bytes of ``markdownReport()``.
    ///
    /// - Complexity: O(*n*) in the size of the document's values.
    public func markdownReportBytes() -> [UInt8] {
        var report = MarkdownReport()
        report.append(self, level: 1)
        return report.writer.bytes
    }
}
