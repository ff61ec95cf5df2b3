/// The anchor search: where a reference may start, found sixteen bytes at a time.
extension CitationScanner {
    /// Where the first anchor may start in `text` (``nextCandidate(in:from:_:parenthesis:)``),
    /// or its count; and its first "(" when one comes before that, else where the search
    /// for one goes on: the same place. A text with neither cites and defines nothing, and
    /// its unit need not be made; one pass finds both. Called by the document parser for
    /// every paragraph and unit.
    static func survey(of text: ByteView) -> (firstCandidate: Int, parenthesesFrom: Int) {
        namePrefixes.withUnsafeBufferPointer { namePrefixes in
            text.withUnsafeBufferPointer { buffer in
                var parenthesis = Int.max
                let first = nextCandidate(in: UnsafeRawBufferPointer(buffer), from: 0, namePrefixes, parenthesis: &parenthesis)
                return (first, min(first, parenthesis))
            }
        }
    }

    /// The first byte at or after `from` where an anchor may start, or the end: "/" at the
    /// start or after a space (a blank draft number), the first of one to six digits that
    /// "/" or a dash follows after one space at most (as `CitationNumber` first requires),
    /// or a name's first byte at a word's start where the name's first bytes are.
    /// A number is found by its separator, not by its digits: most digits of running text
    /// ("2021", "15%", "Điều 5") have none after them and are passed without a look.
    /// Sixteen bytes are looked at a time for the ones that can show such a start: "/",
    /// "-" and E2 (the lead byte of the other dashes) after a digit or a space; "B", "C",
    /// "H", "L", "P" after a byte that can be a word boundary (`isWordBoundary`; also "*",
    /// which one comparison takes with them); 0x90, the second byte of "Đ" (far rarer
    /// than C4, the lead byte of "đ" and "ă" too). The last sixteen bytes are looked at for
    /// the rest (a text shorter than that: copied into a block of zeros, none of them a
    /// byte flagged); only the bytes flagged are looked at further. Capitals inside words,
    /// those no name starts with, and numbers without a separator are passed without a
    /// branch that mispredicts. "(" is flagged with them: the first one from `from` on
    /// before the candidate is noted in `parenthesis` when that holds `Int.max` (one pass
    /// finds what both scanners need). Called by `survey(of:)` and the anchor loop.
    static func nextCandidate(in bytes: UnsafeRawBufferPointer, from: Int, _ namePrefixes: UnsafeBufferPointer<UInt64>,
                              parenthesis: inout Int) -> Int {
        guard let start = bytes.baseAddress else { return from }
        /// The first candidate among the bytes flagged in `flags` (the high bit of each
        /// byte of the eight from `base`), or `nil`. A flagged separator stands for the
        /// number before it when there is one at or after `from`, else ("/") for itself; a
        /// flagged 0x90 for the byte before it, the lead byte of "Đ" (C4 90) when it is one;
        /// a byte before `from` was passed already. The candidates come in the order of the
        /// bytes flagged: only digits and a space lie between a number and its separator.
        @inline(__always)
        func firstCandidate(_ flags: UInt64, at base: Int) -> Int? {
            var flags = flags
            while flags != 0 {
                let flagged = base &+ flags.trailingZeroBitCount &>> 3
                let byte = bytes[flagged]
                if byte == UInt8(ascii: "(") {
                    if flagged >= from, parenthesis == Int.max { parenthesis = flagged }
                } else if byte < 0x40 || byte == 0xE2 {
                    if let number = Self.numberStart(in: bytes, separatorAt: flagged), number >= from { return number }
                    if flagged >= from, byte == UInt8(ascii: "/"), flagged == 0 || bytes[flagged &- 1] == 0x20 { return flagged }
                } else {
                    let candidate = byte == 0x90 ? flagged &- 1 : flagged
                    if candidate >= from, Self.mayStartName(bytes, at: candidate, namePrefixes) { return candidate }
                }
                flags &= flags &- 1
            }
            return nil
        }
        var index = from
        let count = bytes.count
        // The vectors' types are written out: with them inferred, comparisons compiled a
        // lane at a time.
        let (digitShift, belowTen, byte90) = (SIMD16<UInt8>(repeating: 0x80 - 0x30), SIMD16<Int8>(repeating: -0x80 + 10),
                                              SIMD16<UInt8>(repeating: 0x90))
        let (dashBit, slash, byteE2) = (SIMD16<UInt8>(repeating: 0x02), SIMD16<UInt8>(repeating: 0x2F), SIMD16<UInt8>(repeating: 0xE2))
        let (shiftB, belowD) = (SIMD16<UInt8>(repeating: 0x80 - 0x42), SIMD16<Int8>(repeating: -0x80 + 2))
        let (letterH, letterL, letterP) = (SIMD16<UInt8>(repeating: 0x48), SIMD16<UInt8>(repeating: 0x4C), SIMD16<UInt8>(repeating: 0x50))
        let (boundaryBits, space, byte9C) = (SIMD16<UInt8>(repeating: 0xF5), SIMD16<UInt8>(repeating: 0x20), SIMD16<UInt8>(repeating: 0x9C))
        let openingParenthesis = SIMD16<UInt8>(repeating: 0x28)
        /// The first candidate among the sixteen bytes at `offset`, or `nil`: read from
        /// the text, the bytes before them from `offset - 1` (at 0, as spaces: nothing is
        /// before the start).
        func firstCandidate(inBlockAt offset: Int) -> Int? {
            let block = start.loadUnaligned(fromByteOffset: offset, as: SIMD16<UInt8>.self)
            let before = offset > 0 ? start.loadUnaligned(fromByteOffset: offset &- 1, as: SIMD16<UInt8>.self) : space
            return firstCandidate(in: block, before: before, at: offset)
        }
        /// The first candidate among the sixteen bytes `block` at `offset`, the bytes
        /// before them `before`, or `nil`. Digits, and "B", "C", by their distance from "0"
        /// or "B" moved up by 0x80 and compared as signed bytes (one instruction; unsigned
        /// lane comparisons other than equality compile a lane at a time); "-" and "/" as
        /// one byte with 0x02 set; a boundary is a space, "\"", "(" or "*" (their bits but
        /// 0x08 and 0x02 those of a space) or 0x9C. All compared at once; the lanes are read
        /// back as two words (a lane found is all ones).
        @inline(__always)
        func firstCandidate(in block: SIMD16<UInt8>, before: SIMD16<UInt8>, at offset: Int) -> Int? {
            let isSeparator = (block | dashBit .== slash) .| (block .== byteE2)
            let separator = isSeparator .& ((unsafeBitCast(before &+ digitShift, to: SIMD16<Int8>.self) .< belowTen) .| (before .== space))
            let nameStart = unsafeBitCast(block &+ shiftB, to: SIMD16<Int8>.self) .< belowD .| (block .== letterH) .| (block .== letterL)
                .| (block .== letterP)
            let afterBoundary = (before & boundaryBits .== space) .| (before .== byte9C)
            let found = unsafeBitCast(separator .| (nameStart .& afterBoundary) .| (block .== byte90) .| (block .== openingParenthesis),
                                      to: SIMD2<UInt64>.self)
            guard found[0] | found[1] != 0 else { return nil }
            return firstCandidate(found[0] & ByteLanes.highBits, at: offset) ?? firstCandidate(found[1] & ByteLanes.highBits, at: offset &+ 8)
        }
        // Offsets below `count` never overflow: the block loop adds without checks.
        let lastBlock = count - 16
        while index <= lastBlock {
            if let candidate = firstCandidate(inBlockAt: index) { return candidate }
            index &+= 16
        }
        if lastBlock >= 0 {
            // The bytes left, in the block that ends the text: the bytes before `index`
            // that it reads again were passed over already (or come before `from`), and
            // are passed over again.
            return index < count ? firstCandidate(inBlockAt: lastBlock) ?? count : count
        }
        // A text shorter than a block (fifteen bytes at most), copied into a block of
        // zeros, and after a space into a block of spaces for the bytes before them: no
        // zero is flagged, and the bytes flagged are read from the text.
        guard index < count else { return count }
        var (block, before) = (SIMD16<UInt8>(), space)
        withUnsafeMutableBytes(of: &block) { $0.copyMemory(from: bytes) }
        withUnsafeMutableBytes(of: &before) { UnsafeMutableRawBufferPointer(rebasing: $0[1...]).copyMemory(from: bytes) }
        return firstCandidate(in: block, before: before, at: 0) ?? count
    }

    /// Where the number whose separator is at `separator` starts: the first of the one
    /// to six digits that end there or one space before it, when "/" or a dash is there
    /// (``CitationNumber/separator(_:at:)``) and no digit comes before them; `nil` otherwise.
    private static func numberStart(in bytes: UnsafeRawBufferPointer, separatorAt separator: Int) -> Int? {
        guard CitationNumber.separator(bytes, at: separator) != nil else { return nil }
        let end = separator > 0 && bytes[separator &- 1] == 0x20 ? separator &- 1 : separator
        var first = end
        while first > 0, end &- first < 7, bytes[first &- 1].isASCIIDigit { first &-= 1 }
        // The loop stops short of seven digits only at the text's start or at a non-digit.
        guard first < end, end &- first <= 6 else { return nil }
        return first
    }

    /// Whether a name may start at `index`: its first byte at a word's start, followed by
    /// the name's next bytes as far as eight bytes go, or as the text goes ("Bộ luật", not
    /// "Bộ Tài chính"; "Chương trình", not "Chính phủ").
    private static func mayStartName(_ bytes: UnsafeRawBufferPointer, at index: Int, _ namePrefixes: UnsafeBufferPointer<UInt64>) -> Bool {
        let byte = bytes[index]
        let prefix = namePrefixes[Int(byte & 0x0F)]
        guard UInt8(truncatingIfNeeded: prefix) == byte else { return false }
        let previous: UInt8 = index > 0 ? bytes[index - 1] : 0x20
        guard isWordBoundary(previous) else { return false }
        guard index <= bytes.count &- 8 else {
            // Near the end, the bytes left are compared (`named(at:)` compares the rest).
            for offset in 1..<(bytes.count - index) where bytes[index + offset] != UInt8(truncatingIfNeeded: prefix >> (8 * offset)) {
                return UInt8(truncatingIfNeeded: prefix >> (8 * offset)) == 0
            }
            return true
        }
        // A prefix's bytes are not 0 and its missing high bytes are: its mask is the
        // whole bytes that its leading zero bits leave.
        let mask = UInt64.max >> (prefix.leadingZeroBitCount & ~7)
        return UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self)) & mask == prefix
    }

    /// The first eight bytes (or fewer) of each named type (`CitationPhrases.namedTypes`)
    /// followed by its space, as a little-endian word, by the low four bits of its first
    /// byte, which no two of them share; 0 for the other values. Written out rather than
    /// made from the names: a table made at run time is read through a lazy-global check
    /// for every unit (5K on the Unicode files). A test checks it against the names.
    static let namePrefixes: [UInt64] = [
        0xE16C_2070_A1C3_6850,  // "Pháp lệnh" (0x50)
        0,
        0xE175_6C20_99BB_E142,  // "Bộ luật" (0x42)
        0x676E_A1C6_B0C6_6843,  // "Chương trình" (0x43)
        0xA1C3_2081_BBE1_90C4,  // "Đề án" (0xC4)
        0, 0, 0,
        0x7020_6EBF_BAE1_6948,  // "Hiến pháp" (0x48)
        0, 0, 0,
        0x0020_74AD_BAE1_754C,  // "Luật " (0x4C)
        0, 0, 0,
    ]

    private static func isWordBoundary(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == UInt8(ascii: "(") || byte == UInt8(ascii: "\"") || byte == 0x9C
    }
}
