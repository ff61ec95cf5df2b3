import Testing
@testable import PlanParser

/// ``LegacyText`` checks the text it cuts (``DecodedSource`` reads legacy text without a
/// validity pass of its own): it is made exactly when the bytes are valid UTF-8, and
/// ``UTF8Validity/wellFormedLength(in:at:)`` agrees with the standard library on every sequence.
@Suite struct LegacyTextValidityTests {
    /// Pieces of bytes, well-formed and not: ASCII letters, signs and "\n"; C2 and C3 with
    /// continuations below and from 0xA1 and without one; stray continuations; leads of
    /// three and four bytes, whole, cut short, overlong, surrogates and past U+10FFFF; bytes
    /// that never occur (C0, C1, F5, FF).
    private static let pieces: [[UInt8]] = [
        [0x61], [0x5A], [0x20], [0x2C], [0x0A], [0x0D],
        [0xC2, 0xA0], [0xC2, 0x80], [0xC2, 0xB5], [0xC2, 0xBF], [0xC3, 0x80], [0xC3, 0xBF], [0xC3, 0xAA],
        [0xC2], [0xC3], [0xC2, 0xC3], [0xC3, 0xC3, 0xA1], [0xC3, 0x41], [0xC2, 0x41], [0xC2, 0xC0], [0xC3, 0xFF],
        [0x80], [0xA1], [0xBF], [0xC0, 0x80], [0xC1, 0xBF], [0xC4, 0x91], [0xDF, 0xBF],
        [0xE1, 0xBA, 0xBF], [0xE1, 0xBA], [0xE1], [0xE0, 0x80, 0x80], [0xE0, 0xA0, 0x80], [0xED, 0xA0, 0x80],
        [0xED, 0x9F, 0xBF], [0xE2, 0x80, 0xA6], [0xEF, 0xBF, 0xBF],
        [0xF0, 0x9F, 0x98, 0x80], [0xF0, 0x8F, 0xBF, 0xBF], [0xF4, 0x8F, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80],
        [0xF0, 0x9F, 0x98], [0xF5, 0x80, 0x80, 0x80], [0xFF],
    ]

    /// Random texts of the pieces (short and long, so that pieces fall at every offset of
    /// the cutter's eight-byte blocks and at the text's end): a text is cut exactly when it
    /// is valid UTF-8, and a cut text reads back whole (its lines joined are the text).
    @Test func cutExactlyWhenValid() {
        var generator = SplitMix64(seed: 0x0BAD_C0DE)
        var valid = 0, invalid = 0
        for round in 0..<40_000 {
            var bytes: [UInt8] = []
            let count = round % 10 == 0 ? Int.random(in: 0..<200, using: &generator) : Int.random(in: 0..<12, using: &generator)
            // Mostly well-formed pieces, so that many texts are valid.
            for _ in 0..<count {
                let piece = Self.pieces.randomElement(using: &generator)!
                bytes += Int.random(in: 0..<6, using: &generator) == 0 || UTF8Reference.isValid(piece) ? piece : [0x61]
            }
            let isValid = UTF8Reference.isValid(bytes)
            let text = LegacyText(text: bytes)
            #expect((text != nil) == isValid, "\(bytes)")
            if let text {
                #expect(text.joinedLines == bytes || text.doubleEncodedLines > 0, "\(bytes)")
                valid += 1
            } else {
                invalid += 1
            }
        }
        // Both kinds were drawn often.
        #expect(valid > 10_000 && invalid > 10_000)
    }

    /// Every sequence of a lead above ASCII and up to three more bytes from edge sets: the
    /// length is the standard library's for a well-formed sequence, else 0; the bytes after
    /// the text's end are never read (the same sequences cut short).
    @Test func wellFormedLengthAgreesWithTheStandardLibrary() {
        let edges: [UInt8] = [0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xA1, 0xBF, 0xC0, 0xC1, 0xC2, 0xC3, 0xDF,
                              0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF]
        for lead in edges where lead >= 0x80 {
            for second in edges {
                for third in edges {
                    for fourth in [0x41, 0x80, 0xBF, 0xC0] as [UInt8] {
                        let bytes = [lead, second, third, fourth]
                        for end in 1...4 {
                            let sequence = Array(bytes[..<end])
                            let expected = Self.firstScalarLength(sequence)
                            let length = sequence.withUnsafeBufferPointer { UTF8Validity.wellFormedLength(in: $0, at: 0) }
                            #expect(length == expected, "\(sequence)")
                        }
                    }
                }
            }
        }
    }

    /// The length of the scalar the bytes start with, if they start with a well-formed
    /// sequence (by the standard library's decoder), else 0.
    private static func firstScalarLength(_ bytes: [UInt8]) -> Int {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return 0 }
        return String(scalar).utf8.count
    }
}
