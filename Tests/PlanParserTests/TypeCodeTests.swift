import Testing
@testable import PlanParser

/// A symbol's type code read on its bytes (`NumberSymbol.typeCode`) and a code's type
/// compared as bytes (`DocumentTypes.type(code:)`), checked against the readings on
/// characters and strings they replace, over seeded symbols and codes that put marks,
/// other scripts and canonically equivalent spellings next to the separators.
@Suite struct TypeCodeTests {
    /// The reference: the first part between "-" and "/" (characters), or the second when
    /// the first is a four-digit year.
    private static func referenceTypeCode(_ symbol: String) -> String? {
        var parts = symbol.split(whereSeparator: { $0 == "-" || $0 == "/" })
        if let first = parts.first, first.count == 4, first.allSatisfy(\.isASCII), first.allSatisfy(\.isNumber) { parts.removeFirst() }
        return parts.first.map(String.init)
    }

    /// The reference: the type whose code equals `code` as strings.
    private static func referenceType(code: String) -> DocumentType? {
        DocumentTypes.all.first { $0.code == code }.map { DocumentType(code: $0.code, name: $0.name) }
    }

    /// Pieces of symbols: codes, years, separators, a combining mark, a prepended mark,
    /// the Kelvin sign (canonically "K"), decomposed "Đ"-like letters, CR LF.
    private static let pieces = [
        "KH", "QĐ", "QyĐ", "UBND", "2019", "20", "-", "/", " ", "\u{0301}", "\u{0600}", "\u{212A}H", "\u{212A}", "Đ", "D\u{0335}",
        "TTr", "CT", "\r\n", "A", "é", "e\u{0301}", "1", "//", "--", "HĐND", "TU",
    ]

    @Test func typeCodeMatchesTheSplitOnCharacters() {
        let fixed = ["KH-UBND", "2019/QĐ-UBND", "KH/TU", "//KH--UBND", "-\u{0301}KH-UBND", "KH\u{0600}-UBND", "2019-\u{0301}KH", "\u{212A}H-UBND", "", "-", "2019"]
        for symbol in fixed { #expect(NumberSymbol.typeCode(symbol) == Self.referenceTypeCode(symbol), "\(Array(symbol.utf8))") }
        // Symbols whose separators stand between ASCII bytes are read on their bytes; a mark,
        // a prepend sign or "Đ" at a separator is left to the characters.
        for symbol in ["KH-UBND", "2019/KH-UBND", "KH/TU", "TTr-HĐND"] {
            #expect(Array(symbol.utf8).withUnsafeBufferPointer(NumberSymbol.typeCode(bytes:)) != nil, "\(symbol)")
        }
        for symbol in ["-\u{0301}KH-UBND", "KH\u{0600}-UBND", "2019/QĐ-UBND"] {
            #expect(Array(symbol.utf8).withUnsafeBufferPointer(NumberSymbol.typeCode(bytes:)) == nil, "\(symbol)")
        }
        var generator = SplitMix64(seed: 29)
        for _ in 0..<5000 {
            let symbol = (0..<Int.random(in: 0...6, using: &generator)).map { _ in Self.pieces.randomElement(using: &generator)! }.joined()
            #expect(NumberSymbol.typeCode(symbol) == Self.referenceTypeCode(symbol), "\(Array(symbol.utf8))")
        }
    }

    @Test func typeOfCodeMatchesTheStringComparison() {
        var codes = DocumentTypes.all.compactMap(\.code) + ["", "\u{212A}H", "Q\u{0110}", "QD", "qđ", "Q\u{0110}\u{0301}", "TTr\u{0301}", "KHX"]
        var generator = SplitMix64(seed: 31)
        for _ in 0..<2000 {
            codes.append((0..<Int.random(in: 1...3, using: &generator)).map { _ in Self.pieces.randomElement(using: &generator)! }.joined())
        }
        for code in codes { #expect(DocumentTypes.type(code: code) == Self.referenceType(code: code), "\(Array(code.utf8))") }
    }
}
