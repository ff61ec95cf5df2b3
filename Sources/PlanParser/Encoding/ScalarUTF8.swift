/// Writes Unicode scalars as UTF-8 bytes, and reads them back: the legacy decoders' readings
/// and output.
extension Unicode.Scalar {
    /// The scalar's UTF-8: its bytes in `packed` from the low byte up, and their count.
    @inline(__always)
    var packedUTF8: (packed: UInt32, count: Int) {
        let value = self.value
        if value < 0x80 { return (value, 1) }
        if value < 0x800 { return (UInt32(0xC0 | value >> 6) | UInt32(0x80 | value & 0x3F) << 8, 2) }
        if value < 0x1_0000 {
            return (UInt32(0xE0 | value >> 12) | UInt32(0x80 | value >> 6 & 0x3F) << 8 | UInt32(0x80 | value & 0x3F) << 16, 3)
        }
        return (UInt32(0xF0 | value >> 18) | UInt32(0x80 | value >> 12 & 0x3F) << 8
            | UInt32(0x80 | value >> 6 & 0x3F) << 16 | UInt32(0x80 | value & 0x3F) << 24, 4)
    }
}

extension Array where Element == UInt8 {
    /// Appends the UTF-8 of one scalar.
    mutating func appendUTF8(_ scalar: Unicode.Scalar) {
        let (packed, count) = scalar.packedUTF8
        append(UInt8(truncatingIfNeeded: packed))
        if count > 1 { append(UInt8(truncatingIfNeeded: packed >> 8)) }
        if count > 2 { append(UInt8(truncatingIfNeeded: packed >> 16)) }
        if count > 3 { append(UInt8(truncatingIfNeeded: packed >> 24)) }
    }
}

/// UTF-8 written into room made beforehand.
extension UnsafeMutableBufferPointer<UInt8> {
    /// Writes the UTF-8 of one scalar from `end` on, moving `end` past it. Four bytes are
    /// stored at once (those past the scalar's are left to the next one), so the caller
    /// makes room for four bytes a scalar: `EncodingDetector`'s readings reserve exactly that.
    @inline(__always)
    func writeUTF8(_ scalar: Unicode.Scalar, at end: inout Int) {
        let (packed, count) = scalar.packedUTF8
        UnsafeMutableRawPointer(baseAddress.unsafelyUnwrapped + end).storeBytes(of: packed.littleEndian, as: UInt32.self)
        end += count
    }
}

/// UTF-8 read back one scalar at a time.
extension UnsafeBufferPointer<UInt8> {
    /// The scalar of valid UTF-8 that starts at `index`, with its length in bytes (for bytes
    /// not known to be valid, `UTF8Text.scalar(in:at:)` checks them).
    @inline(__always)
    func scalar(at index: Int) -> (scalar: Unicode.Scalar, length: Int) {
        let lead = self[index]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        // Each length spelled out (no loop over the continuation bytes).
        let second = UInt32(self[index + 1] & 0x3F)
        if lead < 0xE0 { return (Unicode.Scalar(UInt32(lead & 0x1F) << 6 | second).unsafelyUnwrapped, 2) }
        let third = UInt32(self[index + 2] & 0x3F)
        if lead < 0xF0 { return (Unicode.Scalar(UInt32(lead & 0x0F) << 12 | second << 6 | third).unsafelyUnwrapped, 3) }
        let fourth = UInt32(self[index + 3] & 0x3F)
        return (Unicode.Scalar(UInt32(lead & 0x07) << 18 | second << 12 | third << 6 | fourth).unsafelyUnwrapped, 4)
    }

    /// Reads the scalars of these bytes (valid UTF-8) in order, handing each to `body`,
    /// until `body` returns `false`; returns whether every scalar was read.
    @inline(__always)
    func forEachScalar(while body: (Unicode.Scalar) -> Bool) -> Bool {
        var index = 0
        while index < count {
            let (scalar, length) = self.scalar(at: index)
            guard body(scalar) else { return false }
            index &+= length
        }
        return true
    }

    /// Appends the scalars of these bytes (valid UTF-8) to `scalars`.
    @inline(__always)
    func appendScalars(to scalars: inout [Unicode.Scalar]) {
        _ = forEachScalar { scalars.append($0); return true }
    }
}
