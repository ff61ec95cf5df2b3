import Testing
@testable import PlanParser

/// ``UTF8Validity/validEnd(of:from:)`` reads its bytes through ``UTF8Automaton``'s table:
/// where it stops must be where the first ill-formed sequence starts, as a byte-at-a-time
/// reading by the rules (``UTF8Reference``) finds it, wherever the sequences fall and at the
/// buffer's end.
@Suite struct UTF8ValidityTests {
    private func validEnd(_ bytes: [UInt8]) -> Int {
        bytes.withUnsafeBufferPointer { UTF8Validity.validEnd(of: $0, from: 0) }
    }

    /// Every sequence of one to four bytes (lead bytes from 0x80 up; the bytes after it from
    /// the edges of every range the rules use) after every run of ASCII up to two words, with
    /// and without text after it.
    @Test func everyShortSequenceAtEveryOffset() {
        let afterBytes: [UInt8] = [0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBA, 0xBB, 0xBF, 0xC0, 0xE1]
        var sequences: [[UInt8]] = []
        for lead in 0x80...0xFF {
            sequences.append([UInt8(lead)])
            for second in afterBytes {
                sequences.append([UInt8(lead), second])
                for third in [0x41, 0x80, 0xBF, 0xC3] as [UInt8] {
                    sequences.append([UInt8(lead), second, third])
                    for fourth in [0x41, 0x80, 0xBF] as [UInt8] { sequences.append([UInt8(lead), second, third, fourth]) }
                }
            }
        }
        for sequence in sequences {
            for count in 0..<17 {
                for tail in [[], Array(" kế hoạch số 36".utf8)] as [[UInt8]] {
                    let bytes = Array(repeating: 0x61, count: count) + sequence + tail
                    let end = validEnd(bytes)
                    #expect(end == UTF8Reference.read(bytes).stop, "\(bytes)")
                    #expect((end == bytes.count) == (String(validating: bytes, as: UTF8.self) != nil), "\(bytes)")
                }
            }
        }
    }

    /// Random strings of Vietnamese letters, ASCII, other scalars of every length and random
    /// bytes, some with one byte changed.
    @Test func randomStrings() {
        let pieces: [[UInt8]] = ["a", " ", "ế", "ạ", "ư", "đ", "é", "\u{A0}", "“", "€", "한", "\u{E000}", "\u{FEFF}", "𝐀", "\u{10FFFF}"]
            .map { Array($0.utf8) }
        var random = SplitMix64(seed: 7)
        for round in 0..<100_000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...24, using: &random) {
                if Int.random(in: 0..<10, using: &random) == 0 {
                    bytes.append(UInt8.random(in: 0...255, using: &random))
                } else {
                    bytes += pieces.randomElement(using: &random)!
                }
            }
            if round % 3 == 0, !bytes.isEmpty { bytes[Int.random(in: 0..<bytes.count, using: &random)] = UInt8.random(in: 0...255, using: &random) }
            let end = validEnd(bytes)
            #expect(end == UTF8Reference.read(bytes).stop, "\(bytes)")
            #expect((end == bytes.count) == (String(validating: bytes, as: UTF8.self) != nil), "\(bytes)")
        }
    }
}
