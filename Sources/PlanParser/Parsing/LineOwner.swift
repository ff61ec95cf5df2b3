/// Where a line of the input ended up: the ledger behind the "nothing lost" guarantee.
enum LineOwner: Hashable {
    /// A blank line (no letter or digit once cleaned).
    case blank
    /// A line read into structure whose text is not a single output value (header fields,
    /// recipients, signature, appendix).
    case zone(Zone.Kind)
    /// A line whose text is part of one output value (title, preamble, section title,
    /// body item, closing).
    case text(Zone.Kind, ElementText)

    var kind: Zone.Kind? {
        switch self {
        case .blank: return nil
        case .zone(let kind), .text(let kind, _): return kind
        }
    }
}

/// The text of one output value as the ledger keeps it: the bytes the parser already holds
/// and the marker printed before them, made into a `String` only when the ledger is read.
struct ElementText: Hashable {
    /// The marker before the text ("1.", "-", "[2]"), or empty.
    let label: String
    /// The text, often a slice of a paragraph's text (shared, not copied).
    let bytes: ArraySlice<UInt8>

    init(label: String = "", bytes: ArraySlice<UInt8>) {
        self.label = label
        self.bytes = bytes
    }

    init(label: String = "", bytes: [UInt8]) {
        self.init(label: label, bytes: bytes[...])
    }

    init(_ string: String) {
        self.init(bytes: Array(string.utf8))
    }

    /// "label text", or the text alone.
    var string: String { label.isEmpty ? UTF8Text.string(bytes) : label + " " + UTF8Text.string(bytes) }
}
