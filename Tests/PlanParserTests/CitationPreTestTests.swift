import Testing
@testable import PlanParser

/// The cheap first tests of the citation and abbreviation scanners: a number's separator
/// found by its first byte, the segment after a separator tried at the end of the number,
/// and parentheses passed over in place when they can hold no abbreviation.
@Suite struct CitationPreTestTests {
    private let normalized = citationNumberText

    /// The segment after "-", "/" or "." joins the number only where it fits; one that
    /// does not leaves the number as read up to it.
    @Test func nextSegmentJoinsOnlyWhereItFits() {
        #expect(normalized("16/2007/NQ - TW ngày") == "16/2007/NQ-TW")
        #expect(normalized("16/2007/NQ - UB ngày") == "16/2007/NQ")
        #expect(normalized("16/2007/NQ -UB ngày") == "16/2007/NQ-UB")
        #expect(normalized("06/TT.B ngày") == "06/TT")
        #expect(normalized("06/TT.bnv ngày") == "06/TT")
        #expect(normalized("12/QĐ.UBND-VX ngày") == "12/QĐ.UBND-VX")
        #expect(normalized("5/KH-ABCDEFGHIJKLM ngày") == "5/KH")
        #expect(normalized("5/KH.ABCDEFGHIJKLM ngày") == "5/KH")
    }

    /// Every form of separator after the digits, and the numbers of running text that have none.
    @Test func separatorsByTheirFirstByte() {
        #expect(normalized("18–NQ/TW") == "18-NQ/TW")
        #expect(normalized("18 − NQ/TW") == "18-NQ/TW")
        #expect(normalized("18 - NQ/TW") == "18-NQ/TW")
        #expect(normalized("2021 - 2025") == nil)
        #expect(normalized("2021 năm") == nil)
        #expect(normalized("15%") == nil)
        #expect(normalized("3,5 tỷ") == nil)
        #expect(normalized("1234567/QĐ-UBND") == nil)
    }

    /// The name prefixes written out for the anchor search are the named types' first
    /// eight bytes with their space, each at the low four bits of its first byte; the
    /// other entries are empty.
    @Test func namePrefixesAreTheNamedTypes() {
        var expected = [UInt64](repeating: 0, count: 16)
        for case let type? in CitationPhrases.namedTypes {
            var prefix: UInt64 = 0
            for (offset, byte) in (type.bytes + [0x20]).prefix(8).enumerated() { prefix |= UInt64(byte) << (8 * offset) }
            let entry = Int(type.bytes[0] & 0x0F)
            #expect(expected[entry] == 0, "\(type.name) shares its entry")
            expected[entry] = prefix
        }
        #expect(CitationScanner.namePrefixes == expected)
    }

    /// The block search flags "B", "C", "H", "L", "P" (after a word boundary) and 0x90:
    /// every named type must start with one of those bytes ("Đ" by its second byte, 0x90).
    @Test func everyNamedTypeStartsWithAFlaggedByte() {
        for case let type? in CitationPhrases.namedTypes {
            let first = type.bytes[0]
            #expect(Array("BCHLP".utf8).contains(first) || type.bytes.starts(with: [0xC4, 0x90]), "\(type.name)")
        }
    }

    /// The anchor search finds, from every offset, the first byte where an anchor may
    /// start, as a byte-at-a-time reading of the rule finds it: "/" at the start or after a
    /// space; the first of one to six digits (none before it) followed, after one space at
    /// most, by "/" or a dash (``dashes``); a named type's first eight bytes with its space
    /// (within the last seven bytes, as many as there are) after a space, "(", "\"", 0x9C
    /// or the start. Texts of pieces put together at
    /// random, shorter and longer than a block, with capitals inside words, "*" and other
    /// bytes before names, "Đ" beside "đ" and "Ố" (E1 BB 90), runs of digits of every
    /// length, dashes beside other three-byte punctuation (E2 80 9C), and spaces. The first
    /// "(" passed before the byte found is noted on the way.
    @Test func anchorSearchFindsWhatAByteAtATimeReadingFinds() {
        let prefixes = CitationPhrases.namedTypes.compactMap { $0 }.map { Array(($0.bytes + [0x20]).prefix(8)) }
        let separators = ["/"] + Self.dashes
        let separatorBytes = separators.map { Array($0.utf8) }
        /// Whether digits start at `index` that a separator follows.
        func startsNumber(_ text: [UInt8], at index: Int) -> Bool {
            guard text[index].isASCIIDigit, index == 0 || !text[index - 1].isASCIIDigit else { return false }
            var end = index
            while end < text.count, text[end].isASCIIDigit { end += 1 }
            guard end - index <= 6 else { return false }
            if end < text.count, text[end] == 0x20 { end += 1 }
            return separatorBytes.contains { text[end...].starts(with: $0) }
        }
        /// The first offset at or after `from` where the rule holds, or the end.
        func reference(_ text: [UInt8], from: Int) -> Int {
            for index in from..<text.count {
                let byte = text[index]
                let previous = index > 0 ? text[index - 1] : 0x20
                if byte == UInt8(ascii: "/"), previous == 0x20 { return index }
                if startsNumber(text, at: index) { return index }
                guard [0x20, UInt8(ascii: "("), UInt8(ascii: "\""), 0x9C].contains(previous) else { continue }
                for prefix in prefixes where text[index...].starts(with: prefix.prefix(text.count - index)) { return index }
            }
            return text.count
        }
        let pieces = ["Luật ", "Bộ luật ", "Chương trình ", "Đề án ", "Hiến pháp ", "Pháp lệnh ", "Luật", "Bộ ", "Chính ", "B", "C", "H", "L",
                      "P", "Lu", "Đ", "đ", "Ố", "ố", " ", " ", "(", "\"", "“", "*", "1", "23", "4567", "/", "x", "A", "M", "UBND", ":", "@", "-",
                      "–", "−", "‐", "—", "―"]
        var generator = SplitMix64(seed: 0x5EED_C17E)
        for _ in 0..<4_000 {
            let text = Array((0..<Int.random(in: 0..<16, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined().utf8)
            text.withUnsafeBytes { bytes in
                CitationScanner.namePrefixes.withUnsafeBufferPointer { namePrefixes in
                    for from in 0...text.count {
                        var parenthesis = Int.max
                        let found = CitationScanner.nextCandidate(in: bytes, from: from, namePrefixes, parenthesis: &parenthesis)
                        #expect(found == reference(text, from: from), "\(String(decoding: text, as: UTF8.self)) from \(from)")
                        // The first "(" passed on the way is noted.
                        let passed = (from..<max(from, found)).first { text[$0] == UInt8(ascii: "(") } ?? Int.max
                        #expect(parenthesis == passed, "\(String(decoding: text, as: UTF8.self)) from \(from)")
                    }
                }
            }
        }
    }

    /// The dashes a number's digits may be followed by: "-", U+2010 to U+2014, U+2212.
    private static let dashes = ["-", "‐", "‑", "‒", "–", "—", "−"]

    /// Every dash is one ``CitationNumber/separator(_:at:)`` reads (the anchor search's
    /// reference above relies on the list), and U+2015 is none.
    @Test func everyDashIsASeparator() {
        for dash in Self.dashes { #expect(CitationNumber.separator(Array("\(dash) ".utf8), at: 0) != nil, "\(dash)") }
        #expect(CitationNumber.separator(Array("― ".utf8), at: 0) == nil)
    }

    /// Parentheses that can be neither an acronym nor a definition find nothing; emphasis
    /// marks are read past in both forms.
    @Test func abbreviationsAmongOtherParentheses() {
        let document = PlanDocument.smallPlan(preamble: """
            Tăng cường kiểm soát thủ tục hành chính (**TTHC**); theo Sở Tài chính (Sở Tài chính); mục (A1); \
            Dự án (Kèm theo Quyết định); Ban Chỉ đạo (* sau đây gọi tắt là Ban *).
            """)
        #expect(document.abbreviations.map(\.short) == ["TTHC", "Ban"])
        #expect(document.abbreviations.map(\.long) == ["thủ tục hành chính", "Ban Chỉ đạo"])
    }

    /// Every introduction the scanner knows passes its first-three-bytes test.
    @Test func everyIntroductionStartsLikeOne() {
        for introduction in AbbreviationScanner.introductions {
            #expect(AbbreviationScanner.startsLikeIntroduction(introduction), "\(String(decoding: introduction, as: UTF8.self))")
        }
    }

    /// Every introduction of a definition, as written, is read past the scanner's
    /// first-three-bytes test ("sau", "gọi", "viết").
    @Test(arguments: ["sau đây gọi tắt là", "sau đây gọi chung là", "sau đây gọi là", "sau đây viết tắt là", "sau đây viết tắt",
                      "sau đây là", "gọi tắt là", "gọi chung là", "gọi là", "viết tắt là", "viết tắt"])
    func everyIntroductionOfADefinition(_ introduction: String) {
        let document = PlanDocument.smallPlan(preamble: "Thành lập Ban Chỉ đạo (\(introduction) Ban).")
        #expect(document.abbreviations.map(\.short) == ["Ban"])
        #expect(document.abbreviations.map(\.long) == ["Ban Chỉ đạo"])
    }
}
