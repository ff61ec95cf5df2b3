/// Finds the references to other documents in one text unit, on UTF-8 bytes.
///
/// A reference is anchored on a number-symbol ("63/2010/NĐ-CP") or on the name of a law
/// ("Luật Đất đai") or programme ("Đề án 06"). From the anchor it reads backwards for the
/// type word ("Nghị định số", "Chỉ thị", "so"), then forwards for the date ("ngày
/// 08/6/2010", "ngày 07 tháng 8 năm 2017"), the issuer ("của Chính phủ") and the subject
/// ("về ..."), which ends at ";", "(", the end of the sentence, a table cell border, or the
/// next reference. Amendments are read from the words between references.
struct CitationScanner {
    let unit: TextUnit
    /// The unit's bytes, read in place (a stored copy would cost a retain and a release
    /// per unit).
    private var t: ByteView { unit.bytes }

    init(_ unit: TextUnit) {
        self.unit = unit
    }

    /// Where the first anchor may start in `text` (``nextCandidate(in:from:_:parenthesis:)``),
    /// or its count; and its first "(" when one comes before that, else where the search
    /// for one goes on: the same place. A text with neither cites and defines nothing, and
    /// its unit need not be made; one pass finds both.
    static func survey(of text: ByteView) -> (firstCandidate: Int, parenthesesFrom: Int) {
        namePrefixes.withUnsafeBufferPointer { namePrefixes in
            text.withUnsafeBufferPointer { buffer in
                var parenthesis = Int.max
                let first = nextCandidate(in: UnsafeRawBufferPointer(buffer), from: 0, namePrefixes, parenthesis: &parenthesis)
                return (first, min(first, parenthesis))
            }
        }
    }

    /// The mentions of the unit, whose first anchor may start at `first`
    /// (``survey(of:)``; the anchor search does not look before it again).
    func mentions(from first: Int) -> [CitationMention] {
        var mentions = anchors(from: first)
        for index in mentions.indices {
            let limit = index + 1 < mentions.count ? mentions[index + 1].start : t.count
            readFields(of: &mentions[index], limit: limit)
        }
        // Most units cite one document at most: nothing to link, and no call.
        if mentions.count > 1 { linkAmendments(&mentions) }
        return mentions
    }

    // MARK: Anchors

    private func anchors(from first: Int) -> [CitationMention] {
        var result: [CitationMention] = []
        var index = first
        let count = t.count
        guard first < count else { return result }
        // The table of name prefixes and the bytes are pinned once here, not for every
        // candidate (the table is laid out at compile time: no lazy-global check).
        Self.namePrefixes.withUnsafeBufferPointer { namePrefixes in
            t.withUnsafeBufferPointer { buffer in
                let bytes = UnsafeRawBufferPointer(buffer)
                // The first "(" the search passes was found by `survey(of:)`, for the
                // abbreviation scanner; here it is noted once and not read.
                var parenthesis = Int.max
                while true {
                    index = Self.nextCandidate(in: bytes, from: index, namePrefixes, parenthesis: &parenthesis)
                    guard index < count else { break }
                    // The byte before a name has been checked: a word boundary.
                    let byte = bytes[index]
                    let previous: UInt8 = index > 0 ? bytes[index - 1] : 0x20
                    if byte.isASCIIDigit {
                        // A digit found starts digits with a separator after them (as
                        // `CitationNumber` first requires). "01:2009/BYT", "08-MT:2015/BTNMT": a
                        // standard's year, not a number.
                        let afterTime = previous == UInt8(ascii: ":") && index > 1 && (bytes[index - 2].isASCIIDigit || bytes[index - 2].isASCIILetter)
                        if Self.isNumberBoundary(previous), !afterTime, let number = CitationNumber(t, at: index),
                            let mention = numbered(number, at: index)
                        {
                            // The end read before the mention is moved into the list, not copied.
                            index = mention.headEnd
                            Self.append(mention, to: &result)
                            continue
                        }
                        // No anchor starts inside the rest of this token ("08/6/2010", "2021-2025",
                        // "1.000"): a digit needs a boundary before it, "/" a space, a name a word start.
                        // Its first digits are passed in a loop of their own (one test a byte).
                        while index < count, bytes[index].isASCIIDigit { index += 1 }
                        while index < count, Self.continuesToken(bytes[index]) { index += 1 }
                        continue
                    }
                    if byte == UInt8(ascii: "/"), previous == 0x20, let mention = blankNumbered(at: index) {
                        index = mention.headEnd
                        Self.append(mention, to: &result)
                        continue
                    }
                    if byte != UInt8(ascii: "/"), let mention = named(at: index) {
                        index = mention.headEnd
                        Self.append(mention, to: &result)
                        continue
                    }
                    index += 1
                }
            }
        }
        return result
    }

    /// Appends `mention` to `mentions`, with room for four made at the first: a unit that
    /// cites anything mostly cites a few (the list grew 358 times for 239 units).
    private static func append(_ mention: consuming CitationMention, to mentions: inout [CitationMention]) {
        if mentions.isEmpty { mentions.reserveCapacity(4) }
        mentions.append(mention)
    }

    /// The first byte at or after `from` where an anchor may start, or the end: "/" at the
    /// start or after a space (a blank draft number), the first of one to six digits that
    /// "/" or a dash follows after one space at most (as `CitationNumber` first requires),
    /// or a name's first byte at a word's start where the name's first bytes are.
    /// A number is found by its separator, not by its digits: most digits of running text
    /// ("2021", "15%", "Điều 5") have none after them and are passed without a look.
    /// Sixteen bytes are looked at a time for the ones that can show such a start: "/",
    /// "-" and E2 (the lead byte of the other dashes) after a digit or a space; "B", "C",
    /// "H", "L", "P" after a byte that can be a word boundary (`isWordBoundary`; also "*",
    /// which one comparison takes with them); 0x90, the second byte of "Đ" (far rarer
    /// than C4, the lead byte of "đ" and "ă" too). The last sixteen bytes are looked at for
    /// the rest (a text shorter than that: copied into a block of zeros, none of them a
    /// byte flagged); only the bytes flagged are looked at further. Capitals inside words,
    /// those no name starts with, and numbers without a separator are passed without a
    /// branch that mispredicts. "(" is flagged with them: the first one from `from` on
    /// before the candidate is noted in `parenthesis` when that holds `Int.max` (one pass
    /// finds what both scanners need).
    static func nextCandidate(in bytes: UnsafeRawBufferPointer, from: Int, _ namePrefixes: UnsafeBufferPointer<UInt64>,
                              parenthesis: inout Int) -> Int {
        guard let start = bytes.baseAddress else { return from }
        /// The first candidate among the bytes flagged in `flags` (the high bit of each
        /// byte of the eight from `base`), or `nil`. A flagged separator stands for the
        /// number before it when there is one at or after `from`, else ("/") for itself; a
        /// flagged 0x90 for the byte before it, the lead byte of "Đ" (C4 90) when it is one;
        /// a byte before `from` was passed already. The candidates come in the order of the
        /// bytes flagged: only digits and a space lie between a number and its separator.
        @inline(__always)
        func firstCandidate(_ flags: UInt64, at base: Int) -> Int? {
            var flags = flags
            while flags != 0 {
                let flagged = base &+ flags.trailingZeroBitCount &>> 3
                let byte = bytes[flagged]
                if byte == UInt8(ascii: "(") {
                    if flagged >= from, parenthesis == Int.max { parenthesis = flagged }
                } else if byte < 0x40 || byte == 0xE2 {
                    if let number = Self.numberStart(in: bytes, separatorAt: flagged), number >= from { return number }
                    if flagged >= from, byte == UInt8(ascii: "/"), flagged == 0 || bytes[flagged &- 1] == 0x20 { return flagged }
                } else {
                    let candidate = byte == 0x90 ? flagged &- 1 : flagged
                    if candidate >= from, Self.mayStartName(bytes, at: candidate, namePrefixes) { return candidate }
                }
                flags &= flags &- 1
            }
            return nil
        }
        var index = from
        let count = bytes.count
        // The vectors' types are written out: with them inferred, comparisons compiled a
        // lane at a time.
        let (digitShift, belowTen, byte90) = (SIMD16<UInt8>(repeating: 0x80 - 0x30), SIMD16<Int8>(repeating: -0x80 + 10),
                                              SIMD16<UInt8>(repeating: 0x90))
        let (dashBit, slash, byteE2) = (SIMD16<UInt8>(repeating: 0x02), SIMD16<UInt8>(repeating: 0x2F), SIMD16<UInt8>(repeating: 0xE2))
        let (shiftB, belowD) = (SIMD16<UInt8>(repeating: 0x80 - 0x42), SIMD16<Int8>(repeating: -0x80 + 2))
        let (letterH, letterL, letterP) = (SIMD16<UInt8>(repeating: 0x48), SIMD16<UInt8>(repeating: 0x4C), SIMD16<UInt8>(repeating: 0x50))
        let (boundaryBits, space, byte9C) = (SIMD16<UInt8>(repeating: 0xF5), SIMD16<UInt8>(repeating: 0x20), SIMD16<UInt8>(repeating: 0x9C))
        let openingParenthesis = SIMD16<UInt8>(repeating: 0x28)
        /// The first candidate among the sixteen bytes at `offset`, or `nil`: read from
        /// the text, the bytes before them from `offset - 1` (at 0, as spaces: nothing is
        /// before the start).
        func firstCandidate(inBlockAt offset: Int) -> Int? {
            let block = start.loadUnaligned(fromByteOffset: offset, as: SIMD16<UInt8>.self)
            let before = offset > 0 ? start.loadUnaligned(fromByteOffset: offset &- 1, as: SIMD16<UInt8>.self) : space
            return firstCandidate(in: block, before: before, at: offset)
        }
        /// The first candidate among the sixteen bytes `block` at `offset`, the bytes
        /// before them `before`, or `nil`. Digits, and "B", "C", by their distance from "0"
        /// or "B" moved up by 0x80 and compared as signed bytes (one instruction; unsigned
        /// lane comparisons other than equality compile a lane at a time); "-" and "/" as
        /// one byte with 0x02 set; a boundary is a space, "\"", "(" or "*" (their bits but
        /// 0x08 and 0x02 those of a space) or 0x9C. All compared at once; the lanes are read
        /// back as two words (a lane found is all ones).
        @inline(__always)
        func firstCandidate(in block: SIMD16<UInt8>, before: SIMD16<UInt8>, at offset: Int) -> Int? {
            let isSeparator = (block | dashBit .== slash) .| (block .== byteE2)
            let separator = isSeparator .& ((unsafeBitCast(before &+ digitShift, to: SIMD16<Int8>.self) .< belowTen) .| (before .== space))
            let nameStart = unsafeBitCast(block &+ shiftB, to: SIMD16<Int8>.self) .< belowD .| (block .== letterH) .| (block .== letterL)
                .| (block .== letterP)
            let afterBoundary = (before & boundaryBits .== space) .| (before .== byte9C)
            let found = unsafeBitCast(separator .| (nameStart .& afterBoundary) .| (block .== byte90) .| (block .== openingParenthesis),
                                      to: SIMD2<UInt64>.self)
            guard found[0] | found[1] != 0 else { return nil }
            return firstCandidate(found[0] & ByteLanes.highBits, at: offset) ?? firstCandidate(found[1] & ByteLanes.highBits, at: offset &+ 8)
        }
        // Offsets below `count` never overflow: the block loop adds without checks.
        let lastBlock = count - 16
        while index <= lastBlock {
            if let candidate = firstCandidate(inBlockAt: index) { return candidate }
            index &+= 16
        }
        if lastBlock >= 0 {
            // The bytes left, in the block that ends the text: the bytes before `index`
            // that it reads again were passed over already (or come before `from`), and
            // are passed over again.
            return index < count ? firstCandidate(inBlockAt: lastBlock) ?? count : count
        }
        // A text shorter than a block (fifteen bytes at most), copied into a block of
        // zeros, and after a space into a block of spaces for the bytes before them: no
        // zero is flagged, and the bytes flagged are read from the text.
        guard index < count else { return count }
        var (block, before) = (SIMD16<UInt8>(), space)
        withUnsafeMutableBytes(of: &block) { $0.copyMemory(from: bytes) }
        withUnsafeMutableBytes(of: &before) { UnsafeMutableRawBufferPointer(rebasing: $0[1...]).copyMemory(from: bytes) }
        return firstCandidate(in: block, before: before, at: 0) ?? count
    }

    /// Where the number whose separator is at `separator` starts: the first of the one
    /// to six digits that end there or one space before it, when "/" or a dash is there
    /// (``CitationNumber/separator(_:at:)``) and no digit comes before them; `nil` otherwise.
    private static func numberStart(in bytes: UnsafeRawBufferPointer, separatorAt separator: Int) -> Int? {
        guard CitationNumber.separator(bytes, at: separator) != nil else { return nil }
        let end = separator > 0 && bytes[separator &- 1] == 0x20 ? separator &- 1 : separator
        var first = end
        while first > 0, end &- first < 7, bytes[first &- 1].isASCIIDigit { first &-= 1 }
        // The loop stops short of seven digits only at the text's start or at a non-digit.
        guard first < end, end &- first <= 6 else { return nil }
        return first
    }

    /// Whether a name may start at `index`: its first byte at a word's start, followed by
    /// the name's next bytes as far as eight bytes go, or as the text goes ("Bộ luật", not
    /// "Bộ Tài chính"; "Chương trình", not "Chính phủ").
    private static func mayStartName(_ bytes: UnsafeRawBufferPointer, at index: Int, _ namePrefixes: UnsafeBufferPointer<UInt64>) -> Bool {
        let byte = bytes[index]
        let prefix = namePrefixes[Int(byte & 0x0F)]
        guard UInt8(truncatingIfNeeded: prefix) == byte else { return false }
        let previous: UInt8 = index > 0 ? bytes[index - 1] : 0x20
        guard isWordBoundary(previous) else { return false }
        guard index <= bytes.count &- 8 else {
            // Near the end, the bytes left are compared (`named(at:)` compares the rest).
            for offset in 1..<(bytes.count - index) where bytes[index + offset] != UInt8(truncatingIfNeeded: prefix >> (8 * offset)) {
                return UInt8(truncatingIfNeeded: prefix >> (8 * offset)) == 0
            }
            return true
        }
        // A prefix's bytes are not 0 and its missing high bytes are: its mask is the
        // whole bytes that its leading zero bits leave.
        let mask = UInt64.max >> (prefix.leadingZeroBitCount & ~7)
        return UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self)) & mask == prefix
    }

    /// The first eight bytes (or fewer) of each named type (`CitationPhrases.namedTypes`)
    /// followed by its space, as a little-endian word, by the low four bits of its first
    /// byte, which no two of them share; 0 for the other values. Written out rather than
    /// made from the names: a table made at run time is read through a lazy-global check
    /// for every unit (5K on the Unicode files). A test checks it against the names.
    static let namePrefixes: [UInt64] = [
        0xE16C_2070_A1C3_6850,  // "Pháp lệnh" (0x50)
        0,
        0xE175_6C20_99BB_E142,  // "Bộ luật" (0x42)
        0x676E_A1C6_B0C6_6843,  // "Chương trình" (0x43)
        0xA1C3_2081_BBE1_90C4,  // "Đề án" (0xC4)
        0, 0, 0,
        0x7020_6EBF_BAE1_6948,  // "Hiến pháp" (0x48)
        0, 0, 0,
        0x0020_74AD_BAE1_754C,  // "Luật " (0x4C)
        0, 0, 0,
    ]

    private static func isNumberBoundary(_ byte: UInt8) -> Bool {
        if byte >= 0x80 { return true }
        if byte.isASCIILetter || byte.isASCIIDigit { return false }
        return byte != UInt8(ascii: "/") && byte != UInt8(ascii: "-") && byte != UInt8(ascii: ".") && byte != UInt8(ascii: ",")
    }

    /// Whether the byte can follow a number without any anchor starting at it: an ASCII
    /// letter or digit, "/", "-", "." or "," (none of them a number boundary or a space).
    private static func continuesToken(_ byte: UInt8) -> Bool {
        byte.isASCIILetter || byte.isASCIIDigit || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "-")
            || byte == UInt8(ascii: ".") || byte == UInt8(ascii: ",")
    }

    private static func isWordBoundary(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == UInt8(ascii: "(") || byte == UInt8(ascii: "\"") || byte == 0x9C
    }

    /// "Nghị định số 63/2010/NĐ-CP", "Chỉ thị 19/CT-UBND", "18-NQ/TW": `number`, read at `index`
    /// (taken into the mention, not copied).
    private func numbered(_ number: consuming CitationNumber, at index: Int) -> CitationMention? {
        let (keyword, start) = typeWord(before: index)
        if case .notADocument = keyword { return nil }
        let type: String?
        switch keyword {
        case .named(let name): type = name
        case .generic: type = Self.typeName(code: number.code) ?? "Công văn"
        case .none, .notADocument: type = Self.typeName(code: number.code)
        }
        return CitationMention(type: type, number: number, name: nil, line: unit.line(at: index), start: start, headEnd: number.end)
    }

    /// "Kế hoạch số /KH-SKHCN": a draft's blank number, which can only mean the document itself.
    private func blankNumbered(at index: Int) -> CitationMention? {
        guard let word = unit.previousWord(before: index), isNumberWord(word),
            let number = CitationNumber(t, at: index)
        else { return nil }
        let (_, start) = typeWord(before: index)
        return CitationMention(type: nil, number: number, name: nil, line: unit.line(at: index), start: start, headEnd: number.end)
    }

    private static func typeName(code: String) -> String? {
        DocumentTypes.type(code: code)?.name ?? CitationPhrases.extraCodes[code]
    }

    /// Whether a folded word is "so" or "so:" ("số", "Số:").
    private static func isNumberKey(_ key: UnsafeBufferPointer<UInt8>) -> Bool {
        key.isKey("so") || key.isKey("so:")
    }

    /// Whether the word's key is "so" or "so:" ("số", "Số:"): its first three bytes
    /// decide, unless they are "so:", without folding the word.
    private func isNumberWord(_ word: Range<Int>) -> Bool {
        // The heads of "so" and "so:" (`Folding.keyHead`): a head ending in 0 is the whole key.
        let head = Folding.keyHead(t[word])
        return head == 0x73_6F_00 || (head == 0x73_6F_3A && Folding.withKey(of: t[word], Self.isNumberKey))
    }

    /// Whether the word's key, without its trailing punctuation, is "so" or "so:" ("số,",
    /// "Số:"). Unlike ``isNumberWord(_:)``, which reads the key's head, this strips the
    /// punctuation: "số," counts here, not there.
    private func isNumberWordBeforePunctuation(_ word: Range<Int>) -> Bool {
        keyMayStart(word, with: UInt8(ascii: "s")) && withKey(word, Self.isNumberKey)
    }

    /// A type name or a word of forms and tables, as read before a number.
    private struct PrecedingWord {
        /// The folded key.
        let key: [UInt8]
        /// The type name; `nil` for "Văn bản" (the type comes from the symbol) and for forms and tables.
        let name: String?
        /// The number of words of the key (a folded key has one space between words).
        let wordCount: Int
        /// Whether it names a form or table rather than a document.
        let isNotADocument: Bool
    }

    /// Type names, then the words of forms and tables, grouped by the last byte of their
    /// keys (in that order within a group): a span is compared only with the keys that end
    /// like it (`precedingWordGroups`).
    private static let precedingWords: [PrecedingWord] = {
        let words = CitationPhrases.typeNames.map { PrecedingWord(key: $0.key, name: $0.name, wordCount: UTF8Text.wordCount($0.key), isNotADocument: false) }
            + CitationPhrases.notDocuments.map { PrecedingWord(key: $0, name: nil, wordCount: UTF8Text.wordCount($0), isNotADocument: true) }
        return PhraseList.indices(words.count) { words[$0].key.last! }.map { words[$0] }
    }()

    /// The range of `precedingWords` whose keys end with each byte, by byte value.
    private static let precedingWordGroups = PhraseList.groups(precedingWords.count) { precedingWords[$0].key.last! }

    /// The words of forms and tables.
    private static let notDocumentWords = KeyList(CitationPhrases.notDocuments)

    private enum TypeWord {
        case none
        case named(String)
        /// "Văn bản số ...": the type comes from the symbol.
        case generic
        /// "Mẫu số 01/BC": a form, not a document.
        case notADocument
    }

    /// The type word before a number, skipping "số", and where the mention starts. The
    /// words before it are kept in stack room and their key folded into temporary room: no
    /// array is made per number.
    private func typeWord(before index: Int) -> (TypeWord, Int) {
        var start = index
        var end = index
        if let word = unit.previousWord(before: index), isNumberWord(word) {
            start = word.lowerBound
            end = word.lowerBound
        }
        return withUnsafeTemporaryAllocation(of: Range<Int>.self, capacity: 4) { room in
            // The (up to) four words before `end`, nearest first.
            var count = 0
            var cursor = end
            while count < 4, let word = unit.previousWord(before: cursor) {
                room.initializeElement(at: count, to: word)
                count += 1
                cursor = word.lowerBound
            }
            let words = UnsafeBufferPointer(rebasing: room[..<count])
            if let named = t.withUnsafeBufferPointer({ Self.typeWordEnding(in: $0, at: end, words: words) }) { return named }
            // "Mẫu số 01 và 02/HNMT".
            let notDocumentWords = Self.notDocumentWords
            for word in words where notDocumentWords.contains(keyOf: t[word].drop { $0 == UInt8(ascii: "(") }) {
                return (.notADocument, start)
            }
            return (.none, start)
        }
    }

    /// The longest type name that `words` of `t` (nearest first) end with at `end` ("...
    /// Thông tư liên tịch"), and where it starts; `nil` when they end with none. Static, on
    /// a buffer: the closure captures no copy of the scanner.
    private static func typeWordEnding(in t: UnsafeBufferPointer<UInt8>, at end: Int, words: UnsafeBufferPointer<Range<Int>>) -> (TypeWord, Int)? {
        Folding.withKey(of: UnsafeBufferPointer(rebasing: t[(words.last?.lowerBound ?? end)..<end])) { span -> (TypeWord, Int)? in
            guard let last = span.last else { return nil }
            let entries = Self.precedingWords
            for entryIndex in Self.precedingWordGroups[Int(last)] {
                let key = entries[entryIndex].key
                guard UTF8Text.endsWith(span, key) else { continue }
                let before = span.count - key.count - 1
                guard before < 0 || span[before] == 0x20 || span[before] == UInt8(ascii: "(") || span[before] == UInt8(ascii: "[")
                    || span[before] == UInt8(ascii: "\"")
                else { continue }
                guard entries[entryIndex].wordCount <= words.count else { continue }
                var from = words[entries[entryIndex].wordCount - 1].lowerBound
                while from < end, t[from] == UInt8(ascii: "(") || t[from] == UInt8(ascii: "[") || t[from] == UInt8(ascii: "\"") { from += 1 }
                if entries[entryIndex].isNotADocument { return (.notADocument, from) }
                return (entries[entryIndex].name.map(TypeWord.named) ?? .generic, from)
            }
            return nil
        }
    }

    /// "Luật Tổ chức chính quyền địa phương", "Đề án 06".
    private func named(at index: Int) -> CitationMention? {
        guard let type = CitationPhrases.namedTypes[Int(t[index])], Self.starts(t, at: index, with: type.bytes),
            !isInsideAnotherName(index)
        else { return nil }
        return type.isProgramme ? programme(type, at: index) : law(type, at: index)
    }

    /// "Luật Tổ chức chính quyền địa phương", "Hiến pháp năm 2013": `law` printed at `index`.
    private func law(_ law: CitationPhrases.NamedType, at index: Int) -> CitationMention? {
        let nameStart = index + law.bytes.count + 1
        // "Hiến pháp năm 2013" needs no other word.
        let bare = law.name == "Hiến pháp" && unit.word(from: nameStart, limit: t.count).map { startsUppercase($0) } != true
        guard let name = bare ? index + law.bytes.count : lawName(from: nameStart) else { return nil }
        // "Luật Bầu cử ... số 85/2015/QH13": the name of a numbered law, whose line is the
        // number's. The mention is made once, with or without it (not made, then changed).
        var number: CitationNumber?
        var lineStart = index
        if let word = unit.word(from: name, limit: t.count), isNumberWordBeforePunctuation(word),
            let digits = unit.word(from: word.upperBound, limit: t.count), t[digits.lowerBound].isASCIIDigit
        {
            number = CitationNumber(t, at: digits.lowerBound)
            if number != nil { lineStart = digits.lowerBound }
        }
        return CitationMention(type: law.name, number: number, name: UTF8Text.string(t[index..<name]),
                               line: unit.line(at: lineStart), start: index, headEnd: number?.end ?? name)
    }

    /// "Đề án 06": `programme` printed at `index`.
    private func programme(_ programme: CitationPhrases.NamedType, at index: Int) -> CitationMention? {
        var end = index + programme.bytes.count + 1
        let digits = end
        while end < t.count, t[end].isASCIIDigit { end += 1 }
        guard end > digits, end - digits <= 3, end == t.count || !(t[end].isASCIILetter || t[end] == UInt8(ascii: "/") || t[end] == UInt8(ascii: "-"))
        else { return nil }
        if end < t.count, t[end] == 0x20, let next = unit.word(from: end, limit: t.count), t[next.lowerBound] != UInt8(ascii: "("),
            phrase(in: CitationPhrases.programmeFollowers, at: next) == nil
        {
            return nil
        }
        return CitationMention(type: programme.name, number: nil, name: UTF8Text.string(t[index..<end]),
                               line: unit.line(at: index), start: index, headEnd: end)
    }

    /// "Dân Luật", "Trường Đại học Luật Hà Nội", "Công ty Luật": a type word inside another
    /// name. A capital that opens the sentence is fine ("Để Luật Đất đai").
    private func isInsideAnotherName(_ index: Int) -> Bool {
        guard let previous = unit.previousWord(before: index), closingPunctuation(previous) == nil else { return false }
        let before = unit.previousWord(before: previous.lowerBound)
        if startsUppercase(previous), let before, closingPunctuation(before) == nil { return true }
        guard let before else { return false }
        // Two words that do not start like one of the names are not one of them.
        let words = t[before.lowerBound..<previous.upperBound]
        return Self.namesBeforeLaw.contains(keyOf: words)
    }

    /// The names "Luật" may be part of.
    private static let namesBeforeLaw = KeyList(CitationPhrases.namesBeforeLaw)

    /// Whether `t` has `prefix` at `index`, followed by a space.
    private static func starts(_ t: some ByteText, at index: Int, with prefix: [UInt8]) -> Bool {
        guard index + prefix.count < t.count, t[index + prefix.count] == 0x20 else { return false }
        for offset in prefix.indices where t[index + offset] != prefix[offset] { return false }
        return true
    }

    /// The end of a law's name starting at `start`: capitalized first word, then words up
    /// to a linking word, punctuation or sixteen words.
    private func lawName(from start: Int) -> Int? {
        guard let first = unit.word(from: start, limit: t.count), startsUppercase(first),
            !isNumberWordBeforePunctuation(first)
        else { return nil }
        var end = first.upperBound
        var cursor = first
        var count = 1
        if let punctuation = closingPunctuation(first), punctuation != UInt8(ascii: ",") {
            return trimmed(start..<end).upperBound
        }
        while count < 16, let next = unit.word(from: cursor.upperBound, limit: t.count) {
            if t[next.lowerBound] == UInt8(ascii: "(") || t[next.lowerBound].isASCIIDigit { break }
            if closingPunctuation(cursor) == UInt8(ascii: ",") {
                guard phrase(in: CitationPhrases.nameCommaContinuations, at: next) != nil else { break }
            } else if !startsUppercase(next), phrase(in: CitationPhrases.nameStops, at: next) != nil {
                break
            }
            if isPhrase(CitationPhrases.and, at: next), let after = unit.word(from: next.upperBound, limit: t.count), isTypeWordStart(after) { break }
            cursor = next
            count += 1
            end = next.upperBound
            if let punctuation = closingPunctuation(next), punctuation != UInt8(ascii: ",") { break }
        }
        return trimmed(start..<end).upperBound
    }

    // MARK: Date, issuer, subject

    private func readFields(of mention: inout CitationMention, limit: Int) {
        let limit = min(limit, unit.cellEnd(from: mention.headEnd))
        var position = mention.headEnd
        if position < limit, Self.isTerminator(t[position]) { return }
        if position < limit, t[position] == UInt8(ascii: ",") { position += 1 }

        // Date, then issuer (a date may also follow the issuer: "của UBND tỉnh ngày ...").
        switch readDate(of: &mention, from: position, limit: limit) {
        case .terminated: return
        case .read(let end): position = end
        case .none: break
        }
        var subjectWord: Range<Int>?
        if let first = unit.word(from: position, limit: limit), isPhrase(CitationPhrases.of, at: first) {
            let (issuerEnd, stop, terminated) = readIssuer(from: first.upperBound, limit: limit)
            var issuer = trimmed(first.upperBound..<issuerEnd)
            if let last = unit.previousWord(before: issuer.upperBound), last.lowerBound > issuer.lowerBound,
                isWord(last, CitationPhrases.and)
            {
                issuer = trimmed(issuer.lowerBound..<last.lowerBound)
            }
            if !issuer.isEmpty { mention.issuer = UTF8Text.string(t[issuer]) }
            mention.end = issuerEnd
            position = issuerEnd
            if terminated { return }
            subjectWord = stop
            // Tested by its case: `== nil` compared two optional dates, copying both.
            if case .none = mention.date, stop == nil {
                switch readDate(of: &mention, from: position, limit: limit) {
                case .terminated: return
                case .read(let end): position = end
                case .none: break
                }
            }
        }
        if subjectWord == nil, let first = unit.word(from: position, limit: limit), startsSubject(first) {
            subjectWord = first
        }

        // Subject, for a numbered document (a named one's subject is its name).
        guard let opening = subjectWord, mention.number != nil else { return }
        var start = opening.lowerBound
        if phrase(in: CitationPhrases.about, at: opening) != nil {
            start = opening.upperBound
            if let next = unit.word(from: start, limit: limit), isPhrase(CitationPhrases.matter, at: next) {
                start = next.upperBound
            }
        }
        let (subjectEnd, runsIntoNext) = readSubject(from: start, limit: limit)
        let subject = runsIntoNext ? trimmedSubject(start..<subjectEnd) : trimmed(start..<subjectEnd)
        if !subject.isEmpty {
            mention.subject = UTF8Text.string(t[subject])
            mention.subjectStart = subject.lowerBound
        }
        mention.end = subjectEnd
        mention.subjectRunsIntoNext = runsIntoNext
    }

    private enum DateReading {
        case none
        /// A date was read; the reading goes on from here.
        case read(Int)
        /// A date was read and punctuation after it ends the reference.
        case terminated
    }

    /// "ngày 08/6/2010", "ngày 07 tháng 8 năm 2017", or for a law named without a number,
    /// "năm 2015" or a bare "2024".
    private func readDate(of mention: inout CitationMention, from position: Int, limit: Int) -> DateReading {
        guard let first = unit.word(from: position, limit: limit) else { return .none }
        // Most words after a reference start with another byte than "n": they are not folded.
        let (startsDay, isYearWord) = keyMayStart(first, with: UInt8(ascii: "n")) ? withKey(first) { ($0.hasKeyPrefix(DateParser.dayWord), $0.isKey(DateParser.yearWord)) } : (false, false)
        var last: Range<Int>
        if startsDay {
            // The (up to) seven words from `first` kept in stack room, not an array. The
            // date is set on the mention as it is read (handed out in an optional, it was
            // copied and destroyed once more).
            let read = withUnsafeTemporaryAllocation(of: Range<Int>.self, capacity: 7) { room -> Range<Int>? in
                var count = 0
                var cursor = first.lowerBound
                while count < 7, let next = unit.word(from: cursor, limit: limit) {
                    room.initializeElement(at: count, to: next)
                    count += 1
                    cursor = next.upperBound
                }
                let words = UnsafeBufferPointer(rebasing: room[..<count])
                guard let match = DateParser.leadingDate(in: t, words: words) else { return nil }
                mention.date = match.date
                return words[match.end - 1]
            }
            guard let lastWord = read else { return .none }
            last = lastWord
        } else if mention.number == nil {
            var yearWord = first
            if isYearWord, let next = unit.word(from: first.upperBound, limit: limit) { yearWord = next }
            let year = withKey(yearWord) { key -> Int? in
                guard let value = DateParser.leadingNumber(key), value >= 1900, value <= 2100, key.allSatisfy({ $0.isASCIIDigit })
                else { return nil }
                return value
            }
            guard let value = year else { return .none }
            mention.date = IssueDate(year: value, month: nil, day: nil)
            last = yearWord
        } else {
            return .none
        }
        mention.end = last.upperBound
        if Self.isTerminator(t[last.upperBound - 1]) {
            mention.end = punctuationStart(last)
            return .terminated
        }
        return .read(last.upperBound)
    }

    /// The issuer's words from `start`: up to a linking verb ("về", "hướng dẫn"), "(",
    /// sentence punctuation, or a comma that does not join two titles. Returns the end, the
    /// stop word when it can open the subject, and whether punctuation ended the reference.
    private func readIssuer(from start: Int, limit: Int) -> (Int, Range<Int>?, Bool) {
        var end = start
        var count = 0
        var cursor = start
        while count < 15, let next = unit.word(from: cursor, limit: limit) {
            if t[next.lowerBound] == UInt8(ascii: "(") { return (end, nil, true) }
            let capitalized = startsUppercase(next)
            if !capitalized, let stop = phrase(in: CitationPhrases.issuerStops, at: next) {
                return (end, CitationPhrases.nonSubjectStops.contains(stop) ? nil : next, false)
            }
            if capitalized, phrase(in: CitationPhrases.capitalizedIssuerStops, at: next, loweringFirst: true) != nil {
                return (end, next, false)
            }
            if t[next.lowerBound].isASCIIDigit || isPhrase(CitationPhrases.day, at: next) { return (end, nil, false) }
            if isPhrase(CitationPhrases.and, at: next), let after = unit.word(from: next.upperBound, limit: limit), isTypeWordStart(after) {
                return (end, nil, true)
            }
            end = next.upperBound
            cursor = end
            count += 1
            if let punctuation = closingPunctuation(next) {
                // A comma inside a name: "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ", "Sở Văn hóa,
                // Thể thao và Du lịch", "Ban Chỉ đạo phát triển khoa học, công nghệ ...".
                if punctuation == UInt8(ascii: ","), let after = unit.word(from: end, limit: limit) {
                    let before = Folding.key(t[start..<(end - 1)])
                    if startsUppercase(after) {
                        if CitationPhrases.positions.contains(before) { continue }
                        if before.count >= 7, before.suffix(7).elementsEqual("van hoa".utf8) { continue }
                    } else if let first = unit.word(from: start, limit: end), t[first].elementsEqual("Ban".utf8) || t[first].elementsEqual("Hội".utf8),
                        phrase(in: CitationPhrases.issuerStops, at: after) == nil
                    {
                        // The long names of steering committees: "Ban Chỉ đạo phát triển khoa học, công nghệ, …".
                        continue
                    }
                }
                if punctuation == UInt8(ascii: "."), !endsSentence(next, limit: limit) { continue }
                return (punctuationStart(next), nil, true)
            }
        }
        return (end, nil, false)
    }

    /// The subject's end from `start`: ";", "(", ")", ":", the end of the sentence, sixty
    /// words, or `limit` (the next reference or a cell border; then `runsIntoNext`).
    private func readSubject(from start: Int, limit: Int) -> (Int, Bool) {
        var end = start
        var cursor = start
        var count = 0
        while count < 60, let next = unit.word(from: cursor, limit: limit) {
            if t[next.lowerBound] == UInt8(ascii: "(") { return (end, false) }
            if t[next.lowerBound] == UInt8(ascii: "|") { return (end, false) }
            if count > 0, t[cursor - 1] == UInt8(ascii: ","),
                startsUppercase(next) ? phrase(in: CitationPhrases.clauseStarts, at: next) != nil
                    : phrase(in: CitationPhrases.lowerCaseClauseStarts, at: next) != nil
            {
                return (end, false)
            }
            end = next.upperBound
            cursor = end
            count += 1
            if let punctuation = closingPunctuation(next), punctuation != UInt8(ascii: ",") {
                if punctuation == UInt8(ascii: "."), !endsSentence(next, limit: limit) { continue }
                return (punctuationStart(next), false)
            }
        }
        return (count < 60 ? limit : end, count < 60 && limit < t.count && limit < unit.cellEnd(from: start))
    }

    /// Whether a word ending with "." ends the sentence: not "TP." before a capitalized word.
    private func endsSentence(_ word: Range<Int>, limit: Int) -> Bool {
        guard word.count <= 4, UTF8Text.isAllCaps(Array(t[word])),
            let next = unit.word(from: word.upperBound, limit: limit), startsUppercase(next)
        else { return true }
        return false
    }

    /// Whether a word can open a subject without "về": a lower-case verb ("hướng dẫn ...").
    private func startsSubject(_ word: Range<Int>) -> Bool {
        guard !startsUppercase(word) else { return false }
        guard let stop = phrase(in: CitationPhrases.issuerStops, at: word) else { return false }
        return !CitationPhrases.nonSubjectStops.contains(stop)
    }

    /// Whether a type name starts at `word` ("Luật", "Nghị định", ...).
    private func isTypeWordStart(_ word: Range<Int>) -> Bool {
        guard startsUppercase(word) else { return false }
        var end = word.upperBound
        for _ in 1..<4 {
            guard let next = unit.word(from: end, limit: t.count) else { break }
            end = next.upperBound
        }
        return Folding.withKey(of: t[word.lowerBound..<end]) { key in
            CitationPhrases.typeNames.contains { key.hasKeyPhrase($0.key, at: 0) }
        }
    }

    // MARK: Amendments

    /// A subject that runs into the next reference takes it in ("thực hiện Nghị quyết số
    /// 57-NQ/TW ngày ... của Bộ Chính trị về ..."), unless a comma or "và" stands between;
    /// when that subject says "sửa đổi, bổ sung", it amends the next one. "X (được sửa đổi,
    /// bổ sung tại Y và Z)": Y and Z amend X. Called with two mentions at least.
    private func linkAmendments(_ mentions: inout [CitationMention]) {
        // For each mention, in one array (a depth of two at most, so that a long chain, "về
        // thực hiện Quyết định ... về thực hiện ...", stays linear).
        var links = mentions.map { Link(takenIn: false, depth: 0, ownEnd: $0.end) }
        for index in mentions.indices.dropLast().reversed() {
            guard mentions[index].subjectRunsIntoNext, let subjectStart = mentions[index].subjectStart,
                let last = unit.previousWord(before: mentions[index + 1].start), last.lowerBound >= subjectStart,
                closingPunctuation(last) == nil, !isWord(last, CitationPhrases.and)
            else { continue }
            let next = mentions[index + 1]
            if let number = next.number, !number.isBlank, Self.mentionsAmendment(Folding.key(t[subjectStart..<mentions[index].end])) {
                mentions[index].amends.append(number.text)
            }
            let end = links[index + 1].depth < 2 ? next.end : links[index + 1].ownEnd
            links[index].depth = links[index + 1].depth < 2 ? links[index + 1].depth + 1 : 1
            mentions[index].subject = UTF8Text.string(t[trimmed(subjectStart..<end)])
            mentions[index].end = end
            links[index + 1].takenIn = true
        }

        var base: Int?
        var chain: Int?
        for index in mentions.indices {
            var target: Int?
            // A gap shorter than the shortest amendment phrase cannot mention an amendment
            // (a key is never longer than its text): it is folded only when that or a chain
            // needs its key.
            let gapStart = index > 0 ? min(mentions[index - 1].end, mentions[index].start) : 0
            if index > 0, !links[index].takenIn, chain != nil || mentions[index].start - gapStart >= Self.shortestAmendment {
                let gap = Folding.key(t[gapStart..<mentions[index].start])
                if Self.mentionsAmendment(gap), !gap.contains(UInt8(ascii: ";")), !gap.contains(UInt8(ascii: ".")) {
                    // "(được sửa đổi, bổ sung tại Y)": Y amends the one before; ", sửa đổi,
                    // bổ sung một số điều của Y": the one before amends Y.
                    if gap.first == UInt8(ascii: "(") || gap.contains(keyPhrase: "duoc") {
                        target = base
                    } else if let number = mentions[index].number, !number.isBlank {
                        mentions[index - 1].amends.append(number.text)
                    }
                } else if let chain, Self.isConnector(gap) {
                    target = chain
                }
            }
            if let target, let number = mentions[target].number, !number.isBlank {
                mentions[index].amends.append(number.text)
                chain = target
            } else {
                chain = nil
                base = index
            }
        }
    }

    /// What `linkAmendments` notes of a mention.
    private struct Link {
        /// Whether the subject before it took it in.
        var takenIn: Bool
        /// How many references its subject has taken in, in a chain.
        var depth: Int
        /// Its own end.
        let ownEnd: Int
    }

    /// The length of the shortest of `CitationPhrases.amendments` ("sua doi", "bo sung").
    private static let shortestAmendment = CitationPhrases.amendments.map(\.count).min() ?? 0

    private static func mentionsAmendment(_ key: [UInt8]) -> Bool {
        CitationPhrases.amendments.contains { key.offset(ofKeyPhrase: $0) != nil }
    }

    private static func isConnector(_ key: [UInt8]) -> Bool {
        let words = key.split(separator: 0x20).filter { !$0.elementsEqual([UInt8(ascii: ",")]) }
        return words.isEmpty || (words.count == 1 && (words[0].elementsEqual("va".utf8) || words[0].elementsEqual("va,".utf8)))
    }

    // MARK: Words

    /// Whether the key of `word` may start with `letter` (lower-case ASCII): not when the
    /// word starts with another printable ASCII byte, which its key starts with too. A
    /// cheap test before a word is folded to be compared with a few keys.
    private func keyMayStart(_ word: Range<Int>, with letter: UInt8) -> Bool {
        Folding.asciiKeyByte(t[word.lowerBound]).map { $0 == letter } ?? true
    }

    /// `read` applied to the folded key of a word without its trailing punctuation, folded
    /// into temporary room (`Folding.withKey(of:_:)`), not an array.
    private func withKey<Result>(_ word: Range<Int>, _ read: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        Folding.withKey(of: t[word]) { key in
            var end = key.count
            while end > 0, Self.isClosingPunctuation(key[end - 1]) || key[end - 1] == UInt8(ascii: "\"") { end -= 1 }
            return read(UnsafeBufferPointer(rebasing: key[..<end]))
        }
    }

    /// The first of `phrases` (one or two words, as printed) that the text spells from
    /// `word` on, up to the end of a word; with `loweringFirst`, also when capitalized.
    private func phrase(in list: PhraseList, at word: Range<Int>, loweringFirst: Bool = false) -> [UInt8]? {
        var first = t[word.lowerBound]
        if loweringFirst, first.isASCIIUpper { first |= 0x20 }
        // A phrase that matches starts with the (lowered) first byte.
        for phrase in list.phrases(startingWith: first) where isPhrase(phrase, at: word, loweringFirst: loweringFirst) { return phrase }
        return nil
    }

    /// Whether the text spells `phrase` from `word` on, up to the end of a word (see
    /// ``isPhrase(_:at:loweringFirst:)``).
    @inline(__always)
    private func isPhrase(_ phrase: StaticString, at word: Range<Int>) -> Bool {
        phrase.withUTF8Buffer { isPhrase($0, at: word) }
    }

    /// Whether the word is `text`, byte for byte.
    private func isWord(_ word: Range<Int>, _ text: StaticString) -> Bool {
        text.withUTF8Buffer { t[word].elementsEqual($0) }
    }

    /// Whether the text spells `phrase` from `word` on, up to the end of a word; with
    /// `loweringFirst`, also when capitalized.
    private func isPhrase<Phrase: RandomAccessCollection<UInt8>>(_ phrase: Phrase, at word: Range<Int>, loweringFirst: Bool = false) -> Bool
    where Phrase.Index == Int {
        let start = word.lowerBound
        let end = start + phrase.count
        guard end <= t.count else { return false }
        for offset in 0..<phrase.count {
            var byte = t[start + offset]
            if loweringFirst, offset == 0, byte.isASCIIUpper { byte |= 0x20 }
            if loweringFirst, offset == 1, t[start] == 0xC4, byte == 0x90 { byte = 0x91 }
            guard byte == phrase[offset] else { return false }
        }
        return end == t.count || t[end] == 0x20 || t[end] == UInt8(ascii: "\"") || Self.isClosingPunctuation(t[end])
    }

    /// Whether the word's first letter (after any punctuation) is a capital.
    private func startsUppercase(_ word: Range<Int>) -> Bool {
        var index = word.lowerBound
        while index < word.upperBound {
            let byte = t[index]
            if byte < 0x80 {
                if byte.isASCIILetter { return byte.isASCIIUpper }
                if byte.isASCIIDigit { return false }
                index += 1
                continue
            }
            switch Self.letterCase(in: t, at: index) {
            case .letter(let isUppercase): return isUppercase
            case .other(let length): index += length
            case .unreadable: return false
            }
        }
        return false
    }

    /// What a scalar above ASCII is to `startsUppercase`.
    private enum LetterCase {
        /// A letter, a capital or not.
        case letter(isUppercase: Bool)
        /// Another scalar, of this many bytes.
        case other(Int)
        /// Ill-formed UTF-8.
        case unreadable
    }

    /// The case of the scalar above ASCII at `index` of `t`. Not inlined: the Unicode
    /// properties it may ask for are of a type whose size is known at run time only, which
    /// made every call of `startsUppercase` (mostly on ASCII) look up its metadata.
    @inline(never)
    private static func letterCase(in t: some ByteText, at index: Int) -> LetterCase {
        guard let (scalar, length) = UTF8Text.scalar(in: t, at: index) else { return .unreadable }
        return UTF8Text.isAlphabetic(scalar) ? .letter(isUppercase: UTF8Text.isUppercase(scalar)) : .other(length)
    }

    /// The punctuation a word ends with (before any quotes and asterisks) that closes a
    /// phrase: , ; : . ) / (as in "./.") or nil.
    private func closingPunctuation(_ word: Range<Int>) -> UInt8? {
        var end = word.upperBound
        while end > word.lowerBound, t[end - 1] == UInt8(ascii: "\"") || t[end - 1] == UInt8(ascii: "*") { end -= 1 }
        guard end > word.lowerBound, Self.isClosingPunctuation(t[end - 1]) else { return nil }
        return t[end - 1]
    }

    /// Whether the byte is punctuation that closes a phrase: , ; : . ) /
    private static func isClosingPunctuation(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "."), UInt8(ascii: ")"), UInt8(ascii: "/"): return true
        default: return false
        }
    }

    /// Where the punctuation closing a word starts ("phủ)," → at ")").
    private func punctuationStart(_ word: Range<Int>) -> Int {
        var end = word.upperBound
        while end > word.lowerBound, Self.isClosingPunctuation(t[end - 1]) || t[end - 1] == UInt8(ascii: "\"") { end -= 1 }
        return end
    }

    private static func isTerminator(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ";") || byte == UInt8(ascii: ")") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: ":")
    }

    /// The range without surrounding spaces, trailing punctuation and footnote marks ("[1]").
    private func trimmed(_ range: Range<Int>) -> Range<Int> {
        var start = range.lowerBound
        var end = range.upperBound
        while start < end, t[start] == 0x20 { start += 1 }
        while end > start {
            if t[end - 1] == 0x20 || Self.isClosingPunctuation(t[end - 1]) {
                end -= 1
            } else if t[end - 1] == UInt8(ascii: "]"), let open = t[start..<end].lastIndex(of: UInt8(ascii: "[")),
                end - open > 2, t[(open + 1)..<(end - 1)].allSatisfy(\.isASCIIDigit)
            {
                end = open
            } else {
                break
            }
        }
        return start..<end
    }

    /// The linking words a subject may end with before the next reference, folded.
    private static let linkingWords = KeyList(["va", "tai", "theo", "cua", "cac", "o", "boi", "voi"].map { Array($0.utf8) })

    /// A subject without the linking words left before the next reference ("..., tại").
    private func trimmedSubject(_ range: Range<Int>) -> Range<Int> {
        var range = trimmed(range)
        while let last = unit.previousWord(before: range.upperBound), last.lowerBound >= range.lowerBound, last.lowerBound > range.lowerBound,
            Self.linkingWords.contains(keyOf: t[last])
        {
            range = trimmed(range.lowerBound..<last.lowerBound)
        }
        return range
    }
}
