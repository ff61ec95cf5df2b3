/// The record of an input that could not be parsed, for a stream of results:
/// `{"source": {"name": "a.pdf", "bytes": 1234}, "error": {"code": "not-text", "message": "..."}}`
/// (`plan-extract --errors-inline`).
public struct PlanFailure: Codable, Sendable, Hashable {
    /// The input, as far as it is known.
    public struct Source: Codable, Sendable, Hashable {
        /// The name the input was given (a path, an id).
        public var name: String
        /// Its size in bytes, or `nil` when it could not be read.
        public var bytes: Int?

        enum CodingKeys: String, CodingKey { case name, bytes }

        /// Encodes both fields, writing `null` for `nil`.
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(name, forKey: .name)
            try c.encode(bytes, forKey: .bytes)
        }
    }

    /// What went wrong.
    public struct Failure: Codable, Sendable, Hashable {
        /// A stable code: "not-text", "empty", "unreadable", "no-files", "bad-record".
        public var code: String
        /// The message, as printed on standard error.
        public var message: String
    }

    /// The input.
    public var source: Source
    /// The failure.
    public var error: Failure

    /// Creates the record of the input `name` (`bytes` long, when read) that failed with `code`.
    public init(name: String, bytes: Int?, code: String, message: String) {
        source = Source(name: name, bytes: bytes)
        error = Failure(code: code, message: message)
    }

    /// The record as one line of JSON, without a line end.
    public func jsonBytes() -> [UInt8] {
        var json = JSONWriter(pretty: false, capacity: 256)
        write(to: &json)
        return json.bytes
    }
}
