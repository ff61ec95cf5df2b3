import Foundation
import Testing
@testable import PlanParser

/// The fixture files in Tests/Fixtures, found from this file's path (no bundle needed).
enum Fixtures {
    static let directory = URL(filePath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appending(path: "Fixtures")

    /// The real documents beside the project (../shared/corpus/real), when present.
    static let realCorpus = directory.deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appending(path: "shared/corpus/real")

    /// The names of the input fixtures, without ".txt", sorted.
    static let names: [String] = {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return files.filter { $0.hasSuffix(".txt") }.map { String($0.dropLast(4)) }.sorted()
    }()

    /// The seed documents (000 ... 004).
    static let seeds = names.filter { $0.first?.isNumber ?? false }

    static func bytes(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: directory.appending(path: "\(name).txt")))
    }

    static func text(_ name: String) throws -> String {
        try String(contentsOf: directory.appending(path: "\(name).txt"), encoding: .utf8)
    }

    /// Parses a fixture as the CLI does, named as the CLI names it.
    static func parse(_ name: String) throws -> PlanDocument {
        PlanDocument(parsing: try bytes(name), sourceName: "\(name).txt")
    }

    /// Compares `actual` with the reviewed golden file `Tests/Fixtures/<file>` line by line;
    /// with RECORD_GOLDENS set, or when the file is missing, writes it instead and fails the
    /// test on purpose (a new golden must be read against its document before it counts).
    static func expectMatchesGolden(_ actual: String, file: String) throws {
        let url = directory.appending(path: file)
        if ProcessInfo.processInfo.environment["RECORD_GOLDENS"] != nil || !FileManager.default.fileExists(atPath: url.path) {
            try actual.write(to: url, atomically: true, encoding: .utf8)
            Issue.record("Recorded new golden file \(file); review it and re-run")
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(actual.split(separator: "\n", omittingEmptySubsequences: false)
            == expected.split(separator: "\n", omittingEmptySubsequences: false))
    }

    /// The real corpus files (empty when ../shared is not beside the project).
    static let realFiles: [URL] = {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: realCorpus.path)) ?? []
        return files.filter { $0.hasSuffix(".txt") }.sorted().map { realCorpus.appending(path: $0) }
    }()
}
