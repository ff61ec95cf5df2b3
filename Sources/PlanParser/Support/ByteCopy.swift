/// Bytes copied into room made beforehand (the legacy decoder's lines and readings, joined
/// paragraph texts).
extension UnsafeMutableBufferPointer<UInt8> {
    /// Copies `bytes` from `end` on, moving `end` past them. Traps when the room is too
    /// small (one comparison a copy), as an array's subscript would. Up to sixteen bytes (a
    /// word, the spaces between words) are copied as one byte or two blocks that may
    /// overlap, read and written only inside the bytes and the room: no call to `memcpy`.
    @inline(__always)
    func copy(_ bytes: UnsafeBufferPointer<UInt8>, at end: inout Int) {
        precondition(end >= 0 && end <= count &- bytes.count, "no room for the bytes")
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        let length = bytes.count
        let from = UnsafeRawPointer(source), to = UnsafeMutableRawPointer(baseAddress.unsafelyUnwrapped + end)
        if length >= 8 && length <= 16 {
            let first = from.loadUnaligned(as: UInt64.self), last = from.loadUnaligned(fromByteOffset: length &- 8, as: UInt64.self)
            to.storeBytes(of: first, as: UInt64.self)
            to.storeBytes(of: last, toByteOffset: length &- 8, as: UInt64.self)
        } else if length >= 4 && length < 8 {
            let first = from.loadUnaligned(as: UInt32.self), last = from.loadUnaligned(fromByteOffset: length &- 4, as: UInt32.self)
            to.storeBytes(of: first, as: UInt32.self)
            to.storeBytes(of: last, toByteOffset: length &- 4, as: UInt32.self)
        } else if length >= 2 && length < 4 {
            let first = from.loadUnaligned(as: UInt16.self), last = from.loadUnaligned(fromByteOffset: length &- 2, as: UInt16.self)
            to.storeBytes(of: first, as: UInt16.self)
            to.storeBytes(of: last, toByteOffset: length &- 2, as: UInt16.self)
        } else if length == 1 {
            to.storeBytes(of: from.load(as: UInt8.self), as: UInt8.self)
        } else {
            to.copyMemory(from: from, byteCount: length)
        }
        end &+= length
    }

    /// Copies `source[range]` from `end` on, moving `end` past them, as ``copy(_:at:)`` does;
    /// but up to sixteen bytes are read and written as two whole eight-byte blocks when the
    /// source holds sixteen bytes from the range's start and the room sixteen from `end` (for
    /// room whose bytes past the last copy are never read: the bytes written past this copy
    /// are written over by the next one).
    @inline(__always)
    func copy(_ range: Range<Int>, of source: UnsafeBufferPointer<UInt8>, at end: inout Int) {
        let length = range.count
        guard length <= 16 && range.lowerBound >= 0 && range.lowerBound <= source.count &- 16
                && end >= 0 && end <= count &- 16 else {
            return copy(UnsafeBufferPointer(rebasing: source[range]), at: &end)
        }
        let from = UnsafeRawPointer(source.baseAddress.unsafelyUnwrapped + range.lowerBound)
        let to = UnsafeMutableRawPointer(baseAddress.unsafelyUnwrapped + end)
        to.storeBytes(of: from.loadUnaligned(as: UInt64.self), as: UInt64.self)
        to.storeBytes(of: from.loadUnaligned(fromByteOffset: 8, as: UInt64.self), toByteOffset: 8, as: UInt64.self)
        end &+= length
    }
}
