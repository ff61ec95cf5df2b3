/// TCVN3 (ABC) has no capital letters with tone marks: headings were typed in the capitals
/// font (.VnTimeH) at the code points of small letters, so they decode in mixed case
/// ("QUYÕT §ÞNH" → "QUYếT ĐịNH"). Capitals are put back where the case cannot be meant:
/// in a line whose ASCII letters are all capitals (at least two), every letter; elsewhere,
/// in a word with no small ASCII letter and two ASCII capitals, or one after a small
/// letter ("ủY BAN ... THàNH PHố cần thơ" → "ỦY BAN ... THÀNH PHỐ cần thơ"). Words typed wholly at small code points ("bé tµi chÝnh")
/// stay as they are: nothing tells them from text.
enum TCVN3Capitals {
    static func restore(_ line: String.UnicodeScalarView) -> String.UnicodeScalarView {
        let scalars = Array(line)
        guard scalars.contains(where: { !$0.isASCII && $0.properties.isLowercase }) else { return line }
        let (capitals, small) = asciiCase(scalars[...])
        if capitals >= 2 && small == 0 { return String.UnicodeScalarView(scalars.flatMap(uppercased)) }
        var result = String.UnicodeScalarView()
        var start = 0
        while start < scalars.count {
            var end = start
            while end < scalars.count, scalars[end].properties.isAlphabetic { end += 1 }
            if end == start {
                result.append(scalars[start])
                start += 1
                continue
            }
            let word = scalars[start..<end]
            let (wordCapitals, wordSmall) = asciiCase(word)
            // "THàNH", "PHố", and "ủY" (a small letter before capitals is no spelling).
            let startsSmall = word.first!.properties.isLowercase
            if wordSmall == 0 && (wordCapitals >= 2 || wordCapitals >= 1 && startsSmall) {
                result.append(contentsOf: word.flatMap(uppercased))
            } else {
                result.append(contentsOf: word)
            }
            start = end
        }
        return result
    }

    private static func asciiCase(_ scalars: ArraySlice<Unicode.Scalar>) -> (capitals: Int, small: Int) {
        var capitals = 0, small = 0
        for scalar in scalars where scalar.isASCII {
            if scalar.properties.isUppercase { capitals += 1 } else if scalar.properties.isLowercase { small += 1 }
        }
        return (capitals, small)
    }

    private static func uppercased(_ scalar: Unicode.Scalar) -> [Unicode.Scalar] {
        scalar.properties.isLowercase ? Array(scalar.properties.uppercaseMapping.unicodeScalars) : [scalar]
    }
}
