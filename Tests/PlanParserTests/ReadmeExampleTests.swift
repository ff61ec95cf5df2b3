import Foundation
import Testing
import PlanParser

/// The library example of the README compiles and runs, and the README shows exactly it.
@Suite struct ReadmeExampleTests {
    @Test func exampleRunsAndMatchesTheReadme() async throws {
        let text = try Fixtures.text("001_338ae78fb495c782")
        let files = try Fixtures.names.map { (path: "\($0).txt", bytes: try Fixtures.bytes($0)) } + [(path: "x.pdf", bytes: Array("%PDF-1.4".utf8))]
        // README example begin
        let plan = PlanDocument(parsing: text, sourceName: "plan.txt")      // or the file's [UInt8]
        print(plan.document.symbol ?? "-", plan.sections.map(\.title))       // KH-UBND ["MỤC ĐÍCH, YÊU CẦU", ...]
        let json = plan.jsonText()                                          // the contract JSON, in its key order
        let results = await PlanDocument.parseAll(files.map { PlanSource(name: $0.path, bytes: $0.bytes) })
        let plans = results.compactMap { try? $0.get() }                    // in input order; failures are PlanInputError
        // README example end
        #expect(plan.document.symbol == "KH-UBND")
        #expect(json.hasPrefix(#"{"schemaVersion":1,"source":{"name":"plan.txt""#))
        #expect(plans.map(\.source.name) == Fixtures.names.map { "\($0).txt" })
        #expect(results.last.map { if case .failure(.notText(format: "PDF")) = $0 { true } else { false } } == true)

        let readme = try String(contentsOf: Fixtures.directory.deletingLastPathComponent().deletingLastPathComponent().appending(path: "README.md"), encoding: .utf8)
        let library = try #require(readme.components(separatedBy: "## Library\n```swift\nimport PlanParser\n\n").dropFirst().first)
        let shown = library.components(separatedBy: "\n```").first?.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        let source = try String(contentsOf: URL(filePath: #filePath), encoding: .utf8)
        let compiled = source.components(separatedBy: "// README example begin\n")[1].components(separatedBy: "        // README example end")[0]
            .split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(shown == compiled)
    }

    /// One worker (parsed in line, no tasks) and several (a task group; `parseAll`'s window
    /// is the whole batch, the CLI's bounded one is tested with `--jobs`) give the same
    /// results in input order.
    @Test func parseAllKeepsInputOrderAtAnyConcurrency() async throws {
        let sources = try (Fixtures.names + Fixtures.names).enumerated().map { PlanSource(name: "\($0.offset)", bytes: try Fixtures.bytes($0.element)) }
            + [PlanSource(name: "empty", bytes: [])]
        for maxConcurrency in [1, 2, 3, .max] {
            let results = await PlanDocument.parseAll(sources, maxConcurrency: maxConcurrency)
            #expect(results.dropLast().map { try? $0.get().source.name } == sources.dropLast().map(\.name))
            #expect(results.last.map { if case .failure(.empty) = $0 { true } else { false } } == true)
        }
    }
}
