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
    static func firstDate(in text: some ByteText, words: [Range<Int>]) -> Match? {
        words.withUnsafeBufferPointer { words in
            withKeys(of: text, words: words) { keys in
                var start = 0
                while keys.has(start) {
                    if keys.isKey(start, dayWord), let match = date(in: &keys, from: start) { return match }
                    start += 1
                }
                return nil
            }
        }
    }

    /// The date that the first of `words` (ranges of `text`, in order) starts, as `firstDate` reads
    /// it; `nil` when it starts none: no other word is read for a later date. The words are
    /// read from the caller's room (a reference reads a few, kept in no array).
    static func leadingDate(in text: some ByteText, words: UnsafeBufferPointer<Range<Int>>) -> Match? {
        guard !words.isEmpty else { return nil }
        return withKeys(of: text, words: words) { keys in
            keys.has(0) && keys.isKey(0, dayWord) ? date(in: &keys, from: 0) : nil
        }
    }

    /// `read` applied to the keys of `words` (ranges of `text`), folded as they are asked for
    /// (`Keys.has`) into room as long as the words in all (a key is never longer than its
    /// word), their ranges kept in room for two per word: nothing is allocated per date.
    private static func withKeys(of text: some ByteText, words: UnsafeBufferPointer<Range<Int>>, _ read: (inout Keys) -> Match?) -> Match? {
        text.withUnsafeBufferPointer { text in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: words.reduce(0) { $0 + $1.count }) { room in
                withUnsafeTemporaryAllocation(of: (range: Range<Int>, word: Int).self, capacity: 2 * words.count) { ranges in
                    var keys = Keys(text: text, words: words, room: room, ranges: ranges)
                    return read(&keys)
                }
            }
        }
    }

    /// The date whose "ngày" is key `start`, with its start and end as indices of the words.
    private static func date(in keys: inout Keys, from start: Int) -> Match? {
        guard var match = spelledDate(&keys, from: start) ?? slashedDate(&keys, from: start) else { return nil }
        let end = match.end
        match.start = keys.word(of: match.start)
        match.end = keys.has(end) ? keys.word(of: end) + (keys.word(of: end) == keys.word(of: end - 1) ? 1 : 0) : keys.wordCount
        return match
    }

    /// The folded words of a date's text in one buffer, a glued number split off ("thang5"
    /// → "thang", "5"), with the index of the word each key came from. Words are folded in
    /// order as far as a reading asks (`has`): a date "ngày 08/6/2010" does not fold the
    /// words after the few it looks at.
    private struct Keys {
        /// The text the words are ranges of.
        private let text: UnsafeBufferPointer<UInt8>
        /// The words, in order.
        private let words: UnsafeBufferPointer<Range<Int>>
        /// The keys' bytes, written one after another into room of the caller's, as long
        /// as the words in all.
        private let room: UnsafeMutableBufferPointer<UInt8>
        /// The range of each key in `room`, with the index of the word it came from: the
        /// first `count` entries of room for two keys per word, written as keys are added.
        private let keys: UnsafeMutableBufferPointer<(range: Range<Int>, word: Int)>
        /// Where the next key is written.
        private var written = 0
        /// The number of words folded so far.
        private var folded = 0

        /// Keys of `words` (ranges of `text`) to be written into `room`, their ranges into
        /// `ranges` (two per word).
        init(text: UnsafeBufferPointer<UInt8>, words: UnsafeBufferPointer<Range<Int>>, room: UnsafeMutableBufferPointer<UInt8>,
             ranges: UnsafeMutableBufferPointer<(range: Range<Int>, word: Int)>) {
            self.text = text
            self.words = words
            self.room = room
            keys = ranges
        }

        /// The number of keys folded so far.
        private(set) var count = 0

        /// The number of words.
        var wordCount: Int { words.count }

        /// Whether there is a key `index`: the words up to it are folded first, if not yet.
        mutating func has(_ index: Int) -> Bool {
            while count <= index, folded < words.count {
                append(UnsafeBufferPointer(rebasing: text[words[folded]]), word: folded)
                folded += 1
            }
            return index < count
        }

        /// The bytes of key `index` (folded already).
        subscript(index: Int) -> Slice<UnsafeMutableBufferPointer<UInt8>> { room[keys[index].range] }

        /// The index of the word key `index` (folded already) came from.
        func word(of index: Int) -> Int { keys[index].word }

        /// Whether key `index` (folded already) is `word`.
        func isKey(_ index: Int, _ word: StaticString) -> Bool { self[index].isKey(word) }

        /// Folds `word`, the words' `index`th, into the room: one key, or two for a date
        /// word with a number glued to it ("thang5"; "thangtu" stays one word).
        private mutating func append(_ word: UnsafeBufferPointer<UInt8>, word index: Int) {
            let start = written
            written += Folding.key(of: word, into: UnsafeMutableBufferPointer(rebasing: room[start...]))
            let length = DateParser.dateWordLength(room[start..<written])
            if length > 0, room[start + length].isASCIIDigit {
                add(start..<(start + length), word: index)
                add((start + length)..<written, word: index)
            } else {
                add(start..<written, word: index)
            }
        }

        /// Adds the key at `range` of the room, from word `index`.
        private mutating func add(_ range: Range<Int>, word index: Int) {
            keys.initializeElement(at: count, to: (range, index))
            count += 1
        }
    }

    /// The folded words of a spelled date: "ngay" (which starts a date), "thang", "nam".
    static let dayWord: StaticString = "ngay", monthWord: StaticString = "thang", yearWord: StaticString = "nam"

    /// The length of the date word ("ngay", "thang" or "nam") that `key` starts with and
    /// is longer than, or 0: the first byte passes over most words before any comparison.
    private static func dateWordLength(_ key: Slice<UnsafeMutableBufferPointer<UInt8>>) -> Int {
        /// The length of `word` when `key` starts with it and is longer, or 0.
        func length(_ word: StaticString) -> Int {
            let length = word.utf8CodeUnitCount
            return key.count > length && word.withUTF8Buffer({ key.starts(with: $0) }) ? length : 0
        }
        switch key.first {
        case UInt8(ascii: "n"):
            let day = length(dayWord)
            return day > 0 ? day : length(yearWord)
        case UInt8(ascii: "t"): return length(monthWord)
        default: return 0
        }
    }

    /// The index of the first of the (at most three) keys from `start` that is `word`.
    private static func firstKey(_ word: StaticString, in keys: inout Keys, from start: Int) -> Int? {
        var index = start
        while index < start + 3, keys.has(index) {
            if keys.isKey(index, word) { return index }
            index += 1
        }
        return nil
    }

    /// "ngày D tháng M năm Y", each number possibly blank or dotted.
    private static func spelledDate(_ keys: inout Keys, from start: Int) -> Match? {
        guard let monthIndex = firstKey(monthWord, in: &keys, from: start + 1),
            let yearIndex = firstKey(yearWord, in: &keys, from: monthIndex + 1)
        else { return nil }
        let day = number(in: keys, start + 1..<monthIndex)
        let month = number(in: keys, monthIndex + 1..<yearIndex)
        let year = keys.has(yearIndex + 1) ? leadingNumber(keys[yearIndex + 1]) : nil
        // The date ends after the year's key, or with the keys.
        let end = keys.has(yearIndex + 2) ? yearIndex + 2 : keys.count
        return validated(start: start, end: end, day: day, month: month, year: year)
    }

    /// "ngày 20/3/2024" or "ngày /3/2024".
    private static func slashedDate(_ keys: inout Keys, from start: Int) -> Match? {
        guard keys.has(start + 1) else { return nil }
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

    /// The number among the keys in `range` (between two keywords, folded already); blanks
    /// and dots mean none.
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
