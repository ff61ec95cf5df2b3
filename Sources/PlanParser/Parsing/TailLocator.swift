/// Phase 2b: finds where the body ends and what follows it: the "Nơi nhận" list, the
/// signature block and the appendices.
///
/// The body ends at the first of: a line that ends with the end mark "./." (when a
/// recipients list, a signature or nothing follows it), a "Nơi nhận" line, or a signing
/// line ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"). Without any of them, a capitalized
/// position and a name at the very end are taken as a signature. After the body, an
/// appendix starts at "PHỤ LỤC", "DANH MỤC", "BIỂU", "MẪU" or the type line of an attached
/// document, and runs to the end; "Nơi nhận" and its items are the recipients; the other
/// lines are the signature block.
struct TailLocator {
    let lines: [SourceLine]
    /// The end of the document's lines: the lines from there on (footnotes) are not read.
    let documentEnd: Int

    /// The locator of `lines` up to `documentEnd`, which must be one of their indices or
    /// their count: the lines are then read through unchecked buffers up to it.
    init(lines: [SourceLine], documentEnd: Int) {
        precondition(documentEnd >= 0 && documentEnd <= lines.count, "the document's end among its lines")
        self.lines = lines
        self.documentEnd = documentEnd
    }

    /// The index of the first line after the body. The lines are passed over through a
    /// buffer (no reference counting of the texts of lines ruled out).
    func bodyEnd(from start: Int) -> Int {
        let marked: Int? = lines.withUnsafeBufferPointer { lines in
            for index in start..<documentEnd where !lines[index].isBlank && Self.mayEndBody(lines[index].text) {
                let text = lines[index].text
                if Self.isRecipientsHeading(text) || Self.isSigningLine(text) { return index }
                if Self.endsWithEndMark(text), isFollowedByTail(index + 1) { return index + 1 }
            }
            return nil
        }
        return marked ?? trailingSignatureStart() ?? documentEnd
    }

    /// Whether a line may end the body, by its first bytes (the "n" of "Nơi nhận" in either
    /// case, or those of a signing form: ``SigningForm/mayStart(_:)``) or its last two ("/."
    /// of "./."): most body lines are passed over on these bytes, their text not taken up.
    private static func mayEndBody(_ text: some ByteText) -> Bool {
        guard let first = text.first else { return false }
        return first | 0x20 == UInt8(ascii: "n") || SigningForm.mayStart(text)
            || (text.count >= 2 && text[text.count - 1] == UInt8(ascii: ".") && text[text.count - 2] == UInt8(ascii: "/"))
    }

    /// The zone kind of each non-blank line from `start` to the end. The lines before the
    /// appendix are read in place, through a buffer (no retain of a line's text per line).
    func tailKinds(from start: Int) -> [(index: Int, kind: Zone.Kind)] {
        var result: [(index: Int, kind: Zone.Kind)] = []
        result.reserveCapacity(documentEnd - min(start, documentEnd))  // at most one entry per line
        var inRecipients = false
        // The archive's last line while it may go on (read so by `TailReader` too): the
        // "Lưu" line, then each line that goes on with it, blank lines passed over.
        var archiveEnd: Int?
        // The buffer is read from `start` up to `documentEnd`, at most the lines' count (checked by `init`).
        precondition(start >= 0, "a line index")
        let appendixStart: (index: Int, isHeading: Bool)? = lines.withUnsafeBufferPointer { lines in
            for index in start..<documentEnd where !lines[index].isBlank {
                let isHeading: Bool? = lines[index].text.withBytesKeptAliveByCaller { text in
                    let isHeading = Self.isAppendixHeading(text)
                    guard isHeading || Self.isAttachmentReference(text) || Self.hasMottoCell(lines[index]) else { return nil }
                    return isHeading
                }
                if let isHeading { return (index, isHeading) }
                if lines[index].text.withBytesKeptAliveByCaller({ Self.isRecipientsHeading($0) }) {
                    inRecipients = true
                } else if inRecipients {
                    let goesOn = archiveEnd.map { TailReader.continuesArchive(lines[$0].text, with: lines[index].text) } ?? false
                    inRecipients = goesOn || isRecipientItem(index)
                    archiveEnd = goesOn || (inRecipients && isArchiveLine(index)) ? index : nil
                }
                result.append((index, inRecipients ? .recipients : .signature))
            }
            return nil
        }
        // The appendix starts at `index`, and every later line is its.
        if let appendixStart {
            let index = appendixStart.index
            if !appendixStart.isHeading {
                // "(Kèm theo Kế hoạch số ...)" under a heading not recognized as one, or the
                // national motto of an attached document: the capitalized lines just above
                // it are the appendix's heading and title (or the attached issuer).
                var relabel = result.count - 1
                while relabel >= 0, result.count - relabel <= 3, result[relabel].1 == .signature {
                    let above = lines[result[relabel].0].text
                    guard UTF8Text.isAllCaps(above), !Self.isSigningLine(above) else { break }
                    result[relabel].1 = .appendix
                    relabel -= 1
                }
            }
            // The later lines' text is not read: they are passed over through a buffer.
            lines.withUnsafeBufferPointer { lines in
                for index in index..<documentEnd where !lines[index].isBlank { result.append((index, .appendix)) }
            }
        }
        return result
    }

    // MARK: Line kinds

    /// "Nơi nhận:" (alone, or with capitals or an item beside it), ruled out by its first
    /// byte (inlined: most lines are ruled out without a call) and key head for most lines.
    @inline(__always)
    static func isRecipientsHeading(_ text: some ByteText) -> Bool {
        guard let first = text.first, first | 0x20 == UInt8(ascii: "n") else { return false }
        return startsRecipientsHeading(text)
    }

    /// ``isRecipientsHeading(_:)`` for a line that starts with "n" or "N".
    private static func startsRecipientsHeading(_ text: some ByteText) -> Bool {
        guard Folding.keyHead(text) == Heads.noi else { return false }  // before folding 40 bytes
        let key = Folding.key(text.prefix(40))
        guard key.hasKeyPrefix("noi nhan") else { return false }
        // "Nơi nhận hồ sơ: Bộ phận một cửa" is body text: the heading is followed by a colon,
        // nothing, or (beside it) capitals or an item.
        let rest = key.dropFirst(8).drop { $0 == 0x20 || $0 == UInt8(ascii: "*") }
        guard let next = rest.first, next.isASCIILetter else { return true }
        let words = text.split(separator: 0x20)
        return words.count > 2 && UTF8Text.isAllCaps(Array(words[2]))
    }

    /// "TM. ỦY BAN NHÂN DÂN", "KT.CHỦ TỊCH", "T/M BAN THƯỜNG VỤ", "tm . ubnd thµnh phè".
    @inline(__always)
    static func isSigningLine(_ text: some ByteText) -> Bool {
        SigningForm(text) != nil
    }

    /// Whether the text ends with the end mark "./." (or "/." alone), not a web address
    /// ending in "/." ("https://vbpl.vn/.").
    static func endsWithEndMark(_ text: some ByteText) -> Bool {
        guard text.count >= 2, text[text.count - 2] == UInt8(ascii: "/"), text[text.count - 1] == UInt8(ascii: ".") else { return false }
        if text.count == 2 { return true }
        let before = text[text.count - 3]
        return before == UInt8(ascii: ".") || before == 0x20 || before == UInt8(ascii: "*") || before == UInt8(ascii: ")")
    }

    /// "PHỤ LỤC ...", "Mẫu số 01", "BIỂU ...", "DANH MỤC ...", or a type name in capitals
    /// ("KẾ HOẠCH"). Decided from the first byte (inlined: most lines are ruled out without
    /// a call) or the three-byte key head (``Folding/keyHead(_:)``) for most lines, before
    /// the text is folded.
    @inline(__always)
    static func isAppendixHeading(_ text: some ByteText) -> Bool {
        guard let first = text.first, mayStartHeading(first) else { return false }
        // Only "phụ lục" and the "mẫu"/"biểu" labels may be in small letters: any other
        // heading is in capitals, so a line starting with a letter other than "p", "m",
        // "b" and holding a small ASCII letter is ruled out here, without a call.
        let mayStartSmall = !first.isASCIILetter || smallHeadingLetters & 1 << UInt32((first | 0x20) - 0x61) != 0
        if !mayStartSmall, text.contains(where: \.isASCIILower) { return false }
        return isHeading(startingLikeOne: text, mayStartSmall: mayStartSmall)
    }

    /// ``isAppendixHeading(_:)`` for a line whose first byte may start a heading, and that
    /// holds no small ASCII letter unless `mayStartSmall`.
    private static func isHeading(startingLikeOne text: some ByteText, mayStartSmall: Bool) -> Bool {
        guard let mayBeSmall = headingHeadTable.value(of: UInt64(Folding.keyHead(text))) else { return false }
        if mayBeSmall == 0, mayStartSmall, text.contains(where: \.isASCIILower) { return false }
        let key = Folding.key(text.prefix(40))
        if key.hasKeyPrefix("phu luc") { return UTF8Text.isAllCaps(text) || UTF8Text.wordCount(text) <= 12 }
        let labels: [StaticString] = ["mau bieu", "mau so", "bieu so", "bieu mau"]
        if labels.contains(where: { key.hasKeyPrefix($0) }) { return UTF8Text.wordCount(text) <= 8 }
        let isLabel = key.hasKeyPrefix("danh muc") || key.hasKeyPrefix("bieu") || key.hasKeyPrefix("mau")
        guard isLabel || isTypeName(text, prefixKey: key) else { return false }
        return UTF8Text.isAllCaps(text)
    }

    /// The first three folded bytes of appendix headings ("phu luc", "mau", "bieu", "danh
    /// muc", the type names).
    static let headingHeads: [UInt32] = Array(Set(
        (DocumentTypes.nameKeys + ["phu luc", "mau", "bieu", "danh muc"].map { Array($0.utf8) }).map(Folding.keyHead)))

    /// The heading heads, looked up in one bucket read whole (most lines asked are no heading),
    /// each with 1 when the heading may be in small letters ("phu luc", "mau ...", "bieu
    /// ..."), else 0: one look-up answers both.
    private static let headingHeadTable = FixedKeyTable(headingHeads.map { head in
        (key: UInt64(head), value: smallLetterHeads.contains(head) ? 1 : 0)
    })

    /// The key heads of the headings that may be in small letters ("phu luc", "mau ...",
    /// "bieu ...").
    static let smallLetterHeads: [UInt32] = ["phu luc", "mau", "bieu"].map { Folding.keyHead($0.utf8) }

    /// The first letters of the headings that may be in small letters ("p", "m", "b"), one
    /// bit per letter from "a".
    static let smallHeadingLetters: UInt32 = 1 << 15 | 1 << 12 | 1 << 1

    /// Whether a line's first byte may start an appendix heading: a letter some heading
    /// starts with, or a byte the key head reads past or decodes (space, control, DEL, a
    /// byte above ASCII). Digits, punctuation and other letters rule the line out at once.
    private static func mayStartHeading(_ byte: UInt8) -> Bool {
        if byte >= 0x7F || byte <= 0x20 { return true }
        let letter = byte | 0x20
        guard letter &- 0x61 < 26 else { return false }
        return headingLetters & 1 << UInt32(letter - 0x61) != 0
    }

    /// The first letters of the headings' keys (the type names, "phu luc", "mau", "bieu",
    /// "danh muc"), one bit per letter from "a": b c d g h k l m n p q t. Written out, a
    /// constant read with no lazy initialization at each line (a test checks it against
    /// the keys).
    static let headingLetters: UInt32 = 0b1001_1011_1100_1100_1110

    /// Whether `text` folds to a type name, given the key of its first 40 bytes (a prefix
    /// of its key: when already longer than any name, the whole key is not folded).
    private static func isTypeName(_ text: some ByteText, prefixKey: [UInt8]) -> Bool {
        if text.count <= 40 { return DocumentTypes.type(named: prefixKey) != nil }
        guard prefixKey.count <= DocumentTypes.longestNameKey else { return false }
        return DocumentTypes.type(named: Folding.key(text)) != nil
    }

    /// "(Kèm theo Kế hoạch số ...)", "( Ban hành kèm theo Quyết định số ...)", "(Ban hành
    /// theo Quyết định số ...)".
    static func isAttachmentReference(_ text: some ByteText) -> Bool {
        guard text.first == UInt8(ascii: "("), [Heads.kem, Heads.ban].contains(Folding.keyHead(text.dropFirst())) else { return false }
        let key = Folding.key(text.dropFirst().prefix(40))
        return key.hasKeyPrefix("kem theo") || key.hasKeyPrefix("ban hanh kem theo") || key.hasKeyPrefix("ban hanh theo")
    }

    // MARK: Helpers

    /// Whether a cell of `line` (cut at column gaps and at "|") is the national motto or a
    /// piece of it; each cell is folded where it lies in the line into one scratch room, with
    /// no array made for it (the key trims the spaces the cells are trimmed of).
    private static func hasMottoCell(_ line: SourceLine) -> Bool {
        line.text.withUnsafeBufferPointer { text in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: text.count) { room in
                line.containsPiece { piece in
                    HeaderPhrases.isMotto(keyIn: room, count: Folding.key(of: UnsafeBufferPointer(rebasing: text[piece]), into: room))
                }
            }
        }
    }

    /// The key heads (`Folding.keyHead`) of the phrases looked for: a line whose head
    /// differs is ruled out before its key is built.
    enum Heads {
        static let noi = Folding.keyHead("noi".utf8)
        static let kin = Folding.keyHead("kin".utf8)
        static let kem = Folding.keyHead("kem".utf8)
        static let ban = Folding.keyHead("ban".utf8)
        static let luu = Folding.keyHead("luu".utf8)
    }

    /// Whether what follows an end mark is the tail: nothing, "Nơi nhận", or a signature.
    private func isFollowedByTail(_ start: Int) -> Bool {
        guard let next = lines[start..<documentEnd].first(where: { !$0.isBlank }) else { return true }
        let text = next.text
        return Self.isRecipientsHeading(text) || Self.isSigningLine(text) || Self.isAppendixHeading(text)
            || (UTF8Text.isAllCaps(text) && UTF8Text.wordCount(text) <= 8 && !(Marker.parse(text).map { !$0.isBullet } ?? false))
    }

    /// An item of "Nơi nhận" (a bulleted line, "Lưu ...", or a wrapped continuation).
    private func isRecipientItem(_ index: Int) -> Bool {
        let text = lines[index].text
        if let marker = Marker.parse(text), marker.isBullet { return true }
        if Folding.keyHead(text) == Heads.luu, Folding.key(text.prefix(8)).hasKeyPrefix("luu") { return true }
        let previous = lines[index - 1]
        if !previous.isBlank && UTF8Text.startsLowercase(text) { return true }
        // An item printed without its dash: mixed case, not a name, not a signing line.
        return !UTF8Text.isAllCaps(text) && !SignatureParser.isPersonName(text) && !Self.isSigningLine(text)
            && !text.contains(where: { $0 == 0x09 }) && lines[index].cells.count == 1
            && !SignatureParser.isPlaceholder(text)
    }

    /// Whether the line at `index` is the "Lưu" line (``RecipientParser/isArchive(_:)``),
    /// its bytes copied only for a line whose first letter, after a dash, is an "L".
    private func isArchiveLine(_ index: Int) -> Bool {
        let text = lines[index].text
        guard let first = text.first(where: { $0 != UInt8(ascii: "-") && $0 != UInt8(ascii: "+") && $0 != UInt8(ascii: "*") && $0 != 0x20 }),
            first | 0x20 == UInt8(ascii: "l")
        else { return false }
        return RecipientParser.isArchive(text.array)
    }

    /// A signature at the very end without "./." or "Nơi nhận": a short capitalized
    /// position line followed by a name. The last four non-blank lines are found from the
    /// end, last first.
    private func trailingSignatureStart() -> Int? {
        var nonBlank: [Int] = []
        var line = documentEnd - 1
        while line >= 0, nonBlank.count < 4 {
            if !lines[line].isBlank { nonBlank.append(line) }
            line -= 1
        }
        guard let last = nonBlank.first, SignatureParser.isPersonName(lines[last].text) else { return nil }
        var start: Int?
        for index in nonBlank.dropFirst() {
            let text = lines[index].text
            guard UTF8Text.isAllCaps(text), UTF8Text.wordCount(text) <= 8 else { break }
            start = index
        }
        return start
    }
}
