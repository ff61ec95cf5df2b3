import PlanParser

/// Writes one parsed document in the output format, and the error record of
/// `--errors-inline`.
struct RecordFormatter {
    var format: Command.Format
    var pretty: Bool

    /// The bytes of one document, with its line end (CSV: its rows, no header). `--text`
    /// writes no record of the document (`Extraction` writes the cleaned text instead).
    func record(_ document: PlanDocument) -> [UInt8] {
        switch format {
        case .json: return document.jsonBytes(pretty: pretty, endingLine: true)
        case .markdown: return document.markdownReportBytes()
        case .tasksCSV: return PlanCSV.tasks.rows(for: document)
        case .citationsCSV: return PlanCSV.citations.rows(for: document)
        case .text: preconditionFailure("--text writes the cleaned text, not a record")
        }
    }

    /// What the stream starts with: the CSV header row, once for the whole batch.
    var streamHeader: [UInt8] {
        switch format {
        case .tasksCSV: return PlanCSV.tasks.header()
        case .citationsCSV: return PlanCSV.citations.header()
        case .json, .markdown, .text: return []
        }
    }

    /// What goes between two records: a thematic break between Markdown reports.
    var recordSeparator: [UInt8] {
        format == .markdown ? Array("\n---\n\n".utf8) : []
    }

    /// The error record of `--errors-inline`, with its line end.
    static func errorRecord(name: String, bytes: Int?, code: String, message: String) -> [UInt8] {
        PlanFailure(name: name, bytes: bytes, code: code, message: message).jsonBytes() + [UInt8(ascii: "\n")]
    }
}
