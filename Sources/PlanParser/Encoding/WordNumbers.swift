/// Numbers the distinct words of a text in the order they are first seen, for the legacy
/// detector's tables: an open-addressing table whose slots hold each word's key, so that
/// a probe reads one slot. A word of up to eight bytes is its own key (its bytes packed:
/// equal keys are equal words, no bytes compared); a longer word's key is a hash of its
/// bytes, its UTF-8 compared on a hit. Words are ranges of one text, passed with every
/// look-up: a word is kept as its range (its bytes are not copied).
/// The slots, and a longer word's hash, are mixed with a seed drawn once per process, so
/// that a file cannot be made of words that all fall on one run of slots or share one key
/// (the numbers do not depend on the seed).
///
/// A word is its UTF-8 and a kind (raw bytes or text), so that the same scalars read two
/// ways are two words.
struct WordNumbers {
    /// The bits that index the slots at first (64 slots: a table that numbers few words,
    /// or none, sets few slots to empty; one that expects many makes room for them first).
    private static let initialBits = 6
    /// The slots; the count is a power of two, at least four times the words' (a probe
    /// seldom meets another word first, a branch no predictor foresees).
    private var slots = [Slot](repeating: Slot(), count: 1 << initialBits)
    /// Where each word lies in the text, by number (read to compare a word of more than
    /// eight bytes).
    private var words: [Range<Int>] = []
    /// ``processSeed``, copied so that a look-up reads no global.
    private let seed = WordNumbers.processSeed
    /// 64 minus the bits that index the slots: the shift that takes a slot from a product.
    private var shift = UInt64(64 - initialBits)

    /// Makes room for `words` words before any array grows or the slots are placed again;
    /// for a table with no word yet.
    mutating func reserveCapacity(_ words: Int) {
        precondition(self.words.isEmpty, "room is made before the first word")
        var bits = Self.initialBits
        while 1 << bits < words * 4 { bits += 1 }
        slots = [Slot](repeating: Slot(), count: 1 << bits)
        shift = UInt64(64 - bits)
        self.words.reserveCapacity(words)
    }

    /// A slot: a word's key, its length and kind, and its number.
    private struct Slot {
        /// The word's bytes packed (``UnsafeBufferPointer/packedBytes(_:)``) for a word of up
        /// to eight bytes, else a hash of them (``hash(_:in:)``).
        var key: UInt64 = 0
        /// The word's length in bytes (9 for any longer word) times two, plus 1 for raw bytes.
        var kind: UInt32 = 0
        /// The word's number + 1; 0 for an empty slot.
        var numberPlusOne: UInt32 = 0
    }

    /// The number of the word whose UTF-8 is `text[word]`, and whether it was seen for the
    /// first time now. Every look-up passes the same text (or one with the same bytes at the
    /// ranges already numbered): a longer word seen before is compared where it lies in it.
    /// Inlined into the detector's look-up (most words are seen before). The slots and
    /// words are read through buffer pointers, without bounds checks: a slot is masked to
    /// the slots' count (a power of two), and a slot holds only numbers of words.
    @inline(__always)
    mutating func number(of word: Range<Int>, in text: UnsafeBufferPointer<UInt8>, isRaw raw: Bool) -> (number: Int, isNew: Bool) {
        precondition(word.lowerBound >= 0 && word.upperBound <= text.count, "the word lies in the text")
        let isShort = word.count <= 8
        let key = isShort ? text.packedBytes(word) : hash(word, in: text)
        let kind = UInt32(truncatingIfNeeded: min(word.count, 9)) &<< 1 | (raw ? 1 : 0)
        // The word's number, or the empty slot its probe ended at (as -1 - slot).
        let found = slots.withUnsafeBufferPointer { slots in
            let mask = slots.count &- 1
            var slot = self.slot(of: key) & mask
            while case let stored = slots[slot], stored.numberPlusOne != 0 {
                if stored.key == key && stored.kind == kind
                    && (isShort || words.withUnsafeBufferPointer { Self.same($0[Int(stored.numberPlusOne &- 1)], word, in: text) }) {
                    return Int(stored.numberPlusOne &- 1)
                }
                slot = (slot &+ 1) & mask
            }
            return -1 &- slot
        }
        return found >= 0 ? (found, false) : (insert(word, key: key, kind: kind, at: -1 &- found), true)
    }

    /// Numbers a word seen for the first time, in the empty `slot` its probe ended at. Kept
    /// out of line: the look-up of a word seen before (most look-ups) stays small.
    @inline(never)
    private mutating func insert(_ word: Range<Int>, key: UInt64, kind: UInt32, at slot: Int) -> Int {
        let number = words.count
        precondition(number < Int(UInt32.max), "a word number fits a slot")
        slots[slot] = Slot(key: key, kind: kind, numberPlusOne: UInt32(number + 1))
        words.append(word)
        if words.count * 4 > slots.count { grow() }
        return number
    }

    /// The key of a word of more than eight bytes: its eight-byte blocks mixed in turn, the
    /// last (which may overlap the one before) ending with the word.
    private func hash(_ word: Range<Int>, in text: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let base = UnsafeRawPointer(text.baseAddress.unsafelyUnwrapped) + word.lowerBound
        /// `hash` with the block at `offset` mixed in.
        func mixed(_ hash: UInt64, at offset: Int) -> UInt64 {
            let block = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            let product = (hash ^ block) &* 0x9E37_79B9_7F4A_7C15
            return product ^ product &>> 29
        }
        var hash = UInt64(word.count) ^ seed, offset = 0
        while offset + 8 < word.count {
            hash = mixed(hash, at: offset)
            offset += 8
        }
        return mixed(hash, at: word.count - 8)
    }

    /// Whether the bytes of `text` at `stored` and at `word` (both inside it, `word` of more
    /// than eight bytes) are equal: compared eight bytes at a time, the last block read so
    /// that it ends with the word (it may overlap the one before; no byte loop).
    private static func same(_ stored: Range<Int>, _ word: Range<Int>, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = word.count
        guard stored.count == count else { return false }
        let base = UnsafeRawPointer(text.baseAddress.unsafelyUnwrapped)
        let stored = base + stored.lowerBound, given = base + word.lowerBound
        /// Whether the blocks at `offset` are equal.
        func equal(at offset: Int) -> Bool {
            stored.loadUnaligned(fromByteOffset: offset, as: UInt64.self) == given.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
        }
        var offset = 0
        while offset + 8 < count {
            guard equal(at: offset) else { return false }
            offset += 8
        }
        return equal(at: count - 8)
    }

    /// Doubles the slots and places every word again.
    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(), count: slots.count * 2)
        shift -= 1
        let mask = slots.count - 1
        for stored in old where stored.numberPlusOne != 0 {
            var slot = slot(of: stored.key)
            while slots[slot].numberPlusOne != 0 { slot = (slot + 1) & mask }
            slots[slot] = stored
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
