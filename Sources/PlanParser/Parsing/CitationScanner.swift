/// Finds the references to other documents in one text unit, on UTF-8 bytes.
///
/// A reference is anchored on a number-symbol ("63/2010/NĐ-CP") or on the name of a law
/// ("Luật Đất đai") or programme ("Đề án 06"). From the anchor it reads backwards for the
/// type word ("Nghị định số", "Chỉ thị", "so"), then forwards for the date ("ngày
/// 08/6/2010", "ngày 07 tháng 8 năm 2017"), the issuer ("của Chính phủ") and the subject
/// ("về ..."), which ends at ";", "(", the end of the sentence, a table cell border, or the
/// next reference. Amendments are read from the words between references.
///
/// This file holds the anchor loop and the numbered anchors; the other parts are
/// extensions of their own: the anchor search (`+CandidateSearch`), the type word before a
/// number (`+TypeWords`), the named anchors (`+Names`), the fields after an anchor
/// (`+Fields`), the amendments (`+Amendments`), the fields a list of references shares
/// (`+Lists`) and the word tests they share (`+Words`).
struct CitationScanner {
    let unit: TextUnit
    /// The unit's bytes, read in place (a stored copy would cost a retain and a release
    /// per unit). Read by every part of the scanner.
    var t: ByteView { unit.bytes }

    init(_ unit: TextUnit) {
        self.unit = unit
    }

    /// The mentions of the unit, whose first anchor may start at `first`
    /// (``survey(of:)``; the anchor search does not look before it again).
    func mentions(from first: Int) -> [CitationMention] {
        var mentions = anchors(from: first)
        for index in mentions.indices {
            let limit = index + 1 < mentions.count ? mentions[index + 1].start : t.count
            readFields(of: &mentions[index], limit: limit)
            if case .none = mentions[index].issuer {
                readIssuerBefore(of: &mentions[index], from: index > 0 ? mentions[index - 1].end : 0)
            }
        }
        // Most units cite one document at most: nothing to link or share, and no call.
        if mentions.count > 1 {
            linkAmendments(&mentions)
            shareListFields(&mentions)
        }
        return mentions
    }

    /// The anchors of the unit from `first` on, in order: numbered, blank and named
    /// mentions with their heads read, their fields not yet.
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
                    let byte = bytes[index]
                    if byte.isASCIIDigit {
                        let previous: UInt8 = index > 0 ? bytes[index - 1] : 0x20
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
                    // The search finds "/" only at the start or after a space, where a blank
                    // draft number may stand, and any other byte only where a name may start,
                    // after a word boundary: neither byte before is tested again here.
                    if let mention = byte == UInt8(ascii: "/") ? blankNumbered(at: index) : named(at: index) {
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
}
