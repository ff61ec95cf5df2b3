/// The words read before a number: "số" and the type name ("Nghị định số", "Mẫu số").
extension CitationScanner {
    /// Whether a folded word is "so" or "so:" ("số", "Số:").
    private static func isNumberKey(_ key: UnsafeBufferPointer<UInt8>) -> Bool {
        key.isKey("so") || key.isKey("so:")
    }

    /// Whether the word's key is "so" or "so:" ("số", "Số:"): its first three bytes
    /// decide, unless they are "so:", without folding the word. Called here and for a blank
    /// draft number (`blankNumbered(at:)`).
    func isNumberWord(_ word: Range<Int>) -> Bool {
        // The heads of "so" and "so:" (`Folding.keyHead`): a head ending in 0 is the whole key.
        let head = Folding.keyHead(t[word])
        return head == 0x73_6F_00 || (head == 0x73_6F_3A && Folding.withKey(of: t[word], Self.isNumberKey))
    }

    /// Whether the word's key, without its trailing punctuation, is "so" or "so:" ("số,",
    /// "Số:"). Unlike ``isNumberWord(_:)``, which reads the key's head, this strips the
    /// punctuation: "số," counts here, not there. Called for a law's name (`+Names`).
    func isNumberWordBeforePunctuation(_ word: Range<Int>) -> Bool {
        keyMayStart(word, with: UInt8(ascii: "s")) && withKey(word, Self.isNumberKey)
    }

    /// A type name or a word of forms and tables, as read before a number.
    private struct PrecedingWord {
        /// The folded key.
        let key: [UInt8]
        /// The type name; `nil` for "Văn bản" (the type comes from the symbol) and for forms and tables.
        let name: String?
        /// The number of words of the key (a folded key has one space between words).
        let wordCount: Int
        /// Whether it names a form or table rather than a document.
        let isNotADocument: Bool
    }

    /// Type names, then the words of forms and tables, grouped by the last byte of their
    /// keys (in that order within a group): a span is compared only with the keys that end
    /// like it (`precedingWordGroups`).
    private static let precedingWords: [PrecedingWord] = {
        let words = CitationPhrases.typeNames.map { PrecedingWord(key: $0.key, name: $0.name, wordCount: UTF8Text.wordCount($0.key), isNotADocument: false) }
            + CitationPhrases.notDocuments.map { PrecedingWord(key: $0, name: nil, wordCount: UTF8Text.wordCount($0), isNotADocument: true) }
        return PhraseList.indices(words.count) { words[$0].key.last! }.map { words[$0] }
    }()

    /// The range of `precedingWords` whose keys end with each byte, by byte value.
    private static let precedingWordGroups = PhraseList.groups(precedingWords.count) { precedingWords[$0].key.last! }

    /// The words of forms and tables.
    private static let notDocumentWords = KeyList(CitationPhrases.notDocuments)

    /// What stands before a number (`typeWord(before:)`), read by the numbered anchors.
    enum TypeWord {
        /// No type word.
        case none
        /// A type name: "Nghị định", "Chỉ thị".
        case named(String)
        /// "Văn bản số ...": the type comes from the symbol.
        case generic
        /// "Mẫu số 01/BC": a form, not a document.
        case notADocument
    }

    /// The type word before a number, skipping "số", and where the mention starts. The
    /// words before it are kept in stack room and their key folded into temporary room: no
    /// array is made per number. Called for numbered and blank anchors.
    func typeWord(before index: Int) -> (TypeWord, Int) {
        var start = index
        var end = index
        if let word = unit.previousWord(before: index), isNumberWord(word) {
            start = word.lowerBound
            end = word.lowerBound
        }
        return withUnsafeTemporaryAllocation(of: Range<Int>.self, capacity: 4) { room in
            // The (up to) four words before `end`, nearest first.
            var count = 0
            var cursor = end
            while count < 4, let word = unit.previousWord(before: cursor) {
                room.initializeElement(at: count, to: word)
                count += 1
                cursor = word.lowerBound
            }
            let words = UnsafeBufferPointer(rebasing: room[..<count])
            if let named = t.withUnsafeBufferPointer({ Self.typeWordEnding(in: $0, at: end, words: words) }) { return named }
            // "Mẫu số 01 và 02/HNMT".
            let notDocumentWords = Self.notDocumentWords
            for word in words where notDocumentWords.contains(keyOf: t[word].drop { $0 == UInt8(ascii: "(") }) {
                return (.notADocument, start)
            }
            return (.none, start)
        }
    }

    /// The longest type name that `words` of `t` (nearest first) end with at `end` ("...
    /// Thông tư liên tịch"), and where it starts; `nil` when they end with none. Static, on
    /// a buffer: the closure captures no copy of the scanner.
    private static func typeWordEnding(in t: UnsafeBufferPointer<UInt8>, at end: Int, words: UnsafeBufferPointer<Range<Int>>) -> (TypeWord, Int)? {
        Folding.withKey(of: UnsafeBufferPointer(rebasing: t[(words.last?.lowerBound ?? end)..<end])) { span -> (TypeWord, Int)? in
            guard let last = span.last else { return nil }
            let entries = Self.precedingWords
            for entryIndex in Self.precedingWordGroups[Int(last)] {
                let key = entries[entryIndex].key
                guard UTF8Text.endsWith(span, key) else { continue }
                let before = span.count - key.count - 1
                guard before < 0 || span[before] == 0x20 || span[before] == UInt8(ascii: "(") || span[before] == UInt8(ascii: "[")
                    || span[before] == UInt8(ascii: "\"")
                else { continue }
                guard entries[entryIndex].wordCount <= words.count else { continue }
                var from = words[entries[entryIndex].wordCount - 1].lowerBound
                while from < end, t[from] == UInt8(ascii: "(") || t[from] == UInt8(ascii: "[") || t[from] == UInt8(ascii: "\"") { from += 1 }
                if entries[entryIndex].isNotADocument { return (.notADocument, from) }
                return (entries[entryIndex].name.map(TypeWord.named) ?? .generic, from)
            }
            return nil
        }
    }

    /// Whether a type name starts at `word` ("Luật", "Nghị định", ...). Called where "và"
    /// may join two references: in a law's name and in an issuer.
    func isTypeWordStart(_ word: Range<Int>) -> Bool {
        guard startsUppercase(word) else { return false }
        var end = word.upperBound
        for _ in 1..<4 {
            guard let next = unit.word(from: end, limit: t.count) else { break }
            end = next.upperBound
        }
        return Folding.withKey(of: t[word.lowerBound..<end]) { key in
            CitationPhrases.typeNames.contains { key.hasKeyPhrase($0.key, at: 0) }
        }
    }
}
