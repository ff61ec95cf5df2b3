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
            if top.count > 0 { Self.newline(indent: top.depth - 1, pretty: pretty, to: &bytes) }
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
        let isFirst = open[index].count == 0
        open[index].count += 1
        Self.member(isFirst: isFirst, depth: depth, key: key, pretty: pretty, to: &bytes)
    }

    func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    func integer(_ value: Int) {
        bytes.append(contentsOf: String(value).utf8)
    }

    func string(_ value: String) {
        Self.quoted(value, to: &bytes)
    }

    // The writing itself is done on `inout` bytes: one exclusivity check a call, not one
    // a byte (the class's stored properties are checked at run time).

    private static func member(isFirst: Bool, depth: Int, key: String?, pretty: Bool, to bytes: inout [UInt8]) {
        if !isFirst { bytes.append(UInt8(ascii: ",")) }
        newline(indent: depth, pretty: pretty, to: &bytes)
        if let key {
            quoted(key, to: &bytes)
            bytes.append(UInt8(ascii: ":"))
            if pretty { bytes.append(UInt8(ascii: " ")) }
        }
    }

    /// The string in quotes; runs of bytes that need no escape are copied at once.
    private static func quoted(_ value: String, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { utf8 in
            var runStart = 0
            for index in utf8.indices {
                let byte = utf8[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                bytes.append(contentsOf: utf8[runStart..<index])
                escape(byte, to: &bytes)
                runStart = index + 1
            }
            bytes.append(contentsOf: utf8[runStart...])
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private static func escape(_ byte: UInt8, to bytes: inout [UInt8]) {
        switch byte {
        case UInt8(ascii: "\""): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
        case UInt8(ascii: "\\"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
        case UInt8(ascii: "\n"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
        case UInt8(ascii: "\r"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
        case UInt8(ascii: "\t"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
        default: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0xF)]]
        }
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    private static func newline(indent: Int, pretty: Bool, to bytes: inout [UInt8]) {
        guard pretty else { return }
        bytes.append(UInt8(ascii: "\n"))
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * indent))
    }
}
