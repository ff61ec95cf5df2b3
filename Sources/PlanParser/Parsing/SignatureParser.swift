/// Reads signature blocks into signers.
///
/// A block is a run of lines: signing-authority lines ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ
/// TỊCH", Party "K/T TRƯỞNG BAN"), capitalized position lines ("PHÓ CHỦ TỊCH"),
/// placeholders ("(Đã ký)"), then the signer's name. A short capitalized line right after an
/// authority line, with more capitals below, continues the authority ("TM. ỦY BAN NHÂN" /
/// "DÂN"). A new block starts after a name, or at a capitalized line after one.
struct SignatureParser {
    /// One line (or one column of a line) of a signature block.
    struct Cell {
        var line: Int
        var text: [UInt8]
    }

    /// A line of a signature block with its signing form, read once.
    private struct BlockLine {
        var cell: Cell
        var form: SigningForm?
    }

    /// The signers of one column of cells, in order, and the cells that are no part of one
    /// (placeholders such as "(Đã ký)" apart), whose text the caller reports so that it
    /// is not lost.
    static func signers(_ cells: [Cell]) -> (signers: [Signer], unread: [Cell]) {
        var signers: [Signer] = []
        var unread: [Cell] = []
        var block: [BlockLine] = []
        for cell in splittingTrailingNames(cells) {
            if isPlaceholder(cell.text) { continue }
            if isPersonName(cell.text) || (!block.isEmpty && isCapitalizedName(cell.text)) {
                if !block.isEmpty || signers.isEmpty {
                    signers.append(signer(block, name: cell))
                    block = []
                } else {
                    unread.append(cell)
                }
                continue
            }
            let form = SigningForm(cell.text)
            let relaxed = block.first?.form.map { !UTF8Text.isAllCaps($0.rest) } ?? false
            guard isBlockLine(cell.text, form: form, relaxed: relaxed) else {
                unread.append(cell)
                continue
            }
            // A signing form after a position starts the next (unsigned) block.
            if form != nil, let last = block.last, last.form == nil, hasPositionWord(last.cell.text) {
                signers.append(signer(block, name: nil))
                block = []
            }
            // A signature block is a few lines; a longer run of capitals is something else.
            if block.count == 6 { unread.append(block.removeFirst().cell) }
            block.append(BlockLine(cell: cell, form: form))
        }
        guard !block.isEmpty else { return (signers, unread) }
        guard block.count <= 3 || block.contains(where: { $0.form != nil }) else { return (signers, unread + block.map(\.cell)) }
        // Capitals under the last name, with no signing form: that signer's role
        // ("TRƯỞNG BAN XÂY DỰNG ĐẢNG").
        if let last = signers.indices.last, signers[last].name != nil, !block.contains(where: { $0.form != nil }) {
            signers[last].role = block.map { UTF8Text.string($0.cell.text) }.joined(separator: " ")
        } else {
            signers.append(signer(block, name: nil))
        }
        return (signers, unread)
    }

    /// The signer of a block (its forms read with it) and name.
    private static func signer(_ block: [BlockLine], name: Cell?) -> Signer {
        var authority: [Authority] = []
        // The position lines joined by one space, made a `String` once.
        var position: [UInt8] = []
        var positionLines = 0
        var index = 0
        while index < block.count {
            let text = block[index].cell.text
            if let form = block[index].form {
                var of = form.rest
                // "TM. ỦY BAN NHÂN" / "DÂN", "TM. BAN THƯỜNG VỤ" / "TỈNH ĐOÀN": a line with no
                // position word continues the authority while capitals follow.
                while index + 2 < block.count, block[index + 1].form == nil,
                    !hasPositionWord(block[index + 1].cell.text)
                {
                    of += [0x20] + block[index + 1].cell.text
                    index += 1
                }
                authority.append(Authority(form: form.form, of: UTF8Text.string(of.trimmingSpaces())))
            } else {
                if positionLines > 0 { position.append(0x20) }
                position += text
                positionLines += 1
            }
            index += 1
        }
        let line = block.first?.cell.line ?? name?.line ?? 0
        return Signer(authority: authority, position: positionLines == 0 ? nil : UTF8Text.string(position),
                      name: name.map { UTF8Text.string($0.text) }, line: line)
    }

    /// Common family names, folded: a capitalized line starting with one is a name printed
    /// in capitals ("NGUYỄN VĂN AN"), not a position.
    private static let familyNames: Set<[UInt8]> = Set([
        "nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui", "do", "ho", "ngo",
        "duong", "ly", "dinh", "trinh", "mai", "truong", "lam", "luong", "cao", "ha", "ta", "chu", "lai", "ton", "thai",
        "quach", "luu", "doan", "kieu", "van", "tang", "la", "ma", "lo", "nong", "hua", "giang", "trieu", "au",
    ].map { Array($0.utf8) })

    /// A name printed in capitals: two to five words, the first a family name, none of them
    /// a position word ("PHÓ CHỦ TỊCH" is no name, though "chu" is a family name).
    private static func isCapitalizedName(_ text: [UInt8]) -> Bool {
        guard UTF8Text.isAllCaps(text), !text.contains(where: { !($0.isASCIILetter || $0 >= 0x80 || $0 == 0x20) }) else { return false }
        let key = Folding.key(text)
        // Two to five words; their count and the first word are read before any word is
        // made an array of its own.
        guard (2...5).contains(UTF8Text.wordCount(key, upTo: 5)), familyNames.contains(Array(key.prefix { $0 != 0x20 })) else { return false }
        return !key.split(separator: 0x20).contains { positionWords.contains(Array($0)) }
    }

    private static let positionWords: Set<[UInt8]> = Set([
        "tich", "giam", "doc", "truong", "pho", "bi", "thu", "ban", "chanh", "phong", "cuc", "tuong", "uy", "nhiem",
        "vien", "hieu", "quyen", "ky", "tong", "tm", "kt", "tl",
    ].map { Array($0.utf8) })

    /// A signing-authority line (`form`, read by the caller), or a short capitalized line
    /// that is no numbered heading or list; `relaxed` (under a signing form in lower or title
    /// case, as legacy files print it) accepts a short line in any case.
    private static func isBlockLine(_ text: [UInt8], form: SigningForm?, relaxed: Bool) -> Bool {
        if form != nil { return true }
        guard relaxed ? UTF8Text.wordCount(text) <= 6 : UTF8Text.isAllCaps(text), UTF8Text.wordCount(text) <= 12,
            !text.contains(UInt8(ascii: ",")), !text.contains(UInt8(ascii: ";"))
        else { return false }
        return Marker.parse(text).map(\.isBullet) ?? true
    }

    /// Words of positions, folded without the word "ban" (which is also in "Ủy ban").
    private static let positionOnlyWords: [[UInt8]] = ["tich", "giam", "doc", "truong", "pho", "bi", "chanh", "tuong", "nhiem", "hieu", "quyen"].map { Array($0.utf8) }

    /// Whether a line names a position ("PHÓ CHỦ TỊCH", "TRƯỞNG BAN", "GIÁM ĐỐC").
    private static func hasPositionWord(_ text: [UInt8]) -> Bool {
        Folding.key(text).split(separator: 0x20).contains { word in positionOnlyWords.contains { $0.elementsEqual(word) } }
    }

    /// "TRƯỞNG BAN PHÓ THỦ TƯỚNG Nguyễn Thiện Nhân" in one cell: the capitals and the name.
    /// At each space in turn, the text before it is read in place; only the text after it
    /// is copied, to be tried as a name.
    static func splitTrailingName(_ text: [UInt8]) -> (capitals: [UInt8], name: [UInt8])? {
        guard !UTF8Text.isAllCaps(text), !isPersonName(text) else { return nil }
        for space in text.indices where text[space] == 0x20 {
            guard UTF8Text.isAllCaps(text[..<space]) else { return nil }
            let name = Array(text[(space + 1)...])
            if isPersonName(name) { return (Array(text[..<space]), name) }
        }
        return nil
    }

    /// The cells, each cell with capitals and a trailing name made two
    /// (``splitTrailingName(_:)``), in one list.
    private static func splittingTrailingNames(_ cells: [Cell]) -> [Cell] {
        var split: [Cell] = []
        split.reserveCapacity(cells.count)
        for cell in cells {
            if let (capitals, name) = splitTrailingName(cell.text) {
                split.append(Cell(line: cell.line, text: capitals))
                split.append(Cell(line: cell.line, text: name))
            } else {
                split.append(cell)
            }
        }
        return split
    }

    /// "(Đã ký)", "(Ký tên, đóng dấu)", "(Ký, ghi rõ họ tên)", "(chữ ký)".
    static func isPlaceholder(_ text: some ByteText) -> Bool {
        guard text.first == UInt8(ascii: "("), text.count <= 60 else { return false }
        let key = Folding.key(text)
        return key.contains(keyPhrase: "ky") || key.contains(keyPhrase: "dong dau")
    }

    /// A person's name: two to six words, each a capital followed by lower case, no digits
    /// or punctuation ("Lê Đại Thăng").
    static func isPersonName(_ text: some ByteText) -> Bool {
        guard text.count <= 60, let first = text.first, first.isASCIIUpper || first >= 0xC3, !UTF8Text.isAllCaps(text) else { return false }
        var words = 0
        var index = 0
        while index < text.count {
            // A word: one capital letter, then lower-case letters only.
            // One capital, then lower-case letters (an apostrophe or a second capital may
            // follow, as in "H’Yim", "Kđoh"); a one-letter word is allowed ("Y Thanh").
            // ASCII is classified by byte, other scalars by UTF8Text's case helpers.
            if text[index] < 0x80 {
                guard text[index].isASCIIUpper else { return false }
                index += 1
            } else {
                guard let (capital, length) = UTF8Text.scalar(in: text, at: index), UTF8Text.isUppercase(capital) else { return false }
                index += length
            }
            var lower = 0
            var others = 0
            while index < text.count, text[index] != 0x20 {
                let byte = text[index]
                if byte < 0x80 {
                    if byte.isASCIILower {
                        lower += 1
                    } else if byte.isASCIIUpper || byte == UInt8(ascii: "'") {
                        others += 1
                    } else {
                        return false
                    }
                    index += 1
                    continue
                }
                guard let (scalar, length) = UTF8Text.scalar(in: text, at: index),
                    UTF8Text.isAlphabetic(scalar) || scalar == "'" || scalar == "\u{2019}"
                else { return false }
                if UTF8Text.isLowercase(scalar) { lower += 1 } else { others += 1 }
                index += length
            }
            guard lower > 0 || others == 0 else { return false }
            words += 1
            while index < text.count, text[index] == 0x20 { index += 1 }
        }
        return (2...6).contains(words)
    }
}

/// A signing-authority prefix and what follows it: "TM. ỦY BAN NHÂN DÂN" → ("TM", "ỦY BAN
/// NHÂN DÂN"); Party "T/M", "K/T", "T/L" are read as "TM", "KT", "TL"; the dot and the
/// space are optional ("KT.CHỦ TỊCH", "KT CHỦ TỊCH", "KT/ BỘ TRƯỞNG"), and legacy text may
/// be lower case.
struct SigningForm {
    let form: String
    let rest: [UInt8]

    private static let forms: [(key: StaticString, form: String)] = [
        ("tuq", "TUQ"), ("t/m", "TM"), ("k/t", "KT"), ("t/l", "TL"), ("tm", "TM"), ("kt", "KT"), ("tl", "TL"), ("q", "Q"),
    ]

    /// Whether `text` may start with a form, by its first byte ("t", "k", "q" in either
    /// case) and its second: the forms of "t" and "k" are printed in ASCII ("TM", "T/M",
    /// "TUQ", "KT"), so a second byte above ASCII ("Tổ", "Kế") rules the line out, and a
    /// printable ASCII second byte, the key's own lower-cased, must continue a form. Most
    /// lines are ruled out on these two bytes.
    @inline(__always)
    static func mayStart(_ text: some ByteText) -> Bool {
        guard let first = text.first else { return false }
        let letter = first | 0x20
        guard letter == UInt8(ascii: "t") || letter == UInt8(ascii: "k") || letter == UInt8(ascii: "q") else { return false }
        guard text.count > 1 else { return true }
        let second = text[1]
        if second >= 0x80 { return letter == UInt8(ascii: "q") }
        return second &- 0x21 >= 0x5E || continuesForm(letter, with: second.asciiLowercased)
    }

    /// Whether the key's second byte `second` continues a form that starts with `letter`
    /// ("TM", "T/M", "TUQ", "TL", "KT", "K/T", "Q.", "Q .").
    private static func continuesForm(_ letter: UInt8, with second: UInt8) -> Bool {
        let allowed: StaticString = letter == UInt8(ascii: "t") ? "u/ml" : letter == UInt8(ascii: "k") ? "/t" : ". "
        return allowed.withUTF8Buffer { $0.contains(second) }
    }

    /// The form and rest of a signing line, or nil; a line is ruled out by its first two
    /// bytes (``mayStart(_:)``, inlined: most lines without a call) or key head before its
    /// prefix is folded.
    @inline(__always)
    init?(_ text: some ByteText) {
        guard Self.mayStart(text) else { return nil }
        self.init(startingLikeOne: text)
    }

    /// ``init(_:)`` for a text whose first two bytes may start a form.
    private init?(startingLikeOne text: some ByteText) {
        // A second byte other than printable ASCII (after "q", or a control), which
        // ``mayStart(_:)`` let through, is read through the key head.
        if text.count < 2 || text[1] &- 0x21 >= 0x5E,
            !Self.continuesForm(text[0] | 0x20, with: UInt8(truncatingIfNeeded: Folding.keyHead(text) >> 8))
        {
            return nil
        }
        let key = Folding.key(text.prefix(12))
        for (keyForm, form) in Self.forms {
            let length = keyForm.utf8CodeUnitCount
            // The prefix as printed, in ASCII ("T×m" folds to "tm" but is no prefix).
            guard key.count > length, keyForm.withUTF8Buffer({ key.starts(with: $0) }),
                text.count > length, text.prefix(length).allSatisfy({ $0 < 0x80 })
            else { continue }
            let next = key[length]
            // "KT.", "KT .", and "KT/" (legacy typing).
            let hasDot = next == UInt8(ascii: ".") || (next == 0x20 && key.count > length + 1 && key[length + 1] == UInt8(ascii: "."))
                || (next == UInt8(ascii: "/") && length == 2)
            guard hasDot || (next == 0x20 && length > 1) else { continue }
            // The prefix is ASCII: skip its letters, then the dot and spaces.
            let rest = Array(text.dropFirst(length).drop { $0 == 0x20 || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "/") })
            let words = UTF8Text.wordCount(rest)
            // Capitals, lower case (legacy files), or a short title-case rest ("Kt. Giám đốc";
            // not after "Q.", which also abbreviates "quận": "Q. Hải Châu").
            guard words >= 1, words <= 12,
                UTF8Text.isAllCaps(rest) || !rest.contains(where: \.isASCIIUpper)
                    || (form != "Q" && words <= 5 && !rest.contains(UInt8(ascii: ",")))
            else { return nil }
            self.form = form
            self.rest = rest
            return
        }
        return nil
    }
}
