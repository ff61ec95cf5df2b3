import Testing
@testable import PlanParser

/// `TextQuality`'s counts appear in its messages ("3 of 120 words"): counted here by hand
/// on lines that hold each rule's cases.
@Suite struct TextQualityTests {
    private func line(_ text: String, number: Int) -> SourceLine {
        SourceLine(number: number, text: Array(text.utf8), isBlank: false, closesEmphasis: false, cellBreaks: [])
    }

    @Test func wordsLoneLettersAndWordsWithoutAVowel() {
        let quality = TextQuality(lines: [
            // 8 words; none lone: "a" names a point, "b"/"c" are glued to "/", "h" to
            // digits, "x" comes before "=", "y" is a Vietnamese word.
            line("điểm a và b/c, 12h00 x = y", number: 1),
            // 5 words; "thng" has no vowel ("ngy" has its "y", "kg" is glued to "/", "TP"
            // is in capitals); "đ" is glued to "/".
            line("ngy thng đ/kg TP", number: 2),
            // 6 words; "t", "ỉ", "o" are lone letters, "nh" has no vowel ("Ng" has a capital).
            line("t ỉ nh Ng o ại", number: 3),
        ][...])
        #expect(quality.words == 19)
        #expect(quality.loneLetters == 3)
        #expect(quality.vowelless == 2)
        #expect(quality.firstLoneLetterLine == 3)
        #expect(quality.firstVowellessLine == 2)
    }

    @Test func bytesThatStartNoLetter() {
        // A lead byte at the line's end, E1 not followed by BA/BB, and Đ (C4 90, a capital):
        // "Đ" alone is no lone letter, "ĐT" no word without a vowel.
        let quality = TextQuality(lines: [line("ĐT Đ ổn", number: 1), SourceLine(number: 2, text: [0x62, 0x61, 0x20, 0xE1, 0x41, 0x20, 0xC3], isBlank: false, closesEmphasis: false, cellBreaks: [])][...])
        // Words: ĐT, Đ, ổn, ba, A (after E1, so not alone).
        #expect(quality.words == 5)
        #expect(quality.loneLetters == 0)
        #expect(quality.vowelless == 0)
    }
}
