/// Phase 3b: what a section heading is about, from keywords of its folded title.
///
/// Only heading-like titles are classified (at most 20 words, no ";" and no final "."),
/// and in a title of more than 10 words only keywords among its first three words count,
/// so that a numbered clause such as "3. Chủ tịch UBND các huyện có trách nhiệm ..." is
/// not taken for an "implementation" heading. Folding makes typos in tone marks harmless
/// ("THỜI GIẠN" → "thoi gian"). Kinds come out in the order their keywords appear.
///
/// Keywords are matched at syllables, which Vietnamese writes apart, so a compound word
/// may end with a keyword's first syllable: "tình hình thực hiện" (the situation of
/// implementation) holds "hình thức" across its two words. Such compounds are listed
/// without a kind and passed whole.
enum SectionKinds {
    /// The keywords, each with the kind it tells, and the compounds whose second syllable
    /// starts a keyword, with no kind. No phrase is a word prefix of another, so at most
    /// one is at any word start.
    private static let keywords: [(phrase: String, kind: SectionKind?)] = [
        ("to chuc thuc hien", .implementation), ("phan cong", .implementation),
        ("trach nhiem", .implementation),
        ("che do bao cao", .reporting), ("thong tin bao cao", .reporting),
        ("che do thong tin", .reporting), ("bao cao ket qua", .reporting),
        ("kinh phi", .budget), ("nguon von", .budget),
        ("muc dich", .purpose), ("yeu cau", .requirements),
        ("muc tieu", .targets), ("chi tieu", .targets),
        ("doi tuong", .scope), ("pham vi", .scope),
        ("noi dung", .content), ("nhiem vu", .content), ("giai phap", .content),
        ("hinh thuc", .methods), ("phuong thuc", .methods),
        ("thoi gian", .schedule), ("tien do", .schedule), ("lo trinh", .schedule),
        // Compounds that end with a keyword's first syllable ("mô hình thực hiện", "địa
        // phương thực hiện": folded, "thực" is "thức").
        ("tinh hinh", nil), ("mo hinh", nil), ("loai hinh", nil), ("dien hinh", nil), ("dia hinh", nil),
        ("dia phuong", nil), ("da phuong", nil), ("song phuong", nil), ("don phuong", nil),
    ]

    /// The keywords' phrases, by first byte, the kind of each keyword by its position in
    /// ``keywords``, the longest keyword's length, and the three bytes keywords start with
    /// (for each pair of first letters from "aa" to "zz", at 26 times the first one's place
    /// after "a" plus the second one's, bit `n` for a third letter `n` places after "a", bit
    /// 26 for a space): one global, so that a title reads one lazy initializer, not four.
    private static let table = (
        phrases: PhraseList(keywords.map(\.phrase)), kinds: keywords.map(\.kind), longestKeyword: keywords.map(\.phrase.utf8.count).max()!,
        thirdBytes: keywords.reduce(into: [UInt32](repeating: 0, count: 26 * 26)) { bytes, keyword in
            let start = Array(keyword.phrase.utf8.prefix(3))
            let pair = Int(start[0] - UInt8(ascii: "a")) * 26 + Int(start[1] - UInt8(ascii: "a"))
            bytes[pair] |= 1 << thirdByteBit(start[2])
        }
    )

    /// The bit of ``table``'s third bytes for `byte`: a letter's place after "a", 26 for a
    /// space, 27 for any other byte (which starts no keyword's third byte).
    private static func thirdByteBit(_ byte: UInt8) -> UInt32 {
        if byte == 0x20 { return 26 }
        let letter = byte &- UInt8(ascii: "a")
        return letter < 26 ? UInt32(letter) : 27
    }

    /// The kinds `title` is about, in the order their keywords appear; none for a title
    /// that is not heading-like. The title is read in place (the section tree reads its
    /// titles so), and folded into a key written on the stack, not into an array.
    static func classify(_ title: UnsafeBufferPointer<UInt8>) -> [SectionKind] {
        guard title.last != UInt8(ascii: "."), ByteSearch.firstOffset(of: UInt8(ascii: ";"), in: title) == nil else { return [] }
        // A count of words that stops past 20, where a long title is ruled out.
        let words = UTF8Text.wordCount(title, upTo: 20)
        guard words <= 20 else { return [] }
        guard words > 10 else { return Folding.withKey(of: title) { kinds(in: $0, reach: $0.count) } }
        // In a longer title only keywords that start in its first three words count: its
        // start is folded first (the key of a prefix is a prefix of the key), and all of it
        // only when the start's key ends less than a keyword and a byte past the fourth word's
        // start (a keyword that starts before it is then read whole, with the byte after it).
        let start = UnsafeBufferPointer(rebasing: title.prefix(longTitleStart))
        if title.count > longTitleStart, let found = Folding.withKey(of: start, { key in
            let reach = Self.offsetOfFourthWord(key)
            return reach + table.longestKeyword < key.count ? kinds(in: key, reach: reach) : nil
        }) {
            return found
        }
        return Folding.withKey(of: title) { kinds(in: $0, reach: Self.offsetOfFourthWord($0)) }
    }

    /// The bytes of a title of more than ten words folded first: in most titles, enough for
    /// the key of its first three words and the longest keyword's length past them (a
    /// keyword may start within the first three words).
    private static let longTitleStart = 64

    /// The kinds of the keywords that start at a word start of folded `key` before `reach`,
    /// each once, in the order they appear. A word start is a letter after a byte that is
    /// not one; the rest of a word is passed at once (the rest of a compound without a
    /// kind, with its words), and the phrase list is read only for a word whose first three
    /// bytes start a phrase.
    private static func kinds(in key: UnsafeBufferPointer<UInt8>, reach: Int) -> [SectionKind] {
        let (phrases, kinds, _, thirdBytes) = Self.table
        // One pass over the word starts: a kind's first keyword is found at its least position.
        var found: [SectionKind] = []
        var start = 0
        while start < reach {
            guard key[start].isASCIILetter else {
                start += 1
                continue
            }
            let letter = key[start] &- UInt8(ascii: "a")
            // Read before the bounds test below (26 past the end: no letter), which measured cheaper.
            let second = start + 1 < key.count ? key[start + 1] &- UInt8(ascii: "a") : 26
            // A keyword is longer than three bytes: a word nearer the end starts none.
            if letter < 26, second < 26, start + 2 < key.count,
                thirdBytes[Int(letter) * 26 + Int(second)] >> thirdByteBit(key[start + 2]) & 1 != 0,
                let position = phrases.keyPhrasePosition(in: key, at: start)
            {
                if let kind = kinds[position] {
                    if !found.contains(kind) { found.append(kind) }
                } else {
                    // To the compound's last byte (its length read from the list: rare).
                    start += keywords[position].phrase.utf8.count - 1
                }
            }
            start += 1
            while start < key.count, key[start].isASCIILetter { start += 1 }
        }
        return found
    }

    /// The offset where the fourth word of `key` starts (its length if it has fewer).
    private static func offsetOfFourthWord(_ key: UnsafeBufferPointer<UInt8>) -> Int {
        var spaces = 0
        for (offset, byte) in key.enumerated() where byte == 0x20 {
            spaces += 1
            if spaces == 3 { return offset + 1 }
        }
        return key.count
    }
}
