import Foundation
import Testing
@testable import PlanParser

/// `TextQuality`'s counts appear in its messages: they must equal the reference scan's
/// (``ReferenceTextQuality``) on every document and on lines made of the bytes that decide
/// a letter, a word and its end.
@Suite struct TextQualityTests {
    /// The counts and first lines of both scans over `lines`, compared.
    private func expectSameCounts(_ lines: ArraySlice<SourceLine>, _ label: String) {
        let quality = TextQuality(lines: lines)
        let reference = ReferenceTextQuality(lines: lines)
        #expect(quality.words == reference.words, "\(label)")
        #expect(quality.loneLetters == reference.loneLetters, "\(label)")
        #expect(quality.vowelless == reference.vowelless, "\(label)")
        #expect(quality.firstLoneLetterLine == reference.firstLoneLetterLine, "\(label)")
        #expect(quality.firstVowellessLine == reference.firstVowellessLine, "\(label)")
    }

    /// A non-blank line of `bytes`.
    private func line(_ bytes: [UInt8], number: Int) -> SourceLine {
        SourceLine(number: number, text: bytes, isBlank: false, closesEmphasis: false, cellBreaks: [])
    }

    @Test(arguments: Fixtures.names.map { Fixtures.directory.appending(path: "\($0).txt") } + Fixtures.realFiles)
    func sameCountsOnEveryDocument(_ file: URL) throws {
        let bytes = Array(try Data(contentsOf: file))
        let lines = SourceLines.split(DecodedSource(bytes: bytes).utf8).lines
        expectSameCounts(lines[...], file.lastPathComponent)
        // Line by line too: each line's own counts and whether it is the first.
        for line in lines where !line.isBlank {
            let alone = SourceLine(number: line.number, text: line.text, isBlank: false, closesEmphasis: false, cellBreaks: [])
            expectSameCounts([alone][...], "\(file.lastPathComponent):\(line.number)")
        }
    }

    /// Pieces of lines in whole letters of every byte length ("đ" / "Đ" among them),
    /// separators and glue, one-letter words and point words.
    private static let plainPieces: [[UInt8]] = [
        "a", "b", "y", "t", "ng", "kg", "m", "đ", "Đ", "ở", "ý", "ô", "à", "ạ", "ỉ", "ừ", "nh", "tỉnh",
        "điểm", "Điểm", "tiết", "mục", "và", "hoặc", "B", "TP", "thng", "ngy", "ngày", "Ng", "ại", "c",
        " ", " ", " ", " ", "  ", "1", "12", "/", "-", "_", "=", " = ", ")", ",", ".", "(", "x", "ă", "Ơ", "ư",
    ].map { Array($0.utf8) }
    /// The plain pieces and bytes that are no whole Vietnamese letter, or no valid UTF-8:
    /// lead bytes that start no letter (at a line's end too), 0xE1 not before 0xBA / 0xBB.
    private static let pieces: [[UInt8]] = plainPieces + [
        [0xC4, 0x90], [0xC4, 0x91], [0xC4, 0x80], [0xC3], [0xC4], [0xC5], [0xC6], [0xE1], [0xE1, 0xBA], [0xE1, 0xBB],
        [0xE1, 0xBA, 0xA1], [0xE1, 0xBB, 0x9F], [0xE1, 0xB8, 0x80], [0xE1, 0x20], [0xE1, 0x41], [0xC3, 0x20], [0xC3, 0x41],
        [0xC2, 0xA0], [0xE2, 0x80, 0x93], [0xCC, 0x81], [0x80], [0xBB], [0xFF], [0x00], [0xC3, 0xC3], [0xE1, 0xBB, 0xE1],
    ]

    @Test func sameCountsOnRandomLines() {
        var generator = SystemRandomNumberGenerator()
        var seed = UInt64.random(in: 0...UInt64.max, using: &generator)
        /// splitmix64: a seed recorded in the failure message replays the run.
        func next() -> UInt64 {
            seed &+= 0x9E37_79B9_7F4A_7C15
            var z = seed
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        let start = seed
        var lines: [SourceLine] = []
        for number in 1...300_000 {
            // Half the lines of whole letters only; some of them over 64 bytes.
            let pieces = number % 2 == 0 ? Self.plainPieces : Self.pieces
            var bytes: [UInt8] = []
            for _ in 0..<Int(next() % (number % 5 == 0 ? 60 : 12)) { bytes += pieces[Int(next() % UInt64(pieces.count))] }
            lines.append(line(bytes, number: number))
        }
        // In documents of 50 lines (a first lone letter or vowelless word in each), and alone.
        for chunk in stride(from: 0, to: lines.count, by: 50) {
            expectSameCounts(lines[chunk..<min(chunk + 50, lines.count)], "seed \(start), lines from \(chunk + 1)")
        }
        // The lines hold lone letters and words without a vowel, not only common words.
        let all = ReferenceTextQuality(lines: lines[...])
        #expect(all.loneLetters > 5_000 && all.vowelless > 5_000, "\(all.loneLetters) \(all.vowelless) of \(all.words)")
        for line in lines.prefix(50_000) { expectSameCounts([line][...], "seed \(start), line \(line.number)") }
    }
}
