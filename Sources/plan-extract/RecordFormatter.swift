import PlanParser

/// Writes one parsed document in the output format, and the error record of
/// `--errors-inline`.
struct RecordFormatter {
    var format: Command.Format
    var pretty: Bool

    /// The bytes of one document, with its line end (CSV: its rows, no header).
    func record(_ document: PlanDocument) -> [UInt8] {
        switch format {
        case .json, .text:
            var json = document.jsonBytes(pretty: pretty)
            json.append(UInt8(ascii: "\n"))
            return json
        case .markdown: return document.markdownReportBytes()
        case .tasksCSV: return PlanCSV.tasks.rows(for: document)
        case .citationsCSV: return PlanCSV.citations.rows(for: document)
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

    /// `{"source":{"name":"a.pdf","bytes":1234},"error":{"code":"not-text","message":"..."}}`
    /// and a line end; `bytes` is null when the input could not be read.
    static func errorRecord(name: String, bytes: Int?, code: String, message: String) -> [UInt8] {
        let size = bytes.map(String.init) ?? "null"
        let record = "{\"source\":{\"name\":\(quoted(name)),\"bytes\":\(size)},\"error\":{\"code\":\(quoted(code)),\"message\":\(quoted(message))}}\n"
        return Array(record.utf8)
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped.
    private static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
