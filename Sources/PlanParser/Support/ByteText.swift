/// UTF-8 text held in one contiguous run and read with offsets from 0: a byte array of its
/// own, a ``ByteView`` of a buffer shared with other texts, or bytes read in place through
/// a buffer pointer. The readers of a line's or a paragraph's text take `some ByteText`, so
/// that any of them can be read without a copy.
protocol ByteText: RandomAccessCollection<UInt8> where Index == Int {
    /// Calls `body` with the text's bytes (offsets from 0).
    func withUnsafeBufferPointer<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result
}

extension Array: ByteText where Element == UInt8 {}
extension ByteView: ByteText {}

extension UnsafeBufferPointer: ByteText where Element == UInt8 {
    /// Calls `body` with these bytes.
    func withUnsafeBufferPointer<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try body(self)
    }
}

/// A slice of a ``ByteText``, indexed as the text it is cut from: an array slice, or a
/// slice of a ``ByteView``.
protocol ByteSlice: RandomAccessCollection<UInt8> where Index == Int, SubSequence == Self {
    /// Calls `body` with the slice's bytes (offset 0 at `startIndex`).
    func withUnsafeBufferPointer<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result
}

extension ArraySlice: ByteSlice where Element == UInt8 {}

extension Slice: ByteSlice where Base == ByteView {
    /// Calls `body` with the slice's bytes (offset 0 at `startIndex`).
    func withUnsafeBufferPointer<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try base.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[startIndex..<endIndex])) }
    }
}
