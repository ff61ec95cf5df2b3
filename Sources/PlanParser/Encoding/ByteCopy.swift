/// Bytes copied into room made beforehand (the legacy decoder's lines and readings).
extension UnsafeMutableBufferPointer<UInt8> {
    /// Copies `bytes` from `end` on, moving `end` past them. Traps when the room is too
    /// small (one comparison a copy), as an array's subscript would.
    @inline(__always)
    func copy(_ bytes: UnsafeBufferPointer<UInt8>, at end: inout Int) {
        precondition(end >= 0 && end <= count &- bytes.count, "no room for the bytes")
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        (baseAddress.unsafelyUnwrapped + end).update(from: source, count: bytes.count)
        end += bytes.count
    }
}
