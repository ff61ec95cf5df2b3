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

    private static let verbs = ["xây dựng kế hoạch", "ban hành kế hoạch", "xây dựng và ban hành kế hoạch"].map { Folding.key($0) }
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
    /// the start of the clause.
    private static func organ(inPreamble preamble: String) -> String? {
        let words = preamble.split(separator: " ")
        let keys = words.map { Folding.key($0.utf8) }
        for end in words.indices {
            let matched = verbs.contains { verb in
                let count = verb.split(separator: 0x20).count
                return end + count <= keys.count && Array(keys[end..<(end + count)].joined(separator: [0x20])) == verb
            }
            guard matched else { continue }
            var start = end
            while start > 0, end - start < 12 {
                let previous = words[start - 1]
                if let last = previous.last, [",", ";", ".", ":"].contains(last) { break }
                start -= 1
            }
            let organ = words[start..<end]
            guard let first = organ.first?.first, first.isUppercase, !organ.joined().contains(where: \.isNumber) else { return nil }
            return organ.joined(separator: " ")
        }
        return nil
    }

    /// The organ with its place: "UBND phường" + "Chánh Lộ" → "Ủy ban nhân dân phường Chánh Lộ";
    /// "Ủy ban nhân dân" + "Bình Phước" → "Ủy ban nhân dân tỉnh Bình Phước" when the context
    /// says "tỉnh Bình Phước".
    private static func completed(_ organ: String, place: String?, context: String) -> String {
        let organ = expanded(organ)
        guard let place, !organ.contains(place) else { return organ }
        if levels.contains(where: { organ.hasSuffix(" " + $0) }) { return organ + " " + place }
        if let level = levels.first(where: { context.contains($0 + " " + place) }) {
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
