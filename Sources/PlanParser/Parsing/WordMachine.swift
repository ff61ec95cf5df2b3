extension TextQuality {
    /// A line's words counted by one table look-up per byte, as ``scan(_:number:classes:)``
    /// finds them, with whether one of them is flagged: a word ``scan(_:number:classes:)``
    /// might count, that is one letter (not an ASCII capital, "Đ", nor a one-letter word
    /// such as "ở") followed by a space or the line's end, or a word of several letters
    /// without a vowel or capital followed by no glue. Most lines have none, and most words
    /// end in no state of their own: this costs no work per word.
    ///
    /// The states, by number: 0 between words; in a word, 1 several letters without a vowel or
    /// capital, 2 several letters with one, 3 one letter without ("đ", a consonant), 4 one
    /// letter that may be a lower-case vowel, 5 one letter never lone (a capital, a
    /// one-letter word); then, each after one of those six (the word so far, or none), 6-11
    /// after a lead byte whose next byte ends a letter with a vowel (C3, C5, C6, or E1 BA /
    /// BB), 12-17 after C4 (the next byte tells "đ" and "Đ" from the vowels), 18-23 after
    /// E1 (a letter only if BA or BB follows); 24 once a flagged word has ended, which it
    /// never leaves (the count is not needed then); at a word's start, 25 after C3, 26 after
    /// E1 BA, 27 after E1 BB (the next byte may end a one-letter word).
    enum WordMachine {
        /// Added to a transition: a word starts (its first letter is complete). Above the
        /// 8 bits that hold the next state, so a line's transitions sum to its word count
        /// from bit 32.
        private static let wordStart: UInt64 = 1 << 32
        /// Lines this long or longer are left to the word-by-word scan: a bound on the sum
        /// ``read(_:transitions:)`` keeps of a line's next states, each below
        /// ``stateStride``, far under the word starts at bit 32 (it dates from wider states,
        /// and a line this long is rare). ``needsScan(_:pairs:)`` keeps no sum but sends the
        /// same lines to the scan, so that both readings flag the same lines.
        private static let lengthLimit = 1 << 19
        /// The states between and in words (0-5); the states after a lead byte follow in
        /// groups of as many, one for each.
        private static let wordStates = 6
        /// The state after the end of a flagged word.
        private static let flagged = 24
        /// The states at a word's start after C3, E1 BA and E1 BB.
        private static let startAfterC3 = 25, startAfterE1BA = 26, startAfterE1BB = 27
        /// The number of states.
        private static let stateCount = 28
        /// The room a byte's transitions take in the tables, one a state: `stateCount`
        /// rounded up to a power of two (the tables are built only when it holds them all).
        private static let stateStride = 32

        /// The line's word count, and whether it must be scanned word by word: it has a
        /// flagged word, or is half a megabyte long or more (``lengthLimit``). (A line that
        /// needs no count is read by ``needsScan(_:pairs:)``.)
        ///
        /// Each look-up waits for the one before it, so a line is read as two halves side
        /// by side: the second starts after a space that follows an ASCII byte (in state 0,
        /// where the first half's reading is then too, unless a flagged word ended).
        @inline(__always)
        static func read(_ text: UnsafeBufferPointer<UInt8>, transitions: UnsafeBufferPointer<UInt64>) -> (words: Int, needsScan: Bool) {
            let count = text.count
            guard count < lengthLimit else { return (0, true) }
            let secondStart = secondHalfStart(text)
            // Always the second half's length (it starts after the middle, or is empty);
            // written as a `min`, which compiled to a loop 0.3M instructions cheaper.
            let pairs = min(secondStart, count &- secondStart)
            // The state of each half, held as an `Int`: the next look-up adds it to the
            // byte's place, which is known before it (no widening on the chain of loads).
            var (first, second) = (0, 0)
            var sum: UInt64 = 0
            for index in 0..<pairs {
                let firstTransition = transitions[place(of: text[index]) &+ first]
                let secondTransition = transitions[place(of: text[secondStart &+ index]) &+ second]
                (first, second) = (state(of: firstTransition), state(of: secondTransition))
                sum &+= firstTransition &+ secondTransition
            }
            // The rest of the first half (the second, after the middle, is never the longer).
            for index in pairs..<secondStart {
                let transition = transitions[place(of: text[index]) &+ first]
                first = state(of: transition)
                sum &+= transition
            }
            let state = secondStart == count || first == flagged ? first : second
            return (Int(sum >> 32), endsFlagged(state: state))
        }

        /// Where the transitions on `byte` start in the tables (one for each state follows).
        @inline(__always)
        private static func place(of byte: UInt8) -> Int {
            Int(byte) &* stateStride
        }

        /// The state a transition leads to: its low 32 bits (a move that needs no work, where
        /// the low 8 would take an operation on the chain of loads).
        @inline(__always)
        private static func state(of transition: UInt64) -> Int {
            Int(UInt32(truncatingIfNeeded: transition))
        }

        /// Where the second half of a line of 64 bytes or more starts: after the first space
        /// from the middle on whose byte before is ASCII (from any state, an ASCII byte leads
        /// to a word state or the flagged one, and a space from there to state 0 or the
        /// flagged one). `text.count` when the line is shorter or has no such space.
        @inline(__always)
        private static func secondHalfStart(_ text: UnsafeBufferPointer<UInt8>) -> Int {
            let count = text.count
            guard count >= 64 else { return count }
            var index = count / 2
            while index < count {
                if text[index] == 0x20 && text[index &- 1] < 0x80 { return index &+ 1 }
                index &+= 1
            }
            return count
        }

        /// For each byte and state (at ``place(of:)`` the byte, plus the state): the next
        /// state, plus ``wordStart`` when a word starts. Built state by state: after a lead
        /// byte, a state's transitions depend on a few bytes only.
        static let transitions: [UInt64] = {
            precondition(stateCount <= stateStride, "room for every state's transitions")
            var table = [UInt64](repeating: 0, count: 256 * stateStride)
            /// Sets the transitions from `state`: `transition` on every byte, then `exceptions`.
            func fill(_ state: Int, _ transition: (Int, UInt64), except exceptions: [(UInt8, (Int, UInt64))] = []) {
                for byte in 0...UInt8.max { table[place(of: byte) + state] = entry(transition) }
                for (byte, transition) in exceptions { table[place(of: byte) + state] = entry(transition) }
            }
            for word in 0..<wordStates {
                for byte in 0...UInt8.max { table[place(of: byte) + word] = entry(step(in: word, byte: byte)) }
                fill(wordStates + word, after(.vowel, in: word))
                // "Đ" is C4 90, "đ" C4 91 (no vowel); the others are vowels.
                fill(2 * wordStates + word, after(.vowel, in: word), except: [(0x90, after(.neverLone, in: word)), (0x91, after(.consonant, in: word))])
            }
            for word in 0..<wordStates {
                // After E1: BA or BB goes on to the letter's last byte; any other byte ends
                // the word before E1 and is read between words.
                let state = 3 * wordStates + word
                for byte in 0...UInt8.max {
                    table[place(of: byte) + state] = isFlagged(word, endingBefore: 0xE1) ? entry((flagged, 0)) : table[place(of: byte)]
                }
                let afterBA = word == 0 ? startAfterE1BA : wordStates + word
                let afterBB = word == 0 ? startAfterE1BB : wordStates + word
                table[place(of: 0xBA) + state] = entry((afterBA, 0))
                table[place(of: 0xBB) + state] = entry((afterBB, 0))
            }
            fill(flagged, (flagged, 0))
            // At a word's start, the letter's last byte may end a one-letter word.
            let oneLetterWords = oneLetterWordKeys.map { (lead: $0 >> 8, last: UInt8(truncatingIfNeeded: $0)) }
            for (state, lead) in [(startAfterC3, UInt32(0xC3)), (startAfterE1BA, 0xE1BA), (startAfterE1BB, 0xE1BB)] {
                fill(state, after(.vowel, in: 0), except: oneLetterWords.filter { $0.lead == lead }.map { ($0.last, after(.neverLone, in: 0)) })
            }
            return table
        }()

        /// The ``transitions`` without their word starts: the next states only, in an eighth of
        /// the room, for the reading that does not count (``needsScan(_:pairs:)``: its pairs'
        /// tables are made from them, and a byte read alone is read in them).
        /// (Copied by a loop over buffers: `map` cost 0.08M instructions more, once.)
        static let nextStates: [UInt8] = transitions.withUnsafeBufferPointer { transitions in
            [UInt8](unsafeUninitializedCapacity: transitions.count) { nextStates, count in
                for index in transitions.indices { nextStates[index] = UInt8(truncatingIfNeeded: transitions[index]) }
                count = transitions.count
            }
        }

        /// Whether the line must be scanned word by word, as ``read(_:transitions:)`` says,
        /// its ``nextStates`` read two bytes a step (``PairReading``): each step waits for
        /// the one before it, so that a step of two bytes halves the wait. The halves of a
        /// long line are read side by side, as there; an odd byte at a half's end alone. (The
        /// buffers' subscripts are unchecked in release builds: every state the tables hold is
        /// below ``stateCount``, so a place plus a state stays within its table.)
        @inline(__always)
        static func needsScan(_ text: UnsafeBufferPointer<UInt8>, pairs: PairReading) -> Bool {
            let count = text.count
            guard count < lengthLimit else { return true }
            let secondStart = secondHalfStart(text)
            // The second half is never the longer: its pairs are read beside as many of the first's.
            let secondLength = count &- secondStart
            let sideBySide = secondLength & ~1
            var (first, second) = (0, 0)
            var index = 0
            while index < sideBySide {
                let firstPlace = pairs.place(of: text[index], then: text[index &+ 1])
                let secondPlace = pairs.place(of: text[secondStart &+ index], then: text[secondStart &+ index &+ 1])
                first = Int(pairs.states[firstPlace &+ first])
                second = Int(pairs.states[secondPlace &+ second])
                index &+= 2
            }
            if sideBySide < secondLength { second = Int(pairs.nextStates[place(of: text[count &- 1]) &+ second]) }
            while index &+ 1 < secondStart {
                first = Int(pairs.states[pairs.place(of: text[index], then: text[index &+ 1]) &+ first])
                index &+= 2
            }
            if index < secondStart { first = Int(pairs.nextStates[place(of: text[index]) &+ first]) }
            return endsFlagged(state: secondStart == count || first == flagged ? first : second)
        }

        /// The machine's next states on two bytes at once. Bytes whose transitions are the
        /// same from every state are one class (seventeen: letters, vowels, spaces, glue,
        /// the lead bytes and the continuation bytes the machine tells apart); the states
        /// after two bytes are tabled by the pair of their classes.
        struct PairReading {
            /// For each byte as a pair's first: where its class's rows start in `states`.
            let firstPlaces: UnsafeBufferPointer<UInt16>
            /// For each byte as a pair's second: where its class's row starts in a first's rows.
            let secondPlaces: UnsafeBufferPointer<UInt16>
            /// The state after a pair, at the pair's place plus the state before it.
            let states: UnsafeBufferPointer<UInt8>
            /// ``WordMachine/nextStates``, for a byte read alone.
            let nextStates: UnsafeBufferPointer<UInt8>

            /// Where the states after the bytes `first` then `second` start in `states`.
            @inline(__always)
            func place(of first: UInt8, then second: UInt8) -> Int {
                Int(firstPlaces[Int(first)]) &+ Int(secondPlaces[Int(second)])
            }

            /// Calls `body` with the tables, made once for the life of the program.
            @inline(__always)
            static func withTables<Result>(_ body: (PairReading) -> Result) -> Result {
                tables.firstPlaces.withUnsafeBufferPointer { firstPlaces in
                    tables.secondPlaces.withUnsafeBufferPointer { secondPlaces in
                        tables.states.withUnsafeBufferPointer { states in
                            WordMachine.nextStates.withUnsafeBufferPointer { nextStates in
                                body(PairReading(firstPlaces: firstPlaces, secondPlaces: secondPlaces, states: states, nextStates: nextStates))
                            }
                        }
                    }
                }
            }

            /// The tables: each byte's class found by its column of next states (compared with
            /// the columns of the classes found so far), then each pair of
            /// classes' states from the next states of a byte of each (the three in one
            /// global, made together). Made in about 0.3M instructions, once.
            private static let tables: (firstPlaces: [UInt16], secondPlaces: [UInt16], states: [UInt8]) = {
                let next = WordMachine.nextStates
                var representatives: [Int] = []
                var classes = [Int](repeating: 0, count: 256)
                next.withUnsafeBufferPointer { next in
                    /// The next states from each state on `byte`.
                    func column(_ byte: Int) -> Slice<UnsafeBufferPointer<UInt8>> { next[(byte * stateStride)..<(byte * stateStride + stateCount)] }
                    for byte in 0..<256 {
                        if let known = representatives.firstIndex(where: { column($0).elementsEqual(column(byte)) }) {
                            classes[byte] = known
                        } else {
                            classes[byte] = representatives.count
                            representatives.append(byte)
                        }
                    }
                }
                let classCount = representatives.count
                // A place must fit in 16 bits, and every state must have a row in each stride.
                precondition(classCount * classCount * stateStride <= Int(UInt16.max) + 1 && stateCount <= stateStride,
                             "room for the pairs' states")
                var states = [UInt8](repeating: 0, count: classCount * classCount * stateStride)
                for (firstClass, firstByte) in representatives.enumerated() {
                    for (secondClass, secondByte) in representatives.enumerated() {
                        for state in 0..<stateCount {
                            let middle = Int(next[firstByte * stateStride + state])
                            states[(firstClass * classCount + secondClass) * stateStride + state] = next[secondByte * stateStride + middle]
                        }
                    }
                }
                return (classes.map { UInt16($0 * classCount * stateStride) }, classes.map { UInt16($0 * stateStride) }, states)
            }()
        }

        /// A transition as the table holds it.
        private static func entry(_ transition: (next: Int, start: UInt64)) -> UInt64 {
            UInt64(transition.next) | transition.start
        }

        /// Whether the word in the word state `word` is flagged when it ends before `next`
        /// (`nil`: the line's end).
        private static func isFlagged(_ word: Int, endingBefore next: UInt8?) -> Bool {
            switch word {
            case 1: return next.map { !TextQuality.isGlue($0) } ?? true
            case 3, 4: return next.map { $0 == 0x20 } ?? true
            default: return false
            }
        }

        /// Whether a flagged word has ended, or ends with the line, in `state`. (A lead byte
        /// at the end is no letter: the word before it ends before that byte, which is
        /// neither a space nor glue, as C3 is.)
        private static func endsFlagged(state: Int) -> Bool {
            if state == flagged { return true }
            if state < wordStates { return isFlagged(state, endingBefore: nil) }
            return isFlagged(word(of: state), endingBefore: 0xC3)
        }

        /// The word state that `state` is in or was in before its lead byte (0: none).
        private static func word(of state: Int) -> Int {
            state < wordStates ? state : state < flagged ? (state - wordStates) % wordStates : 0
        }

        /// What a complete letter brings to its word: `neverLone` is a capital, or a letter
        /// that is a word of its own (``oneLetterWordKeys``), whose vowel counts too.
        private enum Letter { case consonant, vowel, neverLone }

        /// The letter at a word's start whose bytes, as a ``key(_:_:)``, are `key`: a vowel
        /// that may stand alone, or a one-letter word.
        private static func startingVowel(key: UInt32) -> Letter {
            oneLetterWordKeys.contains(key) ? .neverLone : .vowel
        }

        /// The state after `letter` read in the word state `word` (0: between words).
        private static func after(_ letter: Letter, in word: Int) -> (Int, UInt64) {
            switch word {
            case 0: return (letter == .consonant ? 3 : letter == .vowel ? 4 : 5, wordStart)
            case 1, 3: return (letter == .consonant ? 1 : 2, 0)
            default: return (2, 0)
            }
        }

        /// The transition on `byte` from the word state `word` (0: between words).
        private static func step(in word: Int, byte: UInt8) -> (Int, UInt64) {
            let kind = byteClasses[Int(byte)]
            if kind & ByteClass.asciiLetter != 0 {
                let letter: Letter = kind & ByteClass.upper != 0 ? .neverLone
                    : kind & ByteClass.vowel != 0 ? (word == 0 ? startingVowel(key: UInt32(byte)) : .vowel) : .consonant
                return after(letter, in: word)
            }
            if byte == 0xC3 && word == 0 { return (startAfterC3, 0) }
            if kind & ByteClass.twoByteLead != 0 { return (byte == 0xC4 ? 2 * wordStates + word : wordStates + word, 0) }
            if kind & ByteClass.threeByteLead != 0 { return (3 * wordStates + word, 0) }
            return (isFlagged(word, endingBefore: byte) ? flagged : 0, 0)
        }
    }
}
