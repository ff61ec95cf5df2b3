/// A document number-symbol read from running text and normalized: "63/2010/NĐ-CP",
/// "36/KH-UBND", "18-NQ/TW" (Party and Front form), "/KH-SKHCN" (a blank draft number).
///
/// Normalizing removes the spaces typed around "-" and "/" ("57- NQ/TW"), maps the
/// lookalikes of Đ (U+00D0 "Ð", "đ", "ð") to Đ and every dash to "-", upper-cases the
/// symbol and restores the mixed-case codes of ND 30 ("TTG" → "TTg"). Leading zeros stay.
struct CitationNumber {
    /// The normalized number-symbol.
    let text: String
    /// The offset in `text` (UTF-8) where the symbol starts.
    private let symbolStart: Int
    /// The offset in `text` (UTF-8) where the symbol's type code ends.
    private let codeEnd: Int
    /// The offset just after the last byte read.
    let end: Int

    /// Whether it is a blank draft number ("/KH-SKHCN"): no digits before the separator.
    var isBlank: Bool { text.utf8.first == UInt8(ascii: "/") }
    /// The symbol after the number (and the year): "NĐ-CP", "NQ/TW".
    var symbol: String { UTF8Text.string(text.utf8.dropFirst(symbolStart)) }
    /// The type code the symbol starts with: "NĐ", "KH", "NQ".
    var code: String { UTF8Text.string(text.utf8.dropFirst(symbolStart).prefix(codeEnd - symbolStart)) }

    /// Suffixes read after a dash spaced on both sides ("16/2007/NQ - CP").
    private static let spacedSuffixes: [[UInt8]] = [Array("CP".utf8), Array("TTg".utf8), Array("TW".utf8)]

    /// The mixed-case codes of ND 30, upper-cased and as written.
    private static let mixedCaseCodes: [MixedCaseCode] = [
        MixedCaseCode(upper: Array("TTG".utf8), mixed: Array("TTg".utf8)), MixedCaseCode(upper: Array("CTR".utf8), mixed: Array("CTr".utf8)),
        MixedCaseCode(upper: Array("TTR".utf8), mixed: Array("TTr".utf8)), MixedCaseCode(upper: Array("QYĐ".utf8), mixed: Array("QyĐ".utf8)),
    ]

    /// A mixed-case code, upper-cased and as written.
    private struct MixedCaseCode {
        let upper: [UInt8]
        let mixed: [UInt8]
    }

    /// Reads the number-symbol starting at `start`, a digit or, for a blank draft number,
    /// the "/" itself. `nil` unless a symbol with a letter follows: bare dates ("08/6/2010"),
    /// periods ("2021 - 2025") and counts are not numbers. The text is read through a
    /// buffer and the symbol written into room on the stack: no array is made per number.
    init?(_ t: some ByteText, at start: Int) {
        // The reading's buffer steps are unchecked in release builds: they rest on this.
        precondition(start >= 0 && start <= t.count, "a number starts within its text")
        guard let number = t.withUnsafeBufferPointer({ t in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Self.longestOutput) { room in
                Self.read(t, at: start, into: room)
            }
        })
        else { return nil }
        self = number
    }

    /// A number read: its normalized text, where its symbol starts and its code ends in it,
    /// and the offset after the last byte read.
    private init(text: String, symbolStart: Int, codeEnd: Int, end: Int) {
        self.text = text
        self.symbolStart = symbolStart
        self.codeEnd = codeEnd
        self.end = end
    }

    /// The most bytes written while a number is read: the digits (six), a separator, a
    /// year and its "/" (twelve), eight segments of twelve bytes with a separator each (one
    /// more than needed: the first has none), and a segment tried after them, cut at
    /// fourteen (`appendSegment`).
    private static let longestOutput = 12 + 8 * 13 + 1 + 14

    /// The number at `start` of `t`, its symbol written into `room` (see `init(_:at:)`).
    private static func read(_ t: UnsafeBufferPointer<UInt8>, at start: Int, into room: UnsafeMutableBufferPointer<UInt8>) -> CitationNumber? {
        var out = Output(room)
        guard let (digitCount, separator, separatorEnd) = Self.digitsAndSeparator(t, at: start) else { return nil }
        let isPartyForm = separator == UInt8(ascii: "-")
        guard digitCount > 0 || !isPartyForm else { return nil }
        var index = Self.skipSpace(t, separatorEnd)

        // A year: "63/2010/NĐ-CP".
        var year: Range<Int>?
        if !isPartyForm, index + 4 < t.count, t[index..<(index + 4)].allSatisfy(\.isASCIIDigit),
            case let afterYear = Self.skipSpace(t, index + 4),
            let (yearSeparator, length) = Self.separator(t, at: afterYear), yearSeparator == UInt8(ascii: "/")
        {
            year = index..<(index + 4)
            index = Self.skipSpace(t, afterYear + length)
        }
        // Most candidates (dates, periods) stop here, before any bytes are copied.
        guard Self.mayStartSymbol(t, at: index) else { return nil }
        out.append(t[start..<(start + digitCount)])
        out.append(separator)
        if let year {
            out.append(t[year])
            out.append(UInt8(ascii: "/"))
        }
        let symbolStart = out.count
        guard let firstEnd = Self.segment(t, at: index, first: true, into: &out) else { return nil }
        index = firstEnd
        let codeEnd = out.count
        var sawSlash = false
        // Real symbols have at most five segments ("02/2011/TTLT-VPCP-BNV" has three);
        // the bound keeps a long run of "-Đ1-Đ1…" linear.
        var segments = 1
        while true {
            // Another segment after a dot in old symbols ("06/TT.BNV"), or after "-" or "/",
            // with a space on one side at most ("NĐ- CP"), or on both before a Government or
            // Party suffix ("NQ - CP"): read after its separator, and kept when it joins.
            let before = Self.skipSpace(t, index)
            let tail = out.count
            var next: (end: Int, index: Int)?
            if before == index, index + 1 < t.count, t[index] == UInt8(ascii: "."), t[index + 1].isASCIIUpper {
                out.append(UInt8(ascii: "."))
                if let end = Self.segment(t, at: index + 1, first: false, into: &out), out.count - tail > 2 { next = (end, index + 1) } else { out.removeAll(from: tail) }
            }
            if next == nil {
                guard let (separator, length) = Self.separator(t, at: before) else { break }
                let after = Self.skipSpace(t, before + length)
                out.append(separator)
                guard let end = Self.segment(t, at: after, first: false, into: &out),
                    before == index || after == before + length || Self.spacedSuffixes.contains(where: { out.written[(tail + 1)...].elementsEqual($0) })
                else {
                    out.removeAll(from: tail)
                    break
                }
                sawSlash = sawSlash || separator == UInt8(ascii: "/")
                next = (end, after)
            }
            guard let (end, start) = next else { break }
            // After the eighth segment, the separator stays without the next (as it always has).
            guard segments < 8 else {
                out.removeAll(from: tail + 1)
                index = start
                break
            }
            segments += 1
            index = end
        }
        guard !isPartyForm || sawSlash else { return nil }
        return CitationNumber(text: UTF8Text.string(out.written), symbolStart: symbolStart, codeEnd: codeEnd, end: index)
    }

    /// The first rule of a number-symbol: six digits at most from `start` (none for a blank
    /// draft number), then "/" or a dash after one space at most. Returns the number of
    /// digits, the separator (as ASCII) and the offset after it.
    @inline(__always)
    private static func digitsAndSeparator<Bytes: RandomAccessCollection<UInt8>>(_ t: Bytes, at start: Int) -> (digitCount: Int, separator: UInt8, end: Int)?
    where Bytes.Index == Int {
        var index = start
        while index < t.count, t[index].isASCIIDigit { index += 1 }
        let digitCount = index - start
        guard digitCount <= 6 else { return nil }
        index = skipSpace(t, index)
        // The first byte of a separator ("/", "-" or E2, the lead byte of the other dashes)
        // rules out most numbers before `separator` is called.
        guard index < t.count, t[index] == UInt8(ascii: "/") || t[index] == UInt8(ascii: "-") || t[index] == 0xE2,
            let (separator, length) = separator(t, at: index)
        else { return nil }
        return (digitCount, separator, index + length)
    }

    /// `index`, moved past one space if one is there: added, not branched on (whether a
    /// space follows a number's part varies too often to be predicted).
    private static func skipSpace<Bytes: RandomAccessCollection<UInt8>>(_ t: Bytes, _ index: Int) -> Int where Bytes.Index == Int {
        guard index < t.count else { return index }
        return index + (t[index] == 0x20 ? 1 : 0)
    }

    /// Whether a symbol's first segment may start at `index`: a capital letter or a form of Đ.
    private static func mayStartSymbol(_ t: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index < t.count else { return false }
        let byte = t[index]
        if byte.isASCIIUpper { return true }
        return isFormOfD(t, at: index)
    }

    /// Whether a form of Đ starts at `index`: Đ, đ, or Ð, ð (the Icelandic eth that
    /// converters print for it).
    private static func isFormOfD(_ t: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index + 1 < t.count else { return false }
        let (byte, next) = (t[index], t[index + 1])
        return (byte == 0xC4 && (next == 0x90 || next == 0x91)) || (byte == 0xC3 && (next == 0x90 || next == 0xB0))
    }

    /// "/" or a dash ("-", "–", "—", "‐", "−") at `index`, as ASCII, with its byte length.
    static func separator<Bytes: RandomAccessCollection<UInt8>>(_ t: Bytes, at index: Int) -> (UInt8, Int)? where Bytes.Index == Int {
        guard index < t.count else { return nil }
        if t[index] == UInt8(ascii: "/") || t[index] == UInt8(ascii: "-") { return (t[index], 1) }
        guard index + 2 < t.count else { return nil }
        if t[index] == 0xE2, t[index + 1] == 0x80, (0x90...0x94).contains(t[index + 2]) { return (UInt8(ascii: "-"), 3) }
        if t[index] == 0xE2, t[index + 1] == 0x88, t[index + 2] == 0x92 { return (UInt8(ascii: "-"), 3) }
        return nil
    }

    /// Appends one symbol segment at `index` ("NĐ", "CP", "QH13", "TTg"), upper-cased, to
    /// `output` and returns the index after it; `nil`, with `output` unchanged, when there is none.
    /// A segment is ASCII letters, digits and Đ; the first one starts with a capital letter;
    /// it must end where the word ends ("Nghị" is no segment). Only a segment as long as a
    /// mixed-case code is compared with it.
    private static func segment(_ t: UnsafeBufferPointer<UInt8>, at start: Int, first: Bool, into output: inout Output) -> Int? {
        let base = output.count
        guard let end = appendSegment(t, at: start, first: first, into: &output) else {
            output.removeAll(from: base)
            return nil
        }
        let length = output.count - base
        for code in mixedCaseCodes where code.upper.count == length && output.written[base...].elementsEqual(code.upper) {
            output.removeAll(from: base)
            output.append(code.mixed)
            break
        }
        return end
    }

    /// Appends a segment's bytes, upper-cased, to `out` as they are read, and returns the
    /// index after it; `nil` (leaving what was appended) when they make no segment. The
    /// reading stops once more than twelve bytes are written: so long a run is no segment.
    private static func appendSegment(_ t: UnsafeBufferPointer<UInt8>, at start: Int, first: Bool, into out: inout Output) -> Int? {
        let base = out.count
        var index = start
        var hasLetter = false
        while index < t.count, out.count - base <= 12 {
            let byte = t[index]
            if byte.isASCIILetter {
                if out.count == base, first, !(0x41...0x5A).contains(byte) { return nil }
                out.append(byte & ~0x20)
                hasLetter = true
                index += 1
            } else if byte.isASCIIDigit {
                if out.count == base, first { return nil }
                out.append(byte)
                index += 1
            } else if isFormOfD(t, at: index) {
                out.append(0xC4)
                out.append(0x90)
                hasLetter = true
                index += 2
            } else {
                break
            }
        }
        guard hasLetter, out.count - base <= 12 else { return nil }
        if index < t.count, t[index] >= 0x80, let (scalar, _) = UTF8Text.scalar(in: t, at: index), UTF8Text.isAlphabetic(scalar) { return nil }
        return index
    }

    /// The symbol as it is written, into room of the caller's (`longestOutput` bytes):
    /// appended to, and cut back to where a tried segment started.
    private struct Output {
        /// The room written into.
        private let room: UnsafeMutableBufferPointer<UInt8>
        /// The number of bytes written.
        private(set) var count = 0

        /// Output written into `room`.
        init(_ room: UnsafeMutableBufferPointer<UInt8>) {
            self.room = room
        }

        /// The bytes written.
        var written: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: room[..<count]) }

        /// Appends `byte`; traps when the room is full (it is sized for the longest output).
        mutating func append(_ byte: UInt8) {
            precondition(count < room.count, "room for a number-symbol")
            room[count] = byte
            count += 1
        }

        /// Appends `bytes`.
        mutating func append(_ bytes: some Sequence<UInt8>) {
            for byte in bytes { append(byte) }
        }

        /// Takes off the bytes from `position` on.
        mutating func removeAll(from position: Int) {
            count = position
        }
    }
}
