/// Why an input is refused instead of parsed: it holds no text, or it is not plain text.
///
/// Only ``PlanDocument/init(validating:sourceName:)`` throws it; `init(parsing:)` parses
/// whatever it is given.
public enum PlanInputError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Nothing but white space (or nothing at all): "empty input: no text".
    case empty
    /// A known binary format or binary data: "not text: looks like PDF". `format` names
    /// it ("PDF", "DOCX/ZIP", "a PNG image", "binary data"), with a hint when the file only
    /// needs converting ("RTF (convert it to plain text first)").
    case notText(format: String)

    /// The stable code of the error in a failure record (``PlanFailure``): "empty" or
    /// "not-text".
    public var code: String {
        switch self {
        case .empty: return "empty"
        case .notText: return "not-text"
        }
    }

    /// A one-line message: "empty input: no text", "not text: looks like PDF".
    public var description: String {
        switch self {
        case .empty: return "empty input: no text"
        case .notText(let format): return "not text: looks like \(format)"
        }
    }
}

extension PlanInputError {
    /// The refusal of an input whose first bytes show that it is not text, or `nil`: the
    /// check that ``PlanDocument/init(validating:sourceName:)`` makes, which reads no more
    /// than a byte order mark and the 8 KB after it. A reader can so refuse a large input,
    /// or an endless one, before reading the rest (the command line does).
    package init?(firstBytes: [UInt8]) {
        guard let format = BinarySniffer.format(of: firstBytes) else { return nil }
        self = .notText(format: format)
    }
}
