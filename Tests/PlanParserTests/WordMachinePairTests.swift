import Testing
@testable import PlanParser

/// `TextQuality.WordMachine.needsScan(_:pairs:)` reads two bytes a step through the pairs'
/// table: it must say what the machine read a byte at a time says of every line.
@Suite struct WordMachinePairTests {
    /// Whether the machine, read a byte at a time (its transitions, which the pairs' next
    /// states are made from), flags the line; and whether the reading by pairs does.
    private func flags(_ bytes: [UInt8]) -> (byByte: Bool, byPair: Bool) {
        TextQuality.WordMachine.transitions.withUnsafeBufferPointer { transitions in
            TextQuality.WordMachine.PairReading.withTables { pairs in
                bytes.withUnsafeBufferPointer { text in
                    (TextQuality.WordMachine.read(text, transitions: transitions).needsScan,
                     TextQuality.WordMachine.needsScan(text, pairs: pairs))
                }
            }
        }
    }

    /// Every byte value, alone and after and before each byte the machine tells apart, so
    /// that every pair of classes is read from the states a line reaches.
    @Test func everyByteAloneAndInPairs() {
        let special: [UInt8] = Array("ayAĐ /1,-_)=".utf8) + [0xC3, 0xC4, 0xC5, 0xC6, 0xE1, 0xBA, 0xBB, 0x90, 0x91, 0xA0, 0x80, 0xBD,
                                                         0xB4, 0x9F, 0xA1, 0xAB, 0x9D, 0x93, 0xE2]
        var lines: [[UInt8]] = [[]]
        for value in 0...255 {
            let byte = UInt8(value)
            lines.append([byte])
            for other in special {
                lines += [[other, byte], [byte, other], [0x62, other, byte], [other, other, byte, 0x20], [0x62, 0x61, 0x20, other, byte]]
            }
        }
        for line in lines {
            let (byByte, byPair) = flags(line)
            #expect(byPair == byByte, "\(line)")
        }
    }

    /// Random lines of every length up to 300 bytes (short ones read as one half, long ones
    /// as two; odd and even halves), of the bytes that matter and of any bytes.
    @Test func randomLinesAgainstTheByteReading() {
        let alphabet: [UInt8] = Array("abcdyAEBZĐ /-1),".utf8) + [0x20, 0x20, 0xC3, 0xC4, 0xC5, 0xC6, 0xE1, 0xBA, 0xBB, 0x90, 0x91,
                                                                  0xA0, 0x80, 0xE2, 0xBD, 0xB4, 0x9F, 0xA1, 0xAB, 0x9D, 0x93]
        var generator = SplitMix64(seed: 23)
        var flagged = 0
        for round in 0..<30_000 {
            let count = Int.random(in: 0...300, using: &generator)
            let line: [UInt8] = (0..<count).map { _ in
                round % 4 == 0 ? UInt8.random(in: 0...255, using: &generator) : alphabet.randomElement(using: &generator)!
            }
            let (byByte, byPair) = flags(line)
            #expect(byPair == byByte, "\(line)")
            if byByte { flagged += 1 }
        }
        // Both outcomes are drawn often.
        #expect(flagged > 3_000 && flagged < 27_000)
    }

    /// Prose of sound words is not flagged by either reading; a flagged word anywhere in it
    /// is found by both.
    @Test func proseWithAndWithoutAFlaggedWord() {
        let words = String(repeating: "Kế hoạch triển khai nhiệm vụ ", count: 6)
        for text in [words, words + "thng", "thng " + words, words + "điểm a", words + "a " + words, "ba"] {
            let (byByte, byPair) = flags(Array(text.utf8))
            #expect(byPair == byByte, "\(text)")
            #expect(byByte == (text != words && text != "ba"), "\(text)")
        }
    }
}
