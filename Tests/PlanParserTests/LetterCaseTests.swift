import Testing
@testable import PlanParser

/// The case of letters answered by code point (`UTF8Text`, for speed) is Unicode's.
@Suite struct LetterCaseTests {
    @Test func caseByCodePointAgreesWithUnicodeProperties() {
        for value in UInt32(0)...0x2FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let properties = scalar.properties
            #expect(UTF8Text.isLowercase(scalar) == properties.isLowercase, "U+\(String(value, radix: 16))")
            #expect(UTF8Text.isUppercase(scalar) == properties.isUppercase, "U+\(String(value, radix: 16))")
            #expect(UTF8Text.isAlphabetic(scalar) == properties.isAlphabetic, "U+\(String(value, radix: 16))")
        }
    }
}
