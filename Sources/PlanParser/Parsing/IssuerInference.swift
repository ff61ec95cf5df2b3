/// Infers the issuer of a document whose header does not print it (text extraction often
/// drops the header table).
///
/// In order: the preamble's own sentence ("UBND phường xây dựng kế hoạch", "Sở Khoa học và
/// Công nghệ ban hành Kế hoạch"); else the organ of the signature ("TM. ỦY BAN NHÂN DÂN")
/// or of the symbol ("KH-UBND"). An organ named without its place ("UBND phường") gets the
/// header's place, with the level ("tỉnh Bình Phước") read from the title or preamble
/// when the organ has none. "UBND" and "HĐND" are written out.
enum IssuerInference {
    struct Result {
        var issuer: String
        /// What the issuer was read from, for the diagnostic.
        var basis: String
    }

    /// The printed forms of "… xây dựng / ban hành Kế hoạch", matched on bytes.
    private static let verbs: [[UInt8]] = ["xây dựng kế hoạch", "xây dựng Kế hoạch", "ban hành kế hoạch", "ban hành Kế hoạch"].map { Array($0.utf8) }
    private static let levels = ["thành phố", "thị xã", "thị trấn", "tỉnh", "huyện", "quận", "xã", "phường", "đặc khu"]
    private static let organsBySymbol = ["UBND": "Ủy ban nhân dân", "HĐND": "Hội đồng nhân dân"]

    static func infer(place: String?, symbol: String?, title: String?, preamble: String?, signers: [Signer]) -> Result? {
        let context = [title, preamble].compactMap { $0 }.joined(separator: " ")
        if let preamble, let organ = organ(inPreamble: preamble) {
            let issuer = completed(organ, place: place, context: context)
            return Result(issuer: issuer, basis: "the preamble ('\(organ) ...')" + (issuer == expanded(organ) ? "" : " and the place"))
        }
        if let authority = signers.first?.authority.first, authority.form == "TM" {
            let organ = sentenceCase(authority.of)
            return Result(issuer: completed(organ, place: place, context: context), basis: "the signature ('TM. \(authority.of)') and the place")
        }
        if let symbol, let code = symbol.split(whereSeparator: { $0 == "-" || $0 == "/" }).last, let organ = organsBySymbol[String(code)] {
            return Result(issuer: completed(organ, place: place, context: context), basis: "the symbol ('\(symbol)') and the place")
        }
        return nil
    }

    /// The capitalized subject of "... xây dựng kế hoạch" in the preamble: the words back to
    /// the start of the clause (at most 12).
    private static func organ(inPreamble preamble: String) -> String? {
        let bytes = Array(preamble.utf8)
        guard let verb = verbs.compactMap({ firstOffset(of: $0, in: bytes) }).min() else { return nil }
        var start = verb
        var words = 0
        while start > 0, words < 12 {
            var wordStart = start - 1
            while wordStart > 0, bytes[wordStart - 1] == 0x20 { wordStart -= 1 }
            let wordEnd = wordStart
            while wordStart > 0, bytes[wordStart - 1] != 0x20, bytes[wordStart - 1] != 0x0A { wordStart -= 1 }
            guard wordEnd > wordStart else { break }
            let last = bytes[wordEnd - 1]
            if last == UInt8(ascii: ",") || last == UInt8(ascii: ";") || last == UInt8(ascii: ".") || last == UInt8(ascii: ":") { break }
            start = wordStart
            words += 1
            if wordStart > 0, bytes[wordStart - 1] == 0x0A { break }
        }
        let organ = Array(bytes[start..<verb]).trimmingSpaces()
        guard let first = UTF8Text.firstLetter(of: organ), first.properties.isUppercase,
            !organ.contains(where: \.isASCIIDigit)
        else { return nil }
        return UTF8Text.string(organ)
    }

    /// The offset of `needle` in `haystack`, byte for byte.
    private static func firstOffset(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard let first = needle.first, needle.count <= haystack.count else { return nil }
        var index = 0
        while index + needle.count <= haystack.count {
            if haystack[index] == first, haystack[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    /// The organ with its place: "UBND phường" + "Chánh Lộ" → "Ủy ban nhân dân phường Chánh Lộ";
    /// "Ủy ban nhân dân" + "Bình Phước" → "Ủy ban nhân dân tỉnh Bình Phước" when the context
    /// says "tỉnh Bình Phước".
    private static func completed(_ organ: String, place: String?, context: String) -> String {
        let organ = expanded(organ)
        guard let place, firstOffset(of: Array(place.utf8), in: Array(organ.utf8)) == nil else { return organ }
        if levels.contains(where: { organ.hasSuffix(" " + $0) }) { return organ + " " + place }
        let contextBytes = Array(context.utf8)
        if let level = levels.first(where: { firstOffset(of: Array(($0 + " " + place).utf8), in: contextBytes) != nil }) {
            return organ + " " + level + " " + place
        }
        return organ
    }

    private static func expanded(_ organ: String) -> String {
        var words = organ.split(separator: " ").map(String.init)
        if let first = words.first, let full = organsBySymbol[first] { words[0] = full }
        return words.joined(separator: " ")
    }

    /// "ỦY BAN NHÂN DÂN" → "Ủy ban nhân dân".
    private static func sentenceCase(_ text: String) -> String {
        let lower = text.lowercased()
        guard let first = lower.first else { return lower }
        return first.uppercased() + lower.dropFirst()
    }
}
