/// Reads a task's timeline into a `Due`: "Thường xuyên" (continuous), "Hằng năm", "Mỗi
/// tháng 1 lần" (recurring), "Trước ngày 15/12/2025" (deadline), "Quý II/2025", "Tháng
/// 02/2025", "Trong năm 2024", "Năm 2025-2026" (period), anything else (unspecified).
enum DueParser {
    /// What a timeline's phrase tells.
    private enum PhraseKind { case deadline, recurring, continuous }

    /// The folded words of a deadline, of a recurring timeline and of a continuous one, in
    /// one list (a word start is looked up once), with the kind of each by its position. No
    /// phrase of one kind starts like a phrase of another, so a word start matches phrases
    /// of one kind at most.
    private static let phrases = {
        let deadline = ["truoc ngay", "cham nhat", "han chot", "truoc"]
        let recurring = ["hang nam", "hang thang", "hang quy", "hang tuan", "moi thang", "moi nam", "moi quy", "moi tuan", "dinh ky", "lan/"]
        let continuous = ["thuong xuyen", "lien tuc"]
        let kinds = [PhraseKind](repeating: .deadline, count: deadline.count) + [PhraseKind](repeating: .recurring, count: recurring.count)
            + [PhraseKind](repeating: .continuous, count: continuous.count)
        return (list: PhraseList(deadline + recurring + continuous), kinds: kinds)
    }()

    /// The kinds of the phrases in `key`, found at word boundaries as `offset(ofKeyPhrase:)`
    /// finds them, in one pass: each word start is looked up by its byte. Every phrase starts
    /// with a letter, so only a letter after a byte that is none is looked up.
    private static func phraseKinds(in key: [UInt8]) -> (deadline: Bool, recurring: Bool, continuous: Bool) {
        var kinds = (deadline: false, recurring: false, continuous: false)
        let phrases = Self.phrases
        // Read through a buffer, a word's start looked up and the rest of it passed at once.
        key.withUnsafeBufferPointer { key in
            var start = 0
            while start < key.count {
                guard key[start].isASCIILetter else {
                    start += 1
                    continue
                }
                if let position = phrases.list.keyPhrasePosition(in: key, at: start) {
                    switch phrases.kinds[position] {
                    case .deadline: kinds.deadline = true
                    case .recurring: kinds.recurring = true
                    case .continuous: kinds.continuous = true
                    }
                }
                start += 1
                while start < key.count, key[start].isASCIILetter { start += 1 }
            }
        }
        return kinds
    }

    /// The due date or period `timeline` states.
    static func due(_ timeline: String) -> Due {
        let key = Folding.key(timeline)
        let kinds = phraseKinds(in: key)
        var due = Due(kind: .unspecified, text: timeline)
        if kinds.deadline {
            due.kind = .deadline
            let (bytes, words) = spaceSeparatedWords(timeline)
            if let match = DateParser.firstDate(in: bytes, words: words) {
                (due.year, due.month, due.day) = (match.date.year, match.date.month, match.date.day)
            } else if let slashed = Self.words(of: key).lazy.map({ key[$0] }).first(where: { $0.filter { $0 == UInt8(ascii: "/") }.count == 2 }) {
                // "Trước 30/6/2025": a date without "ngày".
                let parts = slashed.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false).map { DateParser.leadingNumber($0) }
                if parts.count == 3 { (due.day, due.month, due.year) = (parts[0], parts[1], parts[2]) }
            }
            return due
        }
        if kinds.recurring {
            due.kind = .recurring
            return due
        }
        if kinds.continuous {
            due.kind = .continuous
            return due
        }
        let words = Self.words(of: key)
        /// The word at `index` (empty past the last).
        func wordBytes(_ index: Int) -> ArraySlice<UInt8> { index < words.count ? key[words[index]] : [] }
        for index in words.indices {
            let word = wordBytes(index)
            // "Quí" is an old spelling of "Quý".
            if word.isKey("quy") || word.isKey("qui"), let (quarter, year) = quarterAndYear(wordBytes(index + 1)) {
                // "Quý III năm 2026", "Quí IV-2025": the year after "năm" or after the dash (a
                // word past the last is empty, and holds no number).
                var later = wordBytes(index + 2).isKey(DateParser.yearWord) ? DateParser.leadingNumber(wordBytes(index + 3)) : nil
                if later == nil, wordBytes(index + 2).count == 4 { later = DateParser.leadingNumber(wordBytes(index + 2)) }
                (due.kind, due.quarter, due.year) = (.period, quarter, year ?? later)
                return due
            }
            if word.isKey(DateParser.monthWord), let (month, year) = monthAndYear(wordBytes(index + 1)) {
                // "Tháng 6 năm 2025": the year after "năm".
                let later = wordBytes(index + 2).isKey(DateParser.yearWord) ? DateParser.leadingNumber(wordBytes(index + 3)) : nil
                (due.kind, due.month, due.year) = (.period, month, year ?? later)
                return due
            }
            if word.isKey(DateParser.yearWord), let year = DateParser.leadingNumber(wordBytes(index + 1)), (1900...2100).contains(year) {
                (due.kind, due.year) = (.period, year)
                return due
            }
        }
        // "2025", "Giai đoạn 2025-2030": the first year.
        if let year = words.lazy.map({ key[$0] }).compactMap({ $0.count == 4 && $0.allSatisfy(\.isASCIIDigit) ? DateParser.leadingNumber($0) : nil }).first,
            (1900...2100).contains(year)
        {
            (due.kind, due.year) = (.period, year)
        }
        return due
    }

    /// The UTF-8 bytes of `timeline`, and its words (ranges of them) as
    /// `split(separator: " ")` cuts it into characters. Split by bytes when no scalar from
    /// U+0300 on is there (but Vietnamese letters, U+1E00 to U+1EFF): no scalar below joins
    /// a space into a longer character (combining marks, joiners and spacing marks from
    /// U+0300, prepended marks from U+0600).
    private static func spaceSeparatedWords(_ timeline: String) -> (bytes: [UInt8], words: [Range<Int>]) {
        let bytes = Array(timeline.utf8)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0xCC {
                index += 1
            } else if byte == 0xE1, index + 1 < bytes.count, (0xB8...0xBB).contains(bytes[index + 1]) {
                index += 3
            } else {
                let utf8 = timeline.utf8
                return (bytes, timeline.split(separator: " ").map { word in
                    let start = utf8.distance(from: utf8.startIndex, to: word.startIndex)
                    return start..<(start + word.utf8.count)
                })
            }
        }
        return (bytes, bytes.wordRanges)
    }

    /// The words of a folded key as ranges of it, split at spaces and at dashes ("IV-2025"
    /// writes the year after a dash): a word is sliced only where it is read. Only the
    /// timelines that are not read by their phrases need them.
    private static func words(of key: [UInt8]) -> [Range<Int>] {
        key.wordRanges(separatedAlsoBy: UInt8(ascii: "-"))
    }

    /// The piece of `word` before its first "/" (all of it without one), and the piece
    /// after that "/" up to the next one (`nil` without a "/"): "II/2025" → ("II", "2025").
    private static func slashPieces(_ word: ArraySlice<UInt8>) -> (first: ArraySlice<UInt8>, second: ArraySlice<UInt8>?) {
        guard let slash = word.firstIndex(of: UInt8(ascii: "/")) else { return (word, nil) }
        let rest = word[(slash + 1)...]
        return (word[..<slash], rest[..<(rest.firstIndex(of: UInt8(ascii: "/")) ?? rest.endIndex)])
    }

    /// "II/2025" → (2, 2025); "4/2025" → (4, 2025).
    private static func quarterAndYear(_ word: ArraySlice<UInt8>) -> (Int, Int?)? {
        let (first, second) = slashPieces(word)
        let quarter = Marker.romanValue(first.map { $0 & ~0x20 }) ?? DateParser.leadingNumber(first)
        guard let quarter, (1...4).contains(quarter) else { return nil }
        return (quarter, second.flatMap { DateParser.leadingNumber($0) })
    }

    /// "02/2025" → (2, 2025).
    private static func monthAndYear(_ word: ArraySlice<UInt8>) -> (Int, Int?)? {
        let (first, second) = slashPieces(word)
        guard let month = DateParser.leadingNumber(first), (1...12).contains(month) else { return nil }
        return (month, second.flatMap { DateParser.leadingNumber($0) })
    }
}
