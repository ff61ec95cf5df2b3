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
    /// The decoded lines and the figures the diagnostics report.
    struct Outcome {
        var lines: [String] = []
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

    /// One word read every way: index 0 is the text as printed, 1... the legacy encodings.
    private struct Readings {
        var scalars: [[Unicode.Scalar]?] = [nil, nil, nil, nil]
        var scores: [WordScore?] = [nil, nil, nil, nil]
        var restored = false

        init(_ word: LegacyLine.Word) {
            if let unicode = word.unicode {
                scalars[0] = unicode
                scores[0] = WordScore(unicode)
            }
            for encoding in LegacyEncoding.allCases {
                let (decoded, restored) = LegacyDecoder.decode(word.bytes, as: encoding)
                scalars[encoding.rawValue + 1] = decoded
                scores[encoding.rawValue + 1] = WordScore(decoded)
                if encoding == .tcvn3 { self.restored = restored }
            }
        }
    }

    /// The decoded lines, or `nil` when no legacy reading is better than the input.
    static func decode(_ lines: [LegacyLine]) -> Outcome? {
        // Pass 1: read every word every way; each line's best reading votes with its words.
        var readings: [[Readings]] = []
        var lineScores: [[Int]] = []
        var commonHits = [0, 0, 0], wordWins = [0, 0, 0]
        readings.reserveCapacity(lines.count)
        for line in lines {
            var words: [Readings] = []
            var scores = [line.isRaw ? Int.min : 0, 0, 0, 0]
            for case .word(let word) in line.pieces {
                if word.isFixed {
                    if !line.isRaw { scores[0] += 2 }
                } else if !word.isASCII {
                    let read = Readings(word)
                    for index in 0..<4 where scores[index] != Int.min { scores[index] += read.scores[index]!.score }
                    words.append(read)
                }
            }
            readings.append(words)
            lineScores.append(scores)
            guard !words.isEmpty else { continue }
            let winner = best(scores, order: [0, 1, 2, 3])
            if winner > 0 {
                wordWins[winner - 1] += words.count
                commonHits[winner - 1] += words.filter { $0.scores[winner]!.isCommon }.count
            }
        }
        let enabled = LegacyEncoding.allCases.filter { commonHits[$0.rawValue] >= 2 }
        guard let dominant = enabled.max(by: { wordWins[$0.rawValue] < wordWins[$1.rawValue] }) else { return nil }
        let order = [0, dominant.rawValue + 1] + enabled.filter { $0 != dominant }.map { $0.rawValue + 1 }

        // Pass 2: decide and decode.
        var outcome = Outcome(encoding: dominant)
        outcome.lines.reserveCapacity(lines.count)
        for (lineIndex, line) in lines.enumerated() {
            let words = readings[lineIndex]
            let allowed = order.filter { lineScores[lineIndex][$0] != Int.min }
            let winner = words.isEmpty ? 0 : best(lineScores[lineIndex], order: allowed)
            var text = String.UnicodeScalarView()
            var wordIndex = 0, converted = false, hasNonASCII = false, readAsTCVN3 = false
            var common = 0, count = 0
            for piece in line.pieces {
                switch piece {
                case .gap(let scalars):
                    text.append(contentsOf: scalars)
                case .word(let word):
                    count += 1
                    guard !word.isFixed && !word.isASCII else {
                        hasNonASCII = hasNonASCII || word.isFixed
                        let scalars = word.unicode ?? word.bytes.map { Unicode.Scalar($0) }
                        if WordScore(scalars).isCommon { common += 1 }
                        text.append(contentsOf: scalars)
                        continue
                    }
                    hasNonASCII = true
                    let read = words[wordIndex]
                    wordIndex += 1
                    var chosen = winner
                    if !read.scores[chosen]!.isClean {
                        // A reading with foreign scalars in a legacy line may take any legacy
                        // reading; otherwise only one in use elsewhere.
                        let better = (winner > 0 && read.scores[chosen]!.isForeign ? [1, 2, 3] : allowed).filter { $0 > 0 && read.scores[$0]!.isClean && read.scores[$0]!.score > read.scores[chosen]!.score }
                        if let top = better.max(by: { read.scores[$0]!.score < read.scores[$1]!.score }) { chosen = top }
                    }
                    if chosen > 0 {
                        converted = true
                        readAsTCVN3 = readAsTCVN3 || chosen - 1 == LegacyEncoding.tcvn3.rawValue
                        outcome.words[chosen - 1] += 1
                        if chosen == 1 && read.restored { outcome.restored += 1 }
                    }
                    if read.scores[chosen]!.isCommon { common += 1 }
                    text.append(contentsOf: read.scalars[chosen]!)
                }
            }
            if converted {
                outcome.convertedLines += 1
                outcome.commonWords += common
                outcome.allWords += count
            } else if hasNonASCII {
                outcome.keptLines += 1
            }
            outcome.lines.append(String(readAsTCVN3 ? TCVN3Capitals.restore(text) : text))
        }
        return outcome.words.reduce(0, +) > 0 ? outcome : nil
    }

    /// The reading with the highest score; a tie goes to the earliest in `order`.
    private static func best(_ scores: [Int], order: [Int]) -> Int {
        var winner = order[0]
        for index in order.dropFirst() where scores[index] > scores[winner] { winner = index }
        return winner
    }
}
