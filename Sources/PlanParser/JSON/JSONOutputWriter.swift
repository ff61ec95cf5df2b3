/// Writes JSON bytes in the order values are encoded, which keeps the contract's key order
/// (Foundation's `JSONEncoder` reorders keys on Linux), writes `nil` as `null`, and leaves
/// `/` and non-ASCII text unescaped.
///
/// It is driven by ``StreamingJSONEncoder``: containers are closed when the encoder moves
/// on to a shallower level, so values must be encoded in order, which `encode(to:)` does.
final class JSONOutputWriter {
    private(set) var bytes: [UInt8] = []
    private let pretty: Bool
    /// Open containers, innermost last.
    private var open: [(isArray: Bool, depth: Int, count: Int)] = []

    init(pretty: Bool, capacity: Int) {
        self.pretty = pretty
        bytes.reserveCapacity(capacity)
    }

    /// Closes every container opened deeper than `depth`.
    func close(deeperThan depth: Int) {
        while let top = open.last, top.depth > depth {
            open.removeLast()
            if top.count > 0 { newline(indent: top.depth - 1) }
            bytes.append(top.isArray ? UInt8(ascii: "]") : UInt8(ascii: "}"))
        }
    }

    func finish() { close(deeperThan: 0) }

    /// Starts an object or array whose members live at `depth`.
    func begin(isArray: Bool, depth: Int) {
        bytes.append(isArray ? UInt8(ascii: "[") : UInt8(ascii: "{"))
        open.append((isArray, depth, 0))
    }

    /// Writes the separator before the next member of the container at `depth`, and its key.
    func member(depth: Int, key: String?) {
        close(deeperThan: depth)
        guard let index = open.indices.last else { return }
        if open[index].count > 0 { bytes.append(UInt8(ascii: ",")) }
        open[index].count += 1
        newline(indent: depth)
        if let key {
            string(key)
            bytes.append(UInt8(ascii: ":"))
            if pretty { bytes.append(UInt8(ascii: " ")) }
        }
    }

    func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    func integer(_ value: Int) {
        bytes.append(contentsOf: String(value).utf8)
    }

    func string(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "\""): raw("\\\"")
            case UInt8(ascii: "\\"): raw("\\\\")
            case UInt8(ascii: "\n"): raw("\\n")
            case UInt8(ascii: "\r"): raw("\\r")
            case UInt8(ascii: "\t"): raw("\\t")
            case 0..<0x20:
                raw("\\u00")
                bytes.append(Self.hexDigits[Int(byte >> 4)])
                bytes.append(Self.hexDigits[Int(byte & 0xF)])
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    private func newline(indent: Int) {
        guard pretty else { return }
        bytes.append(UInt8(ascii: "\n"))
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * indent))
    }
}
