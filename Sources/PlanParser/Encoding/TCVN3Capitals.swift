/// TCVN3 (ABC) has no capital letters with tone marks: headings were typed in the capitals
/// font (.VnTimeH) at the code points of small letters, so they decode in mixed case
/// ("QUYÕT §ÞNH" → "QUYếT ĐịNH"). Capitals are put back where the case cannot be meant:
/// in a line whose ASCII letters are all capitals (at least two), every letter; elsewhere,
/// in a word with no small ASCII letter and two ASCII capitals, or one after a small
/// letter ("ủY BAN ... THàNH PHố cần thơ" → "ỦY BAN ... THÀNH PHỐ cần thơ"). Words typed wholly at small code points ("bé tµi chÝnh")
/// stay as they are: nothing tells them from text.
enum TCVN3Capitals {
    /// A decoded line with its capitals put back.
    static func restore(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        // One pass: a small non-ASCII letter (else nothing to do), and the ASCII case counts.
        var hasSmallLetter = false, capitals = 0, small = 0
        for scalar in scalars {
            let value = scalar.value
            if value >= 0x41 && value <= 0x5A {
                capitals += 1
            } else if value >= 0x61 && value <= 0x7A {
                small += 1
            } else if !hasSmallLetter && !scalar.isASCII && isLowercase(scalar) {
                hasSmallLetter = true
            }
        }
        guard hasSmallLetter else { return scalars }
        if capitals >= 2 && small == 0 { return uppercased(scalars, in: [0..<scalars.count]) }
        var capitalWords: [Range<Int>] = []
        var start = 0
        while start < scalars.count {
            var end = start, wordCapitals = 0, wordSmall = 0
            while end < scalars.count, isAlphabetic(scalars[end]) {
                let value = scalars[end].value
                if value >= 0x41 && value <= 0x5A { wordCapitals += 1 } else if value >= 0x61 && value <= 0x7A { wordSmall += 1 }
                end += 1
            }
            if end == start {
                start += 1
                continue
            }
            // "THàNH", "PHố", and "ủY" (a small letter before capitals is no spelling).
            let startsSmall = isLowercase(scalars[start])
            if wordSmall == 0 && (wordCapitals >= 2 || wordCapitals >= 1 && startsSmall) {
                capitalWords.append(start..<end)
            }
            start = end
        }
        return capitalWords.isEmpty ? scalars : uppercased(scalars, in: capitalWords)
    }

    /// `scalars` with the small letters in `ranges` (in order) made capitals: in place
    /// where every capital is one scalar, built anew otherwise ("ß" → "SS").
    private static func uppercased(_ scalars: [Unicode.Scalar], in ranges: [Range<Int>]) -> [Unicode.Scalar] {
        var result = scalars
        var isLonger = false
        for range in ranges {
            for index in range {
                if let capital = capital(of: result[index]) { result[index] = capital } else { isLonger = true }
            }
        }
        guard isLonger else { return result }
        result.removeAll(keepingCapacity: true)
        var next = 0
        for range in ranges {
            result += scalars[next..<range.lowerBound]
            for scalar in scalars[range] {
                if isLowercase(scalar) { result += scalar.properties.uppercaseMapping.unicodeScalars } else { result.append(scalar) }
            }
            next = range.upperBound
        }
        result += scalars[next...]
        return result
    }

    /// The capital of a small letter (the scalar itself for any other), or `nil` when the
    /// capital is more than one scalar. Vietnamese letters without a property look-up.
    private static func capital(of scalar: Unicode.Scalar) -> Unicode.Scalar? {
        guard isLowercase(scalar) else { return scalar }
        if scalar.isASCII { return Unicode.Scalar(UInt8(scalar.value - 0x20)) }
        if var letter = VietnameseVowels.letter(scalar) {
            letter.isUpper = true
            return VietnameseVowels.scalar(letter)
        }
        if scalar == "đ" { return "Đ" }
        let mapping = scalar.properties.uppercaseMapping.unicodeScalars
        return mapping.count == 1 ? mapping.first : nil
    }

    /// Unicode's properties, with the answer for ASCII and Vietnamese letters (most of the
    /// text) without a property look-up.
    private static func isAlphabetic(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return ("A"..."Z").contains(scalar) || ("a"..."z").contains(scalar) }
        return VietnameseVowels.letter(scalar) != nil || scalar == "đ" || scalar == "Đ" || scalar.properties.isAlphabetic
    }

    private static func isLowercase(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return ("a"..."z").contains(scalar) }
        if let letter = VietnameseVowels.letter(scalar) { return !letter.isUpper }
        return scalar == "đ" || scalar != "Đ" && scalar.properties.isLowercase
    }
}
