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

    /// The block search flags "/" to "L", "P" and 0x90: every named type must start with one
    /// of those bytes ("Đ" by its second byte, 0x90).
    @Test func everyNamedTypeStartsWithAFlaggedByte() {
        for case let type? in CitationPhrases.namedTypes {
            let first = type.bytes[0]
            #expect((0x2F...0x4C).contains(first) || first == UInt8(ascii: "P") || type.bytes.starts(with: [0xC4, 0x90]), "\(type.name)")
        }
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
