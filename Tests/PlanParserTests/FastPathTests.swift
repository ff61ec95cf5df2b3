import Foundation
import Testing
@testable import PlanParser

/// The byte-level fast paths checked against slow references written here: table lines,
/// key folding and the split of a timeline into words.
@Suite struct FastPathTests {
    /// The short lines of the bytes table lines are told apart by.
    private var tableLines: [[UInt8]] { ByteStrings.every(over: " \t|*a-", upTo: 6) }

    /// `TableReader.cells` as it read lines before it asked `isRow` and `isPipeRule`: pipe
    /// pieces without the empty first and last ones, two at least, `[]` for a rule of "|",
    /// "-", ":" and spaces; else tab pieces; else `nil`.
    private func referenceCells(_ line: [UInt8]) -> [String]? {
        let text = String(decoding: line, as: UTF8.self)
        let trimmed = text.drop { $0 == " " }
        if trimmed.first == "|" {
            var parts = trimmed.split(separator: "|", omittingEmptySubsequences: false).map { TableReader.cell(Array($0.utf8)[...]) }
            if parts.first?.isEmpty == true { parts.removeFirst() }
            if parts.last?.isEmpty == true { parts.removeLast() }
            guard parts.count >= 2 else { return nil }
            return trimmed.allSatisfy({ "|-: ".contains($0) }) ? [] : parts
        }
        guard text.contains("\t") else { return nil }
        return text.split(separator: "\t", omittingEmptySubsequences: false).map { TableReader.cell(Array($0.utf8)[...]) }
    }

    /// The texts of `TableReader.alignedSegments` as it read lines before it asked
    /// `hasAlignedSegments`: `nil` with a tab, or with neither a run of three spaces nor a
    /// leading space; else the non-empty cells between runs, `nil` when none and no run.
    private func referenceSegments(_ line: [UInt8]) -> [String]? {
        let text = String(decoding: line, as: UTF8.self)
        let hasRun = text.contains("   ")
        guard !text.contains("\t"), hasRun || text.first == " " else { return nil }
        var pieces: [String] = []
        var piece = ""
        var spaces = 0
        for character in text {
            if character == " " {
                spaces += 1
                if spaces == 3 { pieces.append(piece); piece = "" }
                if spaces < 3 { piece.append(character) }
            } else {
                if spaces >= 3 { piece = "" }
                spaces = 0
                piece.append(character)
            }
        }
        pieces.append(piece)
        let segments = pieces.map { TableReader.cell(Array($0.utf8)[...]) }.filter { !$0.isEmpty }
        return hasRun || !segments.isEmpty ? segments : nil
    }

    @Test func cellsAsBeforeOnAllShortLines() {
        for line in tableLines {
            let slice = line[...]
            #expect(TableReader.cells(slice) == referenceCells(line), "\(line)")
            #expect(TableReader.isRow(slice) == (referenceCells(line) != nil), "\(line)")
            #expect((TableReader.isRow(slice) && TableReader.isPipeRule(slice)) == (referenceCells(line) == []), "\(line)")
        }
    }

    @Test func alignedSegmentsAsBeforeOnAllShortLines() {
        for line in tableLines {
            let slice = line[...]
            #expect(TableReader.alignedSegments(slice)?.map(\.text) == referenceSegments(line), "\(line)")
            #expect(TableReader.hasAlignedSegments(slice) == (referenceSegments(line) != nil), "\(line)")
        }
    }

    /// Prose as `TableReader.isProse` says: no space or "|" first, no tab, no two spaces in a row.
    private func referenceIsProse(_ line: [UInt8]) -> Bool {
        let text = String(decoding: line, as: UTF8.self)
        return !text.hasPrefix(" ") && !text.hasPrefix("|") && !text.contains("\t") && !text.contains("  ")
    }

    /// Every short line is prose as the reference says (10,231 of the 55,987 are, counted
    /// apart), and a prose line is neither a row nor aligned.
    @Test func proseIsNeitherARowNorAligned() {
        var proseLines = 0
        for line in tableLines {
            let isProse = line.withUnsafeBufferPointer(TableReader.isProse)
            #expect(isProse == referenceIsProse(line), "\(line)")
            guard isProse else { continue }
            proseLines += 1
            #expect(!TableReader.isRow(line[...]), "\(line)")
            #expect(!TableReader.hasAlignedSegments(line[...]), "\(line)")
            #expect(TableReader.alignedSegments(line[...]) == nil, "\(line)")
        }
        #expect(tableLines.count == 55_987)
        #expect(proseLines == 10_231)
    }

    @Test func columnGapsInEveryPosition() {
        // Either side of the byte-by-byte short lines (under 17 bytes), of one and of two
        // sixteen-byte windows, and of the overlapping last one, among ASCII letters and
        // among the bytes of "ệ" (E1 BB 87).
        for count in [7, 8, 9, 10, 15, 16, 17, 18, 31, 32, 33, 48, 49] {
            for filler in [UInt8(ascii: "a"), 0xE1, 0xBB, 0x87] {
                let letters = [UInt8](repeating: filler, count: count)
                // A line within a longer array: the slice does not start at 0.
                func gaps(_ line: [UInt8]) -> Bool { ([0x20, 0x20] + line + [0x09])[2..<(2 + line.count)].withUnsafeBytes(TableReader.mayHoldColumnGaps) }
                #expect(!gaps(letters))
                #expect(!gaps((0..<count).map { $0 % 2 == 0 ? filler : 0x20 }))
                for position in 0..<count {
                    var tab = letters
                    tab[position] = 0x09
                    #expect(gaps(tab), "tab at \(position) of \(count)")
                    var space = letters
                    space[position] = 0x20
                    #expect(!gaps(space), "space at \(position) of \(count)")
                    guard position + 1 < count else { continue }
                    space[position + 1] = 0x20
                    #expect(gaps(space), "spaces at \(position) of \(count)")
                }
            }
        }
    }

    /// The key of one scalar (of U+00C0 ... U+024F or U+1E00 ... U+1EFF) as `LatinFoldTable`
    /// gives it: its letter, or nothing.
    private func tableKey(_ value: UInt32) -> [UInt8] {
        let letter = LatinFoldTable.folds[value < 0x1E00 ? LatinFoldTable.latin00C0Start + Int(value - 0xC0) : LatinFoldTable.latin1E00Start + Int(value - 0x1E00)]
        return letter == 0 ? [] : [letter]
    }

    @Test func asciiBytesFoldAsTheTableSays() {
        let folds = LatinFoldTable.folds
        // The ASCII bytes, then U+00C0 ... U+024F and U+1E00 ... U+1EFF.
        #expect(LatinFoldTable.latin00C0Start == 0x80 && LatinFoldTable.latin1E00Start == 0x80 + (0x250 - 0xC0))
        #expect(folds.count == LatinFoldTable.latin1E00Start + 0x100)
        for byte in 0..<0x80 {
            // A capital lowered, other printable bytes kept, a space or line control a space.
            let expected: UInt8 = switch byte {
            case 0x41...0x5A: UInt8(byte + 0x20)
            case 0x21...0x7E: UInt8(byte)
            case 0x20, 0x09...0x0D: 0x20
            default: 0
            }
            #expect(folds[byte] == expected, "byte \(byte)")
        }
    }

    @Test func latinLettersFoldAsTheTableSays() {
        var vietnameseChecked = 0
        for value in Array(0xC0...0x24F) + Array(0x1E00...0x1EFF) {
            let scalar = String(Character(Unicode.Scalar(UInt32(value))!))
            let expected = tableKey(UInt32(value))
            #expect(Folding.key(scalar) == expected, "U+\(String(value, radix: 16))")
            #expect(Folding.key("x" + scalar + "y") == Array("x".utf8) + expected + Array("y".utf8), "U+\(String(value, radix: 16))")
            #expect(Folding.keyHead(scalar.utf8) == (expected.first.map { UInt32($0) << 16 } ?? 0))
            // Where Foundation strips the marks to one ASCII letter, the table agrees.
            let stripped = scalar.folding(options: .diacriticInsensitive, locale: nil).lowercased()
            if stripped.utf8.count == 1, let letter = stripped.utf8.first, letter.isASCIILetter {
                #expect(expected == [letter], "U+\(String(value, radix: 16))")
                vietnameseChecked += 1
            }
        }
        #expect(vietnameseChecked > 300)
    }

    /// Letters Foundation does not strip to one ASCII letter, with their keys written out:
    /// Đ, đ and the look-alikes Ð, ð fold to "d"; letters with a stroke or a ligature
    /// (which no decomposition leads to an ASCII letter) are dropped, as are ß, þ and ı.
    @Test(arguments: [
        ("Đ", "d"), ("đ", "d"), ("Ð", "d"), ("ð", "d"),
        ("Ø", ""), ("ø", ""), ("Ł", ""), ("ł", ""), ("Æ", ""), ("æ", ""), ("ß", ""), ("Þ", ""), ("þ", ""),
        ("Ħ", ""), ("ħ", ""), ("Ŧ", ""), ("ŧ", ""), ("Œ", ""), ("œ", ""), ("ı", ""), ("Ŋ", ""), ("ſ", ""),
    ])
    func lettersFoundationKeepsFoldAsWrittenOut(letter: String, key: String) {
        #expect(Folding.key(letter) == Array(key.utf8))
        #expect(Folding.key("x" + letter + "y") == Array(("x" + key + "y").utf8))
        #expect(tableKey(letter.unicodeScalars.first!.value) == Array(key.utf8))
    }

    @Test func aCutLetterAtTheEndIsDropped() {
        #expect(Folding.key([0x61, 0xC3]) == [0x61])
        #expect(Folding.key([0x61, 0xE1, 0xBB]) == [0x61])
        #expect(Folding.key([0xE1, 0xBB]) == [])
        #expect(Folding.keyHead([0x61, 0xC3]) == 0x61_00_00)
        #expect(Folding.keyHead([0x61, 0xE1, 0xBB]) == 0x61_00_00)
        #expect(Folding.firstKeyByte([0xC3]) == 0)
    }

    @Test func timelineWithACombiningMarkAfterASpace() {
        // " \u{0301}" is one character: "ngày" and the day are one word, as
        // `split(separator: " ")` cuts the text, so no date is read after "ngày".
        let timeline = "Trước ngày \u{0301}15 tháng 12 năm 2025"
        let due = DueParser.due(timeline)
        var text: [UInt8] = [], words: [Range<Int>] = []
        for word in timeline.split(separator: " ") {
            if !text.isEmpty { text.append(0x20) }
            words.append(text.count..<(text.count + word.utf8.count))
            text += word.utf8
        }
        let reference = DateParser.firstDate(in: text, words: words)
        #expect(reference == nil)
        #expect(due.kind == .deadline)
        #expect(due.day == nil && due.month == nil && due.year == nil)
        // Without the mark the date is read.
        let plain = DueParser.due("Trước ngày 15 tháng 12 năm 2025")
        #expect(plain.kind == .deadline && plain.day == 15 && plain.month == 12 && plain.year == 2025)
    }
}
