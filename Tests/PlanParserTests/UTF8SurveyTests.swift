import Testing
@testable import PlanParser

/// ``UTF8Survey`` reads its bytes through ``UTF8Automaton``: whatever the survey must see is
/// seen at every offset from a word's start, and as the last bytes of the buffer.
@Suite struct UTF8SurveyTests {
    /// Overlong forms, a surrogate, scalars above U+10FFFF, cut sequences, a lone
    /// continuation byte and a byte UTF-8 never uses.
    private static let illFormed: [[UInt8]] = [
        [0xC0, 0xAF], [0xC1, 0xBF], [0xE0, 0x80, 0x80], [0xF0, 0x80, 0x80, 0x80],
        [0xED, 0xA0, 0x80],
        [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80],
        [0xE1, 0xBA], [0xC3], [0xF0, 0x9F, 0x98],
        [0x80], [0xFF],
        // The commonest Vietnamese letters' leads (E1 BA/BB xx, C4...CB xx) cut short or followed by no continuation.
        [0xE1, 0xBB, 0x41], [0xE1, 0xBB], [0xC4], [0xCB, 0x41], [0xC4, 0xC4, 0x80],
    ]

    /// `count` ASCII bytes, so that what follows starts at that offset.
    private func ascii(_ count: Int) -> [UInt8] {
        Array(String(repeating: "a", count: count).utf8)
    }

    @Test(arguments: illFormed)
    func illFormedAfterEveryRunOfASCII(_ sequence: [UInt8]) {
        for count in 0..<17 {
            let inside = ascii(count) + sequence + Array(" kế hoạch số 36".utf8)
            #expect(String(validating: inside, as: UTF8.self) == nil)
            #expect(!UTF8Survey(inside[...]).isPlainUnicode, "after \(count) ASCII bytes")
            let last = ascii(count) + sequence
            #expect(String(validating: last, as: UTF8.self) == nil)
            #expect(!UTF8Survey(last[...]).isPlainUnicode, "after \(count) ASCII bytes, at the end")
            // What the survey stopped at is ill-formed for the validation that takes over there.
            for bytes in [inside, last] {
                let stop = UTF8Survey(bytes[...]).stop
                #expect(stop == count)
                #expect(!bytes.withUnsafeBufferPointer { UTF8Validity.isValid($0, from: stop) })
                #expect(!bytes.withUnsafeBufferPointer { UTF8Validity.isValid($0) })
            }
        }
    }

    /// A sign of a legacy encoding stops the survey where its scalar starts; the validation
    /// from there reads the rest, valid or not, as one from the start would.
    @Test func validationGoesOnWhereTheSurveyStopped() {
        for count in 0..<17 {
            for (tail, isValid) in [([0xC3, 0x96, 0x20, 0x61] as [UInt8], true), ([0xC2, 0xAE, 0x20, 0xFF], false)] {
                let bytes = Array("kế ".utf8) + ascii(count) + tail
                let survey = UTF8Survey(bytes[...])
                #expect(!survey.isPlainUnicode)
                #expect(survey.stop == 5 + count)
                #expect(bytes.withUnsafeBufferPointer { UTF8Validity.isValid($0, from: survey.stop) } == isValid)
                #expect((String(validating: bytes, as: UTF8.self) != nil) == isValid)
            }
        }
    }

    @Test func wellFormedAfterEveryRunOfASCII() {
        for count in 0..<17 {
            for letter in ["é", "ế", "𝐀", "\u{A0}", "ạ", "ỹ", "ă", "đ", "ơ", "ư", "\u{2C7}", "\u{1E9E}", "\u{1F00}"] {
                let bytes = ascii(count) + Array(letter.utf8)
                let survey = UTF8Survey(bytes[...])
                #expect(survey.isPlainUnicode, "\(letter) after \(count) ASCII bytes")
                #expect(!survey.hasCombiningMarks)
            }
        }
    }

    @Test func combiningMarkAfterEveryRunOfASCII() {
        for count in 0..<17 {
            for tail in ["", " kế hoạch số 36"] {
                let bytes = ascii(count) + Array("e\u{301}\(tail)".utf8)
                let survey = UTF8Survey(bytes[...])
                #expect(survey.isPlainUnicode)
                #expect(survey.hasCombiningMarks, "after \(count) ASCII bytes")
                // The decoder composes what the survey saw.
                let expected = String(repeating: "a", count: count) + "é" + tail
                #expect(Array(DecodedText(bytes: bytes).text.utf8) == Array(expected.utf8))
            }
        }
    }

    /// Whether `bytes` are plain Unicode, and hold a combining mark, scalar by scalar as the
    /// standard library decodes them (a reference apart from ``UTF8Reference``'s reading):
    /// valid UTF-8 whose scalars of U+0080...U+00FF are no-break spaces or Vietnamese
    /// letters; a mark is told by its lead byte, CC or CD (U+0300...U+037F, a few Greek
    /// signs with them, which the composition then leaves as they are).
    private func referenceSurvey(_ bytes: [UInt8]) -> (isPlain: Bool, hasMarks: Bool) {
        guard let text = String(validating: bytes, as: UTF8.self) else { return (false, false) }
        let scalars = text.unicodeScalars
        let isPlain = !scalars.contains { (0x80...0xFF).contains($0.value) && !UTF8Reference.vietnameseLatin1.contains($0.value) }
        return (isPlain, scalars.contains { (0x300...0x37F).contains($0.value) })
    }

    /// Every two-byte lead with every next byte, then a third byte from the continuation
    /// range's ends and an ASCII one, and every E1 sequence, read from a four-byte load
    /// (text follows) and at the buffer's end, against the reference.
    @Test func everyTwoAndThreeByteStartAgainstTheReference() {
        var sequences: [[UInt8]] = []
        for lead in UInt8(0xC0)...0xDF {
            for second in UInt8(0)...0xFF { sequences.append([lead, second]) }
        }
        for second in UInt8(0x70)...0xCF {
            for third in [0x41, 0x7F, 0x80, 0xBF, 0xC0] as [UInt8] { sequences.append([0xE1, second, third]) }
        }
        var plainCount = 0
        for sequence in sequences {
            for bytes in [ascii(3) + sequence + Array(" ba".utf8), ascii(5) + sequence] {
                let expected = referenceSurvey(bytes)
                let survey = UTF8Survey(bytes[...])
                #expect(survey.isPlainUnicode == expected.isPlain, "\(bytes)")
                if expected.isPlain {
                    plainCount += 1
                    #expect(survey.hasCombiningMarks == expected.hasMarks, "\(bytes)")
                    #expect(survey.stop == bytes.count)
                }
            }
        }
        // Well-formed letters of every lead are among them.
        #expect(plainCount > 1_000)
    }
}
