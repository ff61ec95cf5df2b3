/// Numbers the distinct words of a text in the order they are first seen, for the legacy
/// detector's tables: an open-addressing table looked up by the key ``LegacyLine`` computed
/// while reading the word (no hashing per look-up), the word's scalars compared on a hit.
/// The slots are mixed with a seed drawn once per process, so that a file cannot be made of
/// words that all fall on one run of slots (the numbers do not depend on the seed).
///
/// A word is its scalars and a kind (raw bytes or text), so that the same values read two
/// ways are two words.
struct WordNumbers {
    /// Entry number + 1 in each slot, 0 for an empty one; the count is a power of two.
    private var slots = [Int32](repeating: 0, count: 1024)
    /// The words, by number.
    private var entries: [Entry] = []
    /// The scalars of every word, one after another.
    private var scalars: [Unicode.Scalar] = []
    /// ``processSeed``, copied so that a look-up reads no global.
    private let seed = WordNumbers.processSeed

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
        var slot = self.slot(of: key)
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
            var slot = slot(of: word.key)
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(entry + 1)
        }
    }

    /// The first slot to probe for `key`: the key mixed with the seed and multiplied, the
    /// top bits of the product taken (as many as index the slots).
    private func slot(of key: UInt64) -> Int {
        Int(truncatingIfNeeded: ((key ^ seed) &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - slots.count.trailingZeroBitCount))
    }

    /// Drawn once per process: where a word's slot lies cannot be known from the file.
    private static let processSeed = UInt64.random(in: .min ... .max)
}
