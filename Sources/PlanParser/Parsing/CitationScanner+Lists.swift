/// The fields that a list of references writes once, after its last member.
extension CitationScanner {
    /// "Các Công điện: số 007/CĐ-UBND ngày 17/11/2025, số 008/CĐ-UBND và số 009/CĐ-UBND ngày
    /// 19/11/2025; số 010/CĐ-UBND ngày 20/11/2025 của UBND tỉnh về ...": the members of a list
    /// are joined by nothing but ",", ";" and "và" (after ";", the next starts with "số"), are
    /// of one type and end their symbols with one issuing organ ("-UBND"). A member with neither issuer nor subject takes both from
    /// the next one: the issuer and the subject written after the last member ("của UBND tỉnh
    /// về ...") are the whole list's, which is one noun phrase ("Các Công điện ... của UBND
    /// tỉnh về ..."). Such a member with no date takes the next one's too, across "," or "và"
    /// (008 is of 19/11/2025), not across ";", which parts dates (009 is not of 20/11/2025).
    /// Read from the last member back, so that a field passes down the whole list. Called by
    /// `mentions(from:)` with two mentions at least.
    func shareListFields(_ mentions: inout [CitationMention]) {
        for index in mentions.indices.dropLast().reversed() {
            guard case .none = mentions[index].issuer, case .none = mentions[index].subject,
                let separator = listSeparator(between: mentions[index], and: mentions[index + 1])
            else { continue }
            if case .none = mentions[index].date, separator != UInt8(ascii: ";") {
                mentions[index].date = mentions[index + 1].date
            }
            mentions[index].issuer = mentions[index + 1].issuer
            mentions[index].subject = mentions[index + 1].subject
        }
    }

    /// How `first` and `second` are joined as members of one list: ";" when a semicolon
    /// stands between them (and `second` starts with "số", no type word of its own), else ","
    /// (a comma, "và", or only spaces after the date's own comma); `nil` when they are no
    /// members of one list: another word or a table cell's border between them, a name or a
    /// blank draft number, another type, or another issuing organ.
    private func listSeparator(between first: CitationMention, and second: CitationMention) -> UInt8? {
        guard let firstNumber = first.number, let secondNumber = second.number, !firstNumber.isBlank, !secondNumber.isBlank,
            first.type == second.type, Self.organ(of: firstNumber).elementsEqual(Self.organ(of: secondNumber)),
            first.end <= second.start, unit.cellEnd(from: first.end) > second.start
        else { return nil }
        var separator = UInt8(ascii: ",")
        var cursor = first.end
        while let word = unit.word(from: cursor, limit: second.start) {
            cursor = word.upperBound
            if isWord(word, CitationPhrases.and) { continue }
            for byte in t[word] {
                guard byte == UInt8(ascii: ",") || byte == UInt8(ascii: ";") else { return nil }
                if byte == UInt8(ascii: ";") { separator = byte }
            }
        }
        // After ";", a member with its own type word ("...; Quyết định số 2/QĐ-UBND ...") may
        // be an entry of its own, of its own subject: only "số ..." goes on the list.
        if separator == UInt8(ascii: ";") {
            guard let word = unit.word(from: second.start, limit: second.end), isNumberWord(word) else { return nil }
        }
        return separator
    }

    /// The issuing organ a number's symbol ends with, after its last "-" or "/": "UBND" of
    /// "007/CĐ-UBND", "BTC" of "137/2001/QĐ/BTC", "TW" of "18-NQ/TW".
    private static func organ(of number: CitationNumber) -> Substring.UTF8View {
        let text = number.text.utf8
        let start = text.lastIndex { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "/") }.map(text.index(after:)) ?? text.startIndex
        return number.text[start...].utf8
    }
}
