#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A path as the bytes the system gave it (from the command line or a folder listing). A
/// file name is any bytes but NUL and "/", not always UTF-8, so a path is opened with its
/// own bytes and only shown as text, its invalid bytes repaired (U+FFFD).
struct RawPath: Hashable, Sendable {
    /// The bytes of the path, without a NUL.
    var bytes: [UInt8]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    init(_ text: String) {
        self.init(Array(text.utf8))
    }

    /// The path as text, invalid UTF-8 repaired: `source.name`, and the name in messages.
    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// The path of `name` inside this folder.
    func appending(_ name: some Collection<UInt8>) -> RawPath {
        RawPath(bytes.last == UInt8(ascii: "/") ? bytes + name : bytes + [UInt8(ascii: "/")] + name)
    }

    /// Calls `body` with the path as a C string (the system's calls take one).
    func withCString<Result>(_ body: (UnsafePointer<CChar>) -> Result) -> Result {
        (bytes + [0]).withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { body($0.baseAddress!) }
        }
    }
}
