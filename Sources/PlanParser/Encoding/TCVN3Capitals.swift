/// TCVN3 (ABC) has no capital letters with tone marks: headings were typed in the capitals
/// font (.VnTimeH) at the code points of small letters, so they decode in mixed case
/// ("QUYÕT §ÞNH" → "QUYếT ĐịNH"). Capitals are put back where the case cannot be meant:
/// in a line whose ASCII letters are all capitals (at least two), every letter; elsewhere,
/// in a word with no small ASCII letter and two ASCII capitals, or one after a small
/// letter ("ủY BAN ... THàNH PHố cần thơ" → "ỦY BAN ... THÀNH PHỐ cần thơ"). Words typed wholly at small code points ("bé tµi chÝnh")
/// stay as they are: nothing tells them from text.
enum TCVN3Capitals {
    static func restore(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        guard scalars.contains(where: { !$0.isASCII && isLowercase($0) }) else { return scalars }
        let (capitals, small) = asciiCase(scalars[...])
        if capitals >= 2 && small == 0 { return scalars.flatMap(uppercased) }
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(scalars.count)
        var start = 0
        while start < scalars.count {
            var end = start
            while end < scalars.count, isAlphabetic(scalars[end]) { end += 1 }
            if end == start {
                result.append(scalars[start])
                start += 1
                continue
            }
            let word = scalars[start..<end]
            let (wordCapitals, wordSmall) = asciiCase(word)
            // "THàNH", "PHố", and "ủY" (a small letter before capitals is no spelling).
            let startsSmall = isLowercase(word.first!)
            if wordSmall == 0 && (wordCapitals >= 2 || wordCapitals >= 1 && startsSmall) {
                result += word.flatMap(uppercased)
            } else {
                result += word
            }
            start = end
        }
        return result
    }

    private static func asciiCase(_ scalars: ArraySlice<Unicode.Scalar>) -> (capitals: Int, small: Int) {
        var capitals = 0, small = 0
        for scalar in scalars where scalar.isASCII {
            if ("A"..."Z").contains(scalar) { capitals += 1 } else if ("a"..."z").contains(scalar) { small += 1 }
        }
        return (capitals, small)
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

    private static func uppercased(_ scalar: Unicode.Scalar) -> [Unicode.Scalar] {
        isLowercase(scalar) ? Array(scalar.properties.uppercaseMapping.unicodeScalars) : [scalar]
    }
}
