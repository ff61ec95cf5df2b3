/// Folds text to a matching key: lower-case ASCII letters without diacritics ("Ủy"/"Uỷ"
/// → "uy", "Đ" → "d"), digits, ASCII punctuation, every dash as "-", every run of spaces
/// as one space, trimmed. Keys are for comparison only; output keeps the printed text.
///
/// Folding removes tone placement differences ("hoà"/"hòa") and typos in tone marks
/// ("THỜI GIẠN") at once, which is what keyword matching of headings needs.
enum Folding {
    /// The key of UTF-8 `bytes`, read in place when they are contiguous.
    static func key(_ bytes: some Sequence<UInt8>) -> [UInt8] {
        if let key = bytes.withContiguousStorageIfAvailable(key(buffer:)) { return key }
        return Array(bytes).withUnsafeBufferPointer(key(buffer:))
    }

    /// The key of `text`.
    static func key(_ text: String) -> [UInt8] { key(text.utf8) }

    /// The first byte of the key of a text that starts with `first`, when `first` tells it
    /// alone: a printable ASCII byte starts the key, lower-cased; `nil` for another byte. A
    /// cheap test of a text's first byte before it is folded.
    @inline(__always)
    static func asciiKeyByte(_ first: UInt8) -> UInt8? {
        first &- 0x21 < 0x5E ? first.asciiLowercased : nil
    }

    /// The first three bytes of the key of `bytes`, packed big-endian into the low 24 bits
    /// (missing bytes are 0), found without building the key: a cheap test of what a line
    /// may start with. The head of a key is the head of its text.
    static func keyHead(_ bytes: some Sequence<UInt8>) -> UInt32 {
        if let head = bytes.withContiguousStorageIfAvailable(keyHead(buffer:)) { return head }
        return Array(bytes).withUnsafeBufferPointer(keyHead(buffer:))
    }

    /// The first byte of the key of `bytes` (0 for an empty key), found without building
    /// the key (`keyHead`).
    static func firstKeyByte(_ bytes: some Sequence<UInt8>) -> UInt8 {
        UInt8(keyHead(bytes) >> 16)
    }

    /// The head of UTF-8 bytes (`keyHead`).
    private static func keyHead(buffer: UnsafeBufferPointer<UInt8>) -> UInt32 {
        LatinFoldTable.folds.withUnsafeBufferPointer { table in keyHead(buffer: buffer, table: table) }
    }

    /// The head of UTF-8 bytes (`keyHead`), letters folded by `table` (`LatinFoldTable.folds`).
    private static func keyHead(buffer: UnsafeBufferPointer<UInt8>, table: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var head: UInt32 = 0
        var count = 0
        var pendingSpace = false
        var index = 0
        while index < buffer.count, count < 3 {
            let folded = nextFolded(buffer, at: &index, table)
            if folded > 0x20 {
                if pendingSpace {
                    head = head << 8 | 0x20
                    count += 1
                    pendingSpace = false
                    if count == 3 { break }
                }
                head = head << 8 | UInt32(folded)
                count += 1
            } else if folded == 0x20 {
                pendingSpace = count > 0
            }
        }
        // `count` is 0...3: a shift of 0 to 24 bits, made without the checks of `<<`.
        return head &<< UInt32(truncatingIfNeeded: (3 &- count) &* 8)
    }

    /// The key of UTF-8 bytes (see `key(of:into:)`).
    ///
    /// The key is written into scratch room first and copied into an array of its size:
    /// the standard library makes that array through a specialised path, where an array
    /// of uninitialised capacity costs an unspecialised allocation of some 550
    /// instructions. Written out rather than as `withKey { Array($0) }`, whose copy
    /// measured 0.23M instructions more on /tmp/unicode3.
    private static func key(buffer: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        // A key is never longer than its text: one byte at most per scalar.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: buffer.count) { room in
            let written = key(of: buffer, into: room)
            return Array(UnsafeBufferPointer(rebasing: room[..<written]))
        }
    }

    /// `read` applied to the key of `bytes`, folded into temporary room: no array is made
    /// for a key that is only looked at.
    static func withKey<Result>(of bytes: some ByteSlice, _ read: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        bytes.withUnsafeBufferPointer { withKey(of: $0, read) }
    }

    /// `read` applied to the key of UTF-8 `bytes`, folded into temporary room.
    static func withKey<Result>(of bytes: UnsafeBufferPointer<UInt8>, _ read: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        // A key is never longer than its text: one byte at most per scalar.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { room in
            read(UnsafeBufferPointer(rebasing: room[..<key(of: bytes, into: room)]))
        }
    }

    /// Writes the key of UTF-8 `bytes` at the start of `room`, which must hold at least
    /// `bytes.count` bytes (a key is never longer than its text), and returns its length:
    /// a caller folding many words keeps their keys in one buffer of its own.
    ///
    /// The bytes are read one by one: ASCII folded at once, longer sequences decoded by
    /// hand. Ill-formed sequences are dropped as the standard decoder drops them (a maximal
    /// subpart at a time), e.g. a character cut by a prefix at the end.
    static func key(of bytes: UnsafeBufferPointer<UInt8>, into room: UnsafeMutableBufferPointer<UInt8>) -> Int {
        precondition(room.count >= bytes.count, "room for the key")
        return LatinFoldTable.folds.withUnsafeBufferPointer { table in key(of: bytes, into: room, table: table) }
    }

    /// The key written by `key(of:into:)`, letters folded by `table` (`LatinFoldTable.folds`).
    /// Each scalar's fold is written, then kept or left to be overwritten without a branch
    /// (`keeps`): a run of ASCII bytes, the spaces among its words too, is read in a loop
    /// that ends only at a longer scalar, a control byte that folds to nothing, or the end.
    /// A space left at the end is taken back.
    private static func key(of bytes: UnsafeBufferPointer<UInt8>, into room: UnsafeMutableBufferPointer<UInt8>,
                            table: UnsafeBufferPointer<UInt8>) -> Int {
        // No more is written than is read (one byte at least per scalar): `written` stays
        // within `room`, and neither count overflows.
        var written = 0
        // 1 while the last byte kept is a space, and before the first.
        var lastIsSpace: UInt32 = 1
        var index = 0
        let end = bytes.count
        scalars: while index < end {
            // ASCII bytes that fold to a key byte or a space (a control byte that folds
            // to nothing, which is rare, is read below): a space is kept unless it follows one.
            while bytes[index] < 0x80 {
                let folded = table[Int(bytes[index])]
                guard folded != 0 else { break }
                room[written] = folded
                written &+= Int(truncatingIfNeeded: keeps(folded, afterSpace: &lastIsSpace))
                index &+= 1
                if index == end { break scalars }
            }
            let folded = nextFolded(bytes, at: &index, table)
            room[written] = folded
            written &+= Int(truncatingIfNeeded: keeps(folded, afterSpace: &lastIsSpace))
        }
        if lastIsSpace == 1, written > 0 { written &-= 1 }
        return written
    }

    /// 1 when the fold `folded` is kept in a key, else 0: a key byte (above 0x20) always, a
    /// space (0x20) when the last byte kept is none, nothing (0) never; `lastIsSpace` (1 or
    /// 0) follows. Arithmetic, not branches: which of the three a byte is varies too often
    /// to be predicted. One rule for both loops of `key(of:into:table:)`: in the ASCII run,
    /// where the fold is never 0, the compiler drops `isNothing`.
    @inline(__always)
    private static func keeps(_ folded: UInt8, afterSpace lastIsSpace: inout UInt32) -> UInt32 {
        // 1 for a space (only its `folded ^ 0x20` is 0, which 1 less wraps to the top bit):
        // arithmetic, where `folded == 0x20` compiled to a branch in the ASCII loop.
        let isSpace = (UInt32(folded ^ 0x20) &- 1) >> 31
        let isNothing: UInt32 = folded == 0 ? 1 : 0
        let kept = (isSpace & lastIsSpace | isNothing) ^ 1
        lastIsSpace = lastIsSpace & isNothing | isSpace
        return kept
    }

    /// The scalar at `index` folded (ASCII and the Latin letters by `table`, others by
    /// ``fold(_:)``): a byte above 0x20, 0x20 for a space, 0 to drop it; `index` is moved
    /// past the scalar (without overflow checks: it stays within the buffer).
    @inline(__always)
    private static func nextFolded(_ buffer: UnsafeBufferPointer<UInt8>, at index: inout Int, _ table: UnsafeBufferPointer<UInt8>) -> UInt8 {
        let lead = buffer[index]
        if lead < 0x80 {
            index &+= 1
            return table[Int(lead)]
        }
        // Two-byte letters U+00C0-U+023F (leads C3-C8) and three-byte U+1E00-U+1EFF (E1 B8-BB),
        // well formed, as `decode` and `fold` would read them.
        if lead &- 0xC3 < 6, index &+ 1 < buffer.count, buffer[index &+ 1] & 0xC0 == 0x80 {
            let value = Int(lead & 0x1F) << 6 | Int(buffer[index &+ 1] & 0x3F)
            index &+= 2
            return table[LatinFoldTable.latin00C0Start &+ value &- 0xC0]
        }
        if lead == 0xE1, index &+ 2 < buffer.count, buffer[index &+ 1] & 0xFC == 0xB8, buffer[index &+ 2] & 0xC0 == 0x80 {
            let value = 0x1000 | Int(buffer[index &+ 1] & 0x3F) << 6 | Int(buffer[index &+ 2] & 0x3F)
            index &+= 3
            return table[LatinFoldTable.latin1E00Start &+ value &- 0x1E00]
        }
        let (scalar, length) = decode(buffer, at: index)
        index &+= length
        return scalar.map(fold) ?? 0
    }

    /// The scalar of the multi-byte sequence at `index` with its length, or `nil` with the
    /// length of the ill-formed part to drop (a 4-byte scalar, which folds to nothing, is
    /// also `nil`).
    @inline(__always)
    private static func decode(_ buffer: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32?, Int) {
        let lead = buffer[index]
        let end = buffer.count
        /// Whether the byte at `offset` after the lead is a continuation byte in `range`.
        func continues(_ offset: Int, _ range: ClosedRange<UInt8> = 0x80...0xBF) -> Bool {
            index + offset < end && range.contains(buffer[index + offset])
        }
        switch lead {
        case 0xC2...0xDF:
            guard continues(1) else { return (nil, 1) }
            return (UInt32(lead & 0x1F) << 6 | UInt32(buffer[index + 1] & 0x3F), 2)
        case 0xE0...0xEF:
            let second: ClosedRange<UInt8> = lead == 0xE0 ? 0xA0...0xBF : lead == 0xED ? 0x80...0x9F : 0x80...0xBF
            guard continues(1, second) else { return (nil, 1) }
            guard continues(2) else { return (nil, 2) }
            return (UInt32(lead & 0x0F) << 12 | UInt32(buffer[index + 1] & 0x3F) << 6 | UInt32(buffer[index + 2] & 0x3F), 3)
        case 0xF0...0xF4:
            let second: ClosedRange<UInt8> = lead == 0xF0 ? 0x90...0xBF : lead == 0xF4 ? 0x80...0x8F : 0x80...0xBF
            guard continues(1, second) else { return (nil, 1) }
            guard continues(2) else { return (nil, 2) }
            guard continues(3) else { return (nil, 3) }
            return (nil, 4)
        default:
            return (nil, 1)
        }
    }

    /// One scalar above ASCII folded to one ASCII byte, 0x20 for any space, or 0 to drop it.
    /// Complete for every scalar, though the fast paths before it take U+00C0...U+023F and
    /// U+1E00...U+1EFF themselves.
    @inline(__always)
    private static func fold(_ value: UInt32) -> UInt8 {
        switch value {
        case 0xA0, 0x2000...0x200B, 0x3000: return 0x20
        case 0xC0...0x24F: return LatinFoldTable.folds[LatinFoldTable.latin00C0Start + Int(value - 0xC0)]
        case 0x1E00...0x1EFF: return LatinFoldTable.folds[LatinFoldTable.latin1E00Start + Int(value - 0x1E00)]
        case 0x2010...0x2015, 0x2212: return UInt8(ascii: "-")
        default: return 0
        }
    }
}

extension RandomAccessCollection where Element == UInt8, Index == Int {
    /// Whether this folded key starts with `prefix` at a word boundary.
    func hasKeyPrefix(_ prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard self.count >= count else { return false }
        let matches = prefix.withUTF8Buffer { self.starts(with: $0) }
        return matches && (self.count == count || !self[startIndex + count].isASCIILetter)
    }

    /// Whether this folded key equals `other`.
    func isKey(_ other: StaticString) -> Bool {
        other.withUTF8Buffer { self.count == $0.count && self.elementsEqual($0) }
    }

    /// Whether this folded key equals `other`, the lengths compared first.
    func isKey(_ other: [UInt8]) -> Bool {
        count == other.count && elementsEqual(other)
    }
}

extension ByteText {
    /// The offset of the words of `phrase` in this folded key, at word boundaries. Only
    /// offsets holding the phrase's first byte are compared further.
    func offset(ofKeyPhrase phrase: some Collection<UInt8>) -> Int? {
        guard let first = phrase.first else { return nil }
        let length = phrase.count
        return withUnsafeBufferPointer { key in
            // Offsets within the key never overflow: they are moved without checks.
            let lastStart = key.count &- length
            var start = 0
            while start <= lastStart {
                if key[start] == first, start == 0 || !key[start &- 1].isASCIILetter, key.hasKeyPhrase(phrase, at: start) {
                    return start
                }
                start &+= 1
            }
            return nil
        }
    }

    /// Whether the words of `phrase` are in this folded key, at word boundaries.
    func contains(keyPhrase phrase: StaticString) -> Bool {
        phrase.withUTF8Buffer { offset(ofKeyPhrase: $0) } != nil
    }
}

extension RandomAccessCollection where Element == UInt8, Index == Int {
    /// Whether the words of `phrase` are at `start` in this folded key and end at a word
    /// boundary: no letter after a phrase that ends in one ("lan/" ends at its slash, as in
    /// "2 lan/thang"). Whether `start` is a word start is the caller's test.
    @inline(__always)
    func hasKeyPhrase(_ phrase: some Collection<UInt8>, at start: Int) -> Bool {
        let end = start + phrase.count
        return end <= endIndex && self[start..<end].elementsEqual(phrase)
            && (end == endIndex || end == start || !self[end - 1].isASCIILetter || !self[end].isASCIILetter)
    }
}

/// Folded keys that the key of some bytes is looked up among: the keys' heads
/// (``Folding/keyHead(_:)``) rule out most bytes before their key is made.
struct KeyList {
    private let keys: [[UInt8]]
    private let heads: [UInt32]

    /// The list of `keys` (folded).
    init(_ keys: [[UInt8]]) {
        self.keys = keys
        heads = keys.map { Folding.keyHead($0) }
    }

    /// Whether the key of `bytes` is one of the keys.
    func contains(keyOf bytes: some ByteSlice) -> Bool {
        heads.contains(Folding.keyHead(bytes)) && Folding.withKey(of: bytes) { key in keys.contains { key.isKey($0) } }
    }
}
