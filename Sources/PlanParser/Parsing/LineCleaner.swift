/// Removes what converters leave around the words of a line, on UTF-8 bytes: markdown
/// emphasis (`**`, `*...*`, `__`), links (`[63/2010/NĐ-CP](#)` → `63/2010/NĐ-CP`), heading
/// hashes, table pipes at the ends, footnote marks inside the line, glued to the word
/// before or in emphasis ("đảng viên[1].", "tỷ đồng *[1]*,"; not "mục [3]"), and
/// every kind of space (tab, NBSP, form feed, ideographic) collapsed to one ASCII space,
/// trimmed; invisible characters (zero-width space and joiners, word joiner, BOM) are
/// dropped. A leading "* " bullet, "(*)" and a leading "[1]" (a footnote) are
/// kept.
///
/// A cleaner keeps one buffer, at least as long as the longest line it has cleaned, to
/// write in.
struct LineCleaner {
    /// Where a line is cleaned before it is copied out at its final length.
    private var scratch: [UInt8] = []
    /// The lanes runs of plain bytes are copied with, made once for every line cleaned.
    private let runs = PlainRunSearch()

    /// The cleaned line, written into `storage` (which needs room for the raw line: a
    /// cleaned line is never longer). (``SourceLines`` only sends the lines that need more
    /// than a trim.) `cellBreaks` receives the offsets (in the cleaned line) of the spaces
    /// that stand for a column gap in the raw line: a tab or a run of three or more spaces.
    mutating func clean(_ raw: UnsafeBufferPointer<UInt8>, into storage: ByteStorage, cellBreaks: inout [Int]) -> ByteView {
        if scratch.count < raw.count { scratch = [UInt8](repeating: 0, count: max(raw.count, 2 * scratch.count)) }
        let start = storage.end
        scratch.withUnsafeMutableBufferPointer { out in
            Self.plainBytes.withUnsafeBufferPointer { plainBytes in
                let written = Self.clean(raw, into: out, plainBytes: plainBytes, runs: runs, cellBreaks: &cellBreaks)
                let kept = Self.framed(UnsafeBufferPointer(out), count: written, cellBreaks: &cellBreaks)
                storage.append(UnsafeBufferPointer(rebasing: out[kept]))
            }
        }
        return storage.view(from: start)
    }

    /// Writes the cleaned bytes of `raw` to `out` (as long as `raw` at least) and returns
    /// their count; the line's ends are not trimmed yet. `plainBytes` is ``plainBytes``.
    /// A run of plain bytes and lone spaces is copied sixteen bytes at a time by `runs`
    /// while sixteen are left, then a byte at a time.
    private static func clean(_ raw: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<UInt8>,
                              plainBytes: UnsafeBufferPointer<Bool>, runs: PlainRunSearch, cellBreaks: inout [Int]) -> Int {
        var written = 0
        let count = raw.count
        var index = 0
        while index < count {
            // A run of plain bytes, copied as it is in a loop of its own.
            var byte = raw[index]
            if plainBytes[Int(byte)] {
                if index &+ 16 <= count, let from = UnsafeRawPointer(raw.baseAddress), let to = UnsafeMutableRawPointer(out.baseAddress) {
                    // The cleaned text is never longer than the raw, so `out` has room for the
                    // sixteen bytes at `written` (those past the run are written over later).
                    let nextIsPlain = index &+ 16 < count && plainBytes[Int(raw[index &+ 16])]
                    let run = runs.copyRun(at: index, of: from, to: to + written, nextIsPlain: nextIsPlain)
                    written &+= run
                    index &+= run
                    continue
                }
                repeat {
                    out[written] = byte
                    written &+= 1
                    index &+= 1
                    guard index < count else { return written }
                    byte = raw[index]
                } while plainBytes[Int(byte)]
            }
            // A lone space before a plain byte, the usual space: kept unless it follows one.
            if byte == 0x20, index &+ 1 < count, plainBytes[Int(raw[index &+ 1])] {
                if written > 0, out[written &- 1] != 0x20 {
                    out[written] = 0x20
                    written &+= 1
                }
                index &+= 1
                continue
            }
            // Spaces and invisible scalars start with a control, a space or a byte from 0x80
            // on: markdown signs are not looked up as such.
            let mayBeSpace = byte <= 0x20 || byte >= 0x80
            let invisible = mayBeSpace ? invisibleLength(raw, at: index) : 0
            if invisible > 0 {
                index += invisible
                continue
            }
            var space = mayBeSpace ? spaceLength(raw, at: index) : 0
            if space > 0 {
                var isColumnGap = false
                var run = 0
                while space > 0 {
                    isColumnGap = isColumnGap || raw[index] == 0x09
                    run += 1
                    index += space
                    space = index < count ? spaceLength(raw, at: index) : 0
                }
                if written > 0, out[written - 1] != 0x20 {
                    if isColumnGap || run >= 3 { cellBreaks.append(written) }
                    out[written] = 0x20
                    written += 1
                }
                continue
            }
            switch byte {
            case UInt8(ascii: "*"):
                // Kept as "(*)" or a leading "* " bullet, else dropped. The bytes around it
                // are read at clamped offsets (the star itself at a line's end), and the byte
                // is written either way and counted only when kept: no branch on the bytes.
                let before = raw[max(index &- 1, 0)], after = raw[min(index &+ 1, count &- 1)]
                let isFootnoteMark = UInt16(before) << 8 | UInt16(after) == 0x2829  // "(" and ")"
                let isBullet = written == 0 && after == 0x20 && (index == 0 || before != UInt8(ascii: "*"))
                out[written] = byte
                written &+= isFootnoteMark || isBullet ? 1 : 0
                index &+= 1
            case UInt8(ascii: "_") where index + 1 < count && raw[index + 1] == UInt8(ascii: "_"):
                index += 2
            case UInt8(ascii: "[") :
                if written > 0, let end = footnoteMarkEnd(raw, at: index),
                    raw[index - 1] != 0x20 && raw[index - 1] != 0x09 || end < count && raw[end] == UInt8(ascii: "*")
                {
                    // "đồng *[1]*, bằng" → "đồng, bằng": no space left before punctuation.
                    var next = end
                    while next < count, raw[next] == UInt8(ascii: "*") { next += 1 }
                    if out[written - 1] == 0x20, next == count || Self.closingPunctuation.contains(raw[next]) {
                        written -= 1
                        if cellBreaks.last == written { cellBreaks.removeLast() }
                    }
                    index = end
                } else if let (inner, end) = link(raw, at: index) {
                    for innerByte in inner where innerByte != UInt8(ascii: "*") {
                        out[written] = innerByte
                        written += 1
                    }
                    index = end
                } else {
                    out[written] = byte
                    written += 1
                    index += 1
                }
            default:
                out[written] = byte
                written += 1
                index += 1
            }
        }
        return written
    }

    /// Copies, sixteen bytes at a time, a run of the bytes that ``LineCleaner/clean(_:into:plainBytes:runs:cellBreaks:)``
    /// copies as they are: plain bytes (``isPlain(_:)``), and lone spaces between two of
    /// them. The lanes to compare with are made once, when the search is made.
    private struct PlainRunSearch {
        private let space = SIMD16<UInt8>(repeating: 0x20)
        private let star = SIMD16<UInt8>(repeating: UInt8(ascii: "*")), underscore = SIMD16<UInt8>(repeating: UInt8(ascii: "_"))
        private let bracket = SIMD16<UInt8>(repeating: UInt8(ascii: "["))
        /// The lead bytes of spaces and invisible scalars (``isSpaceLead(_:)``).
        private let c2 = SIMD16<UInt8>(repeating: 0xC2), e2 = SIMD16<UInt8>(repeating: 0xE2)
        private let e3 = SIMD16<UInt8>(repeating: 0xE3), ef = SIMD16<UInt8>(repeating: 0xEF)

        /// Copies the sixteen bytes at `offset` of `raw`, whose first is plain, to `out`,
        /// and returns how many of them, from the first, are the run: plain, or a space
        /// with a plain byte on either side (`nextIsPlain` tells of the byte after the
        /// sixteen; `false` at the line's end).
        @inline(__always)
        func copyRun(at offset: Int, of raw: UnsafeRawPointer, to out: UnsafeMutableRawPointer, nextIsPlain: Bool) -> Int {
            let block = raw.loadUnaligned(fromByteOffset: offset, as: SIMD16<UInt8>.self)
            out.storeBytes(of: block, as: SIMD16<UInt8>.self)
            let notPlain = (block .<= space) .| (block .== star) .| (block .== underscore) .| (block .== bracket)
                .| (block .== c2) .| (block .== e2) .| (block .== e3) .| (block .== ef)
            // The lanes as two words, a byte of ones for each lane set; a lane's neighbours
            // are the bytes beside it (the first lane, plain, never asks for the one before).
            let flags = unsafeBitCast(notPlain, to: SIMD2<UInt64>.self)
            let spaces = unsafeBitCast(block .== space, to: SIMD2<UInt64>.self)
            let (low, high) = (flags[0], flags[1])
            let (beforeLow, beforeHigh) = (low << 8, high << 8 | low >> 56)
            let (afterLow, afterHigh) = (low >> 8 | high << 56, high >> 8 | (nextIsPlain ? 0 : 0xFF << 56))
            let stopsLow = low & ~(spaces[0] & ~beforeLow & ~afterLow)
            let stopsHigh = high & ~(spaces[1] & ~beforeHigh & ~afterHigh)
            if stopsLow != 0 { return stopsLow.trailingZeroBitCount &>> 3 }
            return stopsHigh != 0 ? 8 &+ stopsHigh.trailingZeroBitCount &>> 3 : 16
        }
    }

    /// ``isPlain(_:)`` of every byte value.
    private static let plainBytes: [Bool] = (0...255).map { isPlain(UInt8($0)) }

    /// Whether the byte is copied as it is wherever it stands: no space, control, markdown
    /// sign ("*", "_", "["), nor the lead byte of a space or invisible scalar.
    static func isPlain(_ byte: UInt8) -> Bool {
        switch byte {
        case 0..<0x21, UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["): return false
        default: return !isSpaceLead(byte)
        }
    }

    /// Whether the byte may lead a space or an invisible scalar (NBSP, U+2000-U+200D,
    /// U+2060, U+3000, U+FEFF): C2, E2, E3 or EF.
    static func isSpaceLead(_ byte: UInt8) -> Bool {
        byte == 0xC2 || byte == 0xE2 || byte == 0xE3 || byte == 0xEF
    }

    private static let closingPunctuation: [UInt8] = Array(",.;:)/".utf8)

    /// Whether a space or an invisible scalar (which a clean changes) starts at `index`.
    static func isSpaceOrInvisible(_ raw: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        spaceLength(raw, at: index) > 0 || invisibleLength(raw, at: index) > 0
    }

    /// Whether the raw line ends by closing emphasis (`...**` or `...*`), not by "(*)".
    static func endsWithEmphasis(_ raw: UnsafeBufferPointer<UInt8>) -> Bool {
        var end = raw.count
        while end > 0, raw[end - 1].isSpaceOrTab { end -= 1 }
        guard end >= 2, raw[end - 1] == UInt8(ascii: "*") else { return false }
        return raw[end - 2] != UInt8(ascii: "(")
    }

    /// The length of the whitespace scalar at `index`, or 0.
    private static func spaceLength(_ raw: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let byte = raw[index]
        switch byte {
        case 0x20, 0x09, 0x0B, 0x0C: return 1
        case 0xC2 where index + 1 < raw.count && raw[index + 1] == 0xA0: return 2
        case 0xE2 where index + 2 < raw.count && raw[index + 1] == 0x80 && raw[index + 2] <= 0x8A: return 3
        case 0xE3 where index + 2 < raw.count && raw[index + 1] == 0x80 && raw[index + 2] == 0x80: return 3
        default: return 0
        }
    }

    /// The length of an invisible scalar at `index` (U+200B-U+200D, U+2060, U+FEFF), or 0.
    /// (A soft hyphen is left to the decoder: in TCVN3 text it is the letter "ư".)
    private static func invisibleLength(_ raw: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        guard index + 1 < raw.count else { return 0 }
        switch raw[index] {
        case 0xE2 where index + 2 < raw.count:
            let (second, third) = (raw[index + 1], raw[index + 2])
            return (second == 0x80 && (0x8B...0x8D).contains(third)) || (second == 0x81 && third == 0xA0) ? 3 : 0
        case 0xEF where index + 2 < raw.count: return raw[index + 1] == 0xBB && raw[index + 2] == 0xBF ? 3 : 0
        default: return 0
        }
    }

    /// The index after a footnote mark "[1]" (one to three digits) starting at `index`.
    private static func footnoteMarkEnd(_ raw: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        guard let end = FootnoteMark.parse(raw, at: index)?.end else { return nil }
        // Not a link text ("[1](#)").
        return end < raw.count && raw[end] == UInt8(ascii: "(") ? nil : end
    }

    /// A markdown link `[text](target)` starting at `index`: its text and the index after it.
    /// Text and target are looked for within 300 bytes, so that a line full of brackets
    /// stays linear.
    private static func link(_ raw: UnsafeBufferPointer<UInt8>, at index: Int) -> (ArraySlice<UInt8>, Int)? {
        guard let close = raw[(index + 1)..<min(raw.count, index + 300)].firstIndex(of: UInt8(ascii: "]")),
            close + 1 < raw.count, raw[close + 1] == UInt8(ascii: "("),
            let end = raw[(close + 2)..<min(raw.count, close + 302)].firstIndex(of: UInt8(ascii: ")")),
            !raw[(close + 2)..<end].contains(0x20)
        else { return nil }
        return (Array(raw[(index + 1)..<close])[...], end + 1)
    }

    /// The part of the first `count` bytes of `bytes` kept once table pipes and heading
    /// hashes at the ends, and the spaces around them, are dropped; `cellBreaks` are made
    /// offsets in that part.
    private static func framed(_ bytes: UnsafeBufferPointer<UInt8>, count: Int, cellBreaks: inout [Int]) -> Range<Int> {
        var start = 0
        var end = count
        while start < end {
            if bytes[start] == 0x20 || bytes[start] == UInt8(ascii: "|") {
                start += 1
            } else if bytes[start] == UInt8(ascii: "#") {
                var hashes = start
                while hashes < end, bytes[hashes] == UInt8(ascii: "#") { hashes += 1 }
                guard hashes == end || bytes[hashes] == 0x20 else { break }
                start = hashes
            } else {
                break
            }
        }
        while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == UInt8(ascii: "|") { end -= 1 }
        if !cellBreaks.isEmpty && (start > 0 || end < count) {
            cellBreaks = cellBreaks.compactMap { $0 > start && $0 < end ? $0 - start : nil }
        }
        return start..<end
    }
}
