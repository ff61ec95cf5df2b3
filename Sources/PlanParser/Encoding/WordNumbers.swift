/// Numbers the distinct words of a text in the order they are first seen, for the legacy
/// detector's tables: an open-addressing table looked up by the key ``LegacyLine`` computed
/// while reading the word (no hashing per look-up), the word's scalars compared on a hit.
///
/// A word is its scalars and a kind (raw bytes or text), so that the same values read two
/// ways are two words.
struct WordNumbers {
    /// Entry number + 1 in each slot, 0 for an empty one; the count is a power of two.
    private var slots = [Int32](repeating: 0, count: 1024)
    private var entries: [Entry] = []
    private var scalars: [Unicode.Scalar] = []

    /// A word: its key, kind, and where its scalars lie in `scalars`.
    private struct Entry {
        var key: UInt64
        var isRaw: Bool
        var start: Int, end: Int
    }

    /// The number of the word that is `text[range]`, and whether it was seen for the first
    /// time now.
    mutating func number(of range: Range<Int>, in text: [Unicode.Scalar], key: UInt64, isRaw raw: Bool) -> (number: Int, isNew: Bool) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: key ^ key >> 29) & mask
        while case let stored = Int(slots[slot]), stored != 0 {
            let entry = entries[stored - 1]
            if entry.key == key && entry.isRaw == raw && holds(entry, range, in: text) { return (stored - 1, false) }
            slot = (slot + 1) & mask
        }
        let entry = entries.count
        slots[slot] = Int32(entry + 1)
        entries.append(Entry(key: key, isRaw: raw, start: scalars.count, end: scalars.count + range.count))
        scalars += text[range]
        if entries.count * 2 > slots.count { grow() }
        return (entry, true)
    }

    /// Whether `entry` is `text[range]`, compared scalar by scalar through the two arrays' storage.
    private func holds(_ entry: Entry, _ range: Range<Int>, in text: [Unicode.Scalar]) -> Bool {
        guard entry.end - entry.start == range.count else { return false }
        return scalars.withUnsafeBufferPointer { scalars in
            text.withUnsafeBufferPointer { text in
                var index = entry.start
                for scalar in text[range] {
                    guard scalars[index] == scalar else { return false }
                    index += 1
                }
                return true
            }
        }
    }

    /// Doubles the slots and places every entry again.
    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for (entry, word) in entries.enumerated() {
            var slot = Int(truncatingIfNeeded: word.key ^ word.key >> 29) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(entry + 1)
        }
    }
}
