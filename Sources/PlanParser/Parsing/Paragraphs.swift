/// A run of lines that reads as one paragraph, with the numbering or bullet it starts with.
struct Paragraph {
    /// The lines (indices into the document's lines) joined into this paragraph.
    var lineSpan: LineSpan
    /// The joined text: the lines' cleaned texts separated by one space (the line's own
    /// text, viewed, for a paragraph of one line).
    var text: ByteView
    var marker: Marker?
    /// The 1-based number of the first line.
    var line: Int
    /// Whether the last line closed markdown emphasis (a bold heading ends there).
    var closesEmphasis: Bool

    /// The indices of the lines joined, as an array built at each read (the header's few
    /// paragraphs use it).
    var lineIndices: [Int] { Array(lineSpan) }
}

/// Phase 1: groups lines into paragraphs.
///
/// Exported text comes in two shapes: one paragraph per line, separated by blank lines or
/// not (Word, PDF), or paragraphs hard-wrapped at a fixed width (markdown crawls). Lines
/// are joined when the next one clearly continues the sentence: it starts in lower case
/// (also across a blank line, where a page break split a paragraph), or it starts with a
/// digit after a line that did not end a sentence; two all-caps lines join (a heading or
/// title wrapped). In hard-wrapped text, a line that does not end a sentence also joins
/// the next. A line that starts with a marker ("I.", "1.", "a)", "-") always starts a
/// new paragraph.
struct ParagraphBuilder {
    let lines: [SourceLine]

    func paragraphs(in range: Range<Int>) -> [Paragraph] {
        // Each line's marker, and in the same pass the counts the hard-wrap test starts with:
        // the non-blank lines, and those that run on into the next (not blank, no marker).
        var markers: [Marker?] = []
        markers.reserveCapacity(range.count)
        var nonBlank = 0
        var runOns = 0
        // The room the joined paragraphs' texts may need, and whether they are valid UTF-8.
        var joinedRoom = 0
        var isValidUTF8 = true
        // Read through a buffer, which measured cheaper than through the array (-0.16M).
        lines.withUnsafeBufferPointer { lines in
            for index in range {
                guard !lines[index].isBlank else {
                    markers.append(nil)
                    continue
                }
                let marker = lines[index].text.withBytesKeptAliveByCaller(Marker.parseParagraphStart)
                joinedRoom += lines[index].text.count + 1
                isValidUTF8 = isValidUTF8 && lines[index].text.holdsValidUTF8
                nonBlank += 1
                if marker == nil, index > range.lowerBound, !lines[index - 1].isBlank { runOns += 1 }
                markers.append(marker)
            }
        }
        let wrapped = isHardWrapped(range, markers: markers, nonBlank: nonBlank, runOns: runOns)
        // The joined paragraphs' texts, one after another (a paragraph of one line keeps its line's).
        let joined = ByteStorage(capacity: joinedRoom, holdsValidUTF8: isValidUTF8)
        var result: [Paragraph] = []
        result.reserveCapacity(range.count)  // at most one paragraph per line
        // The paragraph being joined: its first and last line (-1 before the first), and
        // whether blank lines lie between them.
        var first = -1
        var last = -1
        var crossesBlank = false
        var caps = CapsCache(lines: lines)
        var previousWasBlank = true
        for index in range {
            if lines[index].isBlank {
                previousWasBlank = true
                continue
            }
            let isMarked = markers[index - range.lowerBound] != nil
            if first >= 0, joins(after: last, index, isMarked: isMarked, afterBlank: previousWasBlank, wrapped: wrapped, caps: &caps) {
                crossesBlank = crossesBlank || previousWasBlank
                last = index
            } else {
                if first >= 0 {
                    result.append(paragraph(first...last, crossesBlank: crossesBlank, marker: markers[first - range.lowerBound], joined: joined))
                }
                (first, last, crossesBlank) = (index, index, false)
            }
            previousWasBlank = false
        }
        if first >= 0 { result.append(paragraph(first...last, crossesBlank: crossesBlank, marker: markers[first - range.lowerBound], joined: joined)) }
        return result
    }

    /// The paragraph of the non-blank lines of `bounds` (blank ones lie inside only when
    /// `crossesBlank`), their texts joined by one space into `joined`
    /// (``joinedText(_:crossesBlank:skipped:into:)``); a paragraph of one line shares that
    /// line's text.
    private func paragraph(_ bounds: ClosedRange<Int>, crossesBlank: Bool, marker: Marker?, joined: ByteStorage) -> Paragraph {
        var skipped: [Int] = []
        let text = bounds.upperBound > bounds.lowerBound
            ? joinedText(bounds, crossesBlank: crossesBlank, skipped: &skipped, into: joined) : lines[bounds.lowerBound].text
        return Paragraph(lineSpan: LineSpan(range: bounds.lowerBound..<(bounds.upperBound + 1), skipped: skipped),
                         text: text, marker: marker, line: lines[bounds.lowerBound].number,
                         closesEmphasis: lines[bounds.upperBound].closesEmphasis)
    }

    /// The texts of the lines of `bounds` (more than one) joined by one space into `joined`,
    /// the blank lines left out and noted in `skipped` when `crossesBlank` (a paragraph's
    /// first and last lines are never blank).
    private func joinedText(_ bounds: ClosedRange<Int>, crossesBlank: Bool, skipped: inout [Int], into joined: ByteStorage) -> ByteView {
        guard crossesBlank else { return lines.joinedText(bounds, into: joined) }
        for index in bounds where lines[index].isBlank { skipped.append(index) }
        return lines.joinedText(bounds.lazy.filter { !lines[$0].isBlank }, into: joined)
    }

    /// Whether the line at `index` continues the paragraph whose last line is at `lastIndex`.
    /// (The paragraph ends as its last line does: a sentence end, or closed emphasis.)
    private func joins(after lastIndex: Int, _ index: Int, isMarked: Bool, afterBlank: Bool, wrapped: Bool, caps: inout CapsCache) -> Bool {
        guard !isMarked, !lines[lastIndex].closesEmphasis else { return false }
        let endsSentence = Self.endsSentence(lines[lastIndex].text)
        // A number or a reference cut at the line end: "…/NĐ-" "CP …", "… số" "63/2010/…", "… ngày" "14/5/2025".
        if Self.endsMidReference(lines[lastIndex].text, next: lines[index].text) { return true }
        if afterBlank { return !endsSentence && UTF8Text.startsLowercase(lines[index].text) }
        if UTF8Text.startsLowercase(lines[index].text) { return true }
        if !endsSentence, lines[index].text.first?.isASCIIDigit == true { return true }
        // Two lines in capitals join; in hard-wrapped text, so do two lines of the same case
        // within a sentence.
        if wrapped && !endsSentence { return caps.isAllCaps(lastIndex) == caps.isAllCaps(index) }
        return caps.isAllCaps(lastIndex) && caps.isAllCaps(index)
    }

    /// Whether a line is in capitals, worked out once per line. The lines are asked in
    /// order, each as the next line of one question and then as the last line of the next
    /// (the previous non-blank line), so only the answer of the line asked last is kept:
    /// no array of answers is made.
    private struct CapsCache {
        let lines: [SourceLine]
        /// The line asked last (-1 before the first question), and its answer.
        private var lastAsked = -1
        private var lastAnswer = false

        /// A cache of `lines`, nothing worked out yet.
        init(lines: [SourceLine]) {
            self.lines = lines
        }

        /// Whether line `index` is in capitals (``UTF8Text/isAllCaps(_:)``). Kept out of
        /// line: inlined into the paragraph loop, it cost 0.55M instructions more.
        @inline(never)
        mutating func isAllCaps(_ index: Int) -> Bool {
            if index == lastAsked { return lastAnswer }
            lastAnswer = UTF8Text.isAllCaps(lines[index].text)
            lastAsked = index
            return lastAnswer
        }
    }

    /// Whether the line ends inside a number-symbol ("NĐ-", "/"), or right before one
    /// ("số", "ngày") that the next line starts with (not "hạ tầng số" / "Cơ quan ...").
    /// Inlined: most lines are ruled out by their last byte, without a call.
    @inline(__always)
    static func endsMidReference(_ text: some ByteText, next: some ByteText) -> Bool {
        guard let last = text.last else { return false }
        if last == UInt8(ascii: "/") { return text.count >= 2 && text[text.count - 2] != 0x20 }
        if last == UInt8(ascii: "-") {
            // "…/NĐ-": a capital (Đ ends in 0x90) just before the dash.
            return text.count >= 2 && (text[text.count - 2].isASCIIUpper || text[text.count - 2] == 0x90)
        }
        // " số" ends in 0x91 (the last byte of "ố"), " ngày" in "y".
        guard last == 0x91 || last == UInt8(ascii: "y") else { return false }
        return endsBeforeNumber(text, next: next)
    }

    /// Whether the line ends with " số" or " ngày" and the next line goes on with a number
    /// (or a "/", or in lower case). Kept out of line, so that the lines ruled out before
    /// it cost no reference counting of their texts.
    @inline(never)
    private static func endsBeforeNumber(_ text: some ByteText, next: some ByteText) -> Bool {
        guard UTF8Text.endsWith(text, spaceSo) || UTF8Text.endsWith(text, spaceNgay) else { return false }
        return next.first?.isASCIIDigit == true || next.first == UInt8(ascii: "/") || UTF8Text.startsLowercase(next)
    }

    /// " số" and " ngày", which a line ends with before a number.
    private static let spaceSo = Array(" số".utf8), spaceNgay = Array(" ngày".utf8)

    /// Whether the text ends with sentence punctuation (". ; : ! ?" or "…").
    static func endsSentence(_ text: some ByteText) -> Bool {
        guard let last = text.last else { return true }
        switch last {
        case UInt8(ascii: "."), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "!"), UInt8(ascii: "?"): return true
        default: return last == 0xA6 && text.count >= 3 && text[text.count - 3] == 0xE2 && text[text.count - 2] == 0x80  // "…"
        }
    }

    /// Whether the lines of `range` are hard-wrapped at a fixed width: many lines run on
    /// into a next line without a marker, a third of those in the middle of a sentence
    /// (the next line starts in lower case; one paragraph per line never does), and nine
    /// lines in ten are short. `nonBlank` and `runOns` count the non-blank lines and those
    /// that run on.
    private func isHardWrapped(_ range: Range<Int>, markers: [Marker?], nonBlank: Int, runOns: Int) -> Bool {
        /// Whether the line after `index` runs on from it: not blank, no marker.
        func runsOn(_ index: Int) -> Bool {
            index + 1 < range.upperBound && !lines[index + 1].isBlank && markers[index + 1 - range.lowerBound] == nil
        }
        guard runOns >= 3, runOns * 4 >= nonBlank else { return false }
        // Counted only as far as needed: run-on lines that start in lower case, and long lines.
        var midSentence = 0
        for index in range where !lines[index].isBlank && runsOn(index) && UTF8Text.startsLowercase(lines[index + 1].text) {
            midSentence += 1
            if midSentence * 3 >= runOns { break }
        }
        guard midSentence * 3 >= runOns else { return false }
        // Nine in ten are short: with the lengths sorted, the one at nine tenths is at most
        // 120, so the lines over 120 are fewer than those from that position up.
        let allowed = nonBlank - nonBlank * 9 / 10
        var long = 0
        for index in range where !lines[index].isBlank && Self.isLonger(lines[index].text, than: 120) {
            long += 1
            if long >= allowed { return false }
        }
        return long < allowed
    }

    /// Whether `text` has more than `limit` Unicode scalars; counted only past `limit` bytes.
    private static func isLonger(_ text: some ByteText, than limit: Int) -> Bool {
        guard text.count > limit else { return false }
        var scalars = 0
        for byte in text where byte.isScalarStart {
            scalars += 1
            if scalars > limit { return true }
        }
        return false
    }
}
