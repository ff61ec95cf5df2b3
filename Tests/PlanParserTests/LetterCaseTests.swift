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

    /// `firstLetter` passes over NBSP and General Punctuation by code point: it finds what a
    /// reading by the Unicode properties alone finds, the first letter, or none once a
    /// number comes first, whatever non-ASCII scalar stands before it.
    @Test func firstLetterAgreesWithUnicodeProperties() {
        /// The first alphabetic scalar of `text`, or `nil` when a numeric one comes first.
        func reference(_ text: String) -> Unicode.Scalar? {
            for scalar in text.unicodeScalars {
                if scalar.properties.isAlphabetic { return scalar }
                if scalar.properties.numericType != nil { return nil }
            }
            return nil
        }
        var leads = Array(UInt32(0xA0)...0x2BF) + Array(UInt32(0x1FF0)...0x20BF) + Array(UInt32(0x2460)...0x24FF)
        leads += [0x3000, 0x3007, 0xF0B7, 0xFEFF, 0xFF10, 0xFF21]
        for value in leads {
            guard let scalar = Unicode.Scalar(value) else { continue }
            for rest in ["", "a", "1", "\u{2013}Đ", ".\u{2026}5", " ơ"] {
                let text = String(Character(scalar)) + rest
                #expect(UTF8Text.firstLetter(of: Array(text.utf8)) == reference(text), "U+\(String(value, radix: 16)) \(rest)")
            }
        }
    }

    /// `isAllCaps` tells the commonest Vietnamese letters by their bytes: it answers as the
    /// Unicode properties do (no lower-case letter, an upper-case one) for every scalar,
    /// alone and after a capital, a small letter and a Vietnamese capital.
    @Test func allCapsAgreesWithUnicodeProperties() {
        /// Whether `text` has an upper-case scalar and no lower-case one.
        func reference(_ text: String) -> Bool {
            !text.unicodeScalars.contains { $0.properties.isLowercase } && text.unicodeScalars.contains { $0.properties.isUppercase }
        }
        for value in UInt32(0)...0x2FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            for before in ["", "A", "a", "Ạ"] {
                let text = before + String(Character(scalar))
                #expect(UTF8Text.isAllCaps(Array(text.utf8)) == reference(text), "U+\(String(value, radix: 16)) after \(before)")
            }
        }
    }
}
