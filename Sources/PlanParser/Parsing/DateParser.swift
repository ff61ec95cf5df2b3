/// Reads "ngày 16 tháng 02 năm 2017" (and its blank-draft forms, "ngày   tháng 3 năm
/// 2023") and "ngày 20/3/2024" from a list of words (ranges of one text).
enum DateParser {
    struct Match {
        /// Index of the word "ngày".
        var start: Int
        /// Index of the word after the date.
        var end: Int
        var date: IssueDate
        /// Parts that were printed but out of range ("ngày 32").
        var invalidParts: [String]
    }

    /// The first date in `words` (ranges of `text`, in order), written with "ngày ...
    /// tháng ... năm ...", also with a number glued to its word ("tháng5").
    static func firstDate(in text: [UInt8], words: [Range<Int>]) -> Match? {
        words.withUnsafeBufferPointer { words in
            withKeys(of: text, words: words) { keys in
                for start in 0..<keys.count where keys.isKey(start, dayKey) {
                    if let match = date(in: keys, from: start, wordCount: words.count) { return match }
                }
                return nil
            }
        }
    }

    /// The date that the first of `words` (ranges of `text`, in order) starts, as `firstDate` reads
    /// it; `nil` when it starts none: no other word is read for a later date. The words are
    /// read from the caller's room (a reference reads a few, kept in no array).
    static func leadingDate(in text: [UInt8], words: UnsafeBufferPointer<Range<Int>>) -> Match? {
        guard !words.isEmpty else { return nil }
        return withKeys(of: text, words: words) { keys in
            keys.isKey(0, dayKey) ? date(in: keys, from: 0, wordCount: words.count) : nil
        }
    }

    /// `read` applied to the keys of `words` (ranges of `text`), folded into room as long
    /// as the words in all (a key is never longer than its word), their ranges kept in
    /// room for two per word: nothing is allocated per date.
    private static func withKeys(of text: [UInt8], words: UnsafeBufferPointer<Range<Int>>, _ read: (Keys) -> Match?) -> Match? {
        text.withUnsafeBufferPointer { text in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: words.reduce(0) { $0 + $1.count }) { room in
                withUnsafeTemporaryAllocation(of: (range: Range<Int>, word: Int).self, capacity: 2 * words.count) { ranges in
                    var keys = Keys(room: room, ranges: ranges)
                    for (index, word) in words.enumerated() { keys.append(UnsafeBufferPointer(rebasing: text[word]), word: index) }
                    return read(keys)
                }
            }
        }
    }

    /// The date whose "ngày" is key `start`, with its start and end as indices of the words.
    private static func date(in keys: Keys, from start: Int, wordCount: Int) -> Match? {
        guard var match = spelledDate(keys, from: start) ?? slashedDate(keys, from: start) else { return nil }
        let end = match.end
        match.start = keys.word(of: match.start)
        match.end = end < keys.count ? keys.word(of: end) + (keys.word(of: end) == keys.word(of: end - 1) ? 1 : 0) : wordCount
        return match
    }

    /// The folded words of a date's text in one buffer, a glued number split off ("thang5"
    /// → "thang", "5"), with the index of the word each key came from.
    private struct Keys {
        /// The keys' bytes, written one after another into room of the caller's, as long
        /// as the words in all.
        private let room: UnsafeMutableBufferPointer<UInt8>
        /// The range of each key in `room`, with the index of the word it came from: the
        /// first `count` entries of room for two keys per word, written as keys are added.
        private let keys: UnsafeMutableBufferPointer<(range: Range<Int>, word: Int)>
        /// Where the next key is written.
        private var written = 0

        /// Keys to be written into `room`, their ranges into `ranges` (two per word).
        init(room: UnsafeMutableBufferPointer<UInt8>, ranges: UnsafeMutableBufferPointer<(range: Range<Int>, word: Int)>) {
            self.room = room
            keys = ranges
        }

        /// The number of keys.
        private(set) var count = 0

        /// The bytes of key `index`.
        subscript(index: Int) -> Slice<UnsafeMutableBufferPointer<UInt8>> { room[keys[index].range] }

        /// The index of the word key `index` came from.
        func word(of index: Int) -> Int { keys[index].word }

        /// Whether key `index` is `word`.
        func isKey(_ index: Int, _ word: [UInt8]) -> Bool { self[index].isKey(word) }

        /// Folds `word`, the words' `index`th, into the room: one key, or two for a date
        /// word with a number glued to it.
        mutating func append(_ word: UnsafeBufferPointer<UInt8>, word index: Int) {
            let start = written
            written += Folding.key(of: word, into: UnsafeMutableBufferPointer(rebasing: room[start...]))
            let key = room[start..<written]
            // The first byte passes over most date words before they are compared.
            for dateWord in dateWords where key.count > dateWord.count && key[start] == dateWord[0] && key.starts(with: dateWord) {
                // "thang5": split off the number; "thangtu" stays one word.
                guard key[start + dateWord.count].isASCIIDigit else { break }
                add(start..<(start + dateWord.count), word: index)
                add((start + dateWord.count)..<written, word: index)
                return
            }
            add(start..<written, word: index)
        }

        /// Adds the key at `range` of the room, from word `index`.
        private mutating func add(_ range: Range<Int>, word index: Int) {
            keys.initializeElement(at: count, to: (range, index))
            count += 1
        }
    }

    /// The folded words of a spelled date: "ngay" (which starts a date), "thang", "nam".
    static let dayKey = Array("ngay".utf8), monthKey = Array("thang".utf8), yearKey = Array("nam".utf8)
    private static let dateWords = [dayKey, monthKey, yearKey]

    /// The index of the first of the (at most three) keys from `start` that is `word`.
    private static func firstKey(_ word: [UInt8], in keys: Keys, from start: Int) -> Int? {
        var index = start
        while index < min(start + 3, keys.count) {
            if keys.isKey(index, word) { return index }
            index += 1
        }
        return nil
    }

    /// "ngày D tháng M năm Y", each number possibly blank or dotted.
    private static func spelledDate(_ keys: Keys, from start: Int) -> Match? {
        guard let monthWord = firstKey(monthKey, in: keys, from: start + 1),
            let yearWord = firstKey(yearKey, in: keys, from: monthWord + 1)
        else { return nil }
        let day = number(in: keys, start + 1..<monthWord)
        let month = number(in: keys, monthWord + 1..<yearWord)
        let year = yearWord + 1 < keys.count ? leadingNumber(keys[yearWord + 1]) : nil
        return validated(start: start, end: min(yearWord + 2, keys.count), day: day, month: month, year: year)
    }

    /// "ngày 20/3/2024" or "ngày /3/2024".
    private static func slashedDate(_ keys: Keys, from start: Int) -> Match? {
        guard start + 1 < keys.count else { return nil }
        let key = keys[start + 1]
        // Three parts: two slashes.
        guard let first = key.firstIndex(of: UInt8(ascii: "/")), let second = key[(first + 1)...].firstIndex(of: UInt8(ascii: "/")),
            !key[(second + 1)...].contains(UInt8(ascii: "/")),
            let year = leadingNumber(key[(second + 1)...]), year >= 1000
        else { return nil }
        return validated(start: start, end: start + 2, day: leadingNumber(key[..<first]), month: leadingNumber(key[(first + 1)..<second]), year: year)
    }

    private static func validated(start: Int, end: Int, day: Int?, month: Int?, year: Int?) -> Match {
        var invalid: [String] = []
        let checkedYear = checked(year, 1900...2100, "year", &invalid)
        let checkedMonth = checked(month, 1...12, "month", &invalid)
        let lastDay = checkedMonth.map { daysIn(month: $0, year: checkedYear) } ?? 31
        let date = IssueDate(year: checkedYear, month: checkedMonth, day: checked(day, 1...lastDay, "day", &invalid))
        return Match(start: start, end: end, date: date, invalidParts: invalid)
    }

    /// The value when it is in range; otherwise `nil`, with the part noted in `invalid` ("day 32").
    private static func checked(_ value: Int?, _ range: ClosedRange<Int>, _ name: String, _ invalid: inout [String]) -> Int? {
        guard let value else { return nil }
        if range.contains(value) { return value }
        invalid.append("\(name) \(value)")
        return nil
    }

    /// The days of a month; February has 29 when the year is unknown.
    private static func daysIn(month: Int, year: Int?) -> Int {
        switch month {
        case 2:
            guard let year else { return 29 }
            return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// The number among the keys in `range` (between two keywords); blanks and dots mean none.
    private static func number(in keys: Keys, _ range: Range<Int>) -> Int? {
        for index in range {
            if let number = leadingNumber(keys[index]) { return number }
        }
        return nil
    }

    /// The digits a folded word (or part of one) starts with, after any dots or commas
    /// ("…05…", folded to "...05...", → 5). `key` is an array slice or a slice of a buffer.
    static func leadingNumber<Key: Collection<UInt8>>(_ key: Key) -> Int? where Key.Index == Int {
        var index = key.startIndex
        while index < key.endIndex, key[index] == UInt8(ascii: ".") || key[index] == UInt8(ascii: ",") { index += 1 }
        let first = index
        var value = 0
        while index < key.endIndex, key[index].isASCIIDigit {
            guard index - first < 4 else { return nil }
            value = value * 10 + Int(key[index] - 0x30)
            index += 1
        }
        return index > first ? value : nil
    }
}
