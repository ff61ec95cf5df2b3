/// Eight bytes of UTF-8 told apart at once, for cutting a line into words (``LegacyText``,
/// which checks the bytes as it cuts them) without a branch a byte: each test gives the
/// high bit of every byte it holds for, and a run is counted from the lowest byte up by the
/// first byte it fails. A block's first byte starts a scalar (no byte before it is read).
enum WordBlock {
    /// The bytes of `text` from `index` (the first the lowest; "\n" for every byte past the
    /// end, which no word or gap takes), and the eight from `index + 1` (each byte's next
    /// one; past the end "\n" or 0, below 0xA1). Two loads of eight bytes (no shift of one
    /// into the other), but at the end of the text.
    @inline(__always)
    static func bytes(of text: UnsafeBufferPointer<UInt8>, at index: Int) -> (block: UInt64, after: UInt64) {
        if index < text.count &- 8 {
            let start = UnsafeRawPointer(text.baseAddress.unsafelyUnwrapped)
            return (UInt64(littleEndian: start.loadUnaligned(fromByteOffset: index, as: UInt64.self)),
                    UInt64(littleEndian: start.loadUnaligned(fromByteOffset: index &+ 1, as: UInt64.self)))
        }
        let block = tail(of: text, at: index)
        return (block, block &>> 8)
    }

    /// ``bytes(of:at:)`` for the last eight bytes or fewer: the bytes left, "\n" above them.
    @inline(never)
    private static func tail(of text: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt64 {
        let left = UInt64(text.count &- index)  // 0...8
        // Two shifts of four bits a byte: all eight bytes left shift the padding out (one
        // shift by 64 would keep it).
        let padding = ((0x0A &* ByteLanes.ones) &<< (4 &* left)) &<< (4 &* left)
        return text.packedBytes(index..<text.count) | padding
    }

    /// How many bytes from the lowest up have their high bit set in `flags` (8 for all).
    @inline(__always)
    static func run(_ flags: UInt64) -> Int {
        (~flags & ByteLanes.highBits).trailingZeroBitCount &>> 3
    }

    /// The flags of `flags` in the bytes below the first without one (all of them for none).
    @inline(__always)
    static func leadingRun(of flags: UInt64) -> UInt64 {
        let stops = ~flags & ByteLanes.highBits
        return flags & ((stops & (0 &- stops)) &- 1)
    }

    /// Whether the block's last byte leads a scalar of two bytes or more (its next byte is
    /// a continuation: a run of all eight bytes stops before it, at the scalar's start).
    @inline(__always)
    static func endsInLead(_ block: UInt64) -> Bool {
        block &>> 62 == 3
    }

    /// The letters of a word for ``LegacyText``: ASCII letters, U+00C0...U+00FF (C3 and its
    /// continuation byte) and U+00A1...U+00BF (C2 and a continuation byte of 0xA1 or above),
    /// both bytes of a scalar flagged alike. `after` holds each byte's next one (its top
    /// byte the continuation of a C2 or C3 that ends the block). Any other scalar is no
    /// letter here, nor is a C2 or C3 that no continuation byte follows (bytes that are
    /// not valid UTF-8: the cutter then reads the lead alone, and finds it ill-formed).
    @inline(__always)
    static func letters(_ block: UInt64, after: UInt64) -> UInt64 {
        // C2 and C3 (0x01 set in all), which lead a letter when C3 (their 0x01 moved to the
        // high bit) or when their continuation is 0xA1 or above, and a continuation byte
        // (its high bit set, the one below clear) follows; that continuation is one too.
        let continuations = after & ~(after &<< 1) & ByteLanes.highBits
        let leads = ByteLanes.equal(block | ByteLanes.ones, 0xC3) & (block &<< 7 | atLeastA1(after)) & continuations
        return ByteLanes.asciiLetters(block) | leads | leads &<< 8
    }

    /// The ASCII bytes between words: no letter and no "\n".
    @inline(__always)
    static func gaps(_ block: UInt64) -> UInt64 {
        ~block & ~ByteLanes.asciiLetters(block) & ~ByteLanes.equal(block, 0x0A) & ByteLanes.highBits
    }

    /// The bytes of 0xA1 or above: the high bit set, and the low seven bits 0x21 or above.
    @inline(__always)
    private static func atLeastA1(_ block: UInt64) -> UInt64 {
        (block & ByteLanes.lowBits &+ (0x80 &- 0x21) &* ByteLanes.ones) & block & ByteLanes.highBits
    }
}
