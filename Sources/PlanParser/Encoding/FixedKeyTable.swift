/// A fixed list of nonzero keys, each with a small value, in a table built once: a key lies
/// in one bucket of four slots, which a look-up reads whole and compares without a branch
/// (whether a key is listed is data no branch predicts well). The word score's very common
/// words, the syllable check's nuclei, and the tail's heading heads.
///
/// The buckets need no seed (unlike ``WordNumbers``): the table is built from a fixed list
/// and never grows; the buckets double until no bucket is given more than four keys.
struct FixedKeyTable {
    /// The slots of a bucket.
    private static let bucketSlots = 4
    /// The key in each slot, 0 for an empty one, bucket after bucket; the buckets' count is
    /// a power of two, at least a quarter of the keys' (a slot a key, or more).
    private var keys: [UInt64]
    /// The value of the key in the same slot.
    private var values: [UInt8]
    /// 64 minus the bits that index the buckets: the shift that takes a bucket from a product.
    private var shift: UInt64

    /// The table of `entries`, whose keys are not 0 (a key listed twice keeps its first value).
    init(_ entries: [(key: UInt64, value: UInt8)]) {
        var bits = 2
        while 1 << bits < (entries.count + 3) / 4 { bits += 1 }
        while true {
            shift = UInt64(64 - bits)
            keys = [UInt64](repeating: 0, count: Self.bucketSlots << bits)
            values = [UInt8](repeating: 0, count: Self.bucketSlots << bits)
            if placeAll(entries) { return }
            bits += 1
        }
    }

    /// Places every entry in a free slot of its bucket; false when a bucket is full.
    private mutating func placeAll(_ entries: [(key: UInt64, value: UInt8)]) -> Bool {
        for (key, value) in entries {
            precondition(key != 0, "0 marks an empty slot")
            let first = firstSlot(of: key)
            guard let slot = (first..<first + Self.bucketSlots).first(where: { keys[$0] == 0 || keys[$0] == key }) else { return false }
            guard keys[slot] == 0 else { continue }
            keys[slot] = key
            values[slot] = value
        }
        return true
    }

    /// The value of `key`, or `nil` when it is not in the table: the four slots of its
    /// bucket compared, the one that holds it (if any) picked by selects.
    @inline(__always)
    func value(of key: UInt64) -> UInt8? {
        let first = firstSlot(of: key)
        return keys.withUnsafeBufferPointer { keys in
            values.withUnsafeBufferPointer { values in
                precondition(first >= 0 && first <= keys.count - Self.bucketSlots && values.count == keys.count, "a bucket in the table")
                var slot = -1
                for offset in 0..<Self.bucketSlots where keys[first &+ offset] == key { slot = first &+ offset }
                // An empty slot holds 0, which is no key.
                return slot >= 0 && key != 0 ? values[slot] : nil
            }
        }
    }

    /// The first slot of `key`'s bucket: the key mixed by a multiplication (so that packed
    /// letters spread as well as hashes), its top bits.
    @inline(__always)
    private func firstSlot(of key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) &>> shift) &* Self.bucketSlots
    }
}
