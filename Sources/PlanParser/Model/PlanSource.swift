/// One input of a batch: the name reported in `source.name` and the file's bytes.
public struct PlanSource: Sendable, Hashable {
    /// The name reported in `source.name` (a path, an id).
    public var name: String
    /// The content, in any encoding ``DecodedText`` reads.
    public var bytes: [UInt8]

    /// An input given as the file's bytes.
    public init(name: String, bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
    }

    /// An input given as text (UTF-8 bytes of it).
    public init(name: String, text: String) {
        self.init(name: name, bytes: Array(text.utf8))
    }
}
