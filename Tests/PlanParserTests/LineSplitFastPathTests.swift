import Testing
@testable import PlanParser

/// The split decides, sixteen bytes at a time, whether a line needs `LineCleaner` or only a
/// trim. Whatever falls where in a block, a line must come out as the cleaner makes it.
@Suite struct LineSplitFastPathTests {
    /// Every ASCII scalar but the line breaks, and a scalar for every lead byte (C2...F4).
    private static let scalarOfEveryByteValue: [Unicode.Scalar] = {
        var scalars = (0x00...0x7F).filter { $0 != 0x0A && $0 != 0x0D }.compactMap { Unicode.Scalar(UInt32($0)) }
        for lead in UInt32(0xC2)...0xF4 {
            let value = lead < 0xE0 ? (lead & 0x1F) << 6
                : lead < 0xF0 ? (lead & 0x0F) << 12 | (lead == 0xE0 ? 0x800 : 0)
                : (lead & 0x07) << 18 | (lead == 0xF0 ? 0x10000 : 0)
            scalars.append(Unicode.Scalar(value)!)
        }
        return scalars
    }()

    /// The line as `LineCleaner` cleans it (it also trims the lines that need only that).
    private func cleanedByCleaner(_ line: String) -> (text: [UInt8], cellBreaks: [Int]) {
        var cleaner = LineCleaner()
        var cellBreaks: [Int] = []
        let storage = ByteStorage(capacity: line.utf8.count, holdsValidUTF8: false)
        let text = Array(line.utf8).withUnsafeBufferPointer { cleaner.clean($0, into: storage, cellBreaks: &cellBreaks) }
        return (text.array, cellBreaks)
    }

    @Test(arguments: ["  ", "*", "#", "|", "_", "[", "\u{A0}", "\u{200B}", "\u{FEFF}", "\t", "\u{0C}", "   ",
                      "\u{1}", "\u{2003}", "\u{3000}", "“", "\u{2060}"])
    func markAtEveryOffsetOfABlock(_ mark: String) {
        // Every offset of the line's first two blocks, and past them.
        for count in 0..<34 {
            for lead in ["", " "] {
                let line = lead + String(repeating: "a", count: count) + mark + String(repeating: "b", count: 9)
                // After a line ending in a letter, so that the look at the previous byte reads it.
                let split = SourceLines.split("x\n" + line + "\nz")
                let expected = cleanedByCleaner(line)
                #expect(split.lines.map(\.number) == [1, 2, 3])
                #expect(split.lines[1].text.array == expected.text, "\(count) \(lead.isEmpty ? "" : "space ")\(mark.unicodeScalars.map { String($0.value, radix: 16) })")
                #expect(split.lines[1].cellBreaks == expected.cellBreaks)
            }
        }
    }

    /// Every ASCII byte but the line breaks, and a scalar for every lead byte (C2...F4),
    /// in the first and the second block of a line: the sixteen-byte test must send the
    /// cleaner every byte it would change, whatever `LineCleaner.isPlain` and `isSpaceLead`
    /// come to hold.
    @Test func everyByteValueAgainstTheCleaner() {
        for scalar in Self.scalarOfEveryByteValue {
            for count in [3, 20] {
                let line = String(repeating: "a", count: count) + String(Character(scalar)) + String(repeating: "b", count: 9)
                let split = SourceLines.split("x\n" + line + "\nz")
                let expected = cleanedByCleaner(line)
                #expect(split.lines[1].text.array == expected.text, "U+\(String(scalar.value, radix: 16)) after \(count) bytes")
                #expect(split.lines[1].cellBreaks == expected.cellBreaks)
            }
        }
    }

    /// A lone "|" with spaces around it is taken for a blank line without the cleaner:
    /// every short line of pipes, spaces, tabs and marks against the cleaner, and the
    /// split's lone-pipe flag against the line's trimmed bytes.
    @Test func everyShortLineOfPipesAndSpaces() {
        for bytes in ByteStrings.every(over: " |\t*#a", upTo: 5) {
            let line = String(decoding: bytes, as: UTF8.self)
            let split = SourceLines.split("x\n" + line + "\nz")
            let expected = cleanedByCleaner(line)
            #expect(split.lines[1].text.array == expected.text, "\(bytes)")
            #expect(split.lines[1].cellBreaks == expected.cellBreaks, "\(bytes)")
            #expect(split.lines[1].isBlank == !expected.text.contains(UInt8(ascii: "a")), "\(bytes)")
            let end = bytes.lastIndex { $0 != 0x20 && $0 != 0x09 }
            let closesEmphasis = end.map { bytes[$0] == UInt8(ascii: "*") && $0 > 0 && bytes[$0 - 1] != UInt8(ascii: "(") } ?? false
            #expect(split.lines[1].closesEmphasis == closesEmphasis, "\(bytes)")
            #expect(split.hasLonePipeLine == (bytes.filter { $0 != 0x20 } == [UInt8(ascii: "|")]), "\(bytes)")
            // Without a line break after it, a lone "|" is no lone-pipe line.
            #expect(!SourceLines.split("x\n" + line).hasLonePipeLine, "\(bytes)")
        }
    }

    /// Random lines of plain letters, spaces, markup and the lead bytes of spaces (some
    /// of them plain: "“", "…"), at random offsets from the text's start: each line comes out
    /// as the cleaner makes it, whichever block of the scan its bytes fall in.
    @Test func randomLinesAgainstTheCleaner() {
        let pieces = ["a", "b", "ế", " ", " ", "  ", "\t", "*", "#", "|", "_", "[1]", "\u{A0}", "“", "…", "\u{2002}",
                      "\u{200B}", "\u{3000}", "\u{FEFF}", "\u{1}"]
        var random = SplitMix64(seed: 9)
        for _ in 0..<20_000 {
            let line = (0..<Int.random(in: 0...40, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            let before = String(repeating: "x", count: Int.random(in: 0...17, using: &random))
            let split = SourceLines.split(before + "\n" + line + "\nz")
            let expected = cleanedByCleaner(line)
            #expect(split.lines[1].text.array == expected.text, "\(line.debugDescription)")
            #expect(split.lines[1].cellBreaks == expected.cellBreaks, "\(line.debugDescription)")
        }
    }

    /// The cleaner copies runs of plain bytes and lone spaces sixteen bytes at a time while
    /// sixteen are left: a piece of line between plain letters comes out as it does in a line
    /// too short for that (read a byte at a time), wherever it falls in a block, every short
    /// piece of spaces, tabs and markup, and random pieces of odd spaces and invisibles.
    @Test func piecesBetweenLettersAtEveryOffsetOfABlock() {
        var random = SplitMix64(seed: 10)
        /// Checks `piece` (at most 13 bytes) between `before` and `after` letters.
        func check(_ piece: [UInt8], before: Int, after: Int) {
            let short = cleanedByCleaner(String(decoding: [UInt8(ascii: "a")] + piece + [UInt8(ascii: "a")], as: UTF8.self))
            let padded = [UInt8](repeating: UInt8(ascii: "a"), count: before) + piece + [UInt8](repeating: UInt8(ascii: "a"), count: after)
            let long = cleanedByCleaner(String(decoding: padded, as: UTF8.self))
            let expected = [UInt8](repeating: UInt8(ascii: "a"), count: before - 1) + short.text + [UInt8](repeating: UInt8(ascii: "a"), count: after - 1)
            #expect(long.text == expected, "\(piece) \(before) \(after)")
            #expect(long.cellBreaks == short.cellBreaks.map { $0 + before - 1 }, "\(piece) \(before) \(after)")
        }
        for piece in ByteStrings.every(over: " a*_[]()1\t|", upTo: 4) {
            check(piece, before: Int.random(in: 1...17, using: &random), after: Int.random(in: 1...17, using: &random))
        }
        // A scalar of every byte value at every offset of a block: the run copy's lanes must
        // stop at every byte `LineCleaner.isPlain` and `isSpaceLead` come to hold.
        for scalar in Self.scalarOfEveryByteValue {
            for before in 1...17 { check(Array(String(Character(scalar)).utf8), before: before, after: 17) }
        }
        let pieces = ["a", "ế", " ", "  ", "\t", "*", "_", "[1]", "\u{A0}", "“", "\u{2002}", "\u{200B}", "\u{3000}", "\u{FEFF}",
                      "(", ")", "]", "|", "#", "\u{1}"]
        for _ in 0..<20_000 {
            var piece: [UInt8] = []
            while let next = pieces.randomElement(using: &random).map({ Array($0.utf8) }), piece.count + next.count <= 13,
                Int.random(in: 0..<8, using: &random) > 0 { piece += next }
            check(piece, before: Int.random(in: 1...17, using: &random), after: Int.random(in: 1...17, using: &random))
        }
    }

    /// Letters, spaces and tabs, wherever they fall in the cleaner's blocks, against a
    /// reference read a byte at a time: each run of spaces and tabs between letters is one
    /// space, a column gap when it holds a tab or three spaces or more; the ends are trimmed.
    @Test func lettersSpacesAndTabsAgainstAReference() {
        func reference(_ bytes: [UInt8]) -> (text: [UInt8], cellBreaks: [Int]) {
            var text: [UInt8] = [], cellBreaks: [Int] = []
            var index = 0
            while index < bytes.count {
                guard bytes[index] == 0x20 || bytes[index] == 0x09 else {
                    text.append(bytes[index])
                    index += 1
                    continue
                }
                var end = index
                while end < bytes.count, bytes[end] == 0x20 || bytes[end] == 0x09 { end += 1 }
                if !text.isEmpty, end < bytes.count {
                    if end - index >= 3 || bytes[index..<end].contains(0x09) { cellBreaks.append(text.count) }
                    text.append(0x20)
                }
                index = end
            }
            return (text, cellBreaks)
        }
        var random = SplitMix64(seed: 11)
        for piece in ByteStrings.every(over: " a\t", upTo: 7) {
            let before = [UInt8](repeating: UInt8(ascii: "a"), count: Int.random(in: 0...17, using: &random))
            let after = [UInt8](repeating: UInt8(ascii: "a"), count: Int.random(in: 0...17, using: &random))
            let line = before + piece + after
            let cleaned = cleanedByCleaner(String(decoding: line, as: UTF8.self))
            let expected = reference(line)
            #expect(cleaned.text == expected.text, "\(line)")
            #expect(cleaned.cellBreaks == expected.cellBreaks, "\(line)")
        }
    }

    @Test func aSpaceStartingALineAfterALineBreak() {
        let split = SourceLines.split(" x\n  y\r\n z \r  \n")
        #expect(split.lines.map(\.string) == ["x", "y", "z", ""])
        #expect(split.lines.map(\.isBlank) == [false, false, false, true])
    }

    @Test func theCleanersBufferLeavesNothingOfALongerLine() {
        let split = SourceLines.split("**" + String(repeating: "dài", count: 20) + "**\n**a**\na b\tc   d")
        #expect(split.lines[1].string == "a")
        #expect(split.lines[2].cells.map { String(decoding: $0, as: UTF8.self) } == ["a b", "c", "d"])
    }

    /// A line is blank when it has no letter or digit: the first eight bytes are tested at
    /// once. Every ASCII byte but the line breaks, and a letter and a dash beyond ASCII, at
    /// every offset of lines of dashes shorter and longer than eight bytes.
    @Test func blankLinesByEveryByteAtEveryOffset() {
        var pieces = (0x00...0x7F).filter { $0 != 0x0A && $0 != 0x0D }.map { [UInt8($0)] }
        pieces += [Array("é".utf8), Array("–".utf8)]
        for piece in pieces {
            let expected = !(piece == Array("é".utf8) || piece.count == 1 && (piece[0].isASCIILetter || piece[0].isASCIIDigit))
            for length in 1..<18 {
                for offset in 0..<length {
                    let line = Array(repeating: UInt8(ascii: "-"), count: offset) + piece
                        + Array(repeating: UInt8(ascii: "-"), count: length - offset - 1)
                    let split = SourceLines.split(Array("x\n".utf8) + line + Array("\nz".utf8), isValidUTF8: true)
                    #expect(split.lines[1].isBlank == expected, "\(piece) at \(offset) of \(length)")
                }
            }
        }
    }
}

/// An attached document takes its lines from its parent's split (`Split.lines(_:)`): the
/// same as splitting the text of those lines alone.
@Suite struct SplitSliceTests {
    @Test func everyRangeIsTheSplitOfItsText() {
        let texts = ["a\n\nb\r\nc\r\r\nd\n", "| \nx\n|\n\ny", "Kế hoạch\r|\r\n\r\n**z**\t1\n   \n", "a\n|\n", "\n\n"]
        for text in texts {
            let split = SourceLines.split(text)
            for start in split.lines.indices {
                for end in (start + 1)...split.lines.count {
                    let bytes = split.raw.bytes[split.raw.ranges[start].lowerBound..<split.raw.ranges[end - 1].upperBound]
                    let alone = SourceLines.split(Array(bytes), isValidUTF8: false)
                    let slice = split.lines(start..<end)
                    #expect(slice.lines.map(\.text.array) == alone.lines.map(\.text.array), "\(text.debugDescription) \(start)..<\(end)")
                    #expect(slice.lines.map(\.cellBreaks) == alone.lines.map(\.cellBreaks))
                    #expect(slice.lines.map(\.isBlank) == alone.lines.map(\.isBlank))
                    #expect(slice.hasLonePipeLine == alone.hasLonePipeLine, "\(text.debugDescription) \(start)..<\(end)")
                    #expect(slice.raw.ranges.map { Array(slice.raw.bytes[$0]) } == alone.raw.ranges.map { Array(alone.raw.bytes[$0]) })
                    #expect(slice.lines.map(\.number) == Array(split.lines[start..<(start + slice.lines.count)].map(\.number)))
                }
            }
        }
    }
}
