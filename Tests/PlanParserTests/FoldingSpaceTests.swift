import Testing
@testable import PlanParser

/// The spaces of a key: every run of spaces (of any kind, with dropped scalars among them)
/// is one space, and none is left at either end.
@Suite struct FoldingSpaceTests {
    @Test func runsOfSpacesAreOneAndTheEndsAreTrimmed() {
        #expect(UTF8Text.string(Folding.key("  Ủy  ban  ")) == "uy ban")
        #expect(UTF8Text.string(Folding.key("a \u{0301} b")) == "a b")
        #expect(UTF8Text.string(Folding.key("a\u{00A0}\u{2003}\tb")) == "a b")
        #expect(UTF8Text.string(Folding.key("\u{0301} a \u{0301}")) == "a")
        #expect(UTF8Text.string(Folding.key("ĐỀ ÁN 06 ")) == "de an 06")
        #expect(Folding.key(" ").isEmpty)
        #expect(Folding.key("\u{0301} \u{7F}").isEmpty)
    }

    /// A run of ASCII bytes that fold to key bytes is written in a loop of its own: it ends
    /// at the text's end, a space, a dropped byte or a longer scalar, whose folds follow.
    @Test func asciiRunsEndWhereTheirFoldsChange() {
        #expect(UTF8Text.string(Folding.key("ABC")) == "abc")
        #expect(UTF8Text.string(Folding.key("x")) == "x")
        #expect(UTF8Text.string(Folding.key(" X ")) == "x")
        #expect(UTF8Text.string(Folding.key("Ab\tCd\n")) == "ab cd")
        #expect(UTF8Text.string(Folding.key("Ab\u{7F}De\u{0}F")) == "abdef")
        #expect(UTF8Text.string(Folding.key("QĐ-TTg/2024")) == "qd-ttg/2024")
        #expect(UTF8Text.string(Folding.key("ÀBC ủy")) == "abc uy")
        #expect(UTF8Text.string(Folding.key("[1] (a);")) == "[1] (a);")
    }

    /// A phrase is found in a key at word boundaries only, compared offset by offset:
    /// against a byte-at-a-time reading of every offset.
    @Test func keyPhrasesAtWordBoundaries() {
        /// The first offset where `phrase` starts a word of `key` and ends one, read a byte at a time.
        func reference(_ key: [UInt8], _ phrase: [UInt8]) -> Int? {
            guard !phrase.isEmpty, key.count >= phrase.count else { return nil }
            for start in 0...(key.count - phrase.count) where Array(key[start..<(start + phrase.count)]) == phrase {
                let before = start == 0 || !key[start - 1].isASCIILetter
                let after = start + phrase.count == key.count || !key[start + phrase.count].isASCIILetter
                if before && after { return start }
            }
            return nil
        }
        let keys = ["sua doi", "da sua doi, bo sung", "bsua doi", "sua doix sua doi", "", "sua", "nghi dinh so 01 sua doi bo sung mot so dieu cua luat sua doi"]
        for key in keys.map({ Array($0.utf8) }) {
            for phrase in ["sua doi", "bo sung", "s", "", "luat sua doi", "sua doi bo sung mot so dieu cua luat sua doi x"].map({ Array($0.utf8) }) {
                #expect(key.offset(ofKeyPhrase: phrase) == reference(key, phrase), "\(UTF8Text.string(key)) / \(UTF8Text.string(phrase))")
            }
        }
        var generator = SplitMix64(seed: 17)
        for _ in 0..<2_000 {
            let key = (0..<Int.random(in: 0..<40, using: &generator)).map { _ in Array("ab ".utf8).randomElement(using: &generator)! }
            #expect(key.offset(ofKeyPhrase: Array("ab".utf8)) == reference(key, Array("ab".utf8)), "\(key)")
        }
    }

    /// The scalars that fold to a space: ASCII space and line controls, no-break and
    /// typographic spaces.
    private func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || (0x09...0x0D).contains(scalar.value) || scalar.value == 0xA0 || (0x2000...0x200B).contains(scalar.value)
            || scalar.value == 0x3000
    }

    /// The key built a scalar at a time: each scalar's own key (a letter, or nothing), a
    /// space only between two scalars with keys that have a space among the scalars between.
    private func referenceKey(_ text: String) -> [UInt8] {
        var key: [UInt8] = []
        var spaceSeen = false
        for scalar in text.unicodeScalars {
            if isSpace(scalar) {
                spaceSeen = true
                continue
            }
            let own = Array((Self.ownKeys[scalar] ?? "").utf8)
            guard !own.isEmpty else { continue }
            if spaceSeen, !key.isEmpty { key.append(0x20) }
            spaceSeen = false
            key += own
        }
        return key
    }

    /// The key of each scalar of the pieces below that is no space, written out (the
    /// combining acute and DEL have none).
    private static let ownKeys: [Unicode.Scalar: String] = ["a": "a", "Ủ": "u", "Đ": "d", "-": "-", "9": "9", "ư": "u"]

    @Test func keysMatchAScalarAtATimeReference() {
        let pieces = ["a", "Ủ", "Đ", " ", "  ", "\u{00A0}", "\u{2003}", "\t", "\u{0301}", "-", "\u{7F}", "9", "ư"]
        var generator = SplitMix64(seed: 0x2545_F491_4F6C_DD1D)
        for _ in 0..<3_000 {
            var text = ""
            for _ in 0..<Int.random(in: 0..<16, using: &generator) {
                text += pieces.randomElement(using: &generator)!
            }
            let key = referenceKey(text)
            #expect(Folding.key(text) == key, "\(Array(text.unicodeScalars.map(\.value)))")
            // The head, found without the key, is the key's first three bytes packed.
            let head = key.prefix(3).enumerated().reduce(UInt32(0)) { $0 | UInt32($1.element) << (16 - 8 * $1.offset) }
            #expect(Folding.keyHead(Array(text.utf8)) == head, "\(Array(text.unicodeScalars.map(\.value)))")
        }
    }

    /// The key of any bytes, read with the standard library's decoder: each scalar folded
    /// on its own (an ASCII capital lowered, printable ASCII kept, ASCII line controls and
    /// the no-break and typographic spaces a space, the dashes "-", the Latin letters as
    /// the table says, anything else and every ill-formed part dropped), every run of
    /// spaces one space between key bytes.
    private func decodedKey(_ bytes: [UInt8]) -> [UInt8] {
        var key: [UInt8] = []
        var spaceSeen = false
        for scalar in String(decoding: bytes, as: UTF8.self).unicodeScalars {
            let value = scalar.value
            let own: UInt8 = switch value {
            case 0x41...0x5A: UInt8(value + 0x20)
            case 0x21...0x7E: UInt8(value)
            case 0x09...0x0D, 0x20, 0xA0, 0x2000...0x200B, 0x3000: 0x20
            case 0x2010...0x2015, 0x2212: UInt8(ascii: "-")
            case 0xC0...0x24F: LatinFoldTable.folds[LatinFoldTable.latin00C0Start + Int(value - 0xC0)]
            case 0x1E00...0x1EFF: LatinFoldTable.folds[LatinFoldTable.latin1E00Start + Int(value - 0x1E00)]
            default: 0
            }
            if own == 0x20 { spaceSeen = true }
            guard own > 0x20 else { continue }
            if spaceSeen, !key.isEmpty { key.append(0x20) }
            spaceSeen = false
            key.append(own)
        }
        return key
    }

    /// Keys of every short byte string over bytes that start, continue, cut and break
    /// scalars (ASCII letters, spaces, a control byte, the leads of two- and three-byte
    /// Latin letters, of NBSP and of the dashes, continuation bytes in and out of their
    /// ranges, a four-byte lead), and of random longer mixes of them, are the keys read
    /// with the standard decoder; each key's head too.
    @Test func keysOfAnyBytesMatchTheStandardDecoding() {
        let alphabet: [UInt8] = [0x41, 0x62, 0x20, 0x09, 0x01, 0xC3, 0xC2, 0xE1, 0xE2, 0xBB, 0x80, 0xA0, 0x93, 0xF0]
        var generator = SplitMix64(seed: 0xF01D_0000_0000_0001)
        let random = (0..<4_000).map { _ in (0..<Int.random(in: 5..<40, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! } }
        for bytes in ByteStrings.every(overBytes: alphabet, upTo: 4) + random {
            let key = decodedKey(bytes)
            #expect(Folding.key(bytes) == key, "\(bytes)")
            let head = key.prefix(3).enumerated().reduce(UInt32(0)) { $0 | UInt32($1.element) << (16 - 8 * $1.offset) }
            #expect(Folding.keyHead(bytes) == head, "\(bytes)")
        }
    }

    /// Keys written one after another into one room, as `DateParser` writes its words', each
    /// the key of its text: a trailing space taken back is overwritten by the next key.
    @Test func keysWrittenOneAfterAnother() {
        let words = ["ngày ", "  08/6/2010", "tháng\u{00A0}", "\u{0301}", "năm 2024 "]
        let texts = words.map { Array($0.utf8) }
        let room = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: texts.reduce(0) { $0 + $1.count })
        defer { room.deallocate() }
        var written = 0
        var keys: [[UInt8]] = []
        for text in texts {
            let length = text.withUnsafeBufferPointer { Folding.key(of: $0, into: UnsafeMutableBufferPointer(rebasing: room[written...])) }
            keys.append(Array(room[written..<(written + length)]))
            written += length
        }
        #expect(keys.map { UTF8Text.string($0) } == ["ngay", "08/6/2010", "thang", "", "nam 2024"])
    }
}
