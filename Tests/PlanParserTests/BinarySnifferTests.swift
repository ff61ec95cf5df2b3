import Testing
@testable import PlanParser

/// ``BinarySniffer`` counts a sample's controls and its 16-bit units' NULs in one pass:
/// checked on random samples against the counts taken one by one.
@Suite struct BinarySnifferTests {
    /// The verdict on text that starts with no magic bytes nor byte order mark, counted
    /// byte by byte: UTF-16 when a third of the first 8 KB's units have a NUL on one side
    /// and at most one in twenty on the other; binary when more than one byte in twenty is
    /// a control (not tab, line feed, vertical tab, form feed, carriage return) or DEL.
    private func referenceFormat(_ bytes: [UInt8]) -> String? {
        let sample = Array(bytes.prefix(8192))
        let units = sample.count / 2
        let evenNULs = (0..<units).filter { sample[2 * $0] == 0 }.count
        let oddNULs = (0..<units).filter { sample[2 * $0 + 1] == 0 }.count
        if units >= 2, max(evenNULs, oddNULs) * 3 >= units, min(evenNULs, oddNULs) * 20 <= units {
            return "UTF-16 without a byte order mark (convert it to UTF-8)"
        }
        let controls = sample.filter { $0 < 0x20 && ![0x09, 0x0A, 0x0B, 0x0C, 0x0D].contains($0) || $0 == 0x7F }.count
        return controls * 20 > sample.count ? "binary data" : nil
    }

    @Test func randomSamplesAgainstTheCountsOneByOne() {
        let alphabet: [UInt8] = [0x00, 0x00, 0x01, 0x09, 0x0A, 0x0D, 0x1F, 0x7F, 0x20, 0x61, 0x62, 0xC3, 0xA0]
        var generator = SplitMix64(seed: 5)
        var verdicts: Set<String> = []
        for round in 0..<4_000 {
            // Mostly short samples, some longer than the 8 KB read.
            let count = round % 100 == 0 ? Int.random(in: 8_000...8_400, using: &generator) : Int.random(in: 0...64, using: &generator)
            // Text with a few of the alphabet's bytes, or the alphabet at random.
            let noisy = Bool.random(using: &generator)
            var bytes = (0..<count).map { _ in noisy ? alphabet.randomElement(using: &generator)! : UInt8(ascii: "a") }
            if !noisy, count > 0 {
                for _ in 0..<Int.random(in: 0...4, using: &generator) { bytes[Int.random(in: 0..<count, using: &generator)] = 0 }
            }
            // No magic bytes or byte order mark: those are told before any counting.
            if bytes.first.map({ [0x1F, 0x25, 0x50, 0x7B, 0x89, 0xD0, 0xEF, 0xFE, 0xFF, 0x47, 0x49, 0x4D].contains($0) }) == true { continue }
            let expected = referenceFormat(bytes)
            #expect(BinarySniffer.format(of: bytes) == expected, "\(bytes)")
            verdicts.insert(expected ?? "text")
        }
        #expect(verdicts.count == 3)
    }
}
