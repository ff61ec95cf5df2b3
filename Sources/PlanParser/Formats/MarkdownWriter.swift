/// Writes Markdown (CommonMark with GitHub's pipe tables) as UTF-8 bytes: headings, list
/// items and tables, blocks separated by one blank line.
///
/// Text values go through ``text(_:startsItem:)``, which escapes what Markdown would read as
/// markup, so that the rendered text is the text as printed: `\`, `*`, `_`, `[`, `]`, `<`,
/// `>`, `&`, `|`, `~` and the backquote get a backslash (not `_` inside a word, nor `&`
/// that cannot start an entity, "NN&MT") and a line break becomes `<br>`; at
/// the start of a list item, a leading `-`, `+` or `#` or an ordered-list number ("1.") is
/// escaped too, so that the item's text cannot start a nested list or a heading.
struct MarkdownWriter {
    private(set) var bytes: [UInt8] = []

    /// Starts a block: a blank line after whatever was written before.
    mutating func beginBlock() {
        if !bytes.isEmpty { bytes.append(Self.newline) }
    }

    /// A heading of `level` (1 to 6; deeper levels are written as 6) holding `text`.
    mutating func heading(_ level: Int, _ text: String) {
        beginBlock()
        bytes.append(contentsOf: repeatElement(UInt8(ascii: "#"), count: min(max(level, 1), 6)))
        bytes.append(UInt8(ascii: " "))
        self.text(text)
        bytes.append(Self.newline)
    }

    /// Starts a list item at `depth` (0 for the outermost list); its content follows.
    mutating func listItem(depth: Int) {
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * depth))
        raw("- ")
    }

    /// A whole list item at `depth` holding `text`, on its own line.
    mutating func listItem(depth: Int, text value: String) {
        listItem(depth: depth)
        text(value, startsItem: true)
        endLine()
    }

    /// Ends a line.
    mutating func endLine() {
        bytes.append(Self.newline)
    }

    /// Appends markup as it is.
    mutating func raw(_ markup: String) {
        bytes.append(contentsOf: markup.utf8)
    }

    /// A table of `rows` under `columns`, as its own block. A column whose cells are all
    /// empty is left out; nothing is written when no row or no column is left.
    mutating func table(columns: [String], rows: [[String]]) {
        let kept = columns.indices.filter { column in rows.contains { !$0[column].isEmpty } }
        guard !kept.isEmpty else { return }
        beginBlock()
        tableRow(kept.map { columns[$0] })
        raw("|")
        for _ in kept { raw("---|") }
        endLine()
        for row in rows { tableRow(kept.map { row[$0] }) }
    }

    private mutating func tableRow(_ cells: [String]) {
        raw("|")
        for cell in cells {
            raw(" ")
            text(cell)
            raw(" |")
        }
        endLine()
    }

    /// Appends a text value, escaped (see the type's description); `startsItem` says that
    /// it comes first in a list item.
    mutating func text(_ value: String, startsItem: Bool = false) {
        let utf8 = Array(value.utf8)
        var listNumberEnd: Int?
        if startsItem {
            if let first = utf8.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") || first == UInt8(ascii: "#") {
                bytes.append(Self.backslash)
            }
            var digits = 0
            while digits < utf8.count, utf8[digits].isASCIIDigit { digits += 1 }
            if digits > 0, digits < utf8.count, utf8[digits] == UInt8(ascii: ".") || utf8[digits] == UInt8(ascii: ")"),
               digits + 1 == utf8.count || utf8[digits + 1] == UInt8(ascii: " ") {
                listNumberEnd = digits
            }
        }
        var index = 0
        while index < utf8.count {
            let byte = utf8[index]
            if index == listNumberEnd {
                bytes.append(Self.backslash)
                bytes.append(byte)
            } else if byte == 0x0D || byte == 0x0A {
                raw("<br>")
                if byte == 0x0D, index + 1 < utf8.count, utf8[index + 1] == 0x0A { index += 1 }
            } else if Self.isMarkup(byte), !Self.isInert(byte, at: index, in: utf8) {
                bytes.append(Self.backslash)
                bytes.append(byte)
            } else {
                bytes.append(byte)
            }
            index += 1
        }
    }

    /// Whether a markup character is read as text where it stands, and needs no backslash:
    /// `_` between two ASCII letters or digits ("004_d9c9.txt") cannot emphasize, and `&`
    /// starts an entity only when followed by letters, digits or `#` and a `;` ("NN&MT" is
    /// text).
    private static func isInert(_ byte: UInt8, at index: Int, in utf8: [UInt8]) -> Bool {
        func isAlphanumeric(_ byte: UInt8) -> Bool { byte.isASCIILetter || byte.isASCIIDigit }
        switch byte {
        case UInt8(ascii: "_"):
            return index > 0 && index + 1 < utf8.count && isAlphanumeric(utf8[index - 1]) && isAlphanumeric(utf8[index + 1])
        case UInt8(ascii: "&"):
            var end = index + 1
            while end < utf8.count, isAlphanumeric(utf8[end]) || utf8[end] == UInt8(ascii: "#") { end += 1 }
            return end == utf8.count || utf8[end] != UInt8(ascii: ";")
        default:
            return false
        }
    }

    private static let newline = UInt8(ascii: "\n")
    private static let backslash = UInt8(ascii: "\\")

    private static func isMarkup(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "\\"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "`"), UInt8(ascii: "["),
             UInt8(ascii: "]"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"), UInt8(ascii: "|"),
             UInt8(ascii: "~"):
            true
        default:
            false
        }
    }
}
