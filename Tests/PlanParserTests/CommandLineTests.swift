import Foundation
import Testing
@testable import plan_extract
@testable import PlanParser

/// The argument parser as a pure function.
@Suite struct CommandParsingTests {
    /// The command of `arguments`, given as the system gives them: bytes.
    private func parse(_ arguments: [String]) throws(UsageError) -> Command {
        try Command(parsing: arguments.map { Array($0.utf8) })
    }

    @Test func noArgumentsReadsStandardInput() throws {
        #expect(try parse([]) == .extract(.init(inputs: [.standardInput])))
    }

    @Test func filesDashAndPretty() throws {
        #expect(try parse(["a.txt", "-", "--pretty"])
            == .extract(.init(inputs: [.file(path: RawPath("a.txt")), .standardInput], pretty: true)))
    }

    @Test func afterDoubleDashEverythingIsAFile() throws {
        #expect(try parse(["--", "--pretty", "-"])
            == .extract(.init(inputs: [.file(path: RawPath("--pretty")), .standardInput])))
    }

    @Test func aFileNameThatIsNotUTF8IsKeptAsItsBytes() throws {
        let name: [UInt8] = [0x78, 0xE0] + Array(".txt".utf8)
        #expect(try Command(parsing: [name]) == .extract(.init(inputs: [.file(path: RawPath(name))])))
        #expect(RawPath(name).text == "x\u{FFFD}.txt")
    }

    @Test func helpAndVersion() throws {
        #expect(try parse(["x", "--help"]) == .help)
        #expect(try parse(["-h"]) == .help)
        #expect(try parse(["--version"]) == .version)
        #expect(try parse(["--version", "--help"]) == .help)
        #expect(try parse(["--pretty", "--format", "markdown", "--version"]) == .version)
        #expect(throws: UsageError.unknownOption("--foo")) { try parse(["--version", "--foo"]) }
        #expect(throws: UsageError.unknownOption("--foo")) { try parse(["--help", "--foo"]) }
        #expect(throws: UsageError.missingValue("--jobs")) { try parse(["--help", "--jobs"]) }
    }

    @Test func textOption() throws {
        #expect(try parse(["--text", "a.txt"]) == .extract(.init(inputs: [.file(path: RawPath("a.txt"))], format: .text)))
    }

    @Test func batchOptions() throws {
        var expected = Command.Options(inputs: [.file(path: RawPath("plans"))])
        expected.jobs = 3
        expected.errorsInline = true
        expected.strict = true
        expected.quiet = true
        #expect(try parse(["--jobs=3", "--errors-inline", "plans", "--strict", "-q"]) == .extract(expected))
        #expect(try parse(["-j", "3", "--errors-inline", "--strict", "--quiet", "plans"]) == .extract(expected))
        #expect(try parse(["-j3", "--errors-inline", "--strict", "--quiet", "plans"]) == .extract(expected))
        var jsonl = Command.Options(inputs: [.standardInput])
        jsonl.jsonLinesInput = true
        #expect(try parse(["--input", "jsonl"]) == .extract(jsonl))
    }

    @Test func helpListsEveryOptionWithAnExample() {
        let options = ["--format", "--pretty", "--text", "--bom", "--jobs", "--input", "--errors-inline", "--strict",
                       "--quiet", "--version", "--help"]
        let lines = Command.helpText.split(separator: "\n")
        for option in options {
            // An entry line: "  --jobs <n>   ..." or "  -j, --jobs <n>   ...".
            let entry = lines.firstIndex { line in
                line.hasPrefix("  -") && line.split(separator: " ").prefix(2).contains { $0.trimmingCharacters(in: [","]) == option }
            }
            #expect(entry != nil, "\(option) is not listed")
            guard let entry else { continue }
            // The example: the first line after the entry that runs the tool.
            let example = lines[(entry + 1)...].prefix(4).first { $0.trimmingCharacters(in: .whitespaces).hasPrefix("plan-extract ") || $0.contains("| plan-extract ") }
            #expect(example?.contains(option) == true, "\(option) has no example")
        }
    }

    @Test func badFlagsAreUsageErrors() throws {
        #expect(throws: UsageError.unknownOption("--prety")) { try parse(["--prety"]) }
        #expect(throws: UsageError.standardInputRepeated) { try parse(["-", "-"]) }
        #expect(throws: UsageError.badValue(option: "--jobs", value: "0", expected: "a number from 1 to 256")) { try parse(["--jobs", "0"]) }
        #expect(throws: UsageError.badValue(option: "-j", value: "100000", expected: "a number from 1 to 256")) { try parse(["-j", "100000"]) }
        #expect(try parse(["-j256"]) == .extract(.init(inputs: [.standardInput], jobs: 256)))
        #expect(throws: UsageError.missingValue("--format")) { try parse(["--format"]) }
        #expect(throws: UsageError.unexpectedValue("--pretty")) { try parse(["--pretty=false"]) }
        #expect(throws: UsageError.unknownOption("--bogus=1")) { try parse(["--bogus=1"]) }
        #expect(throws: UsageError.conflict("'--bom' goes with the CSV and Markdown formats only (a byte order mark breaks JSON Lines)")) {
            try parse(["--bom", "a.txt"])
        }
        for arguments in [["--text", "--format", "json"], ["--format=json", "--text"], ["--format", "markdown", "--text"]] {
            #expect(throws: UsageError.conflict("'--text' conflicts with '--format \(arguments.contains("markdown") ? "markdown" : "json")'")) { try parse(arguments) }
        }
        #expect(try parse(["--text", "--format", "text"]) == .extract(.init(inputs: [.standardInput], format: .text)))
        #expect(throws: UsageError.conflict("'--bom' goes with the CSV and Markdown formats only ('--text' writes the text as UTF-8 without one)")) {
            try parse(["--text", "--bom", "a.txt"])
        }
        #expect(throws: UsageError.badValue(option: "--format", value: "xml", expected: "json, markdown, tasks-csv, citations-csv, text")) { try parse(["--format=xml"]) }
        #expect(throws: UsageError.conflict("'--input jsonl' reads standard input; no file arguments")) {
            try parse(["--input", "jsonl", "a.txt"])
        }
    }
}

/// The whole program in-process, with injected input and captured output.
@Suite struct PlanExtractTests {
    /// Output and error, written by the coordinating task only (the workers return bytes).
    /// Files read are counted by the workers, under a lock.
    final class Capture: @unchecked Sendable {
        private(set) var output: [UInt8] = []
        private(set) var error = ""
        private(set) var writes = 0
        private let lock = NSLock()
        private var readCount = 0
        var reads: Int { lock.withLock { readCount } }
        func append(output bytes: [UInt8]) { output += bytes; writes += 1 }
        func append(error text: String) { error += text }
        func countRead() { lock.withLock { readCount += 1 } }
    }

    /// Runs the program; `failingWrite` makes the write of that number (from 1) fail with
    /// its `errno`, and those after it.
    private func run(_ arguments: [String], files: [String: String] = [:], binaryFiles: [String: [UInt8]] = [:],
                     stdin: String = "", stdinFailure: InputError? = nil, terminal: Bool = false,
                     failingWrite: (number: Int, code: Int32)? = nil, capture: Capture = Capture(),
                     stdinLines: (@Sendable () -> AnyIterator<Result<[UInt8], InputError>>)? = nil,
                     onOutput: @escaping @Sendable () -> Void = {}) async -> (status: Int32, output: String, error: String) {
        let io = PlanExtract.IO(
            readFile: { path, _ throws(ReadFailure) in
                capture.countRead()
                if let bytes = binaryFiles[path.text] { return bytes }
                guard let text = files[path.text] else { throw .unreadable(InputError(name: path.text, reason: "No such file or directory")) }
                return Array(text.utf8)
            },
            readStandardInput: { Array(stdin.utf8) },
            standardInputLines: stdinLines ?? {
                var lines = stdin.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { Result<[UInt8], InputError>.success(Array($0)) }
                if let failure = stdinFailure { lines.append(.failure(failure)) }
                return AnyIterator(lines.makeIterator())
            },
            writeOutput: { bytes throws(OutputError) in
                if let failingWrite, capture.writes + 1 >= failingWrite.number { throw OutputError(code: failingWrite.code) }
                capture.append(output: bytes)
                if !bytes.isEmpty { onOutput() }
            },
            writeError: { capture.append(error: $0) },
            errorIsTerminal: terminal)
        let status = await PlanExtract.run(arguments: arguments.map { Array($0.utf8) }, io: io)
        return (status, String(decoding: capture.output, as: UTF8.self), capture.error)
    }

    private let plan = "Số: 12/KH-UBND\n\nAn Bình, ngày 02 tháng 3 năm 2026\n\nKẾ HOẠCH\nThử nghiệm\n\nI. MỤC ĐÍCH\n\nNội dung.\n"

    @Test func oneJSONLinePerInputInArgumentOrder() async throws {
        let result = await run(["a.txt", "b.txt"], files: ["a.txt": plan, "b.txt": plan])
        #expect(result.status == 0)
        #expect(result.error.isEmpty)
        let records = result.output.split(separator: "\n")
        #expect(records.count == 2)
        let names = try records.map { try JSONDecoder().decode(PlanDocument.self, from: Data($0.utf8)).source.name }
        #expect(names == ["a.txt", "b.txt"])
    }

    @Test func standardInputIsNamedDash() async throws {
        let result = await run([], stdin: plan)
        #expect(result.status == 0)
        let document = try JSONDecoder().decode(PlanDocument.self, from: Data(result.output.utf8))
        #expect(document.source.name == "-")
        #expect(document.document.number == "12")
        #expect(result.output.hasSuffix("}\n") && result.output.filter { $0 == "\n" }.count == 1)
    }

    @Test func unreadableFileIsReportedAndTheOthersStillRun() async {
        let result = await run(["missing.txt", "a.txt"], files: ["a.txt": plan])
        #expect(result.status == 1)
        #expect(result.error == "plan-extract: error: cannot read 'missing.txt': No such file or directory\n")
        #expect(result.output.split(separator: "\n").count == 1)
    }

    @Test func binaryAndEmptyFilesAreErrorsAndTheOthersStillRun() async throws {
        let pdf = Array("%PDF-1.7\n%\u{00E2}\u{00E3}\n1 0 obj\n".utf8) + [0, 0, 0xFF]
        let docx: [UInt8] = [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]
        let result = await run(["a.pdf", "a.txt", "b.docx", "empty.txt"],
                         files: ["a.txt": plan, "empty.txt": " \n\n"], binaryFiles: ["a.pdf": pdf, "b.docx": docx])
        #expect(result.status == 1)
        #expect(result.error == """
            plan-extract: error: a.pdf: not text: looks like PDF
            plan-extract: error: b.docx: not text: looks like DOCX/ZIP
            plan-extract: error: empty.txt: empty input: no text

            """)
        let records = result.output.split(separator: "\n")
        #expect(records.count == 1)
        #expect(try JSONDecoder().decode(PlanDocument.self, from: Data(records[0].utf8)).source.name == "a.txt")
    }

    /// A name with control characters is escaped in the messages (each stays one line, and
    /// a name cannot drive the terminal), not in the records.
    @Test func controlCharactersInNamesAreEscapedInMessages() async throws {
        let result = await run(["--errors-inline", "a\nb.txt", "x\u{1B}[2J\u{9B}.pdf"], binaryFiles: ["x\u{1B}[2J\u{9B}.pdf": Array("%PDF-1.4\n".utf8)])
        #expect(result.error == """
            plan-extract: error: cannot read 'a\\nb.txt': No such file or directory
            plan-extract: error: x\\u{1B}[2J\\u{9B}.pdf: not text: looks like PDF

            """)
        let names = try result.output.split(separator: "\n").map { try JSONDecoder().decode(PlanFailure.self, from: Data($0.utf8)).source.name }
        #expect(names == ["a\nb.txt", "x\u{1B}[2J\u{9B}.pdf"])
        let stdin = #"{"id": "a\tb", "text": "Số: 12/KH-UBND\nKẾ HOẠCH\nThử\n"}"#
        let strict = await run(["--input", "jsonl", "--strict"], stdin: stdin)
        #expect(strict.error.hasPrefix("plan-extract: error: <stdin>:1 (id a\\tb): "))
        #expect(strict.error.split(separator: "\n").count == 1)
    }

    @Test func emptyStandardInputIsAnError() async {
        let result = await run([], stdin: "")
        #expect(result.status == 1)
        #expect(result.output.isEmpty)
        #expect(result.error == "plan-extract: error: <stdin>: empty input: no text\n")
    }

    @Test func textPrintsTheDecodedCleanedText() async {
        // TCVN3 mojibake, CRLF line ends, a zero-width space, trailing spaces. (A line of
        // capitals and toned letters alone, "Sè: 36/KH-UBND", would read as capitals: "SỐ".)
        let result = await run(["--text", "old.txt", "x.pdf"], files: ["old.txt": "KÕ ho¹ch  \r\nSè: 36/KH-UBND ngµy 16\u{200B}\r\n"],
                         binaryFiles: ["x.pdf": Array("%PDF-1.4\n".utf8)])
        #expect(result.output == "Kế hoạch\nSố: 36/KH-UBND ngày 16\n")
        #expect(result.error == "plan-extract: error: x.pdf: not text: looks like PDF\n")
        #expect(result.status == 1)
    }

    @Test func manyFilesInParallelComeOutInInputOrder() async throws {
        let names = (0..<40).map { "f\($0).txt" }
        let files = Dictionary(uniqueKeysWithValues: names.map { ($0, plan.replacingOccurrences(of: "12/KH", with: "\($0.dropFirst().dropLast(4))/KH")) })
        let result = await run(["--jobs", "3"] + names, files: files)
        #expect(result.status == 0)
        let records = try result.output.split(separator: "\n").map { try JSONDecoder().decode(PlanDocument.self, from: Data($0.utf8)) }
        #expect(records.map(\.source.name) == names)
        #expect(records.map(\.document.number) == (0..<40).map { "\($0)" })
    }

    @Test func errorsInlineWritesAnErrorRecordInTheStream() async throws {
        let result = await run(["--errors-inline", "a.pdf", "missing.txt", "a.txt"],
                               files: ["a.txt": plan], binaryFiles: ["a.pdf": Array("%PDF-1.4\n".utf8)])
        #expect(result.status == 1)
        let lines = result.output.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines[0] == #"{"source":{"name":"a.pdf","bytes":9},"error":{"code":"not-text","message":"not text: looks like PDF"}}"#)
        #expect(lines[1] == #"{"source":{"name":"missing.txt","bytes":null},"error":{"code":"unreadable","message":"cannot read 'missing.txt': No such file or directory"}}"#)
        #expect(lines[2].hasPrefix(#"{"schemaVersion":1,"source":{"name":"a.txt""#))
        #expect(result.error.split(separator: "\n").count == 2)
    }

    /// A write to standard output that fails stops the batch with exit status 74, said on
    /// standard error in one line; a closed pipe stops it quietly.
    @Test func aFailedWriteStopsTheBatch() async {
        let files = ["a.txt": plan, "b.txt": plan, "c.txt": plan, "d.txt": plan]
        let capture = Capture()
        // The first write is the empty stream header: the second record's write fails.
        let full = await run(["-j", "1", "a.txt", "b.txt", "c.txt", "d.txt"], files: files, failingWrite: (3, ENOSPC), capture: capture)
        #expect(full.status == 74)
        #expect(full.error == "plan-extract: error: cannot write the output: No space left on device\n")
        #expect(full.output.split(separator: "\n").count == 1)
        #expect(capture.reads == 2)
        let parallel = await run(["-j", "2", "a.txt", "b.txt", "c.txt", "d.txt"], files: files, failingWrite: (2, ENOSPC))
        #expect(parallel.status == 74 && parallel.output.isEmpty)
        #expect(parallel.error == "plan-extract: error: cannot write the output: No space left on device\n")
        let pipe = await run(["a.txt", "b.txt"], files: files, failingWrite: (2, EPIPE))
        #expect(pipe.status == 74 && pipe.error.isEmpty)
        let help = await run(["--help"], failingWrite: (1, EBADF))
        #expect(help.status == 74 && help.error == "plan-extract: error: cannot write the output: Bad file descriptor\n")
    }

    @Test func strictCountsWarningsAsFailures() async {
        // No date line: a warning diagnostic (header.date-missing).
        let undated = "Số: 12/KH-UBND\nKẾ HOẠCH\nThử nghiệm\nI. MỤC ĐÍCH\n"
        let lenient = await run(["a.txt"], files: ["a.txt": undated])
        #expect(lenient.status == 0 && lenient.error.isEmpty)
        let strict = await run(["--strict", "a.txt", "b.txt"], files: ["a.txt": undated, "b.txt": plan])
        #expect(strict.status == 1)
        #expect(strict.output.split(separator: "\n").count == 2)
        #expect(strict.error.hasPrefix("plan-extract: error: a.txt: 1 warning (--strict), the first: header.date-missing: "))
    }

    @Test func strictQuotesAWarningWithItsControlCharactersEscaped() async {
        // Text before the header is quoted in its warning (text.before-header): an escape
        // sequence in it must not reach the terminal.
        let debris = "Trang \u{1B}]0;x\u{07}\u{1B}[2J chủ\n" + plan
        let strict = await run(["--strict", "a.txt"], files: ["a.txt": debris])
        #expect(strict.status == 1)
        #expect(strict.error.contains("text.before-header: text before the header: 'Trang \\u{1B}]0;x\\u{7}\\u{1B}[2J chủ'"))
        #expect(!strict.error.contains("\u{1B}"))
        #expect(strict.error.split(separator: "\n").count == 1)
    }

    @Test func strictCountsTheWarningsOfAnAttachedDocument() async throws {
        // The decision is clean; the plan it issues skips section II (section.number-gap).
        let decision = String(decoding: try Fixtures.bytes("synthetic-decision-with-plan"), as: UTF8.self)
            .replacingOccurrences(of: "II. NHIỆM VỤ", with: "III. NHIỆM VỤ")
            .replacingOccurrences(of: "III. TỔ CHỨC THỰC HIỆN", with: "IV. TỔ CHỨC THỰC HIỆN")
        let document = PlanDocument(parsing: decision)
        #expect(!document.diagnostics.contains { $0.severity == .warning })
        #expect(document.attachments.first?.diagnostics.contains { $0.code == "section.number-gap" } == true)
        let lenient = await run(["a.txt"], files: ["a.txt": decision])
        #expect(lenient.status == 0 && lenient.error.isEmpty)
        let strict = await run(["--strict", "a.txt"], files: ["a.txt": decision])
        #expect(strict.status == 1)
        #expect(strict.error.contains("a.txt: 1 warning (--strict), the first: section.number-gap: "))
    }

    @Test func jsonLinesInputUsesTheIdAsTheSourceName() async throws {
        let stdin = #"{"id": "doc-1", "text": "Số: 12/KH-UBND\nKẾ HOẠCH\nThử\n"}"# + "\n"
            + #"{"meta": {"x": [1, 2]}, "text": "Số: 13/KH-UBND\u000aKẾ HOẠCH", "id": 42}"# + "\n\n"
            + "{broken\n"
        let result = await run(["--input", "jsonl", "--errors-inline"], stdin: stdin)
        #expect(result.status == 1)
        let lines = result.output.split(separator: "\n")
        #expect(lines.count == 3)
        let first = try JSONDecoder().decode(PlanDocument.self, from: Data(lines[0].utf8))
        let second = try JSONDecoder().decode(PlanDocument.self, from: Data(lines[1].utf8))
        #expect([first.source.name, second.source.name] == ["doc-1", "42"])
        #expect([first.document.number, second.document.number] == ["12", "13"])
        #expect(lines[2].hasPrefix(#"{"source":{"name":"<stdin>:4","bytes":null},"error":{"code":"bad-record","#))
    }

    /// The text of a record is parsed as a file's bytes are: a legacy encoding is detected,
    /// invalid UTF-8 is repaired and reported (a warning, so `--strict` fails).
    @Test func jsonLinesTextsAreParsedAsBytes() async throws {
        // "Kế hoạch" in TCVN3: K, 0xD5 (ế), " ho", 0xB9 (ạ), "ch"; an invalid byte 0xFF.
        let tcvn3: [UInt8] = [0x4B, 0xD5, 0x20, 0x68, 0x6F, 0xB9, 0x63, 0x68]
        let lines: [[UInt8]] = [
            Array(#"{"id": "legacy", "text": ""#.utf8) + tcvn3 + Array(#"\nSố: 12/KH-UBND"}"#.utf8),
            Array(#"{"id": "broken", "text": "Kế hoạch "#.utf8) + [0xFF] + Array(#"\nSố: 12/KH-UBND"}"#.utf8),
        ]
        let stdin: @Sendable () -> AnyIterator<Result<[UInt8], InputError>> = {
            AnyIterator(lines.map { .success($0) }.makeIterator())
        }
        let result = await run(["--input", "jsonl", "--strict"], stdinLines: stdin)
        let documents = try result.output.split(separator: "\n").map { try JSONDecoder().decode(PlanDocument.self, from: Data($0.utf8)) }
        #expect(documents.map(\.source.encoding) == ["tcvn3", "utf-8"])
        #expect(documents[1].diagnostics.contains { $0.code == "source.invalid-utf8" })
        #expect(result.status == 1)
        #expect(result.error.split(separator: "\n").last?.hasPrefix("plan-extract: error: <stdin>:2 (id broken): ") == true)
        #expect(result.error.contains("(--strict), the first: source.invalid-utf8: "))
    }

    /// A record is written as soon as it is parsed, before the next line arrives (a
    /// co-process that sends one record and waits for its result would wait forever).
    @Test func aJSONLinesRecordIsWrittenBeforeTheNextArrives() async throws {
        let written = DispatchSemaphore(value: 0)
        let line = Array(#"{"id": "doc-1", "text": "Số: 12/KH-UBND\nKẾ HOẠCH\nThử\n"}"#.utf8)
        final class Lines: @unchecked Sendable {
            var count = 0
            var writtenFirst = false
        }
        let lines = Lines()
        let result = await run(["--input", "jsonl", "--jobs", "2"], stdinLines: {
            AnyIterator {
                // Read on one thread at a time.
                lines.count += 1
                switch lines.count {
                case 1: return .success(line)
                case 2:
                    // Long enough for a parse while the other tests keep every core busy;
                    // without the fix the record never comes.
                    lines.writtenFirst = written.wait(timeout: .now() + 120) == .success
                    return .success(line)
                default: return nil
                }
            }
        }, onOutput: { written.signal() })
        #expect(lines.writtenFirst)
        #expect(result.status == 0)
        #expect(result.output.split(separator: "\n").count == 2)
    }

    @Test func jsonLinesInputThatFailsToReadIsAnError() async throws {
        let stdin = #"{"id": "doc-1", "text": "Số: 12/KH-UBND\nKẾ HOẠCH\nThử\n"}"#
        let failure = InputError(name: "<stdin>", reason: "Input/output error")
        let result = await run(["--input", "jsonl", "--errors-inline"], stdin: stdin, stdinFailure: failure)
        #expect(result.status == 1)
        #expect(result.error == "plan-extract: error: cannot read '<stdin>': Input/output error\n")
        let lines = result.output.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(try JSONDecoder().decode(PlanDocument.self, from: Data(lines[0].utf8)).source.name == "doc-1")
        #expect(lines[1].hasPrefix(#"{"source":{"name":"<stdin>","bytes":null},"error":{"code":"unreadable","#))
    }

    @Test func progressAndSummaryOnATerminalOnly() async {
        let files = ["a.txt": plan, "b.txt": plan]
        // One file: no progress line to leave unfinished.
        #expect(await run(["a.txt"], files: files, terminal: true).error.isEmpty)
        let terminal = await run(["a.txt", "b.txt"], files: files, terminal: true)
        #expect(terminal.error.hasSuffix(" MB/s\n"))
        #expect(terminal.error.contains("plan-extract: 2 files, "))
        #expect(await run(["-q", "a.txt", "b.txt"], files: files, terminal: true).error.isEmpty)
        // A stream of one record: "1 file", in the progress line and the summary.
        let stream = await run(["--input", "jsonl"], stdin: #"{"id": 1, "text": "Số: 12/KH-UBND\nKẾ HOẠCH\n"}"#, terminal: true)
        #expect(stream.error.hasPrefix("\r\u{1B}[K1 file, "))
        #expect(stream.error.contains("plan-extract: 1 file, "))
        #expect(await run(["a.txt", "b.txt"], files: files).error.isEmpty)
    }

    @Test func csvFormatsWriteOneHeaderAndOneByteOrderMarkForTheBatch() async throws {
        let fixture = try Fixtures.text("004_d9c92f5e2cd11235")
        let result = await run(["--format", "tasks-csv", "--bom", "a.txt", "b.txt"], files: ["a.txt": fixture, "b.txt": fixture])
        #expect(result.status == 0)
        #expect(result.output.hasPrefix("\u{FEFF}source,document,number,group,content,lead,support,"))
        #expect(result.output.components(separatedBy: "\u{FEFF}").count == 2)
        #expect(result.output.components(separatedBy: "source,document,").count == 2)
        let rows = result.output.split(separator: "\r\n")
        #expect(rows.filter { $0.hasPrefix("a.txt,") }.count == 11)
        #expect(rows.filter { $0.hasPrefix("b.txt,") }.count == 11)
        let citations = await run(["--format=citations-csv", "a.txt"], files: ["a.txt": fixture])
        #expect(citations.output.hasPrefix("source,document,type,number,date,issuer,subject,amends,lines\r\n"))
    }

    @Test func markdownReportsAreSeparatedByARule() async {
        let result = await run(["--format", "markdown", "a.txt", "b.txt"], files: ["a.txt": plan, "b.txt": plan])
        #expect(result.output.hasPrefix("# Kế hoạch số 12/KH-UBND\n"))
        #expect(result.output.components(separatedBy: "\n---\n\n# Kế hoạch số 12/KH-UBND\n").count == 2)
    }

    @Test func badFlagPrintsUsageAndExits64() async {
        let result = await run(["--prety", "a.txt"])
        #expect(result.status == 64)
        #expect(result.output.isEmpty)
        #expect(result.error == "Error: Unknown option '--prety'\nUsage: plan-extract [<options>] [<file-or-folder> ...]\n  See 'plan-extract --help' for more information.\n")
    }

    @Test func helpAndVersionGoToStandardOutput() async {
        let help = await run(["--help"])
        #expect(help.status == 0 && help.output.hasPrefix("OVERVIEW:") && help.output.contains("--pretty"))
        let version = await run(["--version"])
        #expect(version.status == 0 && version.output == "plan-extract 0.2.0 (output schema 1)\n")
    }

    @Test func prettyOutputIsIndented() async {
        let result = await run(["--pretty", "a.txt"], files: ["a.txt": plan])
        #expect(result.output.hasPrefix("{\n  \"schemaVersion\": 1,\n  \"source\": {\n    \"name\": \"a.txt\","))
        #expect(result.output.hasSuffix("\n}\n"))
    }
}

/// A few runs of the built binary itself.
@Suite struct EndToEndTests {
    private var binary: URL {
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("plan-extract")
    }

    /// Runs the binary with `arguments` and `input` on standard input. With `shell`, a
    /// `/bin/sh` script runs instead, the binary's path as its `$0` and the arguments after
    /// it (for bytes a `String` cannot carry, a closed descriptor, another user); with
    /// `output`, standard output goes there and no output is read.
    private func execute(_ arguments: [String], input: Data = Data(), shell: String? = nil,
                         output outputFile: FileHandle? = nil) throws -> (status: Int32, output: Data, error: String) {
        let process = Process()
        if let shell {
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", shell, binary.path] + arguments
        } else {
            process.executableURL = binary
            process.arguments = arguments
        }
        let (standardInput, output, error) = (Pipe(), Pipe(), Pipe())
        process.standardInput = standardInput
        process.standardOutput = outputFile ?? output
        process.standardError = error
        try process.run()
        standardInput.fileHandleForWriting.write(input)
        try standardInput.fileHandleForWriting.close()
        let outputData = outputFile == nil ? output.fileHandleForReading.readDataToEndOfFile() : Data()
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, outputData, String(decoding: errorData, as: UTF8.self))
    }

    @Test func standardInputLongerThanItsFirstBlockIsReadWhole() throws {
        // 150 KB through a pipe: `fstat` announces no size, so the input comes in blocks.
        let text = (1...10_000).map { "Dòng thứ \($0) của kế hoạch.\n" }.joined()
        let result = try execute(["--text"], input: Data(text.utf8))
        #expect(result.status == 0)
        #expect(String(decoding: result.output, as: UTF8.self) == text)
    }

    @Test func runsOnAFixtureAndAMissingFile() throws {
        let result = try execute([Fixtures.directory.appending(path: "001_338ae78fb495c782.txt").path, "/nonexistent/plan.txt"])
        #expect(result.status == 1)
        #expect(result.error == "plan-extract: error: cannot read '/nonexistent/plan.txt': No such file or directory\n")
        let document = try JSONDecoder().decode(PlanDocument.self, from: result.output)
        #expect(document.document.symbol == "KH-UBND")
    }

    @Test func aFolderWithNoPlansFails() throws {
        let folder = FileManager.default.temporaryDirectory.appending(path: "plan-extract-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appending(path: "empty"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(try Fixtures.bytes("001_338ae78fb495c782")).write(to: folder.appending(path: "A.TXT"))
        let result = try execute([folder.appending(path: "empty").path, folder.path])
        #expect(result.status == 1)
        #expect(result.error == "plan-extract: error: no .txt or .md file in the folder '\(folder.appending(path: "empty").path)'\n")
        #expect(result.output.split(separator: UInt8(ascii: "\n")).count == 1)
    }

    @Test func walksAFolderInSortedOrder() throws {
        let folder = FileManager.default.temporaryDirectory.appending(path: "plan-extract-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let plan = try Fixtures.bytes("001_338ae78fb495c782")
        for path in ["b/2.txt", "b/10.md", "a.txt", "b/c/1.txt", ".hidden/x.txt", "notes.pdf", "b/readme"] {
            let url = folder.appending(path: path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(plan).write(to: url)
        }
        let result = try execute(["--jobs", "2", folder.path])
        #expect(result.status == 0)
        let names = try result.output.split(separator: UInt8(ascii: "\n")).map {
            try JSONDecoder().decode(PlanDocument.self, from: Data($0)).source.name.dropFirst(folder.path.count + 1)
        }
        #expect(names == ["a.txt", "b/10.md", "b/2.txt", "b/c/1.txt"])
    }

    /// Creates the file `name` (bytes, not always UTF-8) in `folder`, holding `bytes`.
    private func createFile(named name: [UInt8], in folder: URL, bytes: [UInt8]) throws {
        let descriptor = RawPath(folder.path).appending(name).withCString { open($0, O_WRONLY | O_CREAT | O_TRUNC, 0o644) }
        try #require(descriptor >= 0)
        defer { close(descriptor) }
        #expect(write(descriptor, bytes, bytes.count) == bytes.count)
    }

    @Test func fileNamesThatAreNotUTF8AreReadOnTheCommandLineAndInAFolder() throws {
        let folder = FileManager.default.temporaryDirectory.appending(path: "plan-extract-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let name: [UInt8] = [0x78, 0xE0] + Array(".txt".utf8)
        defer {
            _ = RawPath(folder.path).appending(name).withCString { unlink($0) }
            try? FileManager.default.removeItem(at: folder)
        }
        try createFile(named: name, in: folder, bytes: try Fixtures.bytes("001_338ae78fb495c782"))
        // The name reaches the program as bytes through a shell (`Process` takes strings).
        let result = try execute([folder.path], shell: #"exec "$0" "$1/$(printf 'x\340.txt')" "$1""#)
        #expect(result.status == 0)
        let names = try result.output.split(separator: UInt8(ascii: "\n")).map { try JSONDecoder().decode(PlanDocument.self, from: Data($0)).source.name }
        #expect(names == [folder.path + "/x\u{FFFD}.txt", folder.path + "/x\u{FFFD}.txt"])
    }

    @Test func aFolderWalkTakesRegularFilesOnly() throws {
        let folder = FileManager.default.temporaryDirectory.appending(path: "plan-extract-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let plan = Data(try Fixtures.bytes("001_338ae78fb495c782"))
        try plan.write(to: folder.appending(path: "a.txt"))
        try plan.write(to: folder.appending(path: "c.txt"))
        try #require(mkfifo(folder.appending(path: "b.txt").path, 0o600) == 0)
        // A link to a regular file is taken.
        try FileManager.default.createSymbolicLink(atPath: folder.appending(path: "d.txt").path, withDestinationPath: "a.txt")
        let result = try execute(["--jobs", "2", folder.path])
        #expect(result.status == 1)
        #expect(result.error == "plan-extract: error: cannot read '\(folder.path)/b.txt': not a regular file\n")
        #expect(result.output.split(separator: UInt8(ascii: "\n")).count == 3)
    }

    /// A subfolder that cannot be read fails in its place in byte order of the paths. Root
    /// reads any folder: run as root, the binary runs as "nobody" (`setpriv`).
    @Test(.enabled(if: getuid() != 0 || FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")))
    func anUnreadableSubfolderFailsInItsPlace() throws {
        let folder = FileManager.default.temporaryDirectory.appending(path: "plan-extract-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appending(path: "sub"), withIntermediateDirectories: true)
        defer {
            chmod(folder.appending(path: "sub").path, 0o700)
            try? FileManager.default.removeItem(at: folder)
        }
        let plan = Data(try Fixtures.bytes("001_338ae78fb495c782"))
        try plan.write(to: folder.appending(path: "a.txt"))
        try plan.write(to: folder.appending(path: "b.txt"))
        try #require(chmod(folder.appending(path: "sub").path, 0) == 0)
        let asNobody = #"exec /usr/bin/setpriv --reuid=65534 --regid=65534 --clear-groups "$0" "$@""#
        let result = try execute(["--errors-inline", folder.path], shell: getuid() == 0 ? asNobody : nil)
        #expect(result.status == 1)
        let names = result.output.split(separator: UInt8(ascii: "\n")).map {
            String(decoding: $0, as: UTF8.self).split(separator: "\"name\":\"")[1].prefix { $0 != "\"" }.dropFirst(folder.path.count + 1)
        }
        #expect(names == ["a.txt", "b.txt", "sub"])
    }

    @Test func aFullDiskIsAnError() throws {
        let plan = Fixtures.directory.appending(path: "001_338ae78fb495c782.txt").path
        let result = try execute([plan], output: try FileHandle(forWritingTo: URL(fileURLWithPath: "/dev/full")))
        #expect(result.status == 74)
        #expect(result.error == "plan-extract: error: cannot write the output: No space left on device\n")
    }

    /// Standard output closed: the runtime's own descriptor 1 is not written to.
    @Test func aClosedOutputIsAnError() throws {
        let result = try execute([Fixtures.directory.appending(path: "001_338ae78fb495c782.txt").path], shell: #"exec "$0" "$1" >&-"#)
        #expect(result.status == 74)
        #expect(result.error == "plan-extract: error: cannot write the output: Bad file descriptor\n")
    }

    /// The mapper of a distributed engine: JSON Lines in, JSON Lines out, same ids.
    @Test func pipeModeEndToEnd() throws {
        let texts = try Fixtures.names.prefix(3).map { try Fixtures.text($0) }
        var input = Data()
        for (index, text) in texts.enumerated() {
            let record = ["id": "part-0000\(index)", "text": text]
            input += try JSONSerialization.data(withJSONObject: record) + Data("\n".utf8)
        }
        let result = try execute(["--input", "jsonl"], input: input)
        #expect(result.status == 0)
        #expect(result.error.isEmpty)
        let documents = try result.output.split(separator: UInt8(ascii: "\n")).map { try JSONDecoder().decode(PlanDocument.self, from: Data($0)) }
        #expect(documents.map(\.source.name) == ["part-00000", "part-00001", "part-00002"])
        let direct = try Fixtures.names.prefix(3).map { PlanDocument(parsing: try Fixtures.bytes($0)) }
        #expect(documents.map(\.document) == direct.map(\.document))
        #expect(documents.map(\.sections) == direct.map(\.sections))
    }
}
