/// Finds a byte value in UTF-8 text thirty-two, sixteen or eight bytes at a time, or the
/// first of two values or of the bytes below a limit sixteen bytes at a time; the last of a
/// value eight bytes at a time. (`package`: the command line reads JSON strings with it.)
package enum ByteSearch {
    /// The offset of the first `byte` in `bytes[from..<to]`, or `nil`. Inlined: a call
    /// costs as much as a short search.
    @inline(__always)
    static func firstOffset(of byte: UInt8, in bytes: some ByteText, from: Int, to: Int) -> Int? {
        precondition(from >= 0 && to <= bytes.count, "range out of bounds")
        guard from < to else { return nil }
        return bytes.withUnsafeBufferPointer { firstOffset(of: byte, in: UnsafeRawBufferPointer($0), from: from, to: to) }
    }

    /// The offset of the first `byte` in `bytes`, or `nil`.
    static func firstOffset(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        firstOffset(of: byte, in: UnsafeRawBufferPointer(bytes), from: 0, to: bytes.count)
    }

    /// The index of the first `byte` in `bytes`, or `nil`.
    static func firstIndex(of byte: UInt8, in bytes: ArraySlice<UInt8>) -> Int? {
        let offset = bytes.withUnsafeBytes { firstOffset(of: byte, in: $0, from: 0, to: $0.count) }
        return offset.map { bytes.startIndex + $0 }
    }

    /// The offset of the first `byte` in `buffer[from..<to]`, or `nil`. Thirty-two bytes are
    /// passed a step while none matches, then sixteen are tested a step (lanes compared at
    /// once, read back as two words) up to the last whole block, and the bytes left
    /// by one more block ending at `to`, overlapping bytes already passed (none of them is
    /// `byte`, so the first flag is still the first match); a range shorter than sixteen
    /// bytes is tested as two overlapping words, one under eight a byte at a time.
    /// `0 <= from` and `to <= buffer.count`: no offset can overflow, so they are added
    /// unchecked.
    @inline(__always)
    private static func firstOffset(of byte: UInt8, in buffer: UnsafeRawBufferPointer, from: Int, to: Int) -> Int? {
        let lastBlock = to &- 16
        if from <= lastBlock, let start = buffer.baseAddress {
            // The lanes to compare with, made once, outside the loops.
            let lanes = SIMD16<UInt8>(repeating: byte)
            var index = from
            // Thirty-two bytes a step while no byte matches; the block of sixteen that holds
            // the match is found by the step below.
            let lastDoubleBlock = to &- 32
            while index <= lastDoubleBlock, !holdsByte(inDoubleBlockAt: index, of: start, lanes: lanes) { index &+= 32 }
            while index <= lastBlock {
                if let found = firstOffset(inBlockAt: index, of: start, lanes: lanes) { return found }
                index &+= 16
            }
            return index < to ? firstOffset(inBlockAt: lastBlock, of: start, lanes: lanes) : nil
        }
        let pattern = UInt64(byte) &* ByteLanes.ones
        if from &+ 8 <= to {
            if let found = firstOffset(inWordAt: from, of: buffer, pattern: pattern) { return found }
            return firstOffset(inWordAt: to &- 8, of: buffer, pattern: pattern)
        }
        var index = from
        while index < to {
            if buffer[index] == byte { return index }
            index &+= 1
        }
        return nil
    }

    /// Whether one of the thirty-two bytes at `index` equals `lanes`' byte (repeated in
    /// every lane).
    @inline(__always)
    private static func holdsByte(inDoubleBlockAt index: Int, of start: UnsafeRawPointer, lanes: SIMD16<UInt8>) -> Bool {
        let first = start.loadUnaligned(fromByteOffset: index, as: SIMD16<UInt8>.self) .== lanes
        let second = start.loadUnaligned(fromByteOffset: index &+ 16, as: SIMD16<UInt8>.self) .== lanes
        return anyLane(first .| second)
    }

    /// The offset of the first byte equal to `lanes`' byte in the sixteen bytes at `index`,
    /// or `nil`.
    @inline(__always)
    private static func firstOffset(inBlockAt index: Int, of start: UnsafeRawPointer, lanes: SIMD16<UInt8>) -> Int? {
        firstLane(of: start.loadUnaligned(fromByteOffset: index, as: SIMD16<UInt8>.self) .== lanes, at: index)
    }

    /// Whether a lane of `mask` is set: its lanes read back as two words (`any` is a
    /// reduction the compiler leaves out of line).
    @inline(__always)
    static func anyLane(_ mask: SIMDMask<SIMD16<Int8>>) -> Bool {
        let words = unsafeBitCast(mask, to: SIMD2<UInt64>.self)
        return words[0] | words[1] != 0
    }

    /// `offset` plus the index of the first lane set in `mask`, or `nil` when none is: a set
    /// lane is all ones, so the lowest set bit of the two words read back is in its first.
    /// Which word holds it is chosen without a branch (the lanes' words are as likely one
    /// as the other): an empty low word counts 64 zeros, and the high word's are added.
    @inline(__always)
    static func firstLane(of mask: SIMDMask<SIMD16<Int8>>, at offset: Int) -> Int? {
        let words = unsafeBitCast(mask, to: SIMD2<UInt64>.self)
        let (low, high) = (words[0], words[1])
        guard low | high != 0 else { return nil }
        let zeros = low.trailingZeroBitCount &+ (low == 0 ? high.trailingZeroBitCount : 0)
        return offset &+ zeros &>> 3
    }

    /// The offset of the first byte equal to `pattern`'s in the eight bytes at `index`, or `nil`.
    @inline(__always)
    private static func firstOffset(inWordAt index: Int, of buffer: UnsafeRawBufferPointer, pattern: UInt64) -> Int? {
        let flags = zeroFlags(UInt64(littleEndian: buffer.loadUnaligned(fromByteOffset: index, as: UInt64.self)) ^ pattern)
        return flags != 0 ? index &+ flags.trailingZeroBitCount / 8 : nil
    }

    /// The offset of the first `first` or `second`, or byte below `limit` (0, for none, or
    /// a power of two up to 0x80), in `bytes` at or after `index`, or the end of `bytes`.
    /// Sixteen bytes a step (lanes compared at once), then the bytes left (fewer than
    /// sixteen) eight at a time, then one. Inlined: the lanes' set-up folds to constants,
    /// and most searches are short (a line).
    @inline(__always)
    package static func firstOffset(ofEither first: UInt8, or second: UInt8, orBelow limit: UInt8 = 0,
                                    in bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> Int {
        precondition(index >= 0 && index <= bytes.count, "offset out of bounds")
        precondition(limit & (limit &- 1) == 0, "a limit the lane and borrow tests can tell")
        var index = index
        let lastBlock = bytes.count &- 16
        if index <= lastBlock, let start = UnsafeRawPointer(bytes.baseAddress) {
            // A byte is below a power-of-two limit when its bits from the limit's up are
            // clear; a limit of 0 is tested as a third look for `first`, which adds nothing.
            // The lanes are made once, outside the loop.
            let (firsts, seconds) = (SIMD16<UInt8>(repeating: first), SIMD16<UInt8>(repeating: second))
            let aboveLimit = SIMD16<UInt8>(repeating: limit == 0 ? 0xFF : ~(limit &- 1))
            let belowValue = SIMD16<UInt8>(repeating: limit == 0 ? first : 0)
            /// The offset of the first flagged byte of the sixteen at `offset`, or `nil`.
            func firstFlagged(inBlockAt offset: Int) -> Int? {
                let block = start.loadUnaligned(fromByteOffset: offset, as: SIMD16<UInt8>.self)
                return firstLane(of: (block .== firsts) .| (block .== seconds) .| ((block & aboveLimit) .== belowValue), at: offset)
            }
            while index <= lastBlock {
                if let found = firstFlagged(inBlockAt: index) { return found }
                index &+= 16
            }
        }
        let words = UnsafeRawBufferPointer(bytes)
        let firsts = UInt64(first) &* ByteLanes.ones, seconds = UInt64(second) &* ByteLanes.ones
        let limits = UInt64(limit) &* ByteLanes.ones
        while index + 8 <= bytes.count {
            let word = UInt64(littleEndian: words.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            // The lowest flag of each test is a true one (a borrow only flags bytes above a
            // true one), so the lowest of all three is. A limit of 0 flags nothing.
            let below = (word &- limits) & ~word & ByteLanes.highBits
            let flags = zeroFlags(word ^ firsts) | zeroFlags(word ^ seconds) | below
            if flags != 0 { return index + flags.trailingZeroBitCount / 8 }
            index += 8
        }
        while index < bytes.count, bytes[index] != first, bytes[index] != second, bytes[index] >= limit { index += 1 }
        return index
    }

    /// The offset of the last `byte` in `bytes[from..<to]`, or `nil`: eight bytes a step
    /// back from `to` (the exact lane test flags only true matches, so its highest flag is
    /// the last), then the bytes left, fewer than eight, one at a time. Inlined: most
    /// searches are a word long. `0 <= from` and `to <= bytes.count`: no offset overflows.
    @inline(__always)
    static func lastOffset(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int? {
        let words = UnsafeRawBufferPointer(bytes)
        var end = to
        while end >= from &+ 8 {
            let flags = ByteLanes.equal(UInt64(littleEndian: words.loadUnaligned(fromByteOffset: end &- 8, as: UInt64.self)), byte)
            if flags != 0 { return end &- 1 &- flags.leadingZeroBitCount &>> 3 }
            end &-= 8
        }
        while end > from, bytes[end &- 1] != byte { end &-= 1 }
        return end > from ? end &- 1 : nil
    }

    /// The high bit of the bytes of `word` that are zero: the lowest flag is always a zero
    /// byte (a flag above it may come from the borrow).
    @inline(__always)
    private static func zeroFlags(_ word: UInt64) -> UInt64 {
        (word &- ByteLanes.ones) & ~word & ByteLanes.highBits
    }
}
