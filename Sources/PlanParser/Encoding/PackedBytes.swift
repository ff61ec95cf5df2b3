/// A short run of bytes read as one integer: the legacy detector's words are looked up by
/// their bytes packed (no hash computed as they are cut).
extension UnsafeBufferPointer<UInt8> {
    /// The bytes of `range` (at most eight, inside these bytes), the first in the lowest
    /// byte and 0 above the last: one eight-byte load from the range's start, or one that
    /// ends with these bytes when fewer than eight follow the start (a byte loop only for
    /// fewer than eight bytes in all).
    @inline(__always)
    func packedBytes(_ range: Range<Int>) -> UInt64 {
        precondition(range.lowerBound >= 0 && range.upperBound <= count && range.count <= 8, "at most eight bytes, inside")
        let length = range.count
        guard length > 0 else { return 0 }
        let keptBits = ~UInt64(0) &>> UInt64(64 &- 8 &* length)  // a length of 1...8: a shift of 56...0
        guard count >= 8 else { return Self.packedByteByByte(self, range) }
        let base = UnsafeRawPointer(baseAddress.unsafelyUnwrapped)
        if range.lowerBound <= count &- 8 {
            return UInt64(littleEndian: base.loadUnaligned(fromByteOffset: range.lowerBound, as: UInt64.self)) & keptBits
        }
        // The last eight bytes, moved down so that the range's first byte is the lowest.
        let last = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: count &- 8, as: UInt64.self))
        return last &>> UInt64(8 &* (range.lowerBound &- (count &- 8))) & keptBits
    }

    /// ``packedBytes(_:)`` a byte at a time, for fewer than eight bytes in all (no block to load).
    @inline(never)
    private static func packedByteByByte(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
        var packed: UInt64 = 0
        for index in range.reversed() { packed = packed << 8 | UInt64(bytes[index]) }
        return packed
    }
}
