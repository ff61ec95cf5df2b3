import Foundation
import Testing
@testable import PlanParser

/// Every non-blank line of the input lands in exactly one element of the output.
///
/// Each line has one owner in the parser's ledger. A line owned by a text element (title,
/// preamble, section, body item, closing, footnote, an appendix's text) must have all its
/// words, in order, in that element's text; a line of the recipients, the signature or an
/// appendix read into structure (cells, codes, a table) must have all its words among those
/// of that part of the output; every non-blank line lies in exactly one output zone.
@Suite struct NothingLostTests {
    @Test(arguments: Fixtures.names)
    func fixture(_ name: String) throws {
        try checkNothingLost(in: try Fixtures.bytes(name), name: name)
    }

    @Test(arguments: Fixtures.realFiles)
    func realDocument(_ url: URL) throws {
        try checkNothingLost(in: Array(try Data(contentsOf: url)), name: url.lastPathComponent)
    }

    private func checkNothingLost(in bytes: [UInt8], name: String) throws {
        let source = DecodedSource(bytes: bytes)
        let parser = DocumentParser(source: source, name: name, byteCount: bytes.count, keepsLedgerTexts: true)
        // The parser's lines are the text's lines, counted by the standard library.
        let textLines = source.text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
        let lineCount = textLines.count - (textLines.last?.isEmpty == true ? 1 : 0)
        #expect(parser.lines.map(\.number) == Array(0..<lineCount).map { $0 + 1 })
        checkOwners(of: parser, name: name)
    }

    /// Checks the ledger of `parser`, and of its attached documents, which must own every
    /// line the parser gives to them.
    private func checkOwners(of parser: DocumentParser, name: String) {
        let lines = parser.lines
        let owners = parser.ledger.owners
        #expect(owners.count == lines.count)
        let attached = lines.indices.filter { owners[$0] == .zone(.attachment) }.map { lines[$0].number }
        let attachmentLines = parser.attachmentParsers.flatMap { $0.lines.filter { !$0.isBlank }.map(\.number) }
        #expect(attached == attachmentLines, "\(name): the attachments do not own exactly the lines given to them")
        for attachment in parser.attachmentParsers { checkOwners(of: attachment, name: name) }
        let tailWords = Set(words(tailTexts(of: parser.document).joined(separator: " "))).union(Self.tailMarks)
        let appendixWords = Set(words(appendixTexts(of: parser.document).joined(separator: " ")))
        for (index, line) in lines.enumerated() where !line.isBlank {
            let owner = owners[index]
            #expect(owner != .blank, "\(name):\(line.number) has no owner")
            let zones = parser.document.zones.filter { $0.line <= line.number && line.number <= $0.endLine }
            #expect(zones.count == 1, "\(name):\(line.number) lies in \(zones.count) zones")
            if case .zone(let kind) = owner, let known = kind == .appendix ? appendixWords : kind == .recipients || kind == .signature ? tailWords : nil {
                let missing = words(line.string).filter { !known.contains($0) }
                #expect(missing.isEmpty, "\(name):\(line.number) '\(line.string)': \(missing) in no \(kind) value")
            }
            guard case .text(_, let element) = owner else { continue }
            let text = parser.ledger.elementTexts[element].string
            let lineWords = words(line.string)
            let elementWords = words(text)
            let found = elementWords.containsRun(lineWords) || elementWords.containsRun(Array(lineWords.dropFirst()))
            #expect(found, "\(name):\(line.number) '\(line.string)' is not in its element '\(text.prefix(120))'")
        }
    }

    /// The texts the recipients and signature lines are read into: recipients, the archive,
    /// signers, and the warnings that quote lines left unread (`tail.unread-line`; one set
    /// for both zones, which share lines: "Nơi nhận:      CHỦ TỊCH").
    private func tailTexts(of document: PlanDocument) -> [String] {
        var texts: [String] = document.recipients.flatMap { [$0.name, $0.note ?? ""] }
        texts += [document.archive?.text ?? "", document.archive?.code ?? ""]
        for signer in document.signers {
            texts += signer.authority.flatMap { [$0.form, $0.of] }
            texts += [signer.position ?? "", signer.name ?? "", signer.role ?? ""]
        }
        texts += document.diagnostics.filter { $0.code == "tail.unread-line" }.map(\.message)
        return texts
    }

    /// Words of the tail no value keeps: the headings, placeholders ("(Đã ký)", "(Ký tên,
    /// đóng dấu)") and the letters of the Party's signing forms ("K/T").
    private static let tailMarks: Set<String> = ["noi", "nhan", "kinh", "gui", "da", "ky", "ten", "dong", "dau", "t", "m", "k", "l"]

    /// The texts an appendix's lines are read into.
    private func appendixTexts(of document: PlanDocument) -> [String] {
        document.appendices.flatMap { appendix in
            [appendix.heading, appendix.title ?? "", appendix.attachedTo ?? "", appendix.text ?? ""]
                + appendix.tables.flatMap { $0.columns + $0.rows.flatMap { $0 } }
        }
    }

    /// Folded alphanumeric words, for a comparison that ignores markers and punctuation.
    private func words(_ text: String) -> [String] {
        UTF8Text.string(Folding.key(text)).split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }
}

extension Array where Element == String {
    /// Whether `run` appears in this array as consecutive elements.
    func containsRun(_ run: [String]) -> Bool {
        guard !run.isEmpty else { return true }
        guard count >= run.count else { return false }
        return (0...(count - run.count)).contains { self[$0..<($0 + run.count)].elementsEqual(run) }
    }
}
