/// The fields read after an anchor: the date, the issuer and the subject.
extension CitationScanner {
    /// Reads the date, issuer and subject after the head of `mention`, up to `limit` (the
    /// next mention's start, or the end) or the cell's end. Called by `mentions(from:)`.
    func readFields(of mention: inout CitationMention, limit: Int) {
        let limit = min(limit, unit.cellEnd(from: mention.headEnd))
        var position = mention.headEnd
        if position < limit, Self.isTerminator(t[position]) { return }
        if position < limit, t[position] == UInt8(ascii: ",") { position += 1 }

        // Date, then issuer (a date may also follow the issuer: "của UBND tỉnh ngày ...").
        switch readDate(of: &mention, from: position, limit: limit) {
        case .terminated: return
        case .read(let end): position = end
        case .none: break
        }
        var subjectWord: Range<Int>?
        if let first = unit.word(from: position, limit: limit), isPhrase(CitationPhrases.of, at: first) {
            let (issuerEnd, stop, terminated) = readIssuer(from: first.upperBound, limit: limit)
            var issuer = trimmed(first.upperBound..<issuerEnd)
            if let last = unit.previousWord(before: issuer.upperBound), last.lowerBound > issuer.lowerBound,
                isWord(last, CitationPhrases.and)
            {
                issuer = trimmed(issuer.lowerBound..<last.lowerBound)
            }
            if !issuer.isEmpty { mention.issuer = UTF8Text.string(t[issuer]) }
            mention.end = issuerEnd
            position = issuerEnd
            if terminated { return }
            subjectWord = stop
            // Tested by its case: `== nil` compared two optional dates, copying both.
            if case .none = mention.date, stop == nil {
                switch readDate(of: &mention, from: position, limit: limit) {
                case .terminated: return
                case .read(let end): position = end
                case .none: break
                }
            }
        }
        if subjectWord == nil, let first = unit.word(from: position, limit: limit), startsSubject(first) {
            subjectWord = first
        }

        // Subject, for a numbered document (a named one's subject is its name).
        guard let opening = subjectWord, mention.number != nil else { return }
        var start = opening.lowerBound
        if phrase(in: CitationPhrases.about, at: opening) != nil {
            start = opening.upperBound
            if let next = unit.word(from: start, limit: limit), isPhrase(CitationPhrases.matter, at: next) {
                start = next.upperBound
            }
        }
        let (subjectEnd, runsIntoNext) = readSubject(from: start, limit: limit)
        let subject = runsIntoNext ? trimmedSubject(start..<subjectEnd) : trimmed(start..<subjectEnd)
        if !subject.isEmpty {
            mention.subject = UTF8Text.string(t[subject])
            mention.subjectStart = subject.lowerBound
        }
        mention.end = subjectEnd
        mention.subjectRunsIntoNext = runsIntoNext
    }

    private enum DateReading {
        case none
        /// A date was read; the reading goes on from here.
        case read(Int)
        /// A date was read and punctuation after it ends the reference.
        case terminated
    }

    /// "ngày 08/6/2010", "ngày 07 tháng 8 năm 2017", or for a law named without a number,
    /// "năm 2015" or a bare "2024".
    private func readDate(of mention: inout CitationMention, from position: Int, limit: Int) -> DateReading {
        guard let first = unit.word(from: position, limit: limit) else { return .none }
        // Most words after a reference start with another byte than "n": they are not folded.
        let (startsDay, isYearWord) = keyMayStart(first, with: UInt8(ascii: "n")) ? withKey(first) { ($0.hasKeyPrefix(DateParser.dayWord), $0.isKey(DateParser.yearWord)) } : (false, false)
        var last: Range<Int>
        if startsDay {
            // The (up to) seven words from `first` kept in stack room, not an array. The
            // date is set on the mention as it is read (handed out in an optional, it was
            // copied and destroyed once more).
            let read = withUnsafeTemporaryAllocation(of: Range<Int>.self, capacity: 7) { room -> Range<Int>? in
                var count = 0
                var cursor = first.lowerBound
                while count < 7, let next = unit.word(from: cursor, limit: limit) {
                    room.initializeElement(at: count, to: next)
                    count += 1
                    cursor = next.upperBound
                }
                let words = UnsafeBufferPointer(rebasing: room[..<count])
                guard let match = DateParser.leadingDate(in: t, words: words) else { return nil }
                mention.date = match.date
                return words[match.end - 1]
            }
            guard let lastWord = read else { return .none }
            last = lastWord
        } else if mention.number == nil {
            var yearWord = first
            if isYearWord, let next = unit.word(from: first.upperBound, limit: limit) { yearWord = next }
            let year = withKey(yearWord) { key -> Int? in
                guard let value = DateParser.leadingNumber(key), value >= 1900, value <= 2100, key.allSatisfy({ $0.isASCIIDigit })
                else { return nil }
                return value
            }
            guard let value = year else { return .none }
            mention.date = IssueDate(year: value, month: nil, day: nil)
            last = yearWord
        } else {
            return .none
        }
        mention.end = last.upperBound
        if Self.isTerminator(t[last.upperBound - 1]) {
            mention.end = punctuationStart(last)
            return .terminated
        }
        return .read(last.upperBound)
    }

    /// The issuer printed before a numbered mention that has none after it: "Xét đề nghị
    /// của Sở Nông nghiệp & Phát triển nông thôn tại Tờ trình số 66/TTr-SNN", the proposer
    /// being the author of the proposal. It is the words between "đề nghị của" and "tại"
    /// right before the mention (twelve at most, none before `lowerLimit`, the end of the
    /// mention before), taken only when they start with a capital and read as an issuer
    /// whole (``readIssuer(from:limit:)`` runs up to "tại"). Only after "đề nghị": "ý kiến
    /// chỉ đạo của Thủ tướng Chính phủ tại công văn số 5110/VPCP-KTTH" is a letter of the
    /// Government's Office, not of the Prime Minister.
    func readIssuerBefore(of mention: inout CitationMention, from lowerLimit: Int) {
        guard mention.number != nil, let at = unit.previousWord(before: mention.start), at.lowerBound >= lowerLimit,
            isWord(at, CitationPhrases.at)
        else { return }
        var cursor = at.lowerBound
        var of: Range<Int>?
        for _ in 0..<13 {
            guard let word = unit.previousWord(before: cursor), word.lowerBound >= lowerLimit else { return }
            if isWord(word, CitationPhrases.of) {
                of = word
                break
            }
            cursor = word.lowerBound
        }
        guard let of, let proposal = unit.previousWord(before: of.lowerBound), isWord(proposal, "nghị"),
            let propose = unit.previousWord(before: proposal.lowerBound), isWord(propose, "đề") || isWord(propose, "Đề"),
            let first = unit.word(from: of.upperBound, limit: at.lowerBound), startsUppercase(first),
            let last = unit.previousWord(before: at.lowerBound), last.lowerBound >= first.lowerBound
        else { return }
        let (end, _, terminated) = readIssuer(from: of.upperBound, limit: at.lowerBound)
        guard !terminated, end == last.upperBound else { return }
        let issuer = trimmed(first.lowerBound..<end)
        if !issuer.isEmpty { mention.issuer = UTF8Text.string(t[issuer]) }
    }

    /// The issuer's words from `start`: up to a linking verb ("về", "hướng dẫn"), a verb no
    /// organ's name holds ("thành", "có"), "(", sentence punctuation, or a comma that does
    /// not join two titles (or that opens a subject). Returns the end, the stop word when it
    /// can open the subject, and whether punctuation ended the reference.
    private func readIssuer(from start: Int, limit: Int) -> (Int, Range<Int>?, Bool) {
        var end = start
        var count = 0
        var cursor = start
        while count < 15, let next = unit.word(from: cursor, limit: limit) {
            if t[next.lowerBound] == UInt8(ascii: "(") { return (end, nil, true) }
            let capitalized = startsUppercase(next)
            if !capitalized, let stop = issuerStop(at: next, limit: limit) {
                return (end, CitationPhrases.nonSubjectStops.contains(stop) ? nil : next, false)
            }
            if capitalized, phrase(in: CitationPhrases.capitalizedIssuerStops, at: next, loweringFirst: true) != nil {
                return (end, next, false)
            }
            if t[next.lowerBound].isASCIIDigit || isPhrase(CitationPhrases.day, at: next) { return (end, nil, false) }
            if isPhrase(CitationPhrases.and, at: next), let after = unit.word(from: next.upperBound, limit: limit), isTypeWordStart(after) {
                return (end, nil, true)
            }
            end = next.upperBound
            cursor = end
            count += 1
            if let punctuation = closingPunctuation(next) {
                // A comma inside a name: "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ", "Sở Văn hóa,
                // Thể thao và Du lịch", "Ban Chỉ đạo phát triển khoa học, công nghệ ...".
                if punctuation == UInt8(ascii: ","), let after = unit.word(from: end, limit: limit) {
                    let before = Folding.key(t[start..<(end - 1)])
                    if startsUppercase(after) {
                        if CitationPhrases.positions.contains(before) { continue }
                        if before.count >= 7, before.suffix(7).elementsEqual("van hoa".utf8) { continue }
                    } else if let first = unit.word(from: start, limit: end), t[first].elementsEqual("Ban".utf8) || t[first].elementsEqual("Hội".utf8),
                        issuerStop(at: after, limit: limit) == nil
                    {
                        // The long names of steering committees: "Ban Chỉ đạo phát triển khoa học, công nghệ, …".
                        continue
                    }
                }
                if punctuation == UInt8(ascii: "."), !endsSentence(next, limit: limit) { continue }
                // "của Bộ trưởng ..., phê duyệt ...": the subject after the comma, when it opens
                // with what a document does ("phê duyệt", "ban hành", "quy định", "hướng
                // dẫn", "về"); "của UBND tỉnh, tiếp tục đẩy mạnh ..." goes on with the plan's
                // own sentence.
                if punctuation == UInt8(ascii: ","), let after = unit.word(from: end, limit: limit), opensDocumentSubject(after) {
                    return (punctuationStart(next), after, false)
                }
                return (punctuationStart(next), nil, true)
            }
        }
        return (end, nil, false)
    }

    /// Whether `word` opens what a document does: "phê duyệt", "ban hành", "quy định",
    /// "hướng dẫn", "về".
    private func opensDocumentSubject(_ word: Range<Int>) -> Bool {
        isPhrase("phê duyệt", at: word) || isPhrase("ban hành", at: word) || isPhrase("quy định", at: word)
            || isPhrase("hướng dẫn", at: word) || isPhrase("về", at: word)
    }

    /// The issuer stop (``CitationPhrases/issuerStops``) the text spells from `word` on,
    /// unless it is "thành" starting a word of a name: "UBND thành phố", "Ban Thường vụ thành
    /// ủy", not "Bộ Tài chính thành mức thuế suất".
    private func issuerStop(at word: Range<Int>, limit: Int) -> [UInt8]? {
        guard let stop = phrase(in: CitationPhrases.issuerStops, at: word) else { return nil }
        // The lengths first: most stops differ from "thành" in length.
        guard CitationPhrases.into.withUTF8Buffer({ stop.count == $0.count && stop.elementsEqual($0) }), let after = unit.word(from: word.upperBound, limit: limit),
            withKey(after, { key in CitationPhrases.nameAfterInto.contains { key.isKey($0) } })
        else { return stop }
        return nil
    }

    /// The subject's end from `start`: ";", "(", ")", ":", the end of the sentence, sixty
    /// words, or `limit` (the next reference or a cell border; then `runsIntoNext`).
    private func readSubject(from start: Int, limit: Int) -> (Int, Bool) {
        var end = start
        var cursor = start
        var count = 0
        while count < 60, let next = unit.word(from: cursor, limit: limit) {
            if t[next.lowerBound] == UInt8(ascii: "(") { return (end, false) }
            if t[next.lowerBound] == UInt8(ascii: "|") { return (end, false) }
            if count > 0, t[cursor - 1] == UInt8(ascii: ","),
                startsUppercase(next) ? phrase(in: CitationPhrases.clauseStarts, at: next) != nil
                    : phrase(in: CitationPhrases.lowerCaseClauseStarts, at: next) != nil
            {
                return (end, false)
            }
            end = next.upperBound
            cursor = end
            count += 1
            if let punctuation = closingPunctuation(next), punctuation != UInt8(ascii: ",") {
                if punctuation == UInt8(ascii: "."), !endsSentence(next, limit: limit) { continue }
                return (punctuationStart(next), false)
            }
        }
        return (count < 60 ? limit : end, count < 60 && limit < t.count && limit < unit.cellEnd(from: start))
    }

    /// Whether a word ending with "." ends the sentence: not "TP." before a capitalized word.
    private func endsSentence(_ word: Range<Int>, limit: Int) -> Bool {
        guard word.count <= 4, UTF8Text.isAllCaps(Array(t[word])),
            let next = unit.word(from: word.upperBound, limit: limit), startsUppercase(next)
        else { return true }
        return false
    }

    /// Whether a word can open a subject without "về": a lower-case verb ("hướng dẫn ...").
    private func startsSubject(_ word: Range<Int>) -> Bool {
        guard !startsUppercase(word) else { return false }
        guard let stop = phrase(in: CitationPhrases.issuerStops, at: word) else { return false }
        return !CitationPhrases.nonSubjectStops.contains(stop)
    }

    /// Where the punctuation closing a word starts ("phủ)," → at ")").
    private func punctuationStart(_ word: Range<Int>) -> Int {
        var end = word.upperBound
        while end > word.lowerBound, Self.isClosingPunctuation(t[end - 1]) || t[end - 1] == UInt8(ascii: "\"") { end -= 1 }
        return end
    }

    private static func isTerminator(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ";") || byte == UInt8(ascii: ")") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: ":")
    }

    /// The linking words a subject may end with before the next reference, folded.
    private static let linkingWords = KeyList(["va", "tai", "theo", "cua", "cac", "o", "boi", "voi"].map { Array($0.utf8) })

    /// A subject without the linking words left before the next reference ("..., tại").
    private func trimmedSubject(_ range: Range<Int>) -> Range<Int> {
        var range = trimmed(range)
        while let last = unit.previousWord(before: range.upperBound), last.lowerBound >= range.lowerBound, last.lowerBound > range.lowerBound,
            Self.linkingWords.contains(keyOf: t[last])
        {
            range = trimmed(range.lowerBound..<last.lowerBound)
        }
        return range
    }
}
