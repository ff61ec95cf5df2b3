/// The amendments read from the words between references.
extension CitationScanner {
    /// A subject that runs into the next reference takes it in ("thực hiện Nghị quyết số
    /// 57-NQ/TW ngày ... của Bộ Chính trị về ..."), unless a comma or "và" stands between;
    /// when that subject says "sửa đổi, bổ sung", it amends the next one. "X (được sửa đổi,
    /// bổ sung tại Y và Z)": Y and Z amend X. Called by `mentions(from:)` with two mentions at
    /// least.
    func linkAmendments(_ mentions: inout [CitationMention]) {
        // For each mention, in one array (a depth of two at most, so that a long chain, "về
        // thực hiện Quyết định ... về thực hiện ...", stays linear).
        var links = mentions.map { Link(takenIn: false, depth: 0, ownEnd: $0.end) }
        for index in mentions.indices.dropLast().reversed() {
            guard mentions[index].subjectRunsIntoNext, let subjectStart = mentions[index].subjectStart,
                let last = unit.previousWord(before: mentions[index + 1].start), last.lowerBound >= subjectStart,
                closingPunctuation(last) == nil, !isWord(last, CitationPhrases.and)
            else { continue }
            let next = mentions[index + 1]
            if let number = next.number, !number.isBlank, Self.mentionsAmendment(Folding.key(t[subjectStart..<mentions[index].end])) {
                mentions[index].amends.append(number.text)
            }
            let end = links[index + 1].depth < 2 ? next.end : links[index + 1].ownEnd
            links[index].depth = links[index + 1].depth < 2 ? links[index + 1].depth + 1 : 1
            mentions[index].subject = UTF8Text.string(t[trimmed(subjectStart..<end)])
            mentions[index].end = end
            links[index + 1].takenIn = true
        }

        var base: Int?
        var chain: Int?
        for index in mentions.indices {
            var target: Int?
            // A gap shorter than the shortest amendment phrase cannot mention an amendment
            // (a key is never longer than its text): it is folded only when that or a chain
            // needs its key.
            let gapStart = index > 0 ? min(mentions[index - 1].end, mentions[index].start) : 0
            if index > 0, !links[index].takenIn, chain != nil || mentions[index].start - gapStart >= Self.shortestAmendment {
                let gap = Folding.key(t[gapStart..<mentions[index].start])
                if Self.mentionsAmendment(gap), !gap.contains(UInt8(ascii: ";")), !gap.contains(UInt8(ascii: ".")) {
                    // "(được sửa đổi, bổ sung tại Y)": Y amends the one before; ", sửa đổi,
                    // bổ sung một số điều của Y": the one before amends Y.
                    if gap.first == UInt8(ascii: "(") || gap.contains(keyPhrase: "duoc") {
                        target = base
                    } else if let number = mentions[index].number, !number.isBlank {
                        mentions[index - 1].amends.append(number.text)
                    }
                } else if let chain, Self.isConnector(gap) {
                    target = chain
                }
            }
            if let target, let number = mentions[target].number, !number.isBlank {
                mentions[index].amends.append(number.text)
                chain = target
            } else {
                chain = nil
                base = index
            }
        }
    }

    /// What `linkAmendments` notes of a mention.
    private struct Link {
        /// Whether the subject before it took it in.
        var takenIn: Bool
        /// How many references its subject has taken in, in a chain.
        var depth: Int
        /// Its own end.
        let ownEnd: Int
    }

    /// The length of the shortest of `CitationPhrases.amendments` ("sua doi", "bo sung").
    private static let shortestAmendment = CitationPhrases.amendments.map(\.count).min() ?? 0

    private static func mentionsAmendment(_ key: [UInt8]) -> Bool {
        CitationPhrases.amendments.contains { key.offset(ofKeyPhrase: $0) != nil }
    }

    private static func isConnector(_ key: [UInt8]) -> Bool {
        let words = key.split(separator: 0x20).filter { !$0.elementsEqual([UInt8(ascii: ",")]) }
        return words.isEmpty || (words.count == 1 && (words[0].elementsEqual("va".utf8) || words[0].elementsEqual("va,".utf8)))
    }
}
