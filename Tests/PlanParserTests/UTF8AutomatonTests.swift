import Testing
@testable import PlanParser

/// ``UTF8Automaton`` reads every byte through a table and looks for its error state once a
/// block of bytes, then reads the block that reached it again from the start of the sequence
/// that holds the block's first byte: where it stops must be where a byte-at-a-time reading
/// by the rules stops, for short inputs of every kind and for long ones whose sequences
/// straddle a block's end.
@Suite struct UTF8AutomatonTests {
    /// Checks the validity automaton, and the survey (which reads the other two), against the
    /// reference.
    private func check(_ bytes: [UInt8]) {
        let validEnd = bytes.withUnsafeBufferPointer { UTF8Automaton.validity.validEnd(of: $0, from: 0) }
        #expect(validEnd == UTF8Reference.read(bytes).stop, "\(bytes.suffix(12)) of \(bytes.count)")
        let expected = UTF8Reference.read(bytes, stopsAtSigns: true)
        let survey = UTF8Survey(bytes[...])
        #expect(survey.stop == expected.stop, "\(bytes.suffix(12)) of \(bytes.count)")
        #expect(survey.isPlainUnicode == (expected.stop == bytes.count))
        #expect(survey.hasCombiningMarks == expected.hasMarks, "\(bytes.suffix(12)) of \(bytes.count)")
    }

    /// Every string of up to four bytes over the edges of the ranges the rules use, the
    /// leads of every state, signs, marks and ASCII.
    @Test func everyShortString() {
        let alphabet: [UInt8] = [0x41, 0x80, 0x8F, 0x90, 0x96, 0x9F, 0xA0, 0xA9, 0xBF, 0xC0, 0xC2, 0xC3, 0xCC, 0xCD, 0xE0, 0xE1, 0xED, 0xF0, 0xF4, 0xF5]
        for string in ByteStrings.every(overBytes: alphabet, upTo: 4) { check(string) }
    }

    /// Sequences of every kind, well-formed or not, starting at every offset around the end
    /// of the first block (4,096 bytes), alone at the end or with text after them.
    @Test func sequencesAcrossTheFirstBlockEnd() {
        let sequences: [[UInt8]] = [
            [0x80], [0xC3, 0xA9], [0xC3, 0x96], [0xC2, 0xA0], [0xC2, 0xAE], [0xCC, 0x81], [0xE1, 0xBA, 0xA1],
            [0xE1, 0xBA, 0x41], [0xED, 0xA0, 0x80], [0xF0, 0x9F, 0x98, 0x80], [0xF4, 0x90, 0x80, 0x80],
            [0xC3, 0xA9, 0x80], [0xE1, 0xBA, 0xA1, 0xBF], [0xFF],
        ]
        let text = Array(" kế hoạch số 36".utf8)
        for count in 4_088..<4_100 {
            for sequence in sequences {
                check(Array(repeating: 0x61, count: count) + sequence)
                check(Array(repeating: 0x61, count: count) + sequence + text)
                // A letter before the block's end, so that the block starts inside it.
                check(Array(repeating: 0x61, count: count - 3) + Array("ế".utf8) + sequence + text)
            }
        }
    }

    /// Long random text of Vietnamese letters, ASCII, marks and other scalars, with now and
    /// then a sign or an ill-formed piece anywhere in it.
    @Test func longRandomText() {
        let pieces: [[UInt8]] = ["a", " ", "\n", "ế", "ạ", "ư", "đ", "é", "Ầ", "\u{A0}", "\u{301}", "“", "€", "𝐀"].map { Array($0.utf8) }
        let rare: [[UInt8]] = [[0xC2, 0xAE], [0xC3, 0x96], [0xC3, 0xB1], [0x80], [0xC3], [0xE1, 0xBA], [0xED, 0xA0, 0x80], [0xFF]]
        var random = SplitMix64(seed: 15)
        for _ in 0..<300 {
            var bytes: [UInt8] = []
            let length = Int.random(in: 0...12_000, using: &random)
            while bytes.count < length {
                bytes += Int.random(in: 0..<3_000, using: &random) == 0
                    ? rare.randomElement(using: &random)! : pieces.randomElement(using: &random)!
            }
            check(bytes)
        }
    }

    /// Read from a sequence's start past the first byte (as the decoder reads on from the
    /// survey's stop), over the first block's end: where the reading from there stops.
    @Test func readingFromPastTheFirstByte() {
        let pieces: [[UInt8]] = ["a", " ", "ế", "ạ", "é", "\u{301}", "𝐀"].map { Array($0.utf8) }
        let rare: [[UInt8]] = [[0xC3, 0x96], [0x80], [0xC3], [0xE1, 0xBA], [0xED, 0xA0, 0x80], [0xFF]]
        var random = SplitMix64(seed: 21)
        var stoppedEarly = 0
        for _ in 0..<400 {
            var bytes: [UInt8] = []
            var starts: [Int] = []
            let length = Int.random(in: 1...9_000, using: &random)
            while bytes.count < length {
                starts.append(bytes.count)
                bytes += Int.random(in: 0..<500, using: &random) == 0
                    ? rare.randomElement(using: &random)! : pieces.randomElement(using: &random)!
            }
            let from = starts.randomElement(using: &random)!
            let end = bytes.withUnsafeBufferPointer { UTF8Automaton.validity.validEnd(of: $0, from: from) }
            let expected = from + UTF8Reference.read(Array(bytes[from...])).stop
            #expect(end == expected, "from \(from) of \(bytes.count)")
            if expected < bytes.count { stoppedEarly += 1 }
        }
        // Both outcomes are drawn often.
        #expect(stoppedEarly > 40 && stoppedEarly < 360)
    }
}
