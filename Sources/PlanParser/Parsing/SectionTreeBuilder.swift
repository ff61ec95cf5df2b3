/// Phase 3a: builds the section tree from the body's paragraphs.
///
/// A numbered paragraph opens a section. Its level comes from its numbering style, in the
/// order the styles first appear (as in a word processor's outline): a style already open
/// closes the deeper sections and adds a sibling; a new style opens a child. Numbers are
/// kept as printed, and a gap or a step back in a sequence is reported. Bullets nest the
/// same way inside a section's body ("+" under "-"); a plain paragraph ends the nesting.
struct SectionTreeBuilder {
    /// The nodes of one list (the roots, a section's subsections or body, an item's
    /// subitems), linked through the nodes' `next`, so that no node owns an array.
    private struct NodeList {
        /// The first and the last node, -1 while the list is empty.
        var first = -1, last = -1
        var count = 0

        /// This list with `node` added at its end, linked from the last node of `nodes`,
        /// the array the list's nodes are in.
        func appending<Node: LinkedNode>(_ node: Int, linkingIn nodes: inout [Node]) -> NodeList {
            var list = self
            if last >= 0 { nodes[last].next = node } else { list.first = node }
            list.last = node
            list.count += 1
            return list
        }
    }

    /// A node of a ``NodeList``.
    private protocol LinkedNode {
        /// The next node of the list this one is in, or -1.
        var next: Int { get set }
    }

    /// Where a title or an item's text lies: a range of the text of one of the paragraphs,
    /// read in place when the model is made (a node holds no reference to the text).
    private struct TextRange {
        /// The paragraph's index in the paragraphs built from.
        var paragraph: Int
        /// The range of its bytes in that paragraph's text.
        var bytes: Range<Int>
    }

    private struct SectionNode: LinkedNode {
        var number: String
        var title: TextRange
        var line: Int
        var style: Marker.Style
        var value: Int
        var body = NodeList()
        var children = NodeList()
        /// The next node of the list this one is in, or -1.
        var next = -1
    }

    private struct ItemNode: LinkedNode {
        var marker: String?
        var text: TextRange
        var line: Int
        var children = NodeList()
        /// The next node of the list this one is in, or -1.
        var next = -1
    }

    /// The paragraphs the tree is built from, which the nodes' texts lie in.
    private let paragraphs: ArraySlice<Paragraph>
    private var sections: [SectionNode] = []
    private var items: [ItemNode] = []
    private var roots = NodeList()
    /// Open sections, outermost first.
    private var openSections: [Int] = []
    /// Open bullet items of the innermost section, outermost first.
    private var openItems: [(kind: Marker.BulletKind, item: Int)] = []
    /// The last article ("Điều 5"), for their document-wide sequence.
    private var lastArticle: Int?
    /// The gaps and steps back in the numbering found so far.
    private var diagnostics: [Diagnostic] = []

    /// Builds the tree of `paragraphs`, the first of which must be numbered, with the gaps
    /// and steps back in its numbering. Titles and item texts are kept as ranges of the
    /// paragraphs' texts, made into strings once, for the model. Each paragraph's lines are owned in
    /// `ledger` (zone `.body`) by the text of the element it became, in paragraph order:
    /// sections read "number title", items "marker text".
    static func build(_ paragraphs: ArraySlice<Paragraph>, ledger: inout LineLedger) -> (sections: [Section], diagnostics: [Diagnostic]) {
        var builder = SectionTreeBuilder(paragraphs: paragraphs)
        // At most one node per paragraph (and an item for an article's rest).
        builder.sections.reserveCapacity(paragraphs.count)
        builder.items.reserveCapacity(paragraphs.count)
        ledger.reserveTexts(paragraphs.count)
        var index = paragraphs.startIndex
        // The paragraphs' fields are read in place: a paragraph is not copied whole.
        while index < paragraphs.endIndex {
            let line = paragraphs[index].line
            if let marker = paragraphs[index].marker, !marker.isBullet, !marker.isLatinF || builder.continuesOpenE {
                let label = marker.label(in: paragraphs[index].text)
                var lines = paragraphs[index].lineSpan
                var title = Self.trimmedText(of: paragraphs, at: index, afterMarker: true, colon: true)
                // "Phần I" on its own line, its title on the next one.
                if title.bytes.isEmpty, index + 1 < paragraphs.endIndex, paragraphs[index + 1].marker == nil {
                    title = Self.trimmedText(of: paragraphs, at: index + 1, afterMarker: false, colon: true)
                    lines = lines.joined(with: paragraphs[index + 1].lineSpan)
                    index += 1
                }
                if marker.style == .article {
                    builder.openArticle(marker, label: label, text: title, line: line, lines: lines, ledger: &ledger)
                } else {
                    builder.openSection(marker, label: label, title: title, line: line, lines: lines, ledger: &ledger)
                }
            } else if let marker = paragraphs[index].marker, case .bullet(let kind) = marker.style {
                builder.addBullet(kind, label: marker.label(in: paragraphs[index].text),
                                  text: Self.trimmedText(of: paragraphs, at: index, afterMarker: true, colon: false),
                                  line: line, lines: paragraphs[index].lineSpan, ledger: &ledger)
            } else {
                builder.addParagraph(Self.trimmedText(of: paragraphs, at: index, afterMarker: false, colon: false), line: line,
                                     lines: paragraphs[index].lineSpan, ledger: &ledger)
            }
            index += 1
        }
        return (builder.outputSections(builder.roots), builder.diagnostics)
    }

    /// The text of `paragraphs[index]` (after its marker and the spaces after it with
    /// `afterMarker`) without the list punctuation that ends an item (";" or ","), and for a
    /// title (`colon`) also without the ":" that introduces its content. The text is read
    /// through a buffer: no slice of it (and no reference to it) is made.
    private static func trimmedText(of paragraphs: ArraySlice<Paragraph>, at index: Int, afterMarker: Bool, colon: Bool) -> TextRange {
        let contentStart = afterMarker ? paragraphs[index].marker?.contentStart : nil
        let range = paragraphs[index].text.withUnsafeBufferPointer { text in
            var start = 0
            if let contentStart {
                start = min(contentStart, text.count)
                while start < text.count, text[start] == 0x20 { start += 1 }
            }
            var end = text.count
            while end > start {
                let byte = text[end - 1]
                guard byte == UInt8(ascii: ";") || byte == UInt8(ascii: ",") || byte == 0x20 || (colon && byte == UInt8(ascii: ":")) else { break }
                end -= 1
            }
            return start..<end
        }
        return TextRange(paragraph: index, bytes: range)
    }

    /// The bytes at `range` (a slice of its paragraph's text, uncopied).
    private func bytes(_ range: TextRange) -> Slice<ByteView> {
        paragraphs[range.paragraph].text[range.bytes]
    }

    // MARK: Sections

    /// Opens the section of `marker`, printed `label`, closing the deeper ones; its `lines`
    /// are owned in `ledger` by "label" and the text of `ledgerRange`, or else of its title.
    private mutating func openSection(_ marker: Marker, label: String, title: TextRange, line: Int, lines: LineSpan,
                                      ledgerRange: TextRange? = nil, ledger: inout LineLedger) {
        let style = resolvedStyle(marker)
        let value = marker.isLatinF ? VietnameseAlphabet.ordinalOfE : style == .upperLetter ? (marker.letterValue ?? marker.value) : marker.value
        var previousSibling: Int?
        if let level = openLevel(of: style, title: title), !startsNestedRestart(at: level, value: value, title: title) {
            previousSibling = openSections[level]
            // Closed one by one: a few levels at most, and `removeLast(_:)` costs a generic replace.
            while openSections.count > level { openSections.removeLast() }
        }
        let node = sections.count
        let number = style == .article ? String(value) : label
        sections.append(SectionNode(number: number, title: title, line: line, style: style, value: value))
        if let parent = openSections.last {
            sections[parent].children = sections[parent].children.appending(node, linkingIn: &sections)
        } else {
            roots = roots.appending(node, linkingIn: &sections)
        }
        openSections.append(node)
        closeOpenItems()
        // Articles are numbered through the whole document, across chapters.
        if style == .article {
            checkSequence(node, after: lastArticle)
            lastArticle = node
        } else if !marker.isLatinF {  // an "f" is opened only after its "e"
            checkSequence(node, after: previousSibling)
        }
        ledger.own(lines, by: .body, text: ElementText(label: label, bytes: bytes(ledgerRange ?? title)))
    }

    /// "Điều 2. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng ...": an article
    /// numbered "2", whose title is its first sentence (without the period); the rest of the
    /// paragraph is the article's first body item. Its `lines` are owned in `ledger` by the
    /// whole text.
    private mutating func openArticle(_ marker: Marker, label: String, text: TextRange, line: Int, lines: LineSpan,
                                      ledger: inout LineLedger) {
        let bytes = self.bytes(text)
        let end = Self.firstSentenceEnd(bytes)
        // The title and the rest are ranges of the paragraph's text, as `text` is.
        let title = TextRange(paragraph: text.paragraph, bytes: bytes.startIndex..<(end ?? Self.endWithoutMark(bytes)))
        let rest = end.map { bytes[($0 + 1)...].trimmingSpaces().indices } ?? bytes.endIndex..<bytes.endIndex
        openSection(marker, label: label, title: title, line: line, lines: lines, ledgerRange: text, ledger: &ledger)
        guard !rest.isEmpty else { return }
        let item = items.count
        items.append(ItemNode(marker: nil, text: TextRange(paragraph: text.paragraph, bytes: rest), line: line))
        attachToSection(item)
    }

    /// Where a one-sentence article ends without its final "." or "./." (and the spaces
    /// before it).
    private static func endWithoutMark(_ text: Slice<ByteView>) -> Int {
        var end = text.endIndex
        if text.count >= 3, text.suffix(3).elementsEqual("./.".utf8) { end -= 2 }
        while end > text.startIndex, text[end - 1] == UInt8(ascii: ".") || text[end - 1] == 0x20 { end -= 1 }
        return end
    }

    /// The index of the period that ends the first sentence: ". " before a capital letter,
    /// not after an abbreviation ("TP. Cần Thơ", "Tp. Hồ Chí Minh", "ThS. Nguyễn Văn An").
    private static func firstSentenceEnd(_ text: Slice<ByteView>) -> Int? {
        var index = text.startIndex
        while let period = text[index...].firstIndex(of: UInt8(ascii: ".")) {
            index = period + 1
            guard period + 2 < text.endIndex, text[period + 1] == 0x20,
                let next = UTF8Text.firstLetter(of: text[(period + 2)...].prefix(4)), UTF8Text.isUppercase(next)
            else { continue }
            let wordStart = text[..<period].lastIndex(of: 0x20).map { $0 + 1 } ?? text.startIndex
            let word = Array(text[wordStart..<period])
            if word.isEmpty || Self.isAbbreviation(word) { continue }
            return period
        }
        return nil
    }

    /// A word before a period that abbreviates: capitals ("UBND", "TP", "Q"), a period
    /// inside ("Th.S"), or a mixed-case title or place abbreviation ("Tp", "ThS"). Names
    /// that end a sentence ("Việt Nam.", "Long An.") are not abbreviations.
    private static func isAbbreviation(_ word: [UInt8]) -> Bool {
        if word.contains(UInt8(ascii: ".")) { return true }
        if UTF8Text.isAllCaps(word) { return word.count <= 8 }
        return mixedCaseAbbreviations.contains(word)
    }

    /// Mixed-case abbreviations of places and titles: thành phố, thị xã, thị trấn, thạc sĩ,
    /// tiến sĩ, giáo sư, phó giáo sư, kỹ sư, bác sĩ.
    private static let mixedCaseAbbreviations: Set<[UInt8]> =
        Set(["Tp", "Tx", "Tt", "ThS", "Ths", "Ts", "Gs", "Pgs", "PGs", "Ks", "Bs"].map { Array($0.utf8) })

    /// Whether the innermost open section numbered with small letters is an "e", which an
    /// "f" continues (``Marker/isLatinF``); elsewhere an "f)" paragraph is text.
    private var continuesOpenE: Bool {
        guard let open = openSections.last(where: { sections[$0].style == .lowerLetter }) else { return false }
        return sections[open].number == "e"
    }

    /// "I.", "V.", "C." ... are Roman numerals or capital letters; the sequence decides:
    /// a letter when it follows the open letter ("H." then "I."), a numeral when it follows
    /// the open numeral or starts one ("I."); otherwise I, V, X read as numerals and
    /// L, C, D, M as letters.
    private func resolvedStyle(_ marker: Marker) -> Marker.Style {
        guard marker.style == .roman, let letter = marker.letterValue else { return marker.style }
        let openLetter = openSections.last { sections[$0].style == .upperLetter }.map { sections[$0].value }
        let openRoman = openSections.last { sections[$0].style == .roman }.map { sections[$0].value }
        if openLetter == letter - 1 { return .upperLetter }
        if openRoman == marker.value - 1 || marker.value <= 10 { return .roman }
        return .upperLetter
    }

    /// The open level of `style`, innermost first; when two levels share a style (see
    /// ``startsNestedRestart(at:value:title:)``), the one whose title case matches.
    private func openLevel(of style: Marker.Style, title: TextRange) -> Int? {
        var innermost: Int?
        var count = 0
        for level in openSections.indices where sections[openSections[level]].style == style {
            innermost = level
            count += 1
        }
        guard count > 1 else { return innermost }
        let caps = UTF8Text.isAllCaps(bytes(title))
        return openSections.indices.last {
            sections[openSections[$0]].style == style && UTF8Text.isAllCaps(bytes(sections[openSections[$0]].title)) == caps
        } ?? innermost
    }

    /// "1. MỤC ĐÍCH, YÊU CẦU" then "1. Mục đích": a number restarting at 1 in sentence
    /// case under a capitalized heading of the same style is a new, deeper level.
    private func startsNestedRestart(at level: Int, value: Int, title: TextRange) -> Bool {
        let open = openSections[level]
        return value == 1 && sections[open].value >= 1 && level == openSections.count - 1
            && UTF8Text.isAllCaps(bytes(sections[open].title)) && !UTF8Text.isAllCaps(bytes(title))
    }

    /// Reports a gap or a step back between section `index` and `previousIndex`, the one
    /// before it in its sequence; the nodes are read only then.
    private mutating func checkSequence(_ index: Int, after previousIndex: Int?) {
        let expected = (previousIndex.map { sections[$0].value } ?? 0) + 1
        guard sections[index].value != expected else { return }
        let node = sections[index]
        let previous = previousIndex.map { sections[$0] }
        if node.value > expected {
            let count = node.value - expected
            let subject = switch count {
            case 1: "section \(label(for: expected, like: node)) is"
            case 2...5: "sections \((expected..<node.value).map { label(for: $0, like: node) }.joined(separator: ", ")) are"
            default: "sections \(label(for: expected, like: node)) to \(label(for: node.value - 1, like: node)) are"
            }
            let place = previous.map { "between \($0.number) and \(node.number)" } ?? "before \(node.number)"
            diagnostics.append(Diagnostic(severity: .warning, code: "section.number-gap",
                                          message: "\(subject) missing \(place)", line: node.line))
        } else if let previous, node.value < expected {
            diagnostics.append(Diagnostic(severity: .warning, code: "section.number-order",
                                          message: "section \(node.number) follows \(previous.number)", line: node.line))
        }
    }

    /// The printed form of `value` in the numbering of `node` ("III", "c", "2.3").
    private func label(for value: Int, like node: SectionNode) -> String {
        switch node.style {
        case .roman: return Marker.romanNumeral(value)
        case .lowerRoman: return Marker.romanNumeral(value).lowercased()
        case .upperLetter: return VietnameseAlphabet.letter(value, uppercase: true)
        case .lowerLetter: return VietnameseAlphabet.letter(value, uppercase: false)
        case .decimal:
            // The levels above the last ("2" of "2.3"), joined by dots as printed, then the value.
            var prefix = ""
            for level in node.number.split(separator: ".").dropLast() {
                if !prefix.isEmpty { prefix += "." }
                // Appended as a `String`: a `Substring` takes the generic sequence append.
                prefix += String(level)
            }
            return prefix + "." + String(value)
        case .article: return String(value)
        case .part, .chapter, .section:
            let word = node.number.split(separator: " ").first.map(String.init) ?? ""
            let isRoman = node.number.last.map { "IVXLCDM".contains($0) } ?? false
            return word + " " + (isRoman ? Marker.romanNumeral(value) : String(value))
        default: return String(value)
        }
    }

    // MARK: Body

    /// Adds a bullet item of `kind`, printed `label`, nested under the open bullets of
    /// another kind; its `lines` are owned in `ledger` by "label text".
    private mutating func addBullet(_ kind: Marker.BulletKind, label: String, text: TextRange, line: Int, lines: LineSpan,
                                    ledger: inout LineLedger) {
        let item = items.count
        items.append(ItemNode(marker: label, text: text, line: line))
        if let level = openItems.lastIndex(where: { $0.kind == kind }) {
            while openItems.count > level { openItems.removeLast() }
        }
        if let parent = openItems.last {
            items[parent.item].children = items[parent.item].children.appending(item, linkingIn: &items)
        } else {
            attachToSection(item)
        }
        openItems.append((kind, item))
        ledger.own(lines, by: .body, text: ElementText(label: label, bytes: bytes(text)))
    }

    /// Adds a plain paragraph to the open section, ending the bullet nesting; its `lines`
    /// are owned in `ledger` by its text.
    private mutating func addParagraph(_ text: TextRange, line: Int, lines: LineSpan, ledger: inout LineLedger) {
        let item = items.count
        items.append(ItemNode(marker: nil, text: text, line: line))
        closeOpenItems()
        attachToSection(item)
        ledger.own(lines, by: .body, text: ElementText(bytes: bytes(text)))
    }

    /// Ends the bullet nesting, keeping the room; an empty list is left as it is (clearing
    /// costs a generic replace even then).
    private mutating func closeOpenItems() {
        if !openItems.isEmpty { openItems.removeAll(keepingCapacity: true) }
    }

    /// `build` starts with a numbered paragraph, so a section is always open here.
    private mutating func attachToSection(_ item: Int) {
        guard let section = openSections.last else {
            assertionFailure("body item before the first section")
            return
        }
        sections[section].body = sections[section].body.appending(item, linkingIn: &items)
    }

    // MARK: Output

    /// The model sections of the nodes of `list`, with their subtrees, appended to an array
    /// made at their count (a node's empty lists are passed over without a call). Its room
    /// is reserved on an empty array, which the standard library allocates through a path
    /// specialised for the element type (an array of uninitialised capacity takes an
    /// unspecialised one, some 400 instructions dearer).
    private func outputSections(_ list: NodeList) -> [Section] {
        var output: [Section] = []
        output.reserveCapacity(list.count)
        var index = list.first
        // The node's fields are read in place, its subtrees made first: no field is held
        // across their calls, and the node is not copied whole.
        while index >= 0 {
            let title = string(sections[index].title)
            let kinds = bytes(sections[index].title).withUnsafeBufferPointer(SectionKinds.classify)
            let body = sections[index].body.count > 0 ? outputItems(sections[index].body) : []
            let children = sections[index].children.count > 0 ? outputSections(sections[index].children) : []
            output.append(Section(number: sections[index].number, title: title, kinds: kinds, line: sections[index].line, body: body,
                                  children: children))
            index = sections[index].next
        }
        return output
    }

    /// The model body items of the nodes of `list`, with their subtrees, appended to an
    /// array made at their count (as in ``outputSections(_:)``).
    private func outputItems(_ list: NodeList) -> [BodyItem] {
        var output: [BodyItem] = []
        output.reserveCapacity(list.count)
        var index = list.first
        while index >= 0 {
            let text = string(items[index].text)
            let children = items[index].children.count > 0 ? outputItems(items[index].children) : []
            output.append(BodyItem(marker: items[index].marker, text: text, line: items[index].line, children: children))
            index = items[index].next
        }
        return output
    }

    /// The `String` of the bytes at `range`, made from its paragraph's text (which may be
    /// known to be valid UTF-8: ``UTF8Text/string(_:)-(Slice<ByteView>)``).
    private func string(_ range: TextRange) -> String {
        UTF8Text.string(bytes(range))
    }
}
