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

    /// Appends the UTF-8 of `scalars`.
    mutating func appendUTF8(_ scalars: ArraySlice<Unicode.Scalar>) {
        for scalar in scalars {
            if scalar.value < 0x80 { append(UInt8(scalar.value)) } else { appendUTF8(scalar) }
        }
    }
}

/// UTF-8 written into room made beforehand.
extension UnsafeMutableBufferPointer<UInt8> {
    /// Writes the UTF-8 of `scalars` from `end` on (the room is there), moving `end` past it.
    func writeUTF8(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, at end: inout Int) {
        for scalar in scalars {
            let value = scalar.value
            if value < 0x80 {
                self[end] = UInt8(value)
                end += 1
            } else {
                for byte in UTF8.encode(scalar)! {
                    self[end] = byte
                    end += 1
                }
            }
        }
    }
}

/// UTF-8 read back one scalar at a time.
extension UnsafeBufferPointer<UInt8> {
    /// The scalar of valid UTF-8 that starts at `index`, with its length in bytes.
    func scalar(at index: Int) -> (scalar: Unicode.Scalar, length: Int) {
        let lead = self[index]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        var value = UInt32(lead) & (0x7F >> UInt32(length))
        for offset in 1..<length { value = value << 6 | UInt32(self[index + offset] & 0x3F) }
        return (Unicode.Scalar(value).unsafelyUnwrapped, length)
    }
}
