/// UTF-8 checked by a deterministic automaton, one table load and one shift a byte, with no
/// branch that depends on the bytes: Vietnamese text, whose letters fall every few bytes
/// between runs of ASCII, costs a branch per letter to any reader that tests lead bytes.
///
/// A state is a bit offset (a multiple of six) into a 64-bit row; the row of a byte holds,
/// at each state's offset, the offset of the state after that byte. The machine's shift
/// takes the low six bits of the state as its amount, so the step is `rows[byte] &>> state`
/// and the state's bits above the six are never cleared. The error state is offset 0,
/// whose field is 0 in every row: once there, the machine stays there. A run is checked
/// for it once per block of bytes, and only a block that reaches it is read again, a byte
/// at a time, to find where its ill-formed sequence starts.
///
/// Three automata: ``validity``, table 3-7 of the Unicode standard (no overlong forms,
/// surrogates or scalars above U+10FFFF); ``survey``, which also stops at
/// ``MojibakeFingerprint``'s signs of a legacy encoding (every C2 xx but C2 A0, and C3
/// followed by a foreign byte), as ``UTF8Survey`` needs; and ``surveyBeforeMarks``, which
/// also stops at a combining mark's lead byte (CC, CD), so that the survey finds the first
/// mark in the same pass.
struct UTF8Automaton: @unchecked Sendable {
    /// The 256 rows, made once for the life of the program (never freed).
    private let rows: UnsafePointer<UInt64>

    /// Valid UTF-8.
    static let validity = UTF8Automaton(stopsAtSigns: false)
    /// Valid UTF-8 without a sign of a legacy encoding.
    static let survey = UTF8Automaton(stopsAtSigns: true)
    /// Valid UTF-8 without a sign of a legacy encoding or a combining mark.
    static let surveyBeforeMarks = UTF8Automaton(stopsAtSigns: true, stopsAtMarks: true)

    /// The states' offsets. `afterC2` is the last field, four bits wide: it only leads to
    /// `error` or `accept`, which fit.
    private static let error: UInt64 = 0, accept: UInt64 = 6, needsOne: UInt64 = 12, needsTwo: UInt64 = 18,
                       needsThree: UInt64 = 24, afterE0: UInt64 = 30, afterED: UInt64 = 36, afterF0: UInt64 = 42,
                       afterF4: UInt64 = 48, afterC3: UInt64 = 54, afterC2: UInt64 = 60

    /// The bytes a run reads between two looks for the error state.
    private static let blockSize = 4096

    /// Makes the rows; with `stopsAtSigns`, C2 and C3 lead to states of their own that
    /// accept only what Vietnamese text uses after them; with `stopsAtMarks`, CC and CD are
    /// refused.
    private init(stopsAtSigns: Bool, stopsAtMarks: Bool = false) {
        let rows = UnsafeMutablePointer<UInt64>.allocate(capacity: 256)
        for value in 0...255 {
            let byte = UInt8(value)
            let isContinuation = !byte.isScalarStart
            /// `next` when `condition` holds, else the error state.
            func step(_ condition: Bool, _ next: UInt64) -> UInt64 { condition ? next : Self.error }
            let fromAccept: UInt64 = switch byte {
            case 0x00...0x7F: Self.accept
            case 0xC2 where stopsAtSigns: Self.afterC2
            case 0xC3 where stopsAtSigns: Self.afterC3
            case 0xCC where stopsAtMarks, 0xCD where stopsAtMarks: Self.error
            case 0xC2...0xDF: Self.needsOne
            case 0xE0: Self.afterE0
            case 0xED: Self.afterED
            case 0xE1...0xEF: Self.needsTwo
            case 0xF0: Self.afterF0
            case 0xF1...0xF3: Self.needsThree
            case 0xF4: Self.afterF4
            default: Self.error
            }
            rows[value] = fromAccept << Self.accept
                | step(isContinuation, Self.accept) << Self.needsOne
                | step(isContinuation, Self.needsOne) << Self.needsTwo
                | step(isContinuation, Self.needsTwo) << Self.needsThree
                | step(byte >= 0xA0 && byte <= 0xBF, Self.needsOne) << Self.afterE0
                | step(byte >= 0x80 && byte <= 0x9F, Self.needsOne) << Self.afterED
                | step(byte >= 0x90 && byte <= 0xBF, Self.needsTwo) << Self.afterF0
                | step(byte >= 0x80 && byte <= 0x8F, Self.needsTwo) << Self.afterF4
                | step(isContinuation && !MojibakeFingerprint.isForeign(afterC3: byte), Self.accept) << Self.afterC3
                | step(byte == 0xA0, Self.accept) << Self.afterC2
        }
        self.rows = UnsafePointer(rows)
    }

    /// Where the first sequence of `bytes` from `start` on (`start` being where a sequence
    /// starts) that the automaton refuses starts, or `bytes.count` when there is none (a
    /// sequence cut short by the end is refused).
    func validEnd(of bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = bytes.baseAddress else { return start }
        let count = bytes.count
        var state = Self.accept
        var blockStart = start
        while blockStart < count {
            let blockEnd = min(blockStart &+ Self.blockSize, count)
            let stateBefore = state
            state = run(from: state, over: base, from: blockStart, to: blockEnd)
            if state & 63 == Self.error {
                // Read again from the start of the sequence the block starts in or with.
                return firstRefusal(in: base, from: sequenceStart(at: blockStart, state: stateBefore, in: base), to: blockEnd)
            }
            blockStart = blockEnd
        }
        return sequenceStart(at: count, state: state, in: base)
    }

    /// The state after `bytes[from..<to]`, read from `state`, eight bytes a step.
    @inline(__always)
    private func run(from state: UInt64, over bytes: UnsafePointer<UInt8>, from: Int, to: Int) -> UInt64 {
        var state = state, index = from
        while index &+ 8 <= to {
            state = rows[Int(bytes[index])] &>> state
            state = rows[Int(bytes[index &+ 1])] &>> state
            state = rows[Int(bytes[index &+ 2])] &>> state
            state = rows[Int(bytes[index &+ 3])] &>> state
            state = rows[Int(bytes[index &+ 4])] &>> state
            state = rows[Int(bytes[index &+ 5])] &>> state
            state = rows[Int(bytes[index &+ 6])] &>> state
            state = rows[Int(bytes[index &+ 7])] &>> state
            index &+= 8
        }
        while index < to {
            state = rows[Int(bytes[index])] &>> state
            index &+= 1
        }
        return state
    }

    /// Where the sequence that `index` starts or continues starts, `state` being the state
    /// the automaton reaches `index` in (reading accepted bytes): `index` itself after a
    /// whole sequence, else the lead byte before it, the last byte that is no continuation byte.
    private func sequenceStart(at index: Int, state: UInt64, in bytes: UnsafePointer<UInt8>) -> Int {
        guard state & 63 != Self.accept else { return index }
        var lead = index &- 1
        while !bytes[lead].isScalarStart { lead &-= 1 }
        return lead
    }

    /// Where the refused sequence starts, read a byte at a time from `start` (where a
    /// sequence starts), the bytes up to `end` holding one.
    private func firstRefusal(in bytes: UnsafePointer<UInt8>, from start: Int, to end: Int) -> Int {
        var state = Self.accept, sequenceStart = start
        for index in start..<end {
            if state & 63 == Self.accept { sequenceStart = index }
            state = rows[Int(bytes[index])] &>> state
            if state & 63 == Self.error { return sequenceStart }
        }
        preconditionFailure("a block that reached the error state holds a refused sequence")
    }
}
