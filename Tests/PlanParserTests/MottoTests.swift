import Testing
@testable import PlanParser

/// `HeaderPhrases.isMotto`, which searches a motto only where the sets of letters allow a
/// match: compared with a plain search (the key's letters within a motto's, or a motto's
/// within the key's) over seeded keys made of motto pieces and other letters.
@Suite struct MottoTests {
    private static let mottos = ["conghoaxahoichunghiavietnam", "doclaptudohanhphuc", "dangcongsanvietnam"].map { Array($0.utf8) }

    /// The reference: whether `needle` occurs in `haystack`, tried at every offset.
    private static func occurs(_ needle: [UInt8], in haystack: [UInt8]) -> Bool {
        guard needle.count <= haystack.count else { return false }
        return (0...(haystack.count - needle.count)).contains { Array(haystack[$0..<($0 + needle.count)]) == needle }
    }

    /// The reference: at least five letters, a piece of a motto or holding a whole one.
    private static func reference(_ key: [UInt8]) -> Bool {
        let letters = key.filter(\.isASCIILetter)
        guard letters.count >= 5 else { return false }
        return mottos.contains { occurs(letters, in: $0) || occurs($0, in: letters) }
    }

    @Test func keysMatchThePlainSearch() {
        var generator = SplitMix64(seed: 17)
        let others = Array("abcdeghiklmnopqrstuvxy -".utf8)
        var found = 0
        for _ in 0..<3000 {
            var key: [UInt8] = []
            for _ in 0..<Int.random(in: 1...3, using: &generator) {
                if Bool.random(using: &generator) {
                    let motto = Self.mottos.randomElement(using: &generator)!
                    let start = Int.random(in: 0..<motto.count, using: &generator)
                    let end = Int.random(in: start...motto.count, using: &generator)
                    key += motto[start..<end]
                } else {
                    key += (0..<Int.random(in: 0...8, using: &generator)).map { _ in others.randomElement(using: &generator)! }
                }
            }
            let expected = Self.reference(key)
            if expected { found += 1 }
            #expect(HeaderPhrases.isMotto(key) == expected, "\(String(decoding: key, as: UTF8.self))")
        }
        #expect(found > 300)
        #expect(HeaderPhrases.isMotto(Array("cong hoa xa hoi chu nghia viet nam".utf8)))
        #expect(HeaderPhrases.isMotto(Array("doc lap - tu do - hanh phuc".utf8)))
        #expect(HeaderPhrases.isMotto(Array("so 12 doc lap - tu do - hanh phuc ha noi".utf8)))
        #expect(!HeaderPhrases.isMotto(Array("uy ban nhan dan".utf8)))
        #expect(!HeaderPhrases.isMotto(Array("viet".utf8)))
    }
}
