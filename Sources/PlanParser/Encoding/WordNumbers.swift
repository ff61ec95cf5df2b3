/// Numbers the distinct words of a text in the order they are first seen, for the legacy
/// detector's tables: an open-addressing table looked up by the key ``LegacyLine`` computed
/// while reading the word (no hashing per look-up), the word's scalars compared on a hit.
///
/// A word is its scalars and a kind (raw bytes or text), so that the same values read two
/// ways are two words.
struct WordNumbers {
    /// Entry number + 1 in each slot, 0 for an empty one; the count is a power of two.
    private var slots = [Int32](repeating: 0, count: 1024)
    private var keys: [UInt64] = []
    private var isRaw: [Bool] = []
    /// Where each entry's scalars start in `scalars`; one more offset closes the last.
    private var starts = [0]
    private var scalars: [Unicode.Scalar] = []

    /// The number of the word, and whether it was seen for the first time now.
    mutating func number(of word: ArraySlice<Unicode.Scalar>, key: UInt64, isRaw raw: Bool) -> (number: Int, isNew: Bool) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: key ^ key >> 29) & mask
        while slots[slot] != 0 {
            let entry = Int(slots[slot]) - 1
            if keys[entry] == key && isRaw[entry] == raw && holds(entry, word) {
                return (entry, false)
            }
            slot = (slot + 1) & mask
        }
        let entry = keys.count
        slots[slot] = Int32(entry + 1)
        keys.append(key)
        isRaw.append(raw)
        scalars += word
        starts.append(scalars.count)
        if keys.count * 2 > slots.count { grow() }
        return (entry, true)
    }

    /// Whether entry `entry` is `word`.
    private func holds(_ entry: Int, _ word: ArraySlice<Unicode.Scalar>) -> Bool {
        let start = starts[entry]
        guard starts[entry + 1] - start == word.count else { return false }
        var index = start
        for scalar in word {
            guard scalars[index] == scalar else { return false }
            index += 1
        }
        return true
    }

    /// Doubles the slots and places every entry again.
    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for (entry, key) in keys.enumerated() {
            var slot = Int(truncatingIfNeeded: key ^ key >> 29) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(entry + 1)
        }
    }
}
