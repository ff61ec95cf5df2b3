/// Phase 2: reads the header: issuer lines, national motto, "Số: 36/KH-UBND", "Bình
/// Phước, ngày 16 tháng 02 năm 2017", the type line "KẾ HOẠCH" and the title under it.
///
/// Text extraction flattens the two header columns into lines, pipe-separated cells or
/// space-aligned columns, in either order, so every line is split into cells and each cell
/// is recognized on its own. The header ends with the title, or, without a type line,
/// with the last of the number, date and "V/v" lines.
struct HeaderParser {
    struct Result {
        var header = DocumentHeader()
        /// The line indices of the header zone.
        var range: Range<Int> = 0..<0
        /// Non-blank lines before the header that are no part of it (web page debris).
        var leadingDebris: Range<Int> = 0..<0
        /// The line indices the title was read from.
        var titleLines: [Int] = []
        var diagnostics: [Diagnostic] = []
    }

    let lines: [SourceLine]
    /// The end of the document's lines: the lines from there on (footnotes) are not read.
    let documentEnd: Int
    /// The text comes from TCVN3, whose capitals font printed small code points as capitals:
    /// the issuer is recognized in any case, and written in capitals.
    var caseUnreliable = false

    /// How far down the header is looked for, in non-blank lines.
    private static let window = 80

    func parse() -> Result {
        var result = Result()
        var numberIndex: Int?
        var dateIndex: Int?
        var dateContinuation: Int?
        var subjectIndex: Int?
        // The type line: the first one below the number and date found so far (the lines are
        // read in order, so one found earlier is above them), or the one in capitals that
        // ends the window, which is below them too.
        var typeLineBelow: (index: Int, type: DocumentType, titleStart: Int?)?
        // The window's lines are read one ahead, only as far as the header is looked for.
        var position = 0
        var current = nextWindowLine(after: -1)
        while let index = current {
            let nextCandidate = position + 1 < Self.window ? nextWindowLine(after: index) : nil
            defer {
                current = nextCandidate
                position += 1
            }
            if let (type, titleStart) = typeLine(lines[index].text) {
                // A type line in capitals ends the header when under the number or date, and
                // when it comes first (an attached plan: "KẾ HOẠCH", its title, "(Kèm theo ...)").
                if UTF8Text.isAllCaps(lines[index].text) {
                    typeLineBelow = (index, type, titleStart)
                    break
                }
                if typeLineBelow == nil { typeLineBelow = (index, type, titleStart) }
                continue
            }
            // Each cell is folded in place into temporary room; the line's list of cells
            // is made only for a number or a date cell, whose reading goes on in the cells
            // after it.
            var cellIndex = 0
            lines[index].forEachCellInPlace { cell in
                defer { cellIndex += 1 }
                Folding.withKey(of: cell) { key in
                    if numberIndex == nil, isNumberCell(key) {
                        numberIndex = index
                        typeLineBelow = nil
                        readNumber(lines[index].cells[cellIndex...], at: index, into: &result)
                    } else if dateIndex == nil, Self.mayStartDate(key: key),
                        let (dateText, dateWords, match, continuation) = dateCell(lines[index].cells[cellIndex...], key: Array(key), next: nextCandidate)
                    {
                        dateIndex = index
                        typeLineBelow = nil
                        dateContinuation = continuation
                        readPlaceAndDate(dateText, words: dateWords, match, at: index, into: &result)
                    } else if subjectIndex == nil, key.hasKeyPrefix("v/v") || key.hasKeyPrefix("ve viec") {
                        subjectIndex = index
                    }
                }
            }
        }
        let typeLine = typeLineBelow
        // "V/v" anchors the header only when nothing else does (it may be web-page debris).
        guard let top = Self.first(Self.first(numberIndex, dateIndex), typeLine?.index) ?? subjectIndex else {
            result.diagnostics.append(Diagnostic(severity: .warning, code: "header.missing",
                message: "no header found: no 'Số:', date or type line near the top", line: nil))
            return result
        }
        let issuerBlock = issuerBlock(above: top)
        let issuerLines = issuerBlock.map(\.index)
        let start = issuerLines.first ?? top
        var headerEnd = Self.last(Self.last(numberIndex, dateIndex), subjectIndex).map { $0 + 1 } ?? start + 1
        if let typeLine {
            result.header.type = typeLine.type
            if let titleStart = typeLine.titleStart {
                result.header.title = UTF8Text.string(lines[typeLine.index].text[titleStart...])
            }
            headerEnd = readTitle(after: typeLine.index, into: &result)
        } else if let subjectIndex {
            headerEnd = max(headerEnd, readSubject(at: subjectIndex, into: &result))
        }
        result.range = start..<headerEnd
        result.leadingDebris = 0..<start
        readIssuer(issuerBlock.flatMap(\.cells), into: &result)
        reportUnrecognized(in: start..<(typeLine?.index ?? headerEnd), into: &result) { index in
            index == numberIndex || index == dateIndex || index == dateContinuation || index == subjectIndex || issuerLines.contains(index)
        }
        checkType(typeIndex: typeLine?.index, isLetter: typeLine == nil && subjectIndex != nil, into: &result)
        // An attached document has the issuer, number and date of the one it is attached to.
        if result.header.attachedTo != nil { return result }
        if result.header.issuer == nil {
            result.diagnostics.append(Diagnostic(severity: .note, code: "header.issuer-missing",
                message: "the issuer is not printed in the header", line: nil))
        }
        if numberIndex == nil {
            result.diagnostics.append(Diagnostic(severity: .warning, code: "header.number-missing",
                message: "no 'Số:' line with the number and symbol", line: nil))
        }
        if dateIndex == nil {
            result.diagnostics.append(Diagnostic(severity: .warning, code: "header.date-missing",
                message: "no place and date line ('..., ngày ... tháng ... năm ...')", line: nil))
        }
        if result.header.title == nil {
            result.diagnostics.append(Diagnostic(severity: .warning, code: "header.title-missing",
                message: "no title under the type line", line: typeLine.map { lines[$0.index].number }))
        }
        return result
    }

    /// The words of "..., ngày ... tháng ... năm ..." starting at the first of `cells`: that
    /// cell, or with the cells after it (blank fields split a line into columns: "ngày    
    /// tháng"), or run on into the next line ("Nghệ An, ngày 18" / "tháng 11 năm 2025"),
    /// whose index is then returned too. `key` is the first cell's folded key, which holds
    /// the word "ngày" a date starts at (``mayStartDate(key:)``, asked first); a text that
    /// cannot hold a date (`mayHoldDate`) is not read word by word. The text read and its
    /// words (ranges of it) are returned for the place to be read from them without
    /// splitting the text again.
    private func dateCell(_ cells: ArraySlice<[UInt8]>, key: [UInt8], next: Int?) -> ([UInt8], [Range<Int>], DateParser.Match, Int?)? {
        guard let cell = cells.first else { return nil }
        let cellMayHoldDate = Self.mayHoldDate(cell, key: key)
        if cellMayHoldDate {
            let words = cell.wordRanges
            if let match = DateParser.firstDate(in: cell, words: words) { return (cell, words, match, nil) }
        }
        // A line of one cell is that cell, read already.
        let line = cells.count == 1 ? cell : Array(cells.joined(separator: [0x20]))
        let lineMayHoldDate = cells.count == 1 ? cellMayHoldDate : Self.mayHoldDate(line, key: Folding.key(line))
        if cells.count > 1, lineMayHoldDate {
            let words = line.wordRanges
            if let match = DateParser.firstDate(in: line, words: words) { return (line, words, match, nil) }
        }
        guard let next, let nextCell = lines[next].cells.first else { return nil }
        // The space between them keeps a word from running across the two.
        guard lineMayHoldDate || Self.mayHoldDate(nextCell, key: Folding.key(nextCell)) else { return nil }
        let text = line + [0x20] + nextCell
        let words = text.wordRanges
        return DateParser.firstDate(in: text, words: words).map { (text, words, $0, next) }
    }

    /// Whether a cell folded to `key` may start a date: it holds the word "ngày". A cell
    /// without it is passed over before its line's cells are listed for ``dateCell(_:key:next:)``.
    private static func mayStartDate(key: UnsafeBufferPointer<UInt8>) -> Bool {
        key.contains(keyPhrase: DateParser.dayWord)
    }

    /// Whether `text` (folded to `key`) may hold a date: `DateParser` reads "tháng" spelled
    /// out (alone or glued to its number, so "thang" is in the key) or a word with slashes.
    private static func mayHoldDate(_ text: [UInt8], key: [UInt8]) -> Bool {
        text.contains(UInt8(ascii: "/"))
            || key.withUnsafeBufferPointer { key in DateParser.monthWord.withUTF8Buffer { key.firstOffset(of: $0) } } != nil
    }

    /// The issuer's lines: the block of capitalized lines just above the first header line,
    /// across the motto, rules and marks of the other column, up to a line of other text.
    /// Each comes with its issuer cells (rules removed), read once here.
    private func issuerBlock(above top: Int) -> [(index: Int, cells: [[UInt8]])] {
        var found: [(index: Int, cells: [[UInt8]])] = []
        found.reserveCapacity(min(top, 8))  // a block is a few lines; a longer one grows the array
        var index = top - 1
        while index >= 0 {
            let line = lines[index]
            defer { index -= 1 }
            if line.isBlank { continue }
            var issuerCells: [[UInt8]] = []
            // A cell that is neither the issuer's nor debris ends the block.
            let isIssuerOrDebris = line.allCells { cell in
                let cell = cell.removingRules()
                switch kind(of: cell) {
                case .issuer:
                    issuerCells.append(cell)
                    return true
                case .blank, .phrase: return true
                case .other: return Self.isStrayCode(cell)
                }
            }
            guard isIssuerOrDebris else { break }
            if !issuerCells.isEmpty || found.isEmpty == false || HeaderPhrases.isMotto(Folding.key(line.text)) { found.append((index, issuerCells)) }
        }
        found.reverse()  // in place: no second array
        return found
    }

    /// The first of two lines, either of which may be missing (no list of them is made).
    private static func first(_ one: Int?, _ other: Int?) -> Int? {
        guard let one, let other else { return one ?? other }
        return min(one, other)
    }

    /// The last of two lines, either of which may be missing (no list of them is made).
    private static func last(_ one: Int?, _ other: Int?) -> Int? {
        guard let one, let other else { return one ?? other }
        return max(one, other)
    }

    /// The line of the header window after line `index` (-1 for the first): the next
    /// non-blank line, unless it is a numbered paragraph or a long prose line, which ends
    /// the window (of `window` lines at most, counted by the caller).
    private func nextWindowLine(after index: Int) -> Int? {
        var next = index + 1
        while next < documentEnd, lines[next].isBlank { next += 1 }
        guard next < documentEnd else { return nil }
        let text = lines[next].text
        if let marker = Marker.parse(text), !marker.isBullet { return nil }
        // More than 40 words take 81 bytes at least: shorter lines are not counted.
        if text.count > 80, UTF8Text.wordCount(text, upTo: 40) > 40 { return nil }
        return next
    }

    // MARK: Type line and title

    /// "KẾ HOẠCH" alone, or "KẾ HOẠCH TRIỂN KHAI ..." in capitals: the type, and where
    /// the title starts on the same line.
    private func typeLine(_ text: some ByteText) -> (DocumentType, Int?)? {
        guard DocumentTypes.mayStartWithName(text) else { return nil }
        let key = Folding.key(text)
        if let type = DocumentTypes.type(named: key) { return (type, nil) }
        guard let type = DocumentTypes.type(prefixing: key) else { return nil }
        // "CHỈ THỊ CỦA ỦY BAN NHÂN DÂN ...", in any case (TCVN3 prints it in small letters):
        // the issuer, not the title (which follows below).
        if key.dropFirst(Folding.key(type.name).count + 1).starts(with: "cua ".utf8) { return (type, nil) }
        guard UTF8Text.isAllCaps(text) else { return nil }
        let words = type.name.split(separator: " ").count
        var spaces = 0
        for (offset, byte) in text.enumerated() where byte == 0x20 {
            spaces += 1
            if spaces == words { return (type, offset + 1) }
        }
        return nil
    }

    /// Reads the title paragraph after the type line, and the "(Kèm theo ...)" reference
    /// of an attached document under it; returns the end of the header.
    private func readTitle(after typeIndex: Int, into result: inout Result) -> Int {
        if result.header.title != nil { return typeIndex + 1 }
        let paragraphs = ParagraphBuilder(lines: lines).paragraphs(in: (typeIndex + 1)..<min(documentEnd, typeIndex + 30))
        guard var first = paragraphs.first.map(beforeBlankLine), isTitle(first) else { return typeIndex + 1 }
        var title = first.text.array
        // A title line that starts with a capital ("... một số mặt hàng trong" / "Biểu thuế
        // nhập khẩu ưu đãi") is a paragraph of its own: take it back when it follows at once.
        for next in paragraphs.dropFirst().lazy.map(beforeBlankLine) {
            guard next.lineSpan.range.lowerBound == first.lineSpan.range.upperBound, next.marker == nil,
                !ParagraphBuilder.endsSentence(title), first.lineSpan.count + next.lineSpan.count <= 4,
                UTF8Text.wordCount(next.text) <= 12, isTitle(next), !TailLocator.isAttachmentReference(next.text)
            else { break }
            title += [0x20] + next.text
            first.lineSpan = first.lineSpan.joined(with: next.lineSpan)
        }
        var titleLines = first.lineIndices
        var referenceLines: [Int] = []
        if let cut = titleLines.firstIndex(where: { TailLocator.isAttachmentReference(lines[$0].text) }), cut > 0 {
            referenceLines = Array(titleLines[cut...])
            titleLines = Array(titleLines[..<cut])
            title = lines.joinedText(titleLines).array
        } else if paragraphs.count > 1, TailLocator.isAttachmentReference(paragraphs[1].text), paragraphs[1].lineSpan.count <= 4 {
            referenceLines = paragraphs[1].lineIndices
        }
        result.header.title = UTF8Text.string(title.trimmingTrailing(":"))
        result.titleLines = titleLines
        guard let lastReferenceLine = referenceLines.last else { return titleLines[titleLines.count - 1] + 1 }
        var reference = lines.joinedText(referenceLines)[...]
        if reference.first == UInt8(ascii: "(") { reference = reference.dropFirst() }
        if reference.last == UInt8(ascii: ")") { reference = reference.dropLast() }
        result.header.attachedTo = UTF8Text.string(reference.trimmingSpaces())
        return lastReferenceLine + 1
    }

    /// In TCVN3 text a small letter after a blank line proves nothing ("bộ trưởng bộ tài
    /// chính", the authority, printed in capitals): a title paragraph ends at a blank line.
    private func beforeBlankLine(_ paragraph: Paragraph) -> Paragraph {
        guard caseUnreliable, let gap = paragraph.lineSpan.skipped.first else { return paragraph }
        var cut = paragraph
        cut.lineSpan = LineSpan(range: paragraph.lineSpan.range.lowerBound..<gap)
        cut.text = lines.joinedText(cut.lineSpan.range)
        return cut
    }

    private func isTitle(_ paragraph: Paragraph) -> Bool {
        if let marker = paragraph.marker, !marker.isBullet { return false }
        let key = Folding.key(paragraph.text.prefix(40))
        if key.hasKeyPrefix("can cu") && !UTF8Text.isAllCaps(paragraph.text) { return false }
        if key.hasKeyPrefix("kinh gui") || key.hasKeyPrefix("noi nhan") { return false }
        return UTF8Text.wordCount(paragraph.text) <= 80 && paragraph.text.last != UInt8(ascii: ":")
    }

    /// "V/v ..." under the number (công văn): the title; returns the end of the header.
    private func readSubject(at index: Int, into result: inout Result) -> Int {
        let text = lines[index].cells.first { cell in
            let key = Folding.key(cell)
            return key.hasKeyPrefix("v/v") || key.hasKeyPrefix("ve viec")
        } ?? lines[index].text.array
        result.header.title = UTF8Text.string(text)
        if lines[index].cells.count == 1 { result.titleLines = [index] }
        return index + 1
    }

    // MARK: Number and symbol

    /// Whether the folded `key` (an array or a buffer, indexed from 0) starts a number cell:
    /// "so:", "so/", "so1", and the same after a space.
    private func isNumberCell<Key: RandomAccessCollection<UInt8>>(_ key: Key) -> Bool where Key.Index == Int {
        guard key.count > 2, key[0] == UInt8(ascii: "s"), key[1] == UInt8(ascii: "o") else { return false }
        let next = key[2]
        if next == UInt8(ascii: ":") || next == UInt8(ascii: "/") || next.isASCIIDigit { return true }
        return next == 0x20 && key.count > 3 && (key[3].isASCIIDigit || key[3] == UInt8(ascii: "/") || key[3] == UInt8(ascii: ":"))
    }

    /// "Số: 36 /KH-UBND", "Số: /KH-UBND", "Số 15-KH/TU", "Số:…05…./2006/QĐ-UBND", and
    /// "Số:" with the number in the next column ("Số:   /KH-BCĐ") or on the next line.
    private func readNumber(_ cells: ArraySlice<[UInt8]>, at index: Int, into result: inout Result) {
        let cell = cells[cells.startIndex]
        var rest = cell.drop { $0 != UInt8(ascii: ":") && !$0.isASCIIDigit && $0 != UInt8(ascii: "/") }
        if rest.first == UInt8(ascii: ":") { rest = rest.dropFirst() }
        let startsNumber = { (first: UInt8?) in first?.isASCIIDigit == true || first == UInt8(ascii: "/") }
        // Whether the number is in the next column or on the next line, not after "Số:".
        var isBelowOrBeside = false
        if rest.allSatisfy({ $0 == 0x20 }) {
            if let column = cells.dropFirst().first, startsNumber(column.first) {
                rest = column[...]
                isBelowOrBeside = true
            } else if let next = lines[(index + 1)..<documentEnd].first(where: { !$0.isBlank }), startsNumber(next.text.first) {
                rest = next.text.array[...]
                isBelowOrBeside = true
            }
        }
        let numberSymbol = NumberSymbol(rest)
        result.header.number = numberSymbol.number
        result.header.symbol = numberSymbol.symbol
        if numberSymbol.number == nil {
            // Quoted as printed: "Số:" and the column or line the symbol is in.
            let printed = isBelowOrBeside ? cell + [0x20] + rest : cell
            result.diagnostics.append(Diagnostic(severity: .note, code: "header.number-blank",
                message: "the number is left blank ('\(UTF8Text.string(printed.trimmingSpaces()))')", line: lines[index].number))
        }
    }

    // MARK: Place and date

    /// The place before the date (`match` in the date cell's `words`, ranges of `text`),
    /// and the date.
    private func readPlaceAndDate(_ text: [UInt8], words: [Range<Int>], _ match: DateParser.Match, at index: Int, into result: inout Result) {
        var place = text.joined(words[..<match.start]).trimmingTrailing(",")
        // A place wrapped onto the line above ("Thành phố Hồ Chí" / "Minh, ngày ...").
        if index > 0, !lines[index - 1].isBlank, lines[index - 1].cells.count == 1,
            !UTF8Text.isAllCaps(lines[index - 1].text), !place.isEmpty, !isNumberCell(Folding.key(lines[index - 1].text)),
            !HeaderPhrases.isMotto(Folding.key(lines[index - 1].text))
        {
            place = lines[index - 1].text.array + [0x20] + place
        }
        // The place alone on the line above ("Đồng Tháp," / "ngày 01 tháng 12 năm 2025").
        if place.isEmpty, let above = (max(0, index - 3)..<index).last(where: { !lines[$0].isBlank }),
            lines[above].text.last == UInt8(ascii: ","), UTF8Text.wordCount(lines[above].text) <= 5,
            !HeaderPhrases.isMotto(Folding.key(lines[above].text)), !isNumberCell(Folding.key(lines[above].text))
        {
            place = lines[above].text.array.trimmingTrailing(",")
        }
        result.header.place = place.isEmpty ? nil : UTF8Text.string(place)
        result.header.date = match.date
        let line = lines[index].number
        if !match.invalidParts.isEmpty {
            result.diagnostics.append(Diagnostic(severity: .warning, code: "header.date-invalid",
                message: "impossible date part: \(match.invalidParts.joined(separator: ", "))", line: line))
        }
        if match.date.day == nil || match.date.month == nil || match.date.year == nil {
            result.diagnostics.append(Diagnostic(severity: .note, code: "header.date-incomplete",
                message: "the date is partly blank ('\(UTF8Text.string(text.joined(words[match.start...])))')", line: line))
        }
    }

    // MARK: Issuer

    /// The issuer from the all-caps cells of the issuer's lines (without the motto and marks).
    private func readIssuer(_ parts: [[UInt8]], into result: inout Result) {
        guard !parts.isEmpty else { return }
        let issuer = UTF8Text.string(Array(parts.joined(separator: [0x20])))
        result.header.issuer = caseUnreliable ? issuer.uppercased() : issuer
    }

    /// A filing code or mark beside the header, one short word with a digit ("XV80", "-0-").
    private static func isStrayCode(_ cell: [UInt8]) -> Bool {
        cell.count <= 8 && !cell.contains(0x20) && cell.contains(where: \.isASCIIDigit)
    }

    /// What a cell of the issuer's block (rules removed) is.
    private enum CellKind {
        /// No letter or digit.
        case blank
        /// An issuer cell: capitals (any short text in TCVN3), not the motto, a mark or the number.
        case issuer
        /// The motto or a mark, not an issuer cell.
        case phrase
        /// Other text.
        case other
    }

    /// The kind of `cell`. Its key is folded into temporary room (no array made), where it
    /// is asked for a mark and the number before ``HeaderPhrases/isMotto(keyIn:count:)``
    /// squeezes it in place.
    private func kind(of cell: [UInt8]) -> CellKind {
        guard UTF8Text.hasAlphanumeric(cell) else { return .blank }
        let isCapitals: Bool
        if caseUnreliable {
            isCapitals = UTF8Text.wordCount(cell) <= 10 && !cell.contains(where: \.isASCIIDigit) && UTF8Text.firstLetter(of: cell) != nil
        } else {
            isCapitals = UTF8Text.isAllCaps(cell)
        }
        return cell.withUnsafeBufferPointer { bytes in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { room in
                let keyCount = Folding.key(of: bytes, into: room)
                let key = UnsafeBufferPointer(rebasing: room[..<keyCount])
                let isMark = HeaderPhrases.isMark(key)
                let isNumber = isNumberCell(key)
                let isMotto = HeaderPhrases.isMotto(keyIn: room, count: keyCount)
                if isMotto || isMark { return .phrase }
                return isCapitals && !isNumber ? .issuer : .other
            }
        }
    }

    /// Lines of the header that hold no field (`isKnown` tells the lines read: number, date,
    /// subject, issuer): reported with their text, so nothing is lost.
    private func reportUnrecognized(in range: Range<Int>, into result: inout Result, skipping isKnown: (Int) -> Bool) {
        for index in range where !lines[index].isBlank && !isKnown(index) {
            let line = lines[index]
            let recognized = line.allCells { kind(of: $0.removingRules()) != .other }
            if recognized { continue }
            let placeFragment = index + 1 < documentEnd && lines[index + 1].number == line.number + 1
                && DateParser.firstDate(in: lines[index + 1].text, words: lines[index + 1].text.wordRanges) != nil
            if placeFragment { continue }
            result.diagnostics.append(Diagnostic(severity: .warning, code: "header.unrecognized-line",
                message: "header line not recognized: '\(line.string)'", line: line.number))
        }
    }

    // MARK: Type

    /// The type from the type line, else "Công văn" for a letter ("V/v ..." under the number,
    /// whose symbol starts with the issuer's code), else from the symbol's code.
    private func checkType(typeIndex: Int?, isLetter: Bool, into result: inout Result) {
        let code = result.header.symbol.flatMap(NumberSymbol.typeCode)
        let symbolType = code.flatMap(DocumentTypes.type(code:))
        if isLetter {
            result.header.type = DocumentTypes.type(named: Folding.key("Công văn"))
            return
        }
        guard let printed = result.header.type else {
            result.header.type = symbolType
            if symbolType == nil {
                result.diagnostics.append(Diagnostic(severity: .warning, code: "header.type-missing",
                    message: "no type line and no known type code in the symbol", line: nil))
            }
            return
        }
        if let symbolType, symbolType != printed, let typeIndex {
            result.diagnostics.append(Diagnostic(severity: .warning, code: "header.type-mismatch",
                message: "the type line says '\(printed.name)' but the symbol code '\(code ?? "")' means '\(symbolType.name)'",
                line: lines[typeIndex].number))
        }
    }
}

/// Fixed phrases of the header that carry no field.
enum HeaderPhrases {
    private static let mottos = ["cong hoa xa hoi chu nghia viet nam", "doc lap - tu do - hanh phuc", "dang cong san viet nam"].map { Array($0.utf8) }
    private static let marks = ["du thao", "khan", "thuong khan", "hoa toc", "mat", "toi mat", "tuyet mat", "luu hanh noi bo"].map { Array($0.utf8) }

    /// The mottos with letters only ("conghoaxahoichunghiavietnam"), each with the set of
    /// its letters (``letterSet(_:)``).
    private static let squeezedMottos = mottos.map { motto in
        let letters = motto.filter(\.isASCIILetter)
        return (letters: letters, letterSet: letters.reduce(0) { $0 | letterSet($1) })
    }

    /// A letter as one bit of a set of letters: a letter's case does not count.
    @inline(__always)
    private static func letterSet(_ letter: UInt8) -> UInt32 { 1 << (letter & 31) }

    /// The national title and motto, or a piece of them wrapped over lines. The key's
    /// letters are squeezed into scratch room and compared through buffer pointers (every
    /// cell of the tail lines is asked).
    static func isMotto(_ key: [UInt8]) -> Bool {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: key.count) { room in
            _ = room.initialize(fromContentsOf: key)
            return isMotto(keyIn: room, count: key.count)
        }
    }

    /// ``isMotto(_:)`` for the key in the first `count` bytes of `room`, whose letters are
    /// squeezed there in place. A motto is searched only where the sets of letters allow a
    /// match: a piece of a motto holds no letter the motto lacks, and a text that holds a
    /// whole motto holds all its letters.
    static func isMotto(keyIn room: UnsafeMutableBufferPointer<UInt8>, count keyCount: Int) -> Bool {
        var count = 0
        var letters: UInt32 = 0
        for index in 0..<keyCount where room[index].isASCIILetter {
            room[count] = room[index]
            letters |= letterSet(room[index])
            count += 1
        }
        guard count >= 5 else { return false }
        let squeezed = UnsafeBufferPointer(rebasing: room[..<count])
        return squeezedMottos.contains { motto in
            let mayBePiece = count <= motto.letters.count && letters & ~motto.letterSet == 0
            let mayHoldWhole = count >= motto.letters.count && motto.letterSet & ~letters == 0
            guard mayBePiece || mayHoldWhole else { return false }
            return motto.letters.withUnsafeBufferPointer { whole in
                (mayBePiece && whole.firstOffset(of: squeezed) != nil) || (mayHoldWhole && squeezed.firstOffset(of: whole) != nil)
            }
        }
    }

    /// Draft, urgency and secrecy marks ("DỰ THẢO", "KHẨN", "MẬT").
    /// The key's letters and spaces, trimmed, are gathered in scratch room and compared there.
    static func isMark(_ key: some Collection<UInt8>) -> Bool {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: key.count) { room in
            var count = 0
            for byte in key where byte.isASCIILetter || byte == 0x20 {
                room[count] = byte
                count += 1
            }
            var start = 0
            while start < count, room[start] == 0x20 { start += 1 }
            while count > start, room[count - 1] == 0x20 { count -= 1 }
            let kept = UnsafeBufferPointer(rebasing: room[start..<count])
            return marks.contains { $0.elementsEqual(kept) }
        }
    }
}

extension Array where Element == UInt8 {
    /// Without a trailing `character` (and the spaces before it).
    func trimmingTrailing(_ character: Unicode.Scalar) -> [UInt8] {
        var end = count
        while end > 0, self[end - 1] == UInt8(ascii: character) || self[end - 1] == 0x20 { end -= 1 }
        return Array(self[..<end])
    }

    /// Without underline rules ("-------", "______", "=====") inside the text: runs of
    /// three or more of those bytes (mixed) are cut out, shorter ones kept; trimmed. Text
    /// without rules (no such run: "Độc lập - Tự do") or spaces at its ends (a cell) is
    /// returned as it is, uncopied.
    func removingRules() -> [UInt8] {
        let isRuleByte = { (byte: UInt8) in byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "=") }
        var run = 0
        let hasRule = contains { byte in
            run = isRuleByte(byte) ? run + 1 : 0
            return run == 3
        }
        guard hasRule else { return first == 0x20 || last == 0x20 ? trimmingSpaces() : self }
        var result: [UInt8] = []
        result.reserveCapacity(count)
        var runStart = 0
        var index = 0
        while index <= count {
            if index < count, isRuleByte(self[index]) {
                index += 1
                continue
            }
            // The run before `index` is kept when short, then the byte at `index`.
            if index - runStart < 3, index > runStart { result.append(contentsOf: self[runStart..<index]) }
            if index < count { result.append(self[index]) }
            index += 1
            runStart = index
        }
        return result.trimmingSpaces()
    }
}
