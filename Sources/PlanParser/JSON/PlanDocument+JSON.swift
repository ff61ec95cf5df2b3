extension PlanDocument {
    /// The document as JSON in the contract's key order: one line, or indented by two
    /// spaces when `pretty` is true. No trailing newline.
    public func jsonText(pretty: Bool = false) -> String {
        String(decoding: jsonBytes(pretty: pretty), as: UTF8.self)
    }

    /// The UTF-8 bytes of ``jsonText(pretty:)``.
    public func jsonBytes(pretty: Bool = false) -> [UInt8] {
        jsonBytes(pretty: pretty, endingLine: false)
    }

    /// ``jsonBytes(pretty:)``, followed by a "\n" when `endingLine`: a JSON Lines record,
    /// made without copying the bytes again to add its line end.
    package func jsonBytes(pretty: Bool, endingLine: Bool) -> [UInt8] {
        var json = JSONWriter(pretty: pretty, capacity: 4 * source.bytes + 1024)
        write(to: &json)
        if endingLine { json.endLine() }
        return json.bytes
    }
}
