/// TCVN3 (ABC) has no capital letters with tone marks: headings were typed in the capitals
/// font (.VnTimeH) at the code points of small letters, so they decode in mixed case
/// ("QUYÕT §ÞNH" → "QUYếT ĐịNH"). Capitals are put back where the case cannot be meant:
/// in a line whose ASCII letters are all capitals (at least two), every letter; elsewhere,
/// in a word with no small ASCII letter and two ASCII capitals, or one after a small
/// letter ("ủY BAN ... THàNH PHố cần thơ" → "ỦY BAN ... THÀNH PHỐ cần thơ"). Words typed wholly at small code points ("bé tµi chÝnh")
/// stay as they are: nothing tells them from text.
enum TCVN3Capitals {
    /// A decoded line (UTF-8) with its capitals put back, or `nil` when it has none to put back.
    static func restored(_ line: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        guard mayHaveCapitals(line) else { return nil }
        let words = capitalWords(in: line)
        return words.isEmpty ? nil : uppercased(line, in: words)
    }

    /// A cheap test of the bytes before the scan: whether a word may be capitals with a small
    /// letter in it, or the line may be capitals. Such a word holds an ASCII capital after a
    /// letter (its second capital, or one after a small letter) and a byte above 0x7F (its
    /// small letter), all in one run of ASCII letters and bytes above 0x7F; such a line holds
    /// two ASCII capitals, no ASCII small letter and a byte above 0x7F. ASCII capitals are
    /// found eight bytes at a time; most lines have few. Not private: tested on its own.
    static func mayHaveCapitals(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        var capitals = 0
        var block = 0
        var runEnd = 0  // the end of the last run read whole (its capitals need no second look)
        // Offsets in the line and counts of its bytes: wrapping steps (none nears overflowing).
        while block < utf8.count {
            var capitalBits = asciiCapitals(in: utf8, at: block)
            while capitalBits != 0 {
                let index = block &+ capitalBits.trailingZeroBitCount &>> 3
                capitalBits &= capitalBits &- 1
                capitals &+= 1
                guard index >= runEnd, index > 0, isLetterByte(utf8[index - 1]) else { continue }
                let run = letterRun(around: index, in: utf8)
                if run.hasHighByte { return true }
                runEnd = run.end
            }
            block &+= 8
        }
        guard capitals >= 2, !utf8.contains(where: { $0.isASCIILower }) else { return false }
        return UTF8Validity.nextNonASCII(in: utf8, from: 0) < utf8.count
    }

    /// The high bit of each byte that is an ASCII capital among the eight from `block` (the
    /// bytes past the end read as 0). A last block short of eight bytes is the line's last
    /// eight bytes shifted down past those already read (a byte at a time only in a line
    /// shorter than eight bytes). (`UnsafeBufferPointer.packedBytes` reads the same, but
    /// measured 0.39M instructions dearer here on legacy text.)
    @inline(__always)
    private static func asciiCapitals(in utf8: UnsafeBufferPointer<UInt8>, at block: Int) -> UInt64 {
        let word: UInt64
        let base = UnsafeRawPointer(utf8.baseAddress.unsafelyUnwrapped)
        if block &+ 8 <= utf8.count {
            word = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: block, as: UInt64.self))
        } else if utf8.count >= 8 {
            // 1 to 7 bytes of the last eight were read: a shift of 8 to 56.
            word = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: utf8.count - 8, as: UInt64.self)) &>> (8 &* UInt64(block + 8 - utf8.count))
        } else {
            var tail: UInt64 = 0
            for index in block..<utf8.count { tail |= UInt64(utf8[index]) << (8 * UInt64(index - block)) }
            word = tail
        }
        // Per byte below 0x80: the high bit of + 0x3F is set from "A" on, that of + 0x25 from "[" on.
        let low = word & 0x7F7F_7F7F_7F7F_7F7F
        return (low &+ 0x3F3F_3F3F_3F3F_3F3F) & ~(low &+ 0x2525_2525_2525_2525) & ~word & 0x8080_8080_8080_8080
    }

    /// The run of ASCII letters and bytes above 0x7F around `index`: whether it holds a byte
    /// above 0x7F, and where it ends.
    private static func letterRun(around index: Int, in utf8: UnsafeBufferPointer<UInt8>) -> (hasHighByte: Bool, end: Int) {
        var hasHighByte = false
        var before = index
        while before > 0 && isLetterByte(utf8[before - 1]) {
            before -= 1
            hasHighByte = hasHighByte || utf8[before] >= 0x80
        }
        var end = index + 1
        while end < utf8.count && isLetterByte(utf8[end]) {
            hasHighByte = hasHighByte || utf8[end] >= 0x80
            end += 1
        }
        return (hasHighByte, end)
    }

    /// Whether a byte may be part of a letter: an ASCII letter, or a byte above 0x7F.
    @inline(__always)
    private static func isLetterByte(_ byte: UInt8) -> Bool { byte >= 0x80 || byte.isASCIILetter }

    /// The byte ranges (in order) whose small letters are to be capitals.
    private static func capitalWords(in utf8: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        // One pass: the words that may be capitals, a small non-ASCII letter (else nothing
        // to do), and the ASCII case counts (every ASCII letter is in a word).
        var hasSmallLetter = false, capitals = 0, small = 0
        var capitalWords: [Range<Int>] = []
        var start = 0
        while start < utf8.count {
            var end = start, wordCapitals = 0, wordSmall = 0
            // "THàNH", "PHố", and "ủY" (a small letter before capitals is no spelling).
            var startsSmall = false
            while end < utf8.count {
                let byte = utf8[end]
                if byte < 0x80 {  // ASCII on a short path
                    if byte.isASCIIUpper { wordCapitals += 1 } else if byte.isASCIILower { wordSmall += 1 } else { break }
                    if end == start { startsSmall = byte.isASCIILower }
                    end += 1
                    continue
                }
                let (scalar, length) = utf8.scalar(at: end)
                guard let isSmall = isSmallLetter(scalar) else { break }
                hasSmallLetter = hasSmallLetter || isSmall
                if end == start { startsSmall = isSmall }
                end += length
            }
            if end == start && utf8[start] < 0x80 {  // a space or a sign
                start += 1
                continue
            }
            if end == start {  // a scalar that is no letter, so not small either
                start += utf8.scalar(at: start).length
                continue
            }
            capitals += wordCapitals
            small += wordSmall
            if wordSmall == 0 && (wordCapitals >= 2 || wordCapitals >= 1 && startsSmall) {
                capitalWords.append(start..<end)
            }
            start = end
        }
        guard hasSmallLetter else { return [] }
        return capitals >= 2 && small == 0 ? [0..<utf8.count] : capitalWords
    }

    /// Whether a letter is small, `nil` for no letter: what `UTF8Text.isAlphabetic` and
    /// `isLowercase` answer, a Vietnamese letter's case looked up once.
    @inline(__always)
    private static func isSmallLetter(_ scalar: Unicode.Scalar) -> Bool? {
        if let isCapital = UTF8Text.vietnameseCase(of: scalar) { return !isCapital }
        return UTF8Text.isAlphabetic(scalar) ? UTF8Text.isLowercase(scalar) : nil
    }

    /// `utf8` with the small letters in `ranges` (byte ranges, in order) made capitals; a
    /// capital may be longer than its small letter ("ß" → "SS"). The bytes kept are appended
    /// as buffers (a run) or as their scalar, not as slices (the generic path).
    private static func uppercased(_ utf8: UnsafeBufferPointer<UInt8>, in ranges: [Range<Int>]) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(utf8.count + 8)
        var next = 0
        for range in ranges {
            result += UnsafeBufferPointer(rebasing: utf8[next..<range.lowerBound])
            var index = range.lowerBound
            while index < range.upperBound {
                let (scalar, length) = utf8.scalar(at: index)
                if !UTF8Text.isLowercase(scalar) {
                    result.appendUTF8(scalar)
                } else if let capital = capital(of: scalar) {
                    result.appendUTF8(capital)
                } else {
                    for capital in scalar.properties.uppercaseMapping.unicodeScalars { result.appendUTF8(capital) }
                }
                index += length
            }
            next = range.upperBound
        }
        result += UnsafeBufferPointer(rebasing: utf8[next...])
        return result
    }

    /// The capital of a small ASCII or Vietnamese letter, without a property look-up; `nil`
    /// for any other small letter.
    private static func capital(of scalar: Unicode.Scalar) -> Unicode.Scalar? {
        if scalar.isASCII { return Unicode.Scalar(UInt8(scalar.value - 0x20)) }
        if var letter = VietnameseVowels.letter(scalar) {
            letter.isUpper = true
            return VietnameseVowels.scalar(letter)
        }
        return scalar == "đ" ? "Đ" : nil
    }
}
