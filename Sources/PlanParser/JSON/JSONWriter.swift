/// A value of the model written as JSON by ``JSONWriter``, every key in the contract's order
/// and `nil` as `null`.
protocol JSONWritable {
    /// Writes the value at the writer's position.
    func write(to json: inout JSONWriter)
}

/// Writes JSON bytes straight from the model, one line or indented by two spaces: keys in
/// the order they are written (the contract's), `nil` as `null`, `/` and non-ASCII text
/// unescaped. Each model type says its keys in its ``JSONWritable`` conformance.
struct JSONWriter: ~Copyable {
    /// The JSON written so far.
    private var output: PointerBuffer<UInt8>
    /// Whether to write indented lines rather than one line.
    private let pretty: Bool
    /// How many containers are open.
    private var depth = 0
    /// Whether the innermost open container has a member yet.
    private var hasMembers = false

    /// A writer of one line of JSON, or of indented JSON when `pretty`, with room for
    /// `capacity` bytes.
    init(pretty: Bool, capacity: Int) {
        self.pretty = pretty
        output = PointerBuffer<UInt8>(capacity: capacity)
    }

    /// The JSON written so far.
    var bytes: [UInt8] { output.array }

    /// An object whose members `writeMembers` writes, each with `field`.
    mutating func object(_ writeMembers: (inout JSONWriter) -> Void) {
        open(UInt8(ascii: "{"))
        writeMembers(&self)
        close(UInt8(ascii: "}"))
    }

    /// An array of `elements`.
    mutating func array<Element: JSONWritable>(_ elements: [Element]) {
        open(UInt8(ascii: "["))
        // Each element written where it lies (a `for in` would copy it out, retaining
        // every reference it holds).
        for index in elements.indices {
            separator()
            elements[index].write(to: &self)
        }
        close(UInt8(ascii: "]"))
    }

    /// The member `key` of the open object, with `value`.
    mutating func field<Value: JSONWritable>(_ key: StaticString, _ value: Value) {
        self.key(key)
        value.write(to: &self)
    }

    /// The member `key` of the open object, with `value` or `null`.
    mutating func field<Value: JSONWritable>(_ key: StaticString, _ value: Value?) {
        self.key(key)
        if let value { value.write(to: &self) } else { output.append("null") }
    }

    /// A string, in quotes and escaped.
    mutating func string(_ value: String) {
        // A native string's bytes are read in place; only another kind is copied first. (Not
        // through `UTF8Text.withUTF8(of:_:)`: with the output captured inout, that measured
        // 0.17M instructions more over the 30 Unicode files.)
        if value.utf8.withContiguousStorageIfAvailable({ Self.quoted($0, to: &output) }) != nil { return }
        var copy = value
        copy.withUTF8 { Self.quoted($0, to: &output) }
    }

    /// An integer, in decimal digits.
    mutating func integer(_ value: Int) {
        if value < 0 { output.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var divisor: UInt = 1
        while magnitude / divisor >= 10 { divisor *= 10 }
        repeat {
            output.append(UInt8(ascii: "0") + UInt8(magnitude / divisor))
            magnitude %= divisor
            divisor /= 10
        } while divisor > 0
    }

    /// Opens an object or array.
    private mutating func open(_ bracket: UInt8) {
        output.append(bracket)
        depth += 1
        hasMembers = false
    }

    /// Closes the innermost object or array, on a line of its own when pretty and not empty.
    private mutating func close(_ bracket: UInt8) {
        depth -= 1
        if hasMembers { newline() }
        output.append(bracket)
        // The container just closed is a member of the one around it.
        hasMembers = true
    }

    /// The comma before every member but the first, and the line break of pretty output.
    private mutating func separator() {
        if hasMembers { output.append(UInt8(ascii: ",")) }
        hasMembers = true
        newline()
    }

    /// The separator and the quoted key of the next member of the open object.
    private mutating func key(_ key: StaticString) {
        separator()
        // Keys are the contract's identifiers: nothing in them needs an escape.
        output.append(UInt8(ascii: "\""))
        output.append(key)
        output.append(UInt8(ascii: "\""))
        output.append(UInt8(ascii: ":"))
        if pretty { output.append(UInt8(ascii: " ")) }
    }

    /// A line break after the value written (the end of a JSON Lines record).
    mutating func endLine() {
        output.append(UInt8(ascii: "\n"))
    }

    /// A line break and the indentation of the current depth, when pretty.
    private mutating func newline() {
        guard pretty else { return }
        output.append(UInt8(ascii: "\n"))
        output.append(UInt8(ascii: " "), repetitions: 2 * depth)
    }

    /// `utf8` in quotes, escaped: the bytes that need an escape (a control character, a
    /// quote or a backslash) are found sixteen bytes at a time, and the runs between them
    /// copied at once.
    private static func quoted(_ utf8: UnsafeBufferPointer<UInt8>, to output: inout PointerBuffer<UInt8>) {
        output.append(UInt8(ascii: "\""))
        var runStart = 0
        while true {
            let special = ByteSearch.firstOffset(ofEither: UInt8(ascii: "\""), or: UInt8(ascii: "\\"), orBelow: 0x20, in: utf8, from: runStart)
            guard special < utf8.count else { break }
            output.append(UnsafeBufferPointer(rebasing: utf8[runStart..<special]))
            escape(utf8[special], to: &output)
            runStart = special + 1
        }
        output.append(UnsafeBufferPointer(rebasing: utf8[runStart...]))
        output.append(UInt8(ascii: "\""))
    }

    /// The escape of a quote, a backslash or a control character.
    private static func escape(_ byte: UInt8, to output: inout PointerBuffer<UInt8>) {
        output.append(UInt8(ascii: "\\"))
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): output.append(byte)
        case UInt8(ascii: "\n"): output.append(UInt8(ascii: "n"))
        case UInt8(ascii: "\r"): output.append(UInt8(ascii: "r"))
        case UInt8(ascii: "\t"): output.append(UInt8(ascii: "t"))
        default:
            output.append(UInt8(ascii: "u"))
            output.append(UInt8(ascii: "0"))
            output.append(UInt8(ascii: "0"))
            output.append(hexDigits[Int(byte >> 4)])
            output.append(hexDigits[Int(byte & 0xF)])
        }
    }

    /// The digits of `\u00XX` escapes.
    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)
}

extension String: JSONWritable {
    func write(to json: inout JSONWriter) { json.string(self) }
}

extension Int: JSONWritable {
    func write(to json: inout JSONWriter) { json.integer(self) }
}

extension Array: JSONWritable where Element: JSONWritable {
    func write(to json: inout JSONWriter) { json.array(self) }
}

extension JSONWritable where Self: RawRepresentable, RawValue == String {
    func write(to json: inout JSONWriter) { json.string(rawValue) }
}
