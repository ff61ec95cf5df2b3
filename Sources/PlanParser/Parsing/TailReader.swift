/// Sorts the lines after the body into the recipients list and the signature blocks, cell
/// by cell: a line may hold both, side by side ("Nơi nhận:          CHỦ TỊCH", "- Lưu: VT. |
/// KT. CHỦ TỊCH"), and joint plans put several signature blocks in columns.
struct TailReader {
    typealias Cell = SignatureParser.Cell

    private(set) var recipientCells: [Cell] = []
    /// The signature cells, one list per column.
    private(set) var signatureColumns: [[Cell]] = []

    /// Reads the tail lines (recipients and signature zones; appendices are left out).
    /// The recipients' cells and each signature column get room for a cell per tail line
    /// read, so that the lists do not regrow.
    init(lines: [SourceLine], tail: [(index: Int, kind: Zone.Kind)]) {
        var columns: [[Cell]] = []
        var afterArchive = false
        // The last line of the archive while it may go on: the "Lưu" cell, then each of its
        // continuations; nil once another cell joins the list.
        var archiveEnd: [UInt8]?
        let longest = min(tail.count, Self.longestTail)
        recipientCells.reserveCapacity(longest)
        // Recipients and signatures fill a few dozen lines; a longer tail is text the body
        // end missed (it stays in its zone), not more signers.
        for (index, kind) in tail.prefix(Self.longestTail) where kind == .recipients || kind == .signature {
            let line = lines[index]
            // The column of the line's next signature cell.
            var signatureColumn = 0
            var leftIsRecipients = false
            line.forEachCell { text in
                guard UTF8Text.hasAlphanumeric(text) else { return }
                let cell = Cell(line: line.number, text: text)
                // After "Lưu", only its filing code and its codes are still part of the list:
                // a code or a line of codes under it (or under such a line), capitals after a
                // comma. Another cell that looks like a recipient is left to its line's zone.
                var side = Self.side(of: text)
                let continuesArchive = archiveEnd.map { Self.continuesArchive($0, with: text) } ?? false
                if continuesArchive {
                    side = .recipients
                } else if afterArchive, side == .recipients || text.contains(UInt8(ascii: ";")) {
                    side = nil
                }
                // A cell with no telling form to the right of a recipients cell is in the
                // signature column ("- Văn phòng TW Đảng        Thứ trưởng").
                let rightOfRecipients = leftIsRecipients && !afterArchive
                switch side ?? (kind == .recipients && !afterArchive && !rightOfRecipients ? .recipients : .signature) {
                case .recipients:
                    leftIsRecipients = true
                    recipientCells.append(cell)
                    let isArchive = Self.isArchiveLine(cell)
                    afterArchive = afterArchive || isArchive
                    archiveEnd = isArchive || continuesArchive ? text : nil
                case .signature:
                    if signatureColumn == columns.count {
                        columns.append([])
                        columns[signatureColumn].reserveCapacity(longest)
                    }
                    columns[signatureColumn].append(cell)
                    signatureColumn += 1
                }
            }
        }
        signatureColumns = columns
    }

    private static let longestTail = 150

    private enum Side { case recipients, signature }

    private static func isArchiveLine(_ cell: Cell) -> Bool {
        RecipientParser.isArchive(cell.text)
    }

    /// Whether `text` goes on with the archive whose last line so far is `archiveEnd`: its
    /// filing code ("08 KH"), a line of its codes ("TCT (HC, NV3)"), or capitals after a
    /// comma ("- Lưu: VT, VP," / "KGVX.").
    static func continuesArchive(_ archiveEnd: some ByteText, with text: some ByteText) -> Bool {
        RecipientParser.isArchiveCode(text) || RecipientParser.isArchiveUnits(text)
            || (archiveEnd.last == UInt8(ascii: ",") && UTF8Text.isAllCaps(text))
    }

    /// Which side a cell belongs to by its form, when it says.
    private static func side(of text: [UInt8]) -> Side? {
        if RecipientParser.headingRest(text) != nil { return .recipients }
        if let first = text.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") { return .recipients }
        if RecipientParser.isArchive(text) { return .recipients }
        if let last = text.last, last == UInt8(ascii: ";") || last == UInt8(ascii: ",") { return .recipients }
        if TailLocator.isSigningLine(text) || SignatureParser.isPlaceholder(text) || SignatureParser.isPersonName(text) { return .signature }
        if UTF8Text.isAllCaps(text), !text.contains(where: \.isASCIIDigit), !text.contains(UInt8(ascii: ",")),
            !text.contains(UInt8(ascii: ";"))
        {
            return .signature
        }
        if SignatureParser.splitTrailingName(text) != nil { return .signature }
        return nil
    }

    /// The signers of the signature columns, and the cells of them that are no part of a
    /// signer (``SignatureParser/signers(_:)``), column after column (their diagnostics are
    /// put in line order with the others, a stable sort: left to right on a line).
    var signatures: (signers: [Signer], unread: [Cell]) {
        var signers: [Signer] = []
        var unread: [Cell] = []
        for cells in signatureColumns {
            let read = SignatureParser.signers(cells)
            signers += read.signers
            unread += read.unread
        }
        return (signers, unread)
    }
}
