import PlanParser

/// One input to extract: a file, standard input, or a record of `--input jsonl`.
enum ExtractionJob: Sendable {
    /// An input named on the command line.
    case input(Command.Input)
    /// A file found in a folder: it must be a regular file.
    case fileInFolder(RawPath)
    case record(JSONLinesRecord, line: Int)
    case invalidRecord(JSONLinesRecord.Invalid, line: Int)
    /// An input that failed before it could be read (a folder that cannot be listed).
    case failure(name: String, code: String, message: String)
}

/// What one input gives: the bytes to write on standard output, the error line for standard
/// error, and the facts for the exit status and the progress.
struct ExtractionOutcome: Sendable {
    var output: [UInt8] = []
    var error: String?
    var failed = false
    var bytesRead = 0
}

/// Reads, parses and formats one input: the work done in parallel by the batch.
struct Extraction: Sendable {
    var formatter: RecordFormatter
    var errorsInline: Bool
    var strict: Bool
    var readFile: @Sendable (RawPath, _ regularOnly: Bool) throws(ReadFailure) -> [UInt8]
    var readStandardInput: @Sendable () throws(ReadFailure) -> [UInt8]

    func run(_ job: ExtractionJob) -> ExtractionOutcome {
        // `name` goes into the record (JSON escapes it), `displayName` into the messages.
        let name: String, displayName: String, bytes: [UInt8]
        switch job {
        case .input(.standardInput):
            (name, displayName) = ("-", "<stdin>")
            do { bytes = try readStandardInput() } catch { return failure(name: name, displayName: displayName, error) }
        case .input(.file(let path)), .fileInFolder(let path):
            (name, displayName) = (path.text, path.text.escapingControlCharacters)
            // A file found in a folder must be a regular file.
            let regularOnly = if case .fileInFolder = job { true } else { false }
            do { bytes = try readFile(path, regularOnly) } catch { return failure(name: name, displayName: displayName, error) }
        case .record(let record, let line):
            (name, displayName, bytes) = (record.id, "<stdin>:\(line) (id \(record.id.escapingControlCharacters))", record.text)
        case .invalidRecord(let invalid, let line):
            let message = "line \(line): not a record {\"id\": ..., \"text\": ...}: \(invalid)"
            return failure(name: "<stdin>:\(line)", bytes: nil, code: "bad-record", message: message, line: "<stdin>: \(message)")
        case .failure(let failedName, let code, let message):
            return failure(name: failedName, bytes: nil, code: code, message: message, line: message)
        }
        do {
            var outcome = ExtractionOutcome(bytesRead: bytes.count)
            if formatter.format == .text {
                outcome.output = Array(try DecodedText(validating: bytes).cleanedText.utf8)
                return outcome
            }
            let document = try PlanDocument(validating: bytes, sourceName: name)
            outcome.output = formatter.record(document)
            if strict, case let warnings = Self.warnings(of: document), let warning = warnings.first {
                outcome.failed = true
                let count = warnings.count
                outcome.error = "\(displayName): \(count) warning\(count == 1 ? "" : "s") (--strict), the first: \(warning.code): \(warning.message.escapingControlCharacters)"
            }
            return outcome
        } catch {
            return failure(name: name, bytes: bytes.count, code: error.code, message: error.description, line: "\(displayName): \(error)")
        }
    }

    /// The warnings of `document` and of the documents attached to it (part of its record).
    private static func warnings(of document: PlanDocument) -> [Diagnostic] {
        document.diagnostics.filter { $0.severity == .warning } + document.attachments.flatMap { warnings(of: $0) }
    }

    /// An input that gave no bytes: it could not be read, or its first block is not text
    /// (refused as the library refuses it).
    private func failure(name: String, displayName: String, _ error: ReadFailure) -> ExtractionOutcome {
        switch error {
        case .unreadable(let error):
            return failure(name: error.name, bytes: nil, code: "unreadable", message: error.description, line: error.description)
        case .notText(let refusal, let size):
            return failure(name: name, bytes: size, code: refusal.code, message: refusal.description, line: "\(displayName): \(refusal)")
        }
    }

    /// A failed input: the error line, its bytes read (`bytes`, when known), and with
    /// `--errors-inline` (JSON only) its record.
    private func failure(name: String, bytes: Int?, code: String, message: String, line: String) -> ExtractionOutcome {
        var outcome = ExtractionOutcome(error: line, failed: true, bytesRead: bytes ?? 0)
        if errorsInline && formatter.format == .json {
            outcome.output = RecordFormatter.errorRecord(name: name, bytes: bytes, code: code, message: message)
        }
        return outcome
    }
}
