/// Where a line of the input ended up: the ledger behind the "nothing lost" guarantee.
enum LineOwner: Hashable {
    /// A blank line (no letter or digit once cleaned).
    case blank
    /// A line read into structure whose text is not a single output value (header fields,
    /// recipients, signature, appendix).
    case zone(Zone.Kind)
    /// A line whose text is part of one output value (title, preamble, section title,
    /// body item, closing): `element` is the index of that value's text in the ledger's
    /// ``LineLedger/elementTexts`` (an owner holds no reference, so the owner of every line
    /// is set and read without reference counting).
    case text(Zone.Kind, element: Int)

    var kind: Zone.Kind? {
        switch self {
        case .blank: return nil
        case .zone(let kind), .text(let kind, _): return kind
        }
    }
}

/// The owner of every line, and the texts of the output values lines are part of.
struct LineLedger {
    /// The owner of each line, by line index.
    private(set) var owners: [LineOwner]
    /// The text of each output value that owns lines, by the index its `.text` owners hold,
    /// when the ledger keeps them (``keepsTexts``). The parse reads only the owners (for the
    /// zones); these texts are the evidence the tests of the guarantee read (each line's
    /// words must be in its value's text), kept as the bytes already held.
    private(set) var elementTexts: [ElementText] = []
    /// Whether the texts of the values are kept: only a reader of the ledger needs them (a
    /// parse for its model alone does not make them).
    let keepsTexts: Bool
    /// The number of values that own lines: the index the next one's owners hold.
    private var valueCount = 0

    /// A ledger of `lines`: blank lines owned as blank, the others by `.zone(.other)`. The
    /// owners are made all at once, then the blank lines marked, both through buffers.
    /// `keepsTexts`: the values' texts are kept (``elementTexts``).
    init(_ lines: [SourceLine], keepsTexts: Bool) {
        self.keepsTexts = keepsTexts
        var owners = [LineOwner](repeating: .zone(.other), count: lines.count)
        owners.withUnsafeMutableBufferPointer { owners in
            lines.withUnsafeBufferPointer { lines in
                for index in lines.indices where lines[index].isBlank { owners[index] = .blank }
            }
        }
        self.owners = owners
    }

    /// The line at `index` owned by a zone of `kind`.
    mutating func own(_ index: Int, by kind: Zone.Kind) {
        owners[index] = .zone(kind)
    }

    /// Room for `count` more texts, for a caller about to own that many values' lines.
    mutating func reserveTexts(_ count: Int) {
        if keepsTexts { elementTexts.reserveCapacity(elementTexts.count + count) }
    }

    /// The lines at `indices` owned by one output value, in a zone of `kind`, whose text is
    /// `text`, made only when the ledger keeps it.
    mutating func own(_ indices: some Sequence<Int>, by kind: Zone.Kind, text: @autoclosure () -> ElementText) {
        let element = valueCount
        valueCount += 1
        if keepsTexts { elementTexts.append(text()) }
        for index in indices { owners[index] = .text(kind, element: element) }
    }
}

/// The text of one output value as the ledger keeps it: the bytes the parser already holds
/// and the marker printed before them, made into a `String` only when the ledger is read.
struct ElementText {
    /// The marker before the text ("1.", "-", "[2]"), or empty.
    let label: String
    /// The text, often a slice of a paragraph's text (shared, not copied).
    let bytes: Slice<ByteView>

    init(label: String = "", bytes: Slice<ByteView>) {
        self.label = label
        self.bytes = bytes
    }

    init(label: String = "", bytes: [UInt8]) {
        self.init(label: label, bytes: ByteStorage.view(copying: bytes)[...])
    }

    init(_ string: String) {
        self.init(bytes: ByteStorage.view(copying: Array(string.utf8), holdsValidUTF8: true)[...])
    }

    /// "label text", or the text alone.
    var string: String { label.isEmpty ? UTF8Text.string(bytes) : label + " " + UTF8Text.string(bytes) }
}
