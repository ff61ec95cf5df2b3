/// An `Encoder` that streams into a ``JSONOutputWriter``, so that each model type states
/// its key order once, in `encode(to:)`, for both this writer and Foundation's `JSONEncoder`.
///
/// Only what the model uses is supported: strings, integers, booleans, `nil`, objects and
/// arrays. A value at `depth` is a member of the container whose members live at `depth`.
struct StreamingJSONEncoder: Encoder {
    let writer: JSONOutputWriter
    let depth: Int
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        writer.begin(isArray: false, depth: depth + 1)
        return KeyedEncodingContainer(KeyedStream<Key>(writer: writer, depth: depth + 1))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        writer.begin(isArray: true, depth: depth + 1)
        return UnkeyedStream(writer: writer, depth: depth + 1)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleValueStream(writer: writer, depth: depth)
    }
}

/// Writes one value in place (an `Optional` or a raw-value enum encodes through this); the
/// separator and key were written by the enclosing container.
private struct SingleValueStream: SingleValueEncodingContainer {
    let writer: JSONOutputWriter
    let depth: Int
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil() { writer.raw("null") }
    mutating func encode(_ value: Bool) { writer.raw(value ? "true" : "false") }
    mutating func encode(_ value: String) { writer.string(value) }
    mutating func encode(_ value: Int) { writer.integer(value) }
    mutating func encode(_ value: Double) throws { throw unsupported(value) }
    mutating func encode(_ value: Float) throws { throw unsupported(value) }
    mutating func encode(_ value: Int8) { writer.integer(Int(value)) }
    mutating func encode(_ value: Int16) { writer.integer(Int(value)) }
    mutating func encode(_ value: Int32) { writer.integer(Int(value)) }
    mutating func encode(_ value: Int64) { writer.integer(Int(value)) }
    mutating func encode(_ value: UInt) { writer.integer(Int(value)) }
    mutating func encode(_ value: UInt8) { writer.integer(Int(value)) }
    mutating func encode(_ value: UInt16) { writer.integer(Int(value)) }
    mutating func encode(_ value: UInt32) { writer.integer(Int(value)) }
    mutating func encode(_ value: UInt64) { writer.integer(Int(value)) }
    mutating func encode<T: Encodable>(_ value: T) throws {
        try value.encode(to: StreamingJSONEncoder(writer: writer, depth: depth))
    }

    private func unsupported(_ value: Any) -> EncodingError {
        EncodingError.invalidValue(value, .init(codingPath: [], debugDescription: "floating point is not part of the contract"))
    }
}

private struct KeyedStream<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let writer: JSONOutputWriter
    let depth: Int
    var codingPath: [any CodingKey] { [] }

    private func value(for key: Key) -> StreamingJSONEncoder {
        writer.member(depth: depth, key: key.stringValue)
        return StreamingJSONEncoder(writer: writer, depth: depth)
    }

    mutating func encodeNil(forKey key: Key) {
        writer.member(depth: depth, key: key.stringValue)
        writer.raw("null")
    }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try value.encode(to: self.value(for: key))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        value(for: key).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        value(for: key).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder { StreamingJSONEncoder(writer: writer, depth: depth) }
    mutating func superEncoder(forKey key: Key) -> any Encoder { value(for: key) }
}

private struct UnkeyedStream: UnkeyedEncodingContainer {
    let writer: JSONOutputWriter
    let depth: Int
    var codingPath: [any CodingKey] { [] }
    private(set) var count = 0

    init(writer: JSONOutputWriter, depth: Int) {
        self.writer = writer
        self.depth = depth
    }

    private mutating func element() -> StreamingJSONEncoder {
        count += 1
        writer.member(depth: depth, key: nil)
        return StreamingJSONEncoder(writer: writer, depth: depth)
    }

    mutating func encodeNil() {
        _ = element()
        writer.raw("null")
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try value.encode(to: element())
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        element().container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        element().unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder { element() }
}
