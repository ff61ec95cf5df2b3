/// A fixed list of nonzero keys, each with a small value, in an open-addressing table built
/// once: a look-up is a probe or two. The word score's very common words and the syllable
/// check's nuclei.
///
/// The slots need no seed (unlike ``WordNumbers``): the table is built from a fixed list and
/// never grows, so no text can make a look-up probe more than its longest run.
struct FixedKeyTable {
    /// The key in each slot, 0 for an empty one; the count a power of two, at least twice the keys.
    private var keys: [UInt64]
    /// The value of the key in the same slot.
    private var values: [UInt8]

    /// The table of `entries`, whose keys are not 0 (a key listed twice keeps its first value).
    init(_ entries: [(key: UInt64, value: UInt8)]) {
        var count = 16
        while count < entries.count * 2 { count *= 2 }
        keys = [UInt64](repeating: 0, count: count)
        values = [UInt8](repeating: 0, count: count)
        for (key, value) in entries {
            precondition(key != 0, "0 marks an empty slot")
            var slot = Self.slot(of: key, among: count)
            while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & (count - 1) }
            guard keys[slot] == 0 else { continue }
            keys[slot] = key
            values[slot] = value
        }
    }

    /// The value of `key`, or `nil` when it is not in the table.
    @inline(__always)
    func value(of key: UInt64) -> UInt8? {
        let mask = keys.count - 1
        var slot = Self.slot(of: key, among: keys.count)
        while case let stored = keys[slot], stored != 0 {
            if stored == key { return values[slot] }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// The first slot to probe for `key` among `count` slots (a power of two): the key
    /// mixed by a multiplication, so that packed letters spread as well as hashes.
    @inline(__always)
    private static func slot(of key: UInt64, among count: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 40) & (count - 1)
    }
}
