/// Numbers the distinct words of a text in the order they are first seen, for the legacy
/// detector's tables: an open-addressing table looked up by the key ``LegacyText`` computed
/// while cutting the word (no hashing per look-up), the word's UTF-8 compared on a hit.
/// Words are ranges of one text, passed with every look-up: a word is kept as its range
/// (its bytes are not copied).
/// The slots are mixed with a seed drawn once per process, so that a file cannot be made of
/// words that all fall on one run of slots (the numbers do not depend on the seed).
///
/// A word is its UTF-8 and a kind (raw bytes or text), so that the same scalars read two
/// ways are two words.
struct WordNumbers {
    /// The bits that index the slots at first (1,024 slots).
    private static let initialBits = 10
    /// Entry number + 1 in each slot, 0 for an empty one; the count is a power of two.
    private var slots = [Int32](repeating: 0, count: 1 << initialBits)
    /// The words, by number.
    private var entries: [Entry] = []
    /// ``processSeed``, copied so that a look-up reads no global.
    private let seed = WordNumbers.processSeed
    /// 64 minus the bits that index the slots: the shift that takes a slot from a product.
    private var shift = UInt64(64 - initialBits)

    /// Makes room for `words` words before any array grows or the slots are placed again;
    /// for a table with no word yet.
    mutating func reserveCapacity(_ words: Int) {
        precondition(entries.isEmpty, "room is made before the first word")
        var bits = Self.initialBits
        while 1 << bits < words * 2 { bits += 1 }
        slots = [Int32](repeating: 0, count: 1 << bits)
        shift = UInt64(64 - bits)
        entries.reserveCapacity(words)
    }

    /// A word: its key, kind, and where its UTF-8 lies in the text.
    private struct Entry {
        var key: UInt64
        var isRaw: Bool
        var start: Int, end: Int
    }

    /// The number of the word whose UTF-8 is `text[word]`, and whether it was seen for the
    /// first time now. Every look-up passes the same text (or one with the same bytes at the
    /// ranges already numbered): the words seen before are compared where they lie in it.
    /// Inlined into the detector's look-up (most words are seen before). The slots and
    /// entries are read through buffer pointers, without bounds checks: a slot is masked to
    /// the slots' count (a power of two), and a slot holds only numbers of entries.
    @inline(__always)
    mutating func number(of word: Range<Int>, in text: UnsafeBufferPointer<UInt8>, key: UInt64, isRaw raw: Bool) -> (number: Int, isNew: Bool) {
        precondition(word.lowerBound >= 0 && word.upperBound <= text.count, "the word lies in the text")
        // The word's number, or the empty slot its probe ended at (as -1 - slot).
        let found = slots.withUnsafeBufferPointer { slots in
            entries.withUnsafeBufferPointer { entries in
                let mask = slots.count &- 1
                var slot = self.slot(of: key) & mask
                while case let stored = Int(slots[slot]), stored != 0 {
                    let entry = entries[stored &- 1]
                    if entry.key == key && entry.isRaw == raw && Self.same(entry.start..<entry.end, word, in: text) { return stored &- 1 }
                    slot = (slot &+ 1) & mask
                }
                return -1 &- slot
            }
        }
        return found >= 0 ? (found, false) : (insert(word, key: key, isRaw: raw, at: -1 &- found), true)
    }

    /// Numbers a word seen for the first time, in the empty `slot` its probe ended at. Kept
    /// out of line: the look-up of a word seen before (most look-ups) stays small.
    @inline(never)
    private mutating func insert(_ word: Range<Int>, key: UInt64, isRaw raw: Bool, at slot: Int) -> Int {
        let entry = entries.count
        slots[slot] = Int32(entry + 1)
        entries.append(Entry(key: key, isRaw: raw, start: word.lowerBound, end: word.upperBound))
        if entries.count * 2 > slots.count { grow() }
        return entry
    }

    /// Whether the bytes of `text` at `stored` and at `word` (both inside it) are equal:
    /// compared eight bytes at a time, the last (or only) block read so that it ends with
    /// the word (it may overlap the one before; no byte loop).
    private static func same(_ stored: Range<Int>, _ word: Range<Int>, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = word.count
        guard stored.count == count else { return false }
        guard count > 0 else { return true }  // a word of bytes lies in a text with an address
        let base = UnsafeRawPointer(text.baseAddress.unsafelyUnwrapped)
        let stored = base + stored.lowerBound, given = base + word.lowerBound
        /// Whether the `Block`s at `offset` are equal.
        func equal<Block: FixedWidthInteger>(_: Block.Type, at offset: Int) -> Bool {
            stored.loadUnaligned(fromByteOffset: offset, as: Block.self) == given.loadUnaligned(fromByteOffset: offset, as: Block.self)
        }
        switch count {
        case 1: return equal(UInt8.self, at: 0)
        case 2...3: return equal(UInt16.self, at: 0) && equal(UInt16.self, at: count - 2)
        case 4...7: return equal(UInt32.self, at: 0) && equal(UInt32.self, at: count - 4)
        default:
            var offset = 0
            while offset + 8 < count {
                guard equal(UInt64.self, at: offset) else { return false }
                offset += 8
            }
            return equal(UInt64.self, at: count - 8)
        }
    }

    /// Doubles the slots and places every entry again.
    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        shift -= 1
        let mask = slots.count - 1
        for (entry, word) in entries.enumerated() {
            var slot = slot(of: word.key)
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(entry + 1)
        }
    }

    /// The first slot to probe for `key`: the key mixed with the seed and multiplied, the
    /// top bits of the product taken (as many as index the slots).
    @inline(__always)
    private func slot(of key: UInt64) -> Int {
        Int(truncatingIfNeeded: ((key ^ seed) &* 0x9E37_79B9_7F4A_7C15) &>> shift)  // a masking shift: `shift` is below 64
    }

    /// Drawn once per process: where a word's slot lies cannot be known from the file.
    private static let processSeed = UInt64.random(in: .min ... .max)
}
