extension PlanDocument {
    /// The document as JSON in the contract's key order: one line, or indented by two
    /// spaces when `pretty` is true. No trailing newline.
    public func jsonText(pretty: Bool = false) -> String {
        String(decoding: jsonBytes(pretty: pretty), as: UTF8.self)
    }

    /// The UTF-8 bytes of ``jsonText(pretty:)``.
    public func jsonBytes(pretty: Bool = false) -> [UInt8] {
        let writer = JSONOutputWriter(pretty: pretty, capacity: 4 * source.bytes + 1024)
        // Every value of the model is a string, an integer or nil, which the encoder writes.
        try? encode(to: StreamingJSONEncoder(writer: writer, depth: 0))
        writer.finish()
        return writer.bytes
    }
}
