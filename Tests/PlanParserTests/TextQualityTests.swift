import Testing
@testable import PlanParser

/// `TextQuality`'s counts appear in its messages ("3 of 120 words"): counted here by hand
/// on lines that hold each rule's cases.
@Suite struct TextQualityTests {
    /// Every line of the test fixtures, as the split makes them.
    private static func fixtureLines() throws -> [SourceLine] {
        var lines: [SourceLine] = []
        for name in Fixtures.names { lines += SourceLines.split(try Fixtures.bytes(name), isValidUTF8: false).lines }
        return lines
    }

    @Test func wordsLoneLettersAndWordsWithoutAVowel() {
        let quality = TextQuality(lines: [
            // 8 words; none lone: "a" names a point, "b"/"c" are glued to "/", "h" to
            // digits, "x" comes before "=", "y" is a Vietnamese word.
            SourceLine.plain("điểm a và b/c, 12h00 x = y", number: 1),
            // 5 words; "thng" has no vowel ("ngy" has its "y", "kg" is glued to "/", "TP"
            // is in capitals); "đ" is glued to "/".
            SourceLine.plain("ngy thng đ/kg TP", number: 2),
            // 6 words; "t", "ỉ", "o" are lone letters, "nh" has no vowel ("Ng" has a capital).
            SourceLine.plain("t ỉ nh Ng o ại", number: 3),
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
        let quality = TextQuality(lines: [SourceLine.plain("ĐT Đ ổn", number: 1), SourceLine.plain([0x62, 0x61, 0x20, 0xE1, 0x41, 0x20, 0xC3], number: 2)][...], countingEveryWord: true)
        // Words: ĐT, Đ, ổn, ba, A (after E1, so not alone).
        #expect(quality.words == 5)
        #expect(quality.loneLetters == 0)
        #expect(quality.vowelless == 0)
    }

    /// The words of the lines the machine does not flag are counted only once the counts
    /// reach a diagnostic's threshold (3 lone letters, 5 words without a vowel).
    @Test func wordsCountedOnlyWhenADiagnosticMayNeedThem() {
        // 3 words: "t" and "ỉ" are lone letters, "nh" has no vowel; the line is scanned.
        let split = SourceLine.plain("t ỉ nh", number: 1)
        // 4 words, nothing flagged.
        let sound = SourceLine.plain("Kế hoạch triển khai", number: 2)
        // 2 words: "o" is a third lone letter.
        let third = SourceLine.plain("o ại", number: 3)
        let twoLoneLetters = TextQuality(lines: [split, sound][...])
        #expect(twoLoneLetters.loneLetters == 2)
        #expect(twoLoneLetters.words == 3)
        #expect(twoLoneLetters.diagnostics.isEmpty)
        #expect(TextQuality(lines: [split, sound][...], countingEveryWord: true).words == 7)
        let threeLoneLetters = TextQuality(lines: [split, sound, third][...])
        #expect(threeLoneLetters.loneLetters == 3)
        #expect(threeLoneLetters.words == 9)
        #expect(threeLoneLetters.diagnostics.map(\.code) == ["text.split-letters"])
        #expect(threeLoneLetters.diagnostics.first?.line == 1)
    }

    /// Counting every word changes no diagnostic: documents of fixture lines and random
    /// lines (damaged ones among them), read both ways.
    @Test func diagnosticsAlikeWhetherEveryWordIsCountedOrNot() throws {
        let lines = try Self.fixtureLines()
        let words = ["ngy", "thng", "t", "ỉ", "nh", "o", "Kế", "hoạch", "đ", "km", "ba", "và", "ở", "2", "/"]
        var generator = SplitMix64(seed: 17)
        var diagnosed = 0
        for _ in 0..<400 {
            let start = Int.random(in: 0..<lines.count, using: &generator)
            var document = Array(lines[start..<min(lines.count, start + Int.random(in: 0...120, using: &generator))])
            for number in 0..<Int.random(in: 0...6, using: &generator) {
                let line = (0..<Int.random(in: 1...8, using: &generator)).map { _ in words.randomElement(using: &generator)! }
                // Anywhere in the document: lines after the counts reach a threshold are read counting.
                document.insert(SourceLine.plain(line.joined(separator: " "), number: 100_000 + number),
                                at: Int.random(in: 0...document.count, using: &generator))
            }
            let counted = TextQuality(lines: document[...], countingEveryWord: true).diagnostics
            #expect(TextQuality(lines: document[...]).diagnostics == counted)
            if !counted.isEmpty { diagnosed += 1 }
        }
        // Both outcomes are drawn often.
        #expect(diagnosed > 40 && diagnosed < 360)
    }

    /// A line's words and whether one is flagged, read letter by letter: an ASCII letter;
    /// C3-C6 and the byte after it; E1, BA or BB, and the byte after them. Any other byte
    /// (a lead byte without its bytes included) is no letter and ends the word before it.
    /// A word is flagged when it is one letter, not a capital ("A", "Đ") nor a one-letter
    /// Vietnamese word ("ở"), followed by a space or the line's end; or several letters
    /// without a vowel or capital, followed by the line's end or a byte that is no digit,
    /// "/", "-" or "_".
    private func referenceWords(_ bytes: [UInt8]) -> (words: Int, flagged: Bool) {
        var words = 0
        var flagged = false
        var letters = 0
        var hasVowelOrCapital = false
        var isCapital = false
        var wordStart = 0
        var index = 0
        let oneLetterWords = ["ở", "ý", "y", "ô", "à", "ạ", "ừ", "ờ", "ồ"].map { Array($0.utf8) }
        while index <= bytes.count {
            var length = 0
            var isVowel = false
            var isCapitalLetter = false
            if index < bytes.count {
                let byte = bytes[index]
                if byte.isASCIILetter {
                    length = 1
                    isVowel = Array("aeiouy".utf8).contains(byte | 0x20)
                    isCapitalLetter = byte.isASCIIUpper
                } else if (0xC3...0xC6).contains(byte), index + 1 < bytes.count {
                    length = 2
                    isCapitalLetter = byte == 0xC4 && bytes[index + 1] == 0x90  // "Đ"
                    isVowel = !isCapitalLetter && !(byte == 0xC4 && bytes[index + 1] == 0x91)  // not "đ"
                } else if byte == 0xE1, index + 2 < bytes.count, bytes[index + 1] == 0xBA || bytes[index + 1] == 0xBB {
                    length = 3
                    isVowel = true
                }
            }
            if length > 0 {
                if letters == 0 { wordStart = index }
                letters += 1
                hasVowelOrCapital = hasVowelOrCapital || isVowel || isCapitalLetter
                isCapital = isCapitalLetter
                index += length
                continue
            }
            let next: UInt8? = index < bytes.count ? bytes[index] : nil
            if letters > 0 {
                words += 1
                let isWord = oneLetterWords.contains(Array(bytes[wordStart..<index]))
                if letters == 1 && !isCapital && !isWord && (next == nil || next == 0x20) { flagged = true }
                if letters > 1 && !hasVowelOrCapital && !(next.map { Array("0123456789/-_".utf8).contains($0) } ?? false) {
                    flagged = true
                }
            }
            letters = 0
            hasVowelOrCapital = false
            index += 1
        }
        return (words, flagged)
    }

    /// The machine's count, and whether it sends the line to the word-by-word scan (as
    /// its reading that does not count, by pairs of bytes, says too).
    private func machineWords(_ bytes: [UInt8]) -> (words: Int, needsScan: Bool) {
        TextQuality.WordMachine.transitions.withUnsafeBufferPointer { transitions in
            TextQuality.WordMachine.PairReading.withTables { pairs in
                bytes.withUnsafeBufferPointer { text in
                    let counted = TextQuality.WordMachine.read(text, transitions: transitions)
                    #expect(TextQuality.WordMachine.needsScan(text, pairs: pairs) == counted.needsScan, "\(bytes)")
                    return counted
                }
            }
        }
    }

    @Test func theWordMachineOnHandCountedLines() {
        #expect(machineWords(Array("Kế hoạch triển khai".utf8)) == (4, false))
        #expect(machineWords(Array("điểm a".utf8)).needsScan)  // one letter at the end
        #expect(machineWords(Array("thng đã".utf8)).needsScan)  // no vowel
        #expect(machineWords(Array("ĐT Đảng".utf8)) == (2, false))  // "ĐT" has a capital
        #expect(machineWords(Array("đđ ba".utf8)).needsScan)  // "đ" is no vowel
        #expect(machineWords([0x62, 0x61, 0x20, 0xE1, 0x41, 0x42]) == (2, false))  // E1 then "AB": no letter
        #expect(machineWords([0x62, 0x61, 0xE1, 0xBB]) == (1, false))  // E1 BB at the end: no letter
        #expect(machineWords([0x62, 0x61, 0xC3]) == (1, false))  // a lead byte at the end
        #expect(machineWords([]) == (0, false))
        #expect(machineWords(Array("a) Mục I. Nội dung".utf8)) == (5, false))  // "a" and "I" do not stand alone
        #expect(machineWords(Array("b/c, km2 Đ".utf8)) == (4, false))  // glued, and a capital
        #expect(machineWords(Array("điểm a, b".utf8)).needsScan)  // "b" at the end
        #expect(machineWords(Array("ở y tế ý kiến à".utf8)) == (6, false))  // one-letter words
        #expect(machineWords(Array("ở ỏ".utf8)).needsScan)
    }

    /// A line of half a megabyte or more is counted word by word (the machine's bound on the
    /// sum of its states); under that, by the machine.
    @Test func aLineOfHalfAMegabyteIsScanned() {
        let long = Array(String(repeating: "ba ", count: 350_000).utf8)
        #expect(long.count >= 1 << 20)
        #expect(machineWords(long).needsScan)
        #expect(TextQuality(lines: [SourceLine.plain(long)][...]).words == 350_000)
        #expect(machineWords(Array(long.prefix(300_000))) == (100_000, false))
        // At the limit: 0xE1 bytes start no word.
        #expect(machineWords([UInt8](repeating: 0xE1, count: (1 << 19) - 1)) == (0, false))
        #expect(machineWords([UInt8](repeating: 0xE1, count: 1 << 19)).needsScan)
        #expect(TextQuality(lines: [SourceLine.plain([UInt8](repeating: 0xE1, count: 1_000_000))][...], countingEveryWord: true).words == 0)
    }

    /// Lines of 64 bytes or more are read as two halves side by side, the second from a
    /// space after the middle: random long lines (ill-formed ones too, a space after a lead
    /// byte among them) against the reference, which reads them whole.
    @Test func longLinesReadInTwoHalvesAgainstTheReference() {
        let alphabet: [UInt8] = Array("abyAĐ /1,".utf8) + [0x20, 0x20, 0xC3, 0xC4, 0xE1, 0xBA, 0xBB, 0x91, 0xA0, 0x80]
        var generator = SplitMix64(seed: 11)
        var flagged = 0
        for _ in 0..<20_000 {
            let count = Int.random(in: 48...128, using: &generator)
            let line = (0..<count).map { _ in alphabet.randomElement(using: &generator)! }
            let expected = referenceWords(line)
            let actual = machineWords(line)
            #expect(actual.needsScan == expected.flagged, "\(line)")
            if !expected.flagged { #expect(actual.words == expected.words, "\(line)") } else { flagged += 1 }
        }
        // Both outcomes are drawn often.
        #expect(flagged > 2_000 && flagged < 18_000)
        // A flagged word in the first half, and in the second, of lines without a lone letter.
        let words = String(repeating: "ba ", count: 12)
        #expect(machineWords(Array(("thng " + words + words).utf8)).needsScan)
        #expect(machineWords(Array((words + words + "thng").utf8)).needsScan)
        #expect(machineWords(Array((words + words + "thng ba").utf8)).needsScan)
        #expect(machineWords(Array((words + "ba").utf8)) == (13, false))
    }

    /// Every fixture line and random lines of the bytes that matter, against the reference;
    /// a line's words, flagged or not, are counted alike by ``TextQuality``.
    @Test func theWordMachineAgainstTheReference() throws {
        var lines = try Self.fixtureLines().map(\.text.array)
        let alphabet: [UInt8] = Array("abcdyAEBZ /-1),".utf8) + [0xC3, 0xC4, 0xC5, 0xC6, 0xE1, 0xBA, 0xBB, 0x90, 0x91, 0xA0, 0x80, 0xE2]
            + [0xBD, 0xB4, 0x9F, 0xA1, 0xAB, 0x9D, 0x93]
        var generator = SplitMix64(seed: 7)
        for _ in 0..<20_000 {
            let count = Int.random(in: 0...16, using: &generator)
            lines.append((0..<count).map { _ in alphabet.randomElement(using: &generator)! })
        }
        var totalWords = 0
        var countedByTheMachine = 0
        for line in lines {
            let expected = referenceWords(line)
            let actual = machineWords(line)
            #expect(actual.needsScan == expected.flagged, "\(line)")
            if !expected.flagged {
                #expect(actual.words == expected.words, "\(line)")
                if expected.words > 1 { countedByTheMachine += 1 }
            }
            totalWords += expected.words
        }
        // Many lines of several words are counted by the machine alone.
        #expect(countedByTheMachine > 1000)
        // A line the machine does not flag holds nothing the word-by-word scan counts: "x "
        // before it (a lone letter, so the line is scanned) adds that letter and one word.
        // (A flagged line is scanned either way: comparing it would compare the scan with itself.)
        for line in lines where referenceWords(line).words > 1 && !machineWords(line).needsScan {
            let alone = TextQuality(lines: [SourceLine.plain(line)][...], countingEveryWord: true)
            let scanned = TextQuality(lines: [SourceLine.plain(Array("x ".utf8) + line)][...], countingEveryWord: true)
            #expect(scanned.words == alone.words + 1, "\(line)")
            #expect(scanned.loneLetters == alone.loneLetters + 1, "\(line)")
            #expect(scanned.vowelless == alone.vowelless, "\(line)")
        }
        let sourceLines = lines.enumerated().map { SourceLine.plain($0.element, number: $0.offset + 1) }
        #expect(TextQuality(lines: sourceLines[...], countingEveryWord: true).words == totalWords)
    }
}
