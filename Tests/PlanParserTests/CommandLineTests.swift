import Foundation
import Testing
@testable import plan_extract
@testable import PlanParser

/// The argument parser as a pure function.
@Suite struct CommandParsingTests {
    @Test func noArgumentsReadsStandardInput() throws {
        #expect(try Command(parsing: []) == .extract(.init(inputs: [.standardInput])))
    }

    @Test func filesDashAndPretty() throws {
        #expect(try Command(parsing: ["a.txt", "-", "--pretty"])
            == .extract(.init(inputs: [.file(path: "a.txt"), .standardInput], pretty: true)))
    }

    @Test func afterDoubleDashEverythingIsAFile() throws {
        #expect(try Command(parsing: ["--", "--pretty", "-"])
            == .extract(.init(inputs: [.file(path: "--pretty"), .standardInput])))
    }

    @Test func helpAndVersion() throws {
        #expect(try Command(parsing: ["x", "--help"]) == .help)
        #expect(try Command(parsing: ["-h"]) == .help)
        #expect(try Command(parsing: ["--version"]) == .version)
    }

    @Test func textOption() throws {
        #expect(try Command(parsing: ["--text", "a.txt"]) == .extract(.init(inputs: [.file(path: "a.txt")], text: true)))
    }

    @Test func badFlagsAreUsageErrors() {
        #expect(throws: UsageError.unknownOption("--prety")) { try Command(parsing: ["--prety"]) }
        #expect(throws: UsageError.standardInputRepeated) { try Command(parsing: ["-", "-"]) }
    }
}

/// The whole program in-process, with injected input and captured output.
@Suite struct PlanExtractTests {
    final class Capture: @unchecked Sendable {
        var output: [UInt8] = []
        var error = ""
    }

    private func run(_ arguments: [String], files: [String: String] = [:], binaryFiles: [String: [UInt8]] = [:],
                     stdin: String = "") -> (status: Int32, output: String, error: String) {
        let capture = Capture()
        let io = PlanExtract.IO(
            readFile: { path throws(InputError) in
                if let bytes = binaryFiles[path] { return bytes }
                guard let text = files[path] else { throw InputError(name: path, reason: "No such file or directory") }
                return Array(text.utf8)
            },
            readStandardInput: { Array(stdin.utf8) },
            writeOutput: { capture.output += $0 },
            writeError: { capture.error += $0 })
        let status = PlanExtract.run(arguments: arguments, io: io)
        return (status, String(decoding: capture.output, as: UTF8.self), capture.error)
    }

    private let plan = "Số: 12/KH-UBND\n\nAn Bình, ngày 02 tháng 3 năm 2026\n\nKẾ HOẠCH\nThử nghiệm\n\nI. MỤC ĐÍCH\n\nNội dung.\n"

    @Test func oneJSONLinePerInputInArgumentOrder() throws {
        let result = run(["a.txt", "b.txt"], files: ["a.txt": plan, "b.txt": plan])
        #expect(result.status == 0)
        #expect(result.error.isEmpty)
        let records = result.output.split(separator: "\n")
        #expect(records.count == 2)
        let names = try records.map { try JSONDecoder().decode(PlanDocument.self, from: Data($0.utf8)).source.name }
        #expect(names == ["a.txt", "b.txt"])
    }

    @Test func standardInputIsNamedDash() throws {
        let result = run([], stdin: plan)
        #expect(result.status == 0)
        let document = try JSONDecoder().decode(PlanDocument.self, from: Data(result.output.utf8))
        #expect(document.source.name == "-")
        #expect(document.document.number == "12")
        #expect(result.output.hasSuffix("}\n") && result.output.filter { $0 == "\n" }.count == 1)
    }

    @Test func unreadableFileIsReportedAndTheOthersStillRun() {
        let result = run(["missing.txt", "a.txt"], files: ["a.txt": plan])
        #expect(result.status == 1)
        #expect(result.error == "plan-extract: error: cannot read 'missing.txt': No such file or directory\n")
        #expect(result.output.split(separator: "\n").count == 1)
    }

    @Test func binaryAndEmptyFilesAreErrorsAndTheOthersStillRun() throws {
        let pdf = Array("%PDF-1.7\n%\u{00E2}\u{00E3}\n1 0 obj\n".utf8) + [0, 0, 0xFF]
        let docx: [UInt8] = [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]
        let result = run(["a.pdf", "a.txt", "b.docx", "empty.txt"],
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

    @Test func emptyStandardInputIsAnError() {
        let result = run([], stdin: "")
        #expect(result.status == 1)
        #expect(result.output.isEmpty)
        #expect(result.error == "plan-extract: error: <stdin>: empty input: no text\n")
    }

    @Test func textPrintsTheDecodedCleanedText() {
        // TCVN3 mojibake, CRLF line ends, a zero-width space, trailing spaces.
        let result = run(["--text", "old.txt", "x.pdf"], files: ["old.txt": "KÕ ho¹ch  \r\nSè: 36/KH-UBND\u{200B}\r\n"],
                         binaryFiles: ["x.pdf": Array("%PDF-1.4\n".utf8)])
        #expect(result.output == "Kế hoạch\nSố: 36/KH-UBND\n")
        #expect(result.error == "plan-extract: error: x.pdf: not text: looks like PDF\n")
        #expect(result.status == 1)
    }

    @Test func badFlagPrintsUsageAndExits64() {
        let result = run(["--prety", "a.txt"])
        #expect(result.status == 64)
        #expect(result.output.isEmpty)
        #expect(result.error == "Error: Unknown option '--prety'\nUsage: plan-extract [--pretty | --text] [<file> ...]\n  See 'plan-extract --help' for more information.\n")
    }

    @Test func helpAndVersionGoToStandardOutput() {
        let help = run(["--help"])
        #expect(help.status == 0 && help.output.hasPrefix("OVERVIEW:") && help.output.contains("--pretty"))
        let version = run(["--version"])
        #expect(version.status == 0 && version.output == "plan-extract 0.1.0 (output schema 1)\n")
    }

    @Test func prettyOutputIsIndented() {
        let result = run(["--pretty", "a.txt"], files: ["a.txt": plan])
        #expect(result.output.hasPrefix("{\n  \"schemaVersion\": 1,\n  \"source\": {\n    \"name\": \"a.txt\","))
        #expect(result.output.hasSuffix("\n}\n"))
    }
}

/// A few runs of the built binary itself.
@Suite struct EndToEndTests {
    private var binary: URL {
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("plan-extract")
    }

    @Test func runsOnAFixtureAndAMissingFile() throws {
        let process = Process()
        process.executableURL = binary
        process.arguments = [Fixtures.directory.appending(path: "001_338ae78fb495c782.txt").path, "/nonexistent/plan.txt"]
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 1)
        #expect(String(decoding: errorData, as: UTF8.self) == "plan-extract: error: cannot read '/nonexistent/plan.txt': No such file or directory\n")
        let document = try JSONDecoder().decode(PlanDocument.self, from: outputData)
        #expect(document.document.symbol == "KH-UBND")
    }
}
