/// Phase 0b: decides, line by line and word by word, between the text as printed and its
/// legacy readings (TCVN3, VNI, Windows-1258), by the heuristics of DOMAIN.md §9.4.
///
/// Every word with a byte above ASCII is read four ways and scored (``WordScore``). A line
/// takes the reading with the best total; words printed in real Unicode (with a scalar no
/// 8-bit byte stands for) count for the text as printed. A legacy encoding is used at all
/// only if the lines it wins hold at least two very common words, so that a stray `°` or
/// `«` in Unicode text changes nothing. A word whose reading is no syllable takes another
/// legacy reading that is one, from the encodings in use; in a legacy line, a reading with
/// a non-Vietnamese scalar may take any legacy reading (TCVN3 lines with VNI words).
/// Linear in the text.
struct EncodingDetector {
    /// The decoded text and the figures the diagnostics report.
    struct Outcome {
        /// The decoded lines, joined by "\n".
        var text = ""
        var encoding = LegacyEncoding.tcvn3
        /// Lines with a word decoded from a legacy encoding, and other lines with non-ASCII text.
        var convertedLines = 0, keptLines = 0
        /// Words decoded, by encoding.
        var words = [0, 0, 0]
        /// Very common words and all words, in the converted lines.
        var commonWords = 0, allWords = 0
        /// Words where a lost TCVN3 "ư" was put back.
        var restored = 0
    }

    /// Every distinct word read every way, once (words repeat a lot in a document): four
    /// readings a word, index 0 the text as printed (empty for raw bytes), 1... the legacy
    /// encodings.
    private struct ReadingTable {
        private var scalars: [[Unicode.Scalar]] = []
        private var scores: [WordScore] = []
        /// Whether the TCVN3 reading put a lost "ư" back.
        private(set) var restored: [Bool] = []
        private var textWords: [ArraySlice<Unicode.Scalar>: Int] = [:]
        private var rawWords: [ArraySlice<UInt8>: Int] = [:]
        private var commonPrinted: [ArraySlice<Unicode.Scalar>: Bool] = [:]

        func score(_ word: Int, _ reading: Int) -> WordScore { scores[word * 4 + reading] }
        func scalars(_ word: Int, _ reading: Int) -> [Unicode.Scalar] { scalars[word * 4 + reading] }

        /// The number of a word that is neither fixed nor ASCII.
        mutating func number(of word: LegacyLine.Word, in line: LegacyLine) -> Int {
            if line.isRaw {
                if let number = rawWords[line.bytes[word.range]] { return number }
                rawWords[line.bytes[word.range]] = restored.count
            } else {
                if let number = textWords[line.scalars[word.range]] { return number }
                textWords[line.scalars[word.range]] = restored.count
            }
            let unicode = line.isRaw ? [] : Array(line.scalars[word.range])
            scalars.append(unicode)
            scores.append(WordScore(unicode))
            let bytes = Array(line.bytes[word.range])
            for encoding in LegacyEncoding.allCases {
                let (decoded, restored) = LegacyDecoder.decode(bytes, as: encoding)
                scalars.append(decoded)
                scores.append(WordScore(decoded))
                if encoding == .tcvn3 { self.restored.append(restored) }
            }
            return restored.count - 1
        }

        /// Whether a word kept as printed is a very common one.
        mutating func isCommon(printed word: ArraySlice<Unicode.Scalar>) -> Bool {
            if let common = commonPrinted[word] { return common }
            let common = WordScore(Array(word)).isCommon
            commonPrinted[word] = common
            return common
        }
    }

    /// The decoded lines, or `nil` when no legacy reading is better than the input.
    static func decode(_ lines: [LegacyLine]) -> Outcome? {
        // Pass 1: read every word every way; each line's best reading votes with its words.
        var table = ReadingTable()
        var lineWords: [[Int]] = []  // the numbers of each line's decoded words
        var lineScores: [[Int]] = []
        var commonHits = [0, 0, 0], wordWins = [0, 0, 0]
        lineWords.reserveCapacity(lines.count)
        for line in lines {
            var words: [Int] = []
            var scores = [line.isRaw ? Int.min : 0, 0, 0, 0]
            for case .word(let word) in line.pieces {
                if word.isFixed {
                    if !line.isRaw { scores[0] += 2 }
                } else if !word.isASCII {
                    let number = table.number(of: word, in: line)
                    for reading in 0..<4 where scores[reading] != Int.min { scores[reading] += table.score(number, reading).score }
                    words.append(number)
                }
            }
            lineWords.append(words)
            lineScores.append(scores)
            guard !words.isEmpty else { continue }
            let winner = best(scores, order: [0, 1, 2, 3])
            if winner > 0 {
                wordWins[winner - 1] += words.count
                commonHits[winner - 1] += words.filter { table.score($0, winner).isCommon }.count
            }
        }
        let enabled = LegacyEncoding.allCases.filter { commonHits[$0.rawValue] >= 2 }
        guard let dominant = enabled.max(by: { wordWins[$0.rawValue] < wordWins[$1.rawValue] }) else { return nil }
        let order = [0, dominant.rawValue + 1] + enabled.filter { $0 != dominant }.map { $0.rawValue + 1 }

        // Pass 2: decide and decode.
        var outcome = Outcome(encoding: dominant)
        var output: [UInt8] = []
        var text: [Unicode.Scalar] = []
        for (lineIndex, line) in lines.enumerated() {
            let words = lineWords[lineIndex]
            let allowed = order.filter { lineScores[lineIndex][$0] != Int.min }
            let winner = words.isEmpty ? 0 : best(lineScores[lineIndex], order: allowed)
            text.removeAll(keepingCapacity: true)
            var wordIndex = 0, converted = false, hasNonASCII = false, readAsTCVN3 = false
            var common = 0, count = 0
            for piece in line.pieces {
                switch piece {
                case .gap(let range):
                    text += line.scalars[range]
                case .word(let word):
                    count += 1
                    guard !word.isFixed && !word.isASCII else {
                        hasNonASCII = hasNonASCII || word.isFixed
                        let scalars = line.scalars[word.range]
                        if table.isCommon(printed: scalars) { common += 1 }
                        text += scalars
                        continue
                    }
                    hasNonASCII = true
                    let number = words[wordIndex]
                    wordIndex += 1
                    var chosen = winner
                    let current = table.score(number, chosen)
                    if !current.isClean {
                        // A reading with foreign scalars in a legacy line may take any legacy
                        // reading; otherwise only one in use elsewhere.
                        let better = (winner > 0 && current.isForeign ? [1, 2, 3] : allowed).filter { $0 > 0 && table.score(number, $0).isClean && table.score(number, $0).score > current.score }
                        if let top = better.max(by: { table.score(number, $0).score < table.score(number, $1).score }) { chosen = top }
                    }
                    if chosen > 0 {
                        converted = true
                        readAsTCVN3 = readAsTCVN3 || chosen - 1 == LegacyEncoding.tcvn3.rawValue
                        outcome.words[chosen - 1] += 1
                        if chosen == 1 && table.restored[number] { outcome.restored += 1 }
                    }
                    if table.score(number, chosen).isCommon { common += 1 }
                    text += table.scalars(number, chosen)
                }
            }
            if converted {
                outcome.convertedLines += 1
                outcome.commonWords += common
                outcome.allWords += count
            } else if hasNonASCII {
                outcome.keptLines += 1
            }
            if lineIndex > 0 { output.append(0x0A) }
            for scalar in readAsTCVN3 ? TCVN3Capitals.restore(text) : text {
                UTF8.encode(scalar) { output.append($0) }
            }
        }
        outcome.text = String(decoding: output, as: UTF8.self)
        return outcome.words.reduce(0, +) > 0 ? outcome : nil
    }

    /// The reading with the highest score; a tie goes to the earliest in `order`.
    private static func best(_ scores: [Int], order: [Int]) -> Int {
        var winner = order[0]
        for index in order.dropFirst() where scores[index] > scores[winner] { winner = index }
        return winner
    }
}
