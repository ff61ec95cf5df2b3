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
        /// The decoded lines, joined by "\n", as UTF-8 bytes.
        var utf8: [UInt8] = []
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
    /// encodings; a ``Record`` a word, and the scalars of all readings one after another in
    /// one buffer, decoded into it in place (a reading's UTF-8 is written when pass 2 first
    /// writes it out: ``Readings``). Not copyable: it owns the buffer.
    private struct ReadingTable: ~Copyable {
        /// The scalars of every reading, one after another.
        private var scalars: PointerBuffer<Unicode.Scalar>
        /// The record of each word, by number.
        private var records: [Record] = []
        /// The numbers of the words read every way.
        private var decoded = WordNumbers()
        /// The tables the readings' scores read, read once.
        private let scoreTables = WordScore.Tables()

        /// A table with room for `words` distinct words (of some six scalars a reading) before
        /// any of its arrays grows.
        init(expectedWords words: Int) {
            scalars = PointerBuffer(capacity: words * 24)
            records.reserveCapacity(words)
            decoded.reserveCapacity(words)
        }

        /// The scores of a word's four readings, and for each 1 if it is a very common word,
        /// else 0 (what pass 1 adds up per line). `word` is a number ``number(of:in:isRaw:)``
        /// handed out, which reads a new word (appending its record) before it returns; one
        /// unsigned comparison checks it (a negative number is taken as a large one).
        @inline(__always)
        func figures(of word: Int) -> (scores: SIMD4<Int>, common: SIMD4<Int>) {
            records.withUnsafeBufferPointer { records in
                precondition(UInt(bitPattern: word) < UInt(records.count), "a number the table handed out")
                return (records[word].scores, records[word].common)
            }
        }

        /// Calls `body` with the table read in place, after the last word is read: pass 2
        /// reads a word's scores and scalars without a bounds check or an array access each,
        /// and writes a reading's UTF-8 into room made here (four bytes a scalar, and sixteen
        /// more) the first time it is written out: most words are written out one way of four.
        func withReadings<Result>(_ body: (inout Readings) -> Result) -> Result {
            precondition((records.last?.ends[3] ?? 0) == scalars.count, "every word's readings' scalars in the table")
            let utf8 = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: scalars.count * 4 + 16)
            let spans = UnsafeMutableBufferPointer<Int>.allocate(capacity: records.count * 8)
            spans.initialize(repeating: -1)
            defer {
                utf8.deallocate()
                spans.deallocate()
            }
            return records.withUnsafeBufferPointer { records in
                var readings = Readings(records: records, scalars: scalars.elements, utf8: utf8, spans: spans)
                return body(&readings)
            }
        }

        /// The number of a word that is neither fixed nor ASCII, whose UTF-8 is `text[word]`
        /// (the same text every call). Inlined into the pass (most words are seen before); a
        /// new word is read out of line.
        @inline(__always)
        mutating func number(of word: Range<Int>, in text: UnsafeBufferPointer<UInt8>, isRaw: Bool) -> Int {
            let (number, isNew) = decoded.number(of: word, in: text, isRaw: isRaw)
            if isNew { read(UnsafeBufferPointer(rebasing: text[word]), isRaw: isRaw) }
            return number
        }

        /// Reads a word seen for the first time every way, and scores its readings. The
        /// Windows-1252 bytes of its scalars (the legacy encodings' bytes; every scalar of a
        /// word that is not fixed has one) lie in temporary room, no more than the word's bytes;
        /// its four readings are decoded one after another at the end of the table's scalars,
        /// then scored (no append a scalar, no copy).
        @inline(never)
        private mutating func read(_ word: UnsafeBufferPointer<UInt8>, isRaw: Bool) {
            let first = scalars.count
            // Where each reading starts among the word's scalars, and where the last ends (read
            // from memory, not as lanes of a vector chosen at run time).
            withUnsafeTemporaryAllocation(of: Int.self, capacity: 5) { bounds in
                let restored = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: word.count) { room in
                    // A reading has at most one scalar a byte (and a decoded one room for one more).
                    scalars.append(upTo: word.count + 3 * LegacyDecoder.roomNeeded(for: word.count)) { readings in
                        // The reading as printed (none for a raw word), and the bytes (no more
                        // than the word's bytes: steps without an overflow check).
                        var count = 0, end = 0
                        _ = word.forEachScalar { scalar in
                            if !isRaw {
                                readings.initializeElement(at: end, to: scalar)
                                end &+= 1
                            }
                            room[count] = Windows1252.byte(for: scalar)!
                            count &+= 1
                            return true
                        }
                        let bytes = UnsafeBufferPointer(UnsafeMutableBufferPointer(rebasing: room[..<count]))
                        bounds[0] = 0
                        bounds[1] = end
                        let restored = LegacyDecoder.decode(bytes, as: .tcvn3, into: readings, at: &end)
                        bounds[2] = end
                        _ = LegacyDecoder.decode(bytes, as: .vni, into: readings, at: &end)
                        bounds[3] = end
                        _ = LegacyDecoder.decode(bytes, as: .windows1258, into: readings, at: &end)
                        bounds[4] = end
                        return (end, restored)
                    }
                }
                keep(at: first, bounds: UnsafeBufferPointer(bounds), restored: restored)
            }
        }

        /// Scores a word's four readings, which lie at `first` among the table's scalars,
        /// reading `index` being `bounds[index]..<bounds[index + 1]` of them, and appends the word's
        /// ``Record``. A reading with the same scalars as an earlier one of the word takes
        /// its score (mojibake read as Windows-1258 or VNI is often the text as printed).
        private mutating func keep(at first: Int, bounds: UnsafeBufferPointer<Int>, restored: Bool) {
            let readings = UnsafeBufferPointer(rebasing: scalars.elements[first...])
            /// Reading `index` of the word.
            func reading(_ index: Int) -> UnsafeBufferPointer<Unicode.Scalar> {
                UnsafeBufferPointer(rebasing: readings[bounds[index]..<bounds[index + 1]])
            }
            let tables = scoreTables, ends = SIMD4(bounds[1], bounds[2], bounds[3], bounds[4]) &+ first
            let record = withUnsafeTemporaryAllocation(of: WordScore.self, capacity: 4) { scores in
                for index in 0..<4 {
                    let current = reading(index)
                    let earlier = (0..<index).first { Self.same(reading($0), current) }
                    scores.initializeElement(at: index, to: earlier.map { scores[$0] } ?? WordScore(current, tables: tables))
                }
                /// The reading's score, 1 for a very common reading (else 0), and its flags.
                func score(_ reading: Int) -> Int { scores[reading].score }
                func common(_ reading: Int) -> Int { scores[reading].isCommon ? 1 : 0 }
                func flags(_ reading: Int) -> UInt32 { ReadingFlags(scores[reading]).rawValue &<< (8 * UInt32(reading)) }
                return Record(scores: SIMD4(score(0), score(1), score(2), score(3)), common: SIMD4(common(0), common(1), common(2), common(3)),
                              ends: ends, flags: flags(0) | flags(1) | flags(2) | flags(3), restored: restored)
            }
            records.append(record)
        }

        /// Whether two readings have the same scalars: their counts first, then scalar by scalar.
        private static func same(_ one: UnsafeBufferPointer<Unicode.Scalar>, _ other: UnsafeBufferPointer<Unicode.Scalar>) -> Bool {
            guard one.count == other.count else { return false }
            for index in 0..<one.count where one[index] != other[index] { return false }
            return true
        }
    }

    /// A distinct word's four readings, one lane a reading (0 as printed, 1... the legacy
    /// encodings): what pass 1 adds up per line, where the readings' scalars end, and what
    /// pass 2 reads of the reading it picks.
    private struct Record {
        /// Each reading's ``WordScore/score``.
        var scores: SIMD4<Int>
        /// 1 for a reading that is a very common word (``WordScore/isCommon``), else 0.
        var common: SIMD4<Int>
        /// Where each reading ends among the table's scalars (the first starts where the
        /// word before ends).
        var ends: SIMD4<Int>
        /// Each reading's ``ReadingFlags``, a byte a reading (reading 0 the lowest): pass 2
        /// picks a reading at run time, and a lane of a `SIMD4` picked at run time goes
        /// through a stack copy of the vector, a byte of an integer by a shift.
        var flags: UInt32
        /// Whether the TCVN3 reading put a lost "ư" back.
        var restored: Bool
    }

    /// What pass 2 reads of a reading's ``WordScore``, as bits.
    private struct ReadingFlags: OptionSet {
        let rawValue: UInt32
        /// ``WordScore/isClean``, ``WordScore/isCommon``, ``WordScore/isForeign``.
        static let clean = ReadingFlags(rawValue: 1), common = ReadingFlags(rawValue: 2), foreign = ReadingFlags(rawValue: 4)

        /// Flags as they are.
        init(rawValue: UInt32) { self.rawValue = rawValue }

        /// The flags of `score`.
        init(_ score: WordScore) {
            rawValue = (score.isClean ? 1 : 0) | (score.isCommon ? 2 : 0) | (score.isForeign ? 4 : 0)
        }
    }

    /// A ``ReadingTable`` read in place, for pass 2: every word number it is asked about was
    /// handed out by the table (``ReadingTable/withReadings(_:)`` checks the counts agree),
    /// so the buffers are read without bounds checks. A reading's UTF-8 is written into
    /// ``utf8`` the first time the reading is written out, and copied from there after.
    private struct Readings {
        /// The record of each word.
        let records: UnsafeBufferPointer<Record>
        /// The scalars of every reading, one after another.
        let scalars: UnsafeBufferPointer<Unicode.Scalar>
        /// Room for the UTF-8 of every reading (four bytes a scalar), written from its start,
        /// and sixteen bytes more: the sixteen after the bytes written are always set (to 0
        /// past the last reading), so that a short copy's whole blocks read only set bytes.
        let utf8: UnsafeMutableBufferPointer<UInt8>
        /// Where the UTF-8 of reading `word * 4 + reading` starts (at `2 * (word * 4 + reading)`)
        /// and ends (one further) in `utf8`; the start is -1 until the reading is written.
        let spans: UnsafeMutableBufferPointer<Int>
        /// The bytes of `utf8` written.
        private var written = 0

        /// The table's buffers, no reading's UTF-8 written yet (`spans` all -1).
        init(records: UnsafeBufferPointer<Record>, scalars: UnsafeBufferPointer<Unicode.Scalar>,
             utf8: UnsafeMutableBufferPointer<UInt8>, spans: UnsafeMutableBufferPointer<Int>) {
            (self.records, self.scalars, self.utf8, self.spans) = (records, scalars, utf8, spans)
            clearSixteenBytes()
        }

        /// Sets the sixteen bytes of `utf8` after those written to 0.
        private func clearSixteenBytes() {
            precondition(written >= 0 && written <= utf8.count - 16, "sixteen bytes of room past the readings")
            UnsafeMutableRawPointer(utf8.baseAddress.unsafelyUnwrapped + written).initializeMemory(as: UInt64.self, repeating: 0, count: 2)
        }

        /// The flags of a word's reading (0 as printed, 1... the legacy encodings).
        @inline(__always)
        func flags(_ word: Int, _ reading: Int) -> ReadingFlags {
            ReadingFlags(rawValue: records[word].flags &>> (8 &* UInt32(truncatingIfNeeded: reading)) & 0xFF)
        }

        /// The score of a word's reading (a lane picked at run time: for the few words whose
        /// reading is not clean).
        func score(_ word: Int, _ reading: Int) -> Int { records[word].scores[reading] }

        /// Whether the TCVN3 reading of a word put a lost "ư" back.
        @inline(__always)
        func restored(_ word: Int) -> Bool { records[word].restored }

        /// Writes the UTF-8 of a word's reading from `end` on (the room is there), moving
        /// `end` past it; the reading's UTF-8 is made the first time.
        @inline(__always)
        mutating func write(_ word: Int, _ reading: Int, to buffer: UnsafeMutableBufferPointer<UInt8>, at end: inout Int) {
            let span = (word &* 4 &+ reading) &* 2
            if spans[span] < 0 { encode(word, reading) }
            buffer.copy(spans[span]..<spans[span &+ 1], of: UnsafeBufferPointer(utf8), at: &end)
        }

        /// Writes the UTF-8 of a word's reading into `utf8`, after what is written, and notes
        /// where it lies. Out of line: once a reading written out.
        @inline(never)
        private mutating func encode(_ word: Int, _ reading: Int) {
            let ends = records[word].ends
            let start = reading > 0 ? ends[reading - 1] : word > 0 ? records[word - 1].ends[3] : 0
            precondition(start <= ends[reading] && ends[reading] <= scalars.count, "a reading's scalars lie in the table")
            let span = (word * 4 + reading) * 2
            spans[span] = written
            for scalar in scalars[start..<ends[reading]] { utf8.writeUTF8(scalar, at: &written) }
            spans[span + 1] = written
            clearSixteenBytes()
        }
    }

    /// The words with a scalar no 8-bit byte stands for (kept as printed), numbered, and
    /// whether each is a very common one.
    private struct PrintedWords {
        /// The numbers of the words.
        private var numbers = WordNumbers()
        /// Whether each numbered word is a very common one.
        private var common: [Bool] = []
        /// The scalars of a word being looked up for the first time.
        private var scratch: [Unicode.Scalar] = []

        /// Whether a word kept as printed, whose UTF-8 is `text[word]` (the same text every
        /// call), is a very common one (for a word with a scalar above ASCII: an ASCII one is
        /// looked up as its line is cut).
        mutating func isCommon(_ word: Range<Int>, in text: UnsafeBufferPointer<UInt8>) -> Bool {
            let (number, isNew) = numbers.number(of: word, in: text, isRaw: false)
            if isNew {
                scratch.removeAll(keepingCapacity: true)
                UnsafeBufferPointer(rebasing: text[word]).appendScalars(to: &scratch)
                common.append(WordScore(scratch[...]).isCommon)
            }
            return common[number]
        }
    }

    /// The decoded lines, or `nil` when no legacy reading is better than the input.
    static func decode(_ text: LegacyText) -> Outcome? {
        text.utf8.withUnsafeBufferPointer { utf8 in text.withWords { decode(text, utf8: utf8, words: $0) } }
    }

    /// ``decode(_:)`` with the text's UTF-8 and words at hand.
    private static func decode(_ text: LegacyText, utf8: UnsafeBufferPointer<UInt8>, words: UnsafeBufferPointer<LegacyText.Word>) -> Outcome? {
        let lines = text.lines
        // Pass 1: read every word every way; each line's best reading votes with its words.
        // Distinct words are a small share of a document's (most repeat: a quarter of a
        // short text's, a twentieth of a long one's): room for a quarter of the words, up to
        // 2,048, is made at once, more as they come.
        var table = ReadingTable(expectedWords: min(words.count / 4, 2048))
        // The numbers of every line's decoded words, line after line (at most one a word),
        // and four scores a line (one lane a reading): written into room made once, no
        // append (and uniqueness check) each.
        let lineWords = UnsafeMutableBufferPointer<Int>.allocate(capacity: words.count)
        let lineScores = UnsafeMutableBufferPointer<SIMD4<Int>>.allocate(capacity: lines.count)
        defer {
            lineWords.deallocate()
            lineScores.deallocate()
        }
        var lineWordCount = 0
        var commonHits = [0, 0, 0], wordWins = [0, 0, 0]
        for (lineIndex, line) in lines.enumerated() {
            let first = lineWordCount
            // The four readings' scores, and the very common words of each legacy reading
            // (they count for the line's winner). Wrapping sums: a score is at most 6 and at
            // least -3 a scalar, so no sum of a text's words comes near overflowing.
            var scores = SIMD4<Int>(), common = SIMD4<Int>()
            for wordIndex in line.words {
                let word = words[wordIndex]
                if word.isFixed {
                    scores[0] &+= 2
                } else {
                    let number = table.number(of: word.range, in: utf8, isRaw: line.isRaw)
                    let figures = table.figures(of: number)
                    scores &+= figures.scores
                    common &+= figures.common
                    lineWords[lineWordCount] = number
                    lineWordCount &+= 1  // at most one a word: no overflow
                }
            }
            // A raw line has no reading as printed.
            if line.isRaw { scores[0] = Int.min }
            lineScores[lineIndex] = scores
            guard lineWordCount > first else { continue }
            let winner = bestOfAll(scores)
            if winner > 0 {
                wordWins[winner - 1] += lineWordCount - first
                commonHits[winner - 1] += common[winner]
            }
        }
        let enabled = LegacyEncoding.allCases.filter { commonHits[$0.rawValue] >= 2 }
        guard let dominant = enabled.max(by: { wordWins[$0.rawValue] < wordWins[$1.rawValue] }) else { return nil }
        let order = [0, dominant.rawValue + 1] + enabled.filter { $0 != dominant }.map { $0.rawValue + 1 }
        // A raw line has no reading as printed (its score 0 is `Int.min`).
        let rawOrder = Array(order.dropFirst())

        // Pass 2: decide and decode.
        var outcome = Outcome(encoding: dominant)
        // Words decoded by encoding, and lost "ư"s put back: counted in locals, word by word.
        var tcvn3Words = 0, vniWords = 0, windows1258Words = 0, restored = 0
        var output: [UInt8] = []
        output.reserveCapacity(utf8.count * 2 + lines.count)
        // Lines are written one after another (each after its "\n") into room made once, and
        // appended to the output when the next might not fit (not one append a line). The
        // longest line needs at most three bytes a scalar of its reading and one lost "ư"
        // (two bytes) a word, a scalar taking at least one byte; sixteen bytes more let a
        // short copy write two whole blocks. The room holds that, and 64 KB at least.
        let lineRoom = lines.reduce(1) { max($0, $1.range.count * 3 + $1.words.count * 2) } + 16
        let lineBuffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(1 + lineRoom, 1 << 16))
        defer { lineBuffer.deallocate() }
        var filled = 0  // the bytes of `lineBuffer` written and not yet appended to the output
        var printedWords = PrintedWords()
        // The decoded words are read in the order pass 1 numbered them.
        var wordIndex = 0
        table.withReadings { (readings: inout Readings) in
            for (lineIndex, line) in lines.enumerated() {
                let allowed = line.isRaw ? rawOrder : order
                // The winner matters only to the words that are not fixed.
                let winner = line.words.isEmpty ? 0 : best(lineScores[lineIndex], order: allowed)
                // How many of the line's words took each legacy reading.
                var tcvn3 = 0, vni = 0, windows1258 = 0
                // The line's ASCII words were counted as it was cut; they are written as printed.
                var common = line.commonASCIIWords, count = line.asciiWords + line.words.count
                if filled + 1 + lineRoom > lineBuffer.count {
                    output += UnsafeBufferPointer(rebasing: lineBuffer[..<filled])
                    filled = 0
                }
                if lineIndex > 0 {
                    lineBuffer[filled] = 0x0A
                    filled += 1
                }
                var written = filled
                var copied = line.range.lowerBound  // the line's bytes before this one are written, as printed or decoded
                for index in line.words {
                    let word = words[index]
                    guard !word.isFixed else {
                        if printedWords.isCommon(word.range, in: utf8) { common += 1 }
                        continue
                    }
                    let number = lineWords[wordIndex]
                    wordIndex &+= 1  // at most one a word: no overflow
                    var chosen = winner
                    var flags = readings.flags(number, chosen)
                    if !flags.contains(.clean) {
                        // A reading with foreign scalars in a legacy line may take any legacy
                        // reading; otherwise only one in use elsewhere.
                        let candidates = winner > 0 && flags.contains(.foreign) ? allLegacy : allowed
                        if let better = betterReading(of: number, than: readings.score(number, chosen), among: candidates, in: readings) {
                            chosen = better
                            flags = readings.flags(number, better)
                        }
                    }
                    // No more than the words: no overflow.
                    switch chosen {
                    case tcvn3Reading:
                        tcvn3 &+= 1
                        if readings.restored(number) { restored += 1 }
                    case vniReading: vni &+= 1
                    case windows1258Reading: windows1258 &+= 1
                    default: break
                    }
                    if flags.contains(.common) { common &+= 1 }  // at most the words: no overflow
                    lineBuffer.copy(copied..<word.range.lowerBound, of: utf8, at: &written)
                    readings.write(number, chosen, to: lineBuffer, at: &written)
                    copied = word.range.upperBound
                }
                lineBuffer.copy(copied..<line.range.upperBound, of: utf8, at: &written)
                tcvn3Words += tcvn3
                vniWords += vni
                windows1258Words += windows1258
                if tcvn3 + vni + windows1258 > 0 {
                    outcome.convertedLines += 1
                    outcome.commonWords += common
                    outcome.allWords += count
                } else if !line.words.isEmpty {
                    outcome.keptLines += 1
                }
                let decoded = UnsafeBufferPointer(rebasing: lineBuffer[filled..<written])
                if tcvn3 > 0, let restored = TCVN3Capitals.restored(decoded) {
                    // The lines before this one (and its "\n"), then this one with its capitals.
                    output += UnsafeBufferPointer(rebasing: lineBuffer[..<filled])
                    output += restored
                    filled = 0
                } else {
                    filled = written
                }
            }
        }
        output += UnsafeBufferPointer(rebasing: lineBuffer[..<filled])
        outcome.utf8 = output
        outcome.words = [tcvn3Words, vniWords, windows1258Words]
        outcome.restored = restored
        return tcvn3Words + vniWords + windows1258Words > 0 ? outcome : nil
    }

    /// The legacy readings, in the order ties are broken.
    private static let allLegacy = [1, 2, 3]
    /// The readings of the legacy encodings (0 is the text as printed).
    private static let tcvn3Reading = LegacyEncoding.tcvn3.rawValue + 1, vniReading = LegacyEncoding.vni.rawValue + 1
    private static let windows1258Reading = LegacyEncoding.windows1258.rawValue + 1

    /// The legacy reading among `candidates` that is clean and scores highest, above
    /// `current`; a tie goes to the earliest. `nil` when there is none.
    private static func betterReading(of number: Int, than current: Int, among candidates: [Int], in readings: Readings) -> Int? {
        var top: Int?
        for reading in candidates where reading > 0 {
            let score = readings.score(number, reading)
            guard readings.flags(number, reading).contains(.clean) && score > current else { continue }
            if let best = top, readings.score(number, best) >= score { continue }
            top = reading
        }
        return top
    }

    /// The reading with the highest of the four scores, a tie going to the earliest: what
    /// ``best(_:order:)`` gives with the order 0, 1, 2, 3, the lanes read in turn (none
    /// picked at run time).
    @inline(__always)
    private static func bestOfAll(_ scores: SIMD4<Int>) -> Int {
        var winner = 0, top = scores[0]
        if scores[1] > top { (winner, top) = (1, scores[1]) }
        if scores[2] > top { (winner, top) = (2, scores[2]) }
        return scores[3] > top ? 3 : winner
    }

    /// The reading with the highest of the four scores; a tie goes to the earliest in `order`.
    private static func best(_ scores: SIMD4<Int>, order: [Int]) -> Int {
        var winner = order[0]
        for index in order.dropFirst() where scores[index] > scores[winner] { winner = index }
        return winner
    }
}
