/// Whether a word has the shape of one Vietnamese syllable: an initial consonant, a vowel
/// nucleus from the language's list, an allowed final consonant, and at most one tone,
/// which is sắc or nặng after a final c, ch, p or t.
///
/// A right decoding of legacy bytes gives such words; a wrong one gives "Keỏ", "ủửụùc".
/// Letters are coded as bytes (ASCII letters as themselves, the vowels with a diacritic
/// and đ as small codes), and the parts are looked up packed into integers.
enum SyllableShape {
    private static let onsets: [[UInt8]] = ["ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "th", "tr", "qu",
                                            "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x"].map(codes)
    private static let codas = keys(["", "c", "ch", "m", "n", "ng", "nh", "p", "t"])
    private static let stopCodas = keys(["c", "ch", "p", "t"])
    /// Nuclei (without tones) that take a final consonant or not.
    private static let freeNuclei = keys(["a", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y", "oa", "oe", "uê", "uy"])
    /// Nuclei that never take a final consonant.
    private static let openNuclei = keys(["ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iu", "oi", "ôi", "ơi",
                                          "ua", "ui", "uơ", "ưa", "ưi", "ưu", "iêu", "oai", "oao", "oay", "oeo", "uây",
                                          "uôi", "uya", "uyu", "ươi", "ươu", "yêu"])
    /// Nuclei that always take a final consonant.
    private static let closedNuclei = keys(["ă", "â", "iê", "yê", "uô", "ươ", "uâ", "oă", "oo", "uyê"])

    /// `word` is lower case (see ``VietnameseVowels/lowercased(_:)``).
    static func isPlausible(_ word: [Unicode.Scalar]) -> Bool {
        guard word.count <= 8 else { return false }
        var letters: [UInt8] = []
        letters.reserveCapacity(word.count)
        var tones = 0, tone = 0
        var secondIsToneless = true
        for (index, scalar) in word.enumerated() {
            guard let code = code(scalar) else { return false }
            if let letter = VietnameseVowels.letter(scalar), letter.tone != 0 {
                tones += 1
                tone = letter.tone
                if index == 1 { secondIsToneless = false }
            }
            letters.append(code)
        }
        guard tones <= 1 else { return false }
        var start = 0
        for onset in onsets where letters.starts(with: onset) {
            // "gi" and "qu" are initials only before another vowel ("gió", "quê"; "gì" is g + ì).
            if onset.count == 2 && (onset[0] == 0x67 && onset[1] == 0x69 || onset[0] == 0x71 && onset[1] == 0x75) {
                guard letters.count > 2, isVowel(letters[2]), secondIsToneless else { continue }
            }
            start = onset.count
            break
        }
        var end = start
        while end < letters.count && isVowel(letters[end]) { end += 1 }
        guard end > start, end - start <= 3, letters.count - end <= 2 else { return false }
        let nucleus = key(letters[start..<end]), coda = key(letters[end...])
        guard codas.contains(coda) else { return false }
        if stopCodas.contains(coda) && tone != 1 && tone != 5 { return false }
        if freeNuclei.contains(nucleus) { return true }
        if openNuclei.contains(nucleus) { return coda == 0 }
        if closedNuclei.contains(nucleus) { return coda != 0 }
        return false
    }

    /// A letter without its tone: an ASCII lower-case letter as itself, a vowel with a
    /// diacritic as 1 + its row, đ as 0x10; `nil` for anything else.
    private static func code(_ scalar: Unicode.Scalar) -> UInt8? {
        if scalar.value >= 0x61 && scalar.value <= 0x7A { return UInt8(scalar.value) }
        if scalar == "đ" { return 0x10 }
        guard let letter = VietnameseVowels.letter(scalar), !letter.isUpper else { return nil }
        let plain = VietnameseVowels.scalar(.init(row: letter.row, tone: 0, isUpper: false))
        return plain.value < 0x80 ? UInt8(plain.value) : UInt8(1 + letter.row)
    }

    private static func isVowel(_ code: UInt8) -> Bool {
        code >= 1 && code <= 12 || code == 0x61 || code == 0x65 || code == 0x69 || code == 0x6F || code == 0x75 || code == 0x79
    }

    private static func codes(_ text: String) -> [UInt8] {
        text.unicodeScalars.map { code($0)! }
    }

    private static func key(_ codes: some Sequence<UInt8>) -> UInt32 {
        codes.reduce(0) { $0 << 8 | UInt32($1) }
    }

    private static func keys(_ texts: [String]) -> Set<UInt32> {
        Set(texts.map { key(codes($0)) })
    }
}
