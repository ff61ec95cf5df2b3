/// Whether a word has the shape of one Vietnamese syllable: an initial consonant, a vowel
/// nucleus from the language's list, an allowed final consonant, and at most one tone,
/// which is sắc or nặng after a final c, ch, p or t.
///
/// A right decoding of legacy bytes gives such words; a wrong one gives "Keỏ", "ủửụùc".
enum SyllableShape {
    private static let onsets = ["ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "th", "tr", "qu",
                                 "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x"]
    private static let codas: Set<String> = ["", "c", "ch", "m", "n", "ng", "nh", "p", "t"]
    private static let stopCodas: Set<String> = ["c", "ch", "p", "t"]
    /// Nuclei (without tones) that take a final consonant or not.
    private static let freeNuclei: Set<String> = ["a", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y",
                                                  "oa", "oe", "uê", "uy"]
    /// Nuclei that never take a final consonant.
    private static let openNuclei: Set<String> = ["ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iu",
                                                  "oi", "ôi", "ơi", "ua", "ui", "uơ", "ưa", "ưi", "ưu", "iêu",
                                                  "oai", "oao", "oay", "oeo", "uây", "uôi", "uya", "uyu", "ươi",
                                                  "ươu", "yêu"]
    /// Nuclei that always take a final consonant.
    private static let closedNuclei: Set<String> = ["ă", "â", "iê", "yê", "uô", "ươ", "uâ", "oă", "oo", "uyê"]

    /// `word` is lower case (see ``VietnameseVowels/lowercased(_:)``).
    static func isPlausible(_ word: [Unicode.Scalar]) -> Bool {
        var plain = String.UnicodeScalarView()
        var isVowel: [Bool] = []
        var tones = 0, tone = 0
        for scalar in word {
            if let letter = VietnameseVowels.letter(scalar) {
                if letter.tone != 0 { tones += 1; tone = letter.tone }
                plain.append(VietnameseVowels.scalar(VietnameseVowels.Letter(row: letter.row, tone: 0, isUpper: false)))
                isVowel.append(true)
            } else if scalar.value >= 0x61 && scalar.value <= 0x7A || scalar == "đ" {
                plain.append(scalar)
                isVowel.append(false)
            } else {
                return false
            }
        }
        guard tones <= 1 else { return false }
        let letters = Array(plain)
        var start = 0
        for onset in onsets where letters.starts(with: onset.unicodeScalars) {
            let end = onset.unicodeScalars.count
            // "gi" and "qu" are initials only before another vowel ("gió", "quê"; "gì" is g + ì).
            if onset == "gi" || onset == "qu" {
                guard end < letters.count, isVowel[end], word[end - 1] == letters[end - 1] else { continue }
            }
            start = end
            break
        }
        var end = start
        while end < letters.count && isVowel[end] { end += 1 }
        guard end > start else { return false }
        let nucleus = String(String.UnicodeScalarView(letters[start..<end]))
        let coda = String(String.UnicodeScalarView(letters[end...]))
        guard codas.contains(coda) else { return false }
        if stopCodas.contains(coda) && tone != 1 && tone != 5 { return false }
        if freeNuclei.contains(nucleus) { return true }
        if openNuclei.contains(nucleus) { return coda.isEmpty }
        if closedNuclei.contains(nucleus) { return !coda.isEmpty }
        return false
    }
}
