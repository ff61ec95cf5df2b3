/// Exhaustive short inputs for the fast-path tests.
enum ByteStrings {
    /// Every string of up to `length` bytes over the bytes of `alphabet`, shortest first.
    static func every(over alphabet: String, upTo length: Int) -> [[UInt8]] {
        every(overBytes: Array(alphabet.utf8), upTo: length)
    }

    /// Every string of up to `length` bytes over `alphabet` (bytes that need not make UTF-8),
    /// shortest first.
    static func every(overBytes alphabet: [UInt8], upTo length: Int) -> [[UInt8]] {
        var all: [[UInt8]] = [[]]
        var last: [[UInt8]] = [[]]
        for _ in 0..<length {
            last = last.flatMap { string in alphabet.map { string + [$0] } }
            all += last
        }
        return all
    }
}
