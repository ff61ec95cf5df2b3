/// Finds one byte value in UTF-8 text eight bytes at a time.
enum ByteSearch {
    /// The offset of the first `byte` in `bytes[from..<to]`, or `nil`.
    static func firstOffset(of byte: UInt8, in bytes: [UInt8], from: Int, to: Int) -> Int? {
        precondition(from >= 0 && to <= bytes.count, "range out of bounds")
        guard from < to else { return nil }
        return bytes.withUnsafeBytes { firstOffset(of: byte, in: $0, from: from, to: to) }
    }

    /// The index of the first `byte` in `bytes`, or `nil`.
    static func firstIndex(of byte: UInt8, in bytes: ArraySlice<UInt8>) -> Int? {
        let offset = bytes.withUnsafeBytes { firstOffset(of: byte, in: $0, from: 0, to: $0.count) }
        return offset.map { bytes.startIndex + $0 }
    }

    /// The offset of the first `byte` in `buffer[from..<to]`, or `nil`.
    @inline(__always)
    private static func firstOffset(of byte: UInt8, in buffer: UnsafeRawBufferPointer, from: Int, to: Int) -> Int? {
        let pattern = UInt64(byte) &* 0x0101_0101_0101_0101
        var index = from
        while index + 8 <= to {
            // A byte equal to `byte` is zero in `word`; the lowest such byte sets the lowest flag.
            let word = UInt64(littleEndian: buffer.loadUnaligned(fromByteOffset: index, as: UInt64.self)) ^ pattern
            let flags = (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080
            if flags != 0 { return index + flags.trailingZeroBitCount / 8 }
            index += 8
        }
        while index < to {
            if buffer[index] == byte { return index }
            index += 1
        }
        return nil
    }
}
