/// Reads "ngày 16 tháng 02 năm 2017" (and its blank-draft forms, "ngày   tháng 3 năm
/// 2023") and "ngày 20/3/2024" from a list of words.
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

    /// The first date in `words`, written with "ngày ... tháng ... năm ...", also with a
    /// number glued to its word ("tháng5").
    static func firstDate(in words: [[UInt8]]) -> Match? {
        // The folded words, a glued number split off, with the index of the word each came from.
        var keys: [[UInt8]] = []
        var wordIndex: [Int] = []
        keys.reserveCapacity(words.count + 2)
        wordIndex.reserveCapacity(words.count + 2)
        for (index, word) in words.enumerated() {
            let key = Self.key(word)
            if let split = splitGluedNumber(key) {
                keys.append(split.word)
                keys.append(split.number)
                wordIndex.append(index)
                wordIndex.append(index)
            } else {
                keys.append(key)
                wordIndex.append(index)
            }
        }
        for start in keys.indices where keys[start].isKey("ngay") {
            guard var match = spelledDate(keys, from: start) ?? slashedDate(keys, from: start) else { continue }
            match.start = wordIndex[match.start]
            match.end = match.end < keys.count ? wordIndex[match.end] + (wordIndex[match.end] == wordIndex[match.end - 1] ? 1 : 0) : words.count
            return match
        }
        return nil
    }

    /// The folded key of a word: a word of printable ASCII is only lower-cased, without
    /// decoding it (the key `Folding.key` gives), and kept as it is when it has no capital.
    private static func key(_ word: [UInt8]) -> [UInt8] {
        guard word.allSatisfy({ $0 > 0x20 && $0 < 0x7F }) else { return Folding.key(word) }
        guard word.contains(where: \.isASCIIUpper) else { return word }
        return word.map(\.asciiLowercased)
    }

    /// "thang5" → ("thang", "5"), for the words of a date.
    private static func splitGluedNumber(_ key: [UInt8]) -> (word: [UInt8], number: [UInt8])? {
        for word in dateWords where key.count > word.count && key.starts(with: word) {
            guard key[word.count].isASCIIDigit else { return nil }
            return (word, Array(key[word.count...]))
        }
        return nil
    }

    /// The folded words of a spelled date.
    private static let dateWords: [[UInt8]] = ["ngay", "thang", "nam"].map { Array($0.utf8) }

    /// "ngày D tháng M năm Y", each number possibly blank or dotted.
    private static func spelledDate(_ keys: [[UInt8]], from start: Int) -> Match? {
        guard let monthWord = keys[(start + 1)...].prefix(3).firstIndex(where: { $0.isKey("thang") }),
            let yearWord = keys[(monthWord + 1)...].prefix(3).firstIndex(where: { $0.isKey("nam") })
        else { return nil }
        let day = number(in: keys[(start + 1)..<monthWord])
        let month = number(in: keys[(monthWord + 1)..<yearWord])
        let year = yearWord + 1 < keys.count ? leadingNumber(keys[yearWord + 1][...]) : nil
        return validated(start: start, end: min(yearWord + 2, keys.count), day: day, month: month, year: year)
    }

    /// "ngày 20/3/2024" or "ngày /3/2024".
    private static func slashedDate(_ keys: [[UInt8]], from start: Int) -> Match? {
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

    /// The number among the words between two keywords; blanks and dots mean none.
    private static func number(in keys: ArraySlice<[UInt8]>) -> Int? {
        for key in keys {
            if let number = leadingNumber(key[...]) { return number }
        }
        return nil
    }

    /// The digits a folded word (or part of one) starts with, after any dots or commas
    /// ("…05…", folded to "...05...", → 5).
    static func leadingNumber(_ key: ArraySlice<UInt8>) -> Int? {
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
