import Foundation
import Testing
@testable import PlanParser

/// Whole documents against their reviewed JSON (Tests/Fixtures/<name>.json).
///
/// Re-record with `RECORD_GOLDENS=1 swift test --filter GoldenTests`, then read the diff
/// against the document before committing it. Recording fails the run on purpose.
@Suite struct GoldenTests {
    @Test(arguments: Fixtures.names)
    func matchesGolden(_ name: String) throws {
        try Fixtures.expectMatchesGolden(try Fixtures.parse(name).jsonText(pretty: true) + "\n", file: "\(name).json")
    }

    /// The writer's JSON decodes back to the same model (the Codable model and the
    /// contract JSON cannot drift apart).
    @Test(arguments: Fixtures.names)
    func jsonDecodesToTheModel(_ name: String) throws {
        let document = try Fixtures.parse(name)
        let decoded = try JSONDecoder().decode(PlanDocument.self, from: Data(document.jsonBytes()))
        #expect(decoded == document)
    }

    /// Foundation's JSONEncoder, given the model, writes the same values (keys sorted).
    @Test(arguments: Fixtures.names)
    func foundationEncoderAgrees(_ name: String) throws {
        let document = try Fixtures.parse(name)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let viaFoundation = try JSONSerialization.jsonObject(with: encoder.encode(document)) as? NSDictionary
        let viaWriter = try JSONSerialization.jsonObject(with: Data(document.jsonBytes())) as? NSDictionary
        #expect(viaFoundation == viaWriter)
    }

    /// Keys come out in the contract's order.
    @Test func keysFollowTheContractOrder() throws {
        let json = try Fixtures.parse("001_338ae78fb495c782").jsonText()
        let keys = ["\"schemaVersion\"", "\"source\"", "\"document\"", "\"preamble\"", "\"sections\"", "\"closing\"",
                    "\"citations\"", "\"tasks\"", "\"signers\"", "\"recipients\"", "\"archive\"", "\"appendices\"",
                    "\"abbreviations\"", "\"diagnostics\"", "\"zones\""]
        let offsets = keys.map { json.range(of: $0)?.lowerBound }
        #expect(offsets.allSatisfy { $0 != nil })
        #expect(offsets.compactMap { $0 } == offsets.compactMap { $0 }.sorted())
        #expect(json.hasPrefix("{\"schemaVersion\":1,\"source\":{\"name\":\"001_338ae78fb495c782.txt\",\"bytes\":10257,\"encoding\":\"utf-8\",\"lines\":112},\"document\":{\"type\":{\"code\":\"KH\",\"name\":\"Kế hoạch\"},\"number\":\"36\""))
    }
}
