/// Runs the phases over one document: decode, split lines, header, body end, paragraphs,
/// preamble / sections / closing, tail zones; then assembles the model.
struct DocumentParser {
    /// The lines of the text parsed.
    let lines: [SourceLine]
    /// The owner of each line.
    let ledger: LineLedger
    let document: PlanDocument
    /// The parsers of the attached documents (their lines are owned by `.attachment` here).
    let attachmentParsers: [DocumentParser]

    /// Parses `decoded`, attached documents included. `keepsLedgerTexts`: the ledger keeps
    /// the texts of the values that own lines (``LineLedger/elementTexts``), which only its
    /// readers need, not the model.
    init(source decoded: DecodedSource, name: String, byteCount: Int, keepsLedgerTexts: Bool = false) {
        self.init(split: SourceLines.split(decoded.utf8, isValidUTF8: true), encoding: decoded.encoding, diagnostics: decoded.diagnostics,
                  firstLine: decoded.firstLine, name: name, byteCount: byteCount, findsAttachments: true, keepsLedgerTexts: keepsLedgerTexts)
    }

    /// Parses the text split in `split`, whose first raw line is `firstLine`; attached
    /// documents are looked for when `findsAttachments` (not inside an attachment).
    private init(split: SourceLines.Split, encoding: String, diagnostics decodingDiagnostics: [Diagnostic], firstLine: String,
                 name: String, byteCount: Int, findsAttachments: Bool, keepsLedgerTexts: Bool) {
        let allLines = split.lines
        var ledger = LineLedger(allLines, keepsTexts: keepsLedgerTexts)
        var diagnostics = decodingDiagnostics
        // Footnotes printed after the last page; the document is read without them.
        let footnoteBlock = FootnoteReader(lines: allLines).block(after: 1)
        // The document's lines end where the footnotes start: the phases read no further.
        let documentEnd = footnoteBlock?.start ?? allLines.count
        let lines = Self.documentLines(allLines, documentEnd: documentEnd, firstLine: firstLine, diagnostics: &diagnostics)

        // Header, and what precedes it.
        // TCVN3's capitals font printed small code points as capitals: case tells nothing.
        let caseUnreliable = encoding == LegacyEncoding.tcvn3.name
        let header = HeaderParser(lines: lines, documentEnd: documentEnd, caseUnreliable: caseUnreliable).parse()
        diagnostics += header.diagnostics
        for index in header.leadingDebris where !lines[index].isBlank {
            diagnostics.append(Diagnostic(severity: .warning, code: "text.before-header",
                message: "text before the header: '\(lines[index].string)'", line: lines[index].number))
        }
        for index in header.range where !lines[index].isBlank { ledger.own(index, by: .header) }
        if let title = header.header.title { ledger.own(header.titleLines, by: .header, text: ElementText(title)) }

        // Body and tail.
        let tail = TailLocator(lines: lines, documentEnd: documentEnd)
        let bodyEnd = max(header.range.upperBound, tail.bodyEnd(from: header.range.upperBound))
        let bodyParagraphs = ParagraphBuilder(lines: lines).paragraphs(in: header.range.upperBound..<bodyEnd)
        var paragraphs = bodyParagraphs[...]
        // An "f)" is a section only after an "e)" (the tree's call), so it starts none.
        let firstSection = paragraphs.firstIndex { $0.marker.map { !$0.isBullet && !$0.isLatinF } ?? false } ?? paragraphs.endIndex
        var preambleParagraphs = paragraphs[..<firstSection]
        // "Kính gửi:" and its addressees, at the top of a letter-like document.
        let addressParagraphs = preambleParagraphs.prefix(Self.addressParagraphCount(preambleParagraphs))
        preambleParagraphs = preambleParagraphs.dropFirst(addressParagraphs.count)
        // Read paragraph by paragraph: the heading may be wrapped ("Kính" / "gửi: ...").
        let addressCells = addressParagraphs.map { SignatureParser.Cell(line: $0.line, text: $0.text.array) }
        for paragraph in addressParagraphs { for index in paragraph.lineSpan { ledger.own(index, by: .recipients) } }
        paragraphs = paragraphs[firstSection...]
        let closingParagraphs = Self.closing(of: paragraphs)
        paragraphs = paragraphs.dropLast(closingParagraphs.count)

        let preamble = Self.textBlock(preambleParagraphs, kind: .preamble, ledger: &ledger)
        let closing = Self.textBlock(closingParagraphs, kind: .closing, ledger: &ledger)
        let (sections, sectionDiagnostics) = SectionTreeBuilder.build(paragraphs, ledger: &ledger)
        diagnostics += sectionDiagnostics
        if sections.isEmpty {
            diagnostics.append(Diagnostic(severity: .warning, code: "section.none",
                message: "no numbered sections found; the text before the end is kept as the preamble", line: nil))
        }
        let tailKinds = tail.tailKinds(from: bodyEnd)
        for (index, kind) in tailKinds { ledger.own(index, by: kind) }

        // Appendices and attached documents. Tables are read from the raw lines (empty cells
        // count), only when there is an appendix or some body line looks like a table row
        // (column gaps or pipes).
        let appendixStart = tailKinds.first(where: { $0.kind == .appendix })?.index
        let bodyHasTables = split.hasLonePipeLine || Self.hasTableRow(header.range.upperBound..<bodyEnd, lines: lines, raw: split.raw)
        let tableReader = appendixStart != nil || bodyHasTables ? TableReader(raw: split.raw) : nil
        var appendixSegments: [Range<Int>] = []
        var attachmentParsers: [DocumentParser] = []
        if let appendixStart, let tableReader {
            let reader = AppendixReader(lines: lines, tables: tableReader)
            appendixSegments = reader.segments(in: appendixStart..<documentEnd)
            if findsAttachments, let first = appendixSegments.firstIndex(where: reader.isAttachedDocument) {
                let starts = [appendixSegments[first].lowerBound] + appendixSegments[(first + 1)...].filter(reader.isAttachedDocument).map(\.lowerBound)
                appendixSegments.removeSubrange(first...)
                attachmentParsers = Self.attachments(at: starts, split: split, encoding: encoding, name: name, ledger: &ledger)
            }
        }
        // The appendices' text ends where the first attached document starts.
        let appendixEnd = attachmentParsers.isEmpty ? documentEnd : appendixSegments.last?.upperBound ?? appendixStart ?? documentEnd
        // Damage is reported for this document's own lines (an attachment reports its own).
        diagnostics += TextQuality(lines: allLines[..<(attachmentParsers.isEmpty ? allLines.count : appendixEnd)]).diagnostics

        // References and abbreviations, from the title, the body, the appendices and the
        // footnotes.
        var citations = CitationCollector(header: header.header)
        var abbreviations: [Abbreviation] = []
        var shortForms: Set<String> = []
        /// Scans a unit as it is made (no list of units is kept), from what
        /// `CitationScanner.survey(of:)` found in its text: moved into the citation scanner,
        /// then out of it into the abbreviation scanner (not copied).
        /// The unit has a candidate or a "(" (`parenthesesFrom` is the first of the two).
        func scan(_ unit: consuming TextUnit, firstCandidate: Int, parenthesesFrom: Int) {
            let citationScanner = CitationScanner(unit)
            citations.add(citationScanner.mentions(from: firstCandidate))
            for abbreviation in AbbreviationScanner((consume citationScanner).unit).abbreviations(from: parenthesesFrom)
            where shortForms.insert(abbreviation.short).inserted {
                abbreviations.append(abbreviation)
            }
        }
        /// Scans a unit made of its lines (the title, a footnote).
        func scan(_ unit: consuming TextUnit) {
            let (first, parenthesesFrom) = CitationScanner.survey(of: unit.bytes)
            // No candidate and no "(": nothing to scan.
            guard parenthesesFrom < unit.bytes.count else { return }
            scan(unit, firstCandidate: first, parenthesesFrom: parenthesesFrom)
        }
        /// Scans the paragraph `paragraphs[index]`, read in place (not copied out of the
        /// array): its unit is made only when its text has an anchor candidate or a "(",
        /// as two in ten have (a unit costs two retains and two releases).
        func scan(_ paragraphs: [Paragraph], at index: Int) {
            let (first, parenthesesFrom) = CitationScanner.survey(of: paragraphs[index].text)
            guard parenthesesFrom < paragraphs[index].text.count else { return }
            scan(TextUnit(paragraphs[index], lines: lines), firstCandidate: first, parenthesesFrom: parenthesesFrom)
        }
        if !header.titleLines.isEmpty { scan(TextUnit(lineIndices: header.titleLines, lines: lines)) }
        for index in bodyParagraphs.indices { scan(bodyParagraphs, at: index) }
        if let appendixStart {
            let appendixParagraphs = ParagraphBuilder(lines: lines).paragraphs(in: appendixStart..<appendixEnd)
            for index in appendixParagraphs.indices { scan(appendixParagraphs, at: index) }
        }
        var footnotes: [Footnote] = []
        if attachmentParsers.isEmpty, let footnoteBlock {
            footnotes = footnoteBlock.footnotes
            for note in footnoteBlock.notes {
                ledger.own(note.indices, by: .footnote, text: ElementText(label: "[\(note.number)]", bytes: note.text))
                scan(TextUnit(lineIndices: note.indices, lines: allLines))
            }
        }
        diagnostics += citations.diagnostics

        // Recipients, archive and signers.
        let tailReader = TailReader(lines: lines, tail: tailKinds)
        let (recipients, archive) = RecipientParser.parse(tailReader.recipientCells)
        let addressees = RecipientParser.parse(addressCells).recipients

        // Tables and tasks.
        var appendices: [Appendix] = []
        var tasks = TextTasks.tasks(in: sections)
        if let tableReader {
            if bodyHasTables {
                for table in tableReader.tables(in: header.range.upperBound..<bodyEnd, reading: TableTasks.roles(of:)) {
                    tasks += TableTasks.tasks(roles: table.reading, rows: table.rows)
                }
            }
            let read = AppendixReader(lines: lines, tables: tableReader).appendices(appendixSegments)
            appendices = read.appendices.map(\.appendix)
            for appendix in read.appendices where !appendix.textLines.isEmpty {
                ledger.own(appendix.textLines, by: .appendix, text: ElementText(bytes: appendix.text[...]))
            }
            for table in read.tables {
                tasks += TableTasks.tasks(columns: table.columns, rows: table.rows)
            }
        }

        var documentHeader = header.header
        let signatures = tailReader.signatures
        var signers = signatures.signers
        for cell in signatures.unread {
            diagnostics.append(Diagnostic(severity: .warning, code: "tail.unread-line",
                message: "line not read as a recipient, the archive or a signer: '\(UTF8Text.string(cell.text))'", line: cell.line))
        }
        if caseUnreliable { Self.writeInCapitals(&signers) }
        Self.inferIssuer(of: &documentHeader, preamble: preamble, signers: signers, diagnostics: &diagnostics)

        document = PlanDocument(
            source: SourceInfo(name: name, bytes: byteCount, encoding: encoding, lines: allLines.count),
            document: documentHeader, preamble: preamble, sections: sections, closing: closing,
            citations: citations.citations, tasks: tasks, assignments: Assignments.assignments(in: sections), signers: signers, recipients: addressees + recipients, archive: archive,
            appendices: appendices, attachments: attachmentParsers.map(\.document), abbreviations: abbreviations, footnotes: footnotes,
            diagnostics: diagnostics.sorted { ($0.line ?? 0) < ($1.line ?? 0) },
            zones: Self.zones(owners: ledger.owners, lines: allLines))
        self.lines = allLines
        self.ledger = ledger
        self.attachmentParsers = attachmentParsers
    }

    /// The lines to parse (the phases read them up to `documentEnd`): the lines themselves
    /// (uncopied), or, with YAML front matter at the top, a copy with the front matter left
    /// out (blank to the parse), reported. Front matter closed at or past `documentEnd` is
    /// none (the parse reads no further).
    private static func documentLines(_ allLines: [SourceLine], documentEnd: Int, firstLine: String, diagnostics: inout [Diagnostic]) -> [SourceLine] {
        let frontMatter = FrontMatter.lineCount(allLines, raw: firstLine.utf8[...])
        guard frontMatter > 0, frontMatter <= documentEnd else { return allLines }
        var lines = allLines
        for index in 0..<frontMatter { lines[index] = SourceLine.blank(number: lines[index].number) }
        diagnostics.append(Diagnostic(severity: .note, code: "text.front-matter",
            message: "YAML front matter (lines \(allLines[0].number)-\(allLines[frontMatter - 1].number)) is page metadata, not document text: left out",
            line: allLines[0].number))
        return lines
    }

    /// The attached documents starting at `starts`, each up to the next; the last one runs
    /// to the end, footnotes included. Their lines are owned by `.attachment` here.
    private static func attachments(at starts: [Int], split: SourceLines.Split, encoding: String, name: String,
                                    ledger: inout LineLedger) -> [DocumentParser] {
        let lines = split.lines
        return starts.indices.map { position in
            let start = starts[position]
            let end = position + 1 < starts.count ? starts[position + 1] : lines.count
            for index in start..<end where !lines[index].isBlank { ledger.own(index, by: .attachment) }
            return attachment(start..<end, split: split, encoding: encoding, name: name, keepsLedgerTexts: ledger.keepsTexts)
        }
    }

    /// TCVN3 printed signing authorities and positions in its capitals font, whatever the
    /// code points: they are written in capitals.
    private static func writeInCapitals(_ signers: inout [Signer]) {
        for index in signers.indices {
            signers[index].authority = signers[index].authority.map { Authority(form: $0.form, of: $0.of.uppercased()) }
            signers[index].position = signers[index].position?.uppercased()
        }
    }

    /// Fills a missing issuer from the preamble, the signature or the symbol, and says so.
    private static func inferIssuer(of header: inout DocumentHeader, preamble: TextBlock?, signers: [Signer], diagnostics: inout [Diagnostic]) {
        guard header.issuer == nil, let inferred = IssuerInference.infer(
            place: header.place, symbol: header.symbol, title: header.title, preamble: preamble?.text, signers: signers)
        else { return }
        header.issuer = inferred.issuer
        diagnostics.removeAll { $0.code == "header.issuer-missing" }
        diagnostics.append(Diagnostic(severity: .note, code: "header.issuer-inferred",
            message: "the issuer is not printed in the header; '\(inferred.issuer)' is inferred from \(inferred.basis)", line: nil))
    }

    /// The parser of the attached document on the lines `range`: its own text (from the
    /// first line's start to the last line's end, line numbers kept), parsed on its own
    /// from the lines already split.
    private static func attachment(_ range: Range<Int>, split: SourceLines.Split, encoding: String, name: String,
                                   keepsLedgerTexts: Bool) -> DocumentParser {
        let raw = split.raw
        let byteCount = raw.ranges[range.upperBound - 1].upperBound - raw.ranges[range.lowerBound].lowerBound
        return DocumentParser(split: split.lines(range), encoding: encoding, diagnostics: [],
                              firstLine: UTF8Text.string(raw[range.lowerBound]),
                              name: name, byteCount: byteCount, findsAttachments: false, keepsLedgerTexts: keepsLedgerTexts)
    }

    /// How many paragraphs at the start are "Kính gửi:" and its list of addressees (items
    /// with a bullet, or short lines ending with ";" or ",").
    private static func addressParagraphCount(_ paragraphs: ArraySlice<Paragraph>) -> Int {
        guard let first = paragraphs.first, Folding.key(first.text.prefix(20)).hasKeyPrefix("kinh gui") else { return 0 }
        var count = 1
        for paragraph in paragraphs.dropFirst() {
            let isItem = paragraph.marker?.isBullet ?? false
            let isShortLine = paragraph.marker == nil && UTF8Text.wordCount(paragraph.text) <= 20
                && (paragraph.text.last == UInt8(ascii: ";") || paragraph.text.last == UInt8(ascii: ","))
            guard isItem || isShortLine else { break }
            count += 1
        }
        return count
    }

    /// Whether a line of `range` looks like a table row: column gaps, a pipe, or a number
    /// header. Lines are searched for a pipe only when their raw text holds one (cleaning
    /// only removes pipes), found by ``ByteSearch`` in one pass.
    private static func hasTableRow(_ range: Range<Int>, lines: [SourceLine], raw: RawLines) -> Bool {
        guard !range.isEmpty else { return false }
        let pipe = UInt8(ascii: "|")
        let mayHavePipe = ByteSearch.firstOffset(of: pipe, in: raw.bytes, from: raw.ranges[range.lowerBound].lowerBound,
                                                 to: raw.ranges[range.upperBound - 1].upperBound) != nil
        return lines[range].contains {
            $0.cellBreaks.count >= 2 || (mayHavePipe && ByteSearch.firstOffset(of: pipe, in: $0.text, from: 0, to: $0.text.count) != nil)
                || TableReader.isNumberHeader($0.text)
        }
    }

    /// The paragraphs as one text value, one paragraph per line of the value: their bytes
    /// joined first, then made one `String` (a line feed ends any ill-formed sequence as
    /// the end of a string does, so the text is the one joined from a string per paragraph).
    private static func textBlock(_ paragraphs: ArraySlice<Paragraph>, kind: Zone.Kind, ledger: inout LineLedger) -> TextBlock? {
        guard let first = paragraphs.first else { return nil }
        let bytes = ByteStorage.joining(paragraphs.lazy.map { $0.text }, separator: 0x0A)
        let text = UTF8Text.string(bytes)
        // A closure, not a key path: a key path is looked up at each call and read through.
        ledger.own(paragraphs.lazy.flatMap { $0.lineSpan }, by: kind, text: ElementText(bytes: bytes[...]))
        return TextBlock(text: text, line: first.line)
    }

    /// The closing paragraphs at the end of the body: the last paragraph when it is plain
    /// and ends with "./.", or starts "Trên đây"; with a "Trên đây ..." paragraph just
    /// before it.
    private static func closing(of paragraphs: ArraySlice<Paragraph>) -> ArraySlice<Paragraph> {
        guard let last = paragraphs.last, last.marker == nil, paragraphs.count > 1 else { return [] }
        let startsClosing = { (paragraph: Paragraph) in Folding.key(paragraph.text.prefix(16)).hasKeyPrefix("tren day") }
        guard TailLocator.endsWithEndMark(last.text) || startsClosing(last) else { return [] }
        let beforeLast = paragraphs.index(before: paragraphs.endIndex - 1)
        if !startsClosing(last), beforeLast > paragraphs.startIndex, paragraphs[beforeLast].marker == nil,
            startsClosing(paragraphs[beforeLast])
        {
            return paragraphs[beforeLast...]
        }
        return paragraphs.suffix(1)
    }

    /// Runs of non-blank lines of one kind; blank lines belong to no zone. The owners and
    /// lines are read through buffers, and the open zone is kept aside until it ends.
    private static func zones(owners: [LineOwner], lines: [SourceLine]) -> [Zone] {
        // The buffers' subscripts are unchecked in release builds: one owner a line, checked once.
        precondition(owners.count == lines.count, "an owner for every line")
        var zones: [Zone] = []
        var open: Zone?
        owners.withUnsafeBufferPointer { owners in
            lines.withUnsafeBufferPointer { lines in
                for index in owners.indices {
                    guard let kind = owners[index].kind else { continue }
                    let number = lines[index].number
                    if open?.kind == kind {
                        open?.endLine = number
                    } else {
                        if let open { zones.append(open) }
                        open = Zone(kind: kind, line: number, endLine: number)
                    }
                }
            }
        }
        if let open { zones.append(open) }
        return zones
    }
}
