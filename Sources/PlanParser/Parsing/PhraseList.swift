/// Phrases (UTF-8, as printed or as folded keys), grouped by the byte they start with, so
/// that a word is compared only with the phrases that start like it.
struct PhraseList {
    /// The phrases' UTF-8 bytes, grouped by first byte; in the order given within a group.
    private let grouped: [[UInt8]]
    /// For each phrase of `grouped`, its position in the list given.
    private let positions: [Int]
    /// The range of `grouped` that starts with each byte, by byte value (empty for most).
    private let groups: [Range<Int>]

    /// The list of `list`'s phrases (none of them empty).
    init(_ list: [String]) {
        let phrases = list.map { Array($0.utf8) }
        // Sorted by first byte, the order given kept within a group.
        positions = Self.indices(phrases.count) { phrases[$0][0] }
        let grouped = positions.map { phrases[$0] }
        self.grouped = grouped
        groups = Self.groups(grouped.count) { grouped[$0][0] }
    }

    /// The indices of `count` items ordered by the byte `byte` gives each, in their order
    /// within a byte: a stable sort made as a sort of plain integers (the byte above the
    /// index), without a comparison closure (a fifth of the cost of making a list).
    static func indices(_ count: Int, orderedBy byte: (Int) -> UInt8) -> [Int] {
        (0..<count).map { Int(byte($0)) << 32 | $0 }.sorted().map { $0 & 0xFFFF_FFFF }
    }

    /// The range of `count` items, sorted by the byte `byte` gives each (``indices(_:orderedBy:)``),
    /// that has each byte value, by byte value (empty for most).
    static func groups(_ count: Int, byByte byte: (Int) -> UInt8) -> [Range<Int>] {
        var groups = [Range<Int>](repeating: 0..<0, count: 256)
        var start = 0
        while start < count {
            let value = byte(start)
            var end = start + 1
            while end < count, byte(end) == value { end += 1 }
            groups[Int(value)] = start..<end
            start = end
        }
        return groups
    }

    /// The phrases that start with `byte`, in the order given.
    func phrases(startingWith byte: UInt8) -> ArraySlice<[UInt8]> {
        grouped[groups[Int(byte)]]
    }

    /// The position in the list given of the first phrase (in that order) that, as a
    /// folded key, is at `start` of folded `key` and ends at a word boundary; `nil` if none.
    @inline(__always)
    func keyPhrasePosition<Key: RandomAccessCollection>(in key: Key, at start: Int) -> Int?
    where Key.Element == UInt8, Key.Index == Int {
        guard start < key.endIndex else { return nil }
        // Most bytes start no phrase: their empty group is passed without making a slice.
        for index in groups[Int(key[start])] where key.hasKeyPhrase(grouped[index], at: start) { return positions[index] }
        return nil
    }
}
