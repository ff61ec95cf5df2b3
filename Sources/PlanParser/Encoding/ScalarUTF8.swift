/// Writes Unicode scalars as UTF-8 bytes, and reads them back: the legacy decoders' readings
/// and output.
extension Array where Element == UInt8 {
    /// Appends the UTF-8 of one scalar.
    mutating func appendUTF8(_ scalar: Unicode.Scalar) {
        let value = scalar.value
        if value < 0x80 {
            append(UInt8(value))
        } else if value < 0x800 {
            append(UInt8(0xC0 | value >> 6))
            append(UInt8(0x80 | value & 0x3F))
        } else if value < 0x1_0000 {
            append(UInt8(0xE0 | value >> 12))
            append(UInt8(0x80 | value >> 6 & 0x3F))
            append(UInt8(0x80 | value & 0x3F))
        } else {
            append(UInt8(0xF0 | value >> 18))
            append(UInt8(0x80 | value >> 12 & 0x3F))
            append(UInt8(0x80 | value >> 6 & 0x3F))
            append(UInt8(0x80 | value & 0x3F))
        }
    }
}

/// UTF-8 written into room made beforehand.
extension UnsafeMutableBufferPointer<UInt8> {
    /// Writes the UTF-8 of one scalar from `end` on (the room is there), moving `end` past it.
    @inline(__always)
    func writeUTF8(_ scalar: Unicode.Scalar, at end: inout Int) {
        let value = scalar.value, base = baseAddress.unsafelyUnwrapped + end
        if value < 0x80 {
            base[0] = UInt8(value)
            end += 1
        } else if value < 0x800 {
            base[0] = UInt8(0xC0 | value >> 6)
            base[1] = UInt8(0x80 | value & 0x3F)
            end += 2
        } else if value < 0x1_0000 {
            base[0] = UInt8(0xE0 | value >> 12)
            base[1] = UInt8(0x80 | value >> 6 & 0x3F)
            base[2] = UInt8(0x80 | value & 0x3F)
            end += 3
        } else {
            base[0] = UInt8(0xF0 | value >> 18)
            base[1] = UInt8(0x80 | value >> 12 & 0x3F)
            base[2] = UInt8(0x80 | value >> 6 & 0x3F)
            base[3] = UInt8(0x80 | value & 0x3F)
            end += 4
        }
    }
}

/// UTF-8 read back one scalar at a time.
extension UnsafeBufferPointer<UInt8> {
    /// The scalar of valid UTF-8 that starts at `index`, with its length in bytes.
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
