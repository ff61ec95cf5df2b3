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
        let organ: String
        let source: String
        if let preamble, let found = organInPreamble(preamble) {
            organ = found
            source = "the preamble ('\(found) ...')"
        } else if let authority = signers.first?.authority.first, authority.form == "TM" {
            organ = named(authority.of)
            source = "the signature ('TM. \(authority.of)')"
        } else if let symbol, let code = symbol.split(whereSeparator: { $0 == "-" || $0 == "/" }).last, let full = organsBySymbol[String(code)] {
            organ = full
            source = "the symbol ('\(symbol)')"
        } else {
            return nil
        }
        let expandedOrgan = expanded(organ)
        // The title and preamble are joined only when the level is looked for in them.
        let issuer = completed(expandedOrgan, place: place, context: { [title, preamble].compactMap { $0 }.joined(separator: " ") })
        return Result(issuer: issuer, basis: source + (issuer == expandedOrgan ? "" : " and the place"))
    }

    /// Words that open the name of an issuing organ.
    private static let organWords = [
        "UBND", "Ủy ban", "Uỷ ban", "HĐND", "Hội đồng", "Sở", "Ban", "Phòng", "Bộ", "Cục", "Chi cục", "Trung tâm",
        "Văn phòng", "Thanh tra", "Công an", "Đảng ủy", "Đảng uỷ", "Thường trực", "Mặt trận", "Tỉnh ủy", "Tỉnh uỷ",
        "Huyện ủy", "Huyện uỷ", "Thành ủy", "Thành uỷ", "Chủ tịch",
    ].map { Array($0.utf8) }

    /// The subject of "... xây dựng kế hoạch" in the preamble: from the last organ word
    /// ("UBND", "Ủy ban", "Sở", ...) in the twelve words before the verb, within the clause.
    /// Each occurrence of the verb is tried in turn.
    private static func organInPreamble(_ preamble: String) -> String? {
        let bytes = Array(preamble.utf8)
        var from = 0
        while let verb = firstVerb(in: bytes, from: from) {
            from = verb + 1
            var start = verb
            var organStart: Int?
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
                if organWords.contains(where: { bytes[wordStart...].starts(with: $0) && (wordStart + $0.count == bytes.count || bytes[wordStart + $0.count] == 0x20) }) {
                    organStart = wordStart
                }
                if wordStart > 0, bytes[wordStart - 1] == 0x0A { break }
            }
            guard let organStart else { continue }
            let organ = Array(bytes[organStart..<verb].trimmingSpaces())
            guard !organ.contains(where: \.isASCIIDigit) else { continue }
            return UTF8Text.string(organ)
        }
        return nil
    }

    /// The offset of the first of `verbs` in `bytes` at or after `from`: the verbs' first
    /// bytes ("x", "b") are found by ``ByteSearch`` and each verb is
    /// compared there, in one pass per first byte instead of one per verb.
    private static func firstVerb(in bytes: [UInt8], from: Int) -> Int? {
        var first: Int?
        for lead in verbLeads {
            var start = from
            while let found = ByteSearch.firstOffset(of: lead, in: bytes, from: start, to: first ?? bytes.count) {
                if verbs.contains(where: { $0[0] == lead && bytes[found...].starts(with: $0) }) {
                    first = found
                    break
                }
                start = found + 1
            }
        }
        return first
    }

    /// The first bytes of `verbs`.
    private static let verbLeads = Array(Set(verbs.map { $0[0] })).sorted()

    /// An organ from capitals: "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI" → "Ủy ban nhân dân tỉnh
    /// Quảng Ngãi": lower case, "UBND" written out, the place after the level capitalized.
    private static func named(_ capitals: String) -> String {
        guard capitals.contains(where: \.isUppercase) else { return capitals }
        var words = capitals.split(separator: " ").map { $0.lowercased() }
        var capitalize = false
        for index in words.indices {
            if let full = organsBySymbol[words[index].uppercased()] {
                words[index] = index == 0 ? full : full.lowercased()
                continue
            }
            if capitalize || index == 0 { words[index] = words[index].prefix(1).uppercased() + words[index].dropFirst() }
            if levels.contains(words[index]) || (index > 0 && levels.contains(words[index - 1] + " " + words[index])) { capitalize = true }
        }
        return words.joined(separator: " ")
    }


    /// The organ with its place: "UBND phường" + "Chánh Lộ" → "Ủy ban nhân dân phường Chánh Lộ";
    /// "Ủy ban nhân dân" + "Bình Phước" → "Ủy ban nhân dân tỉnh Bình Phước" when the context
    /// (the title and preamble, joined only when the level is looked for there) says "tỉnh
    /// Bình Phước".
    private static func completed(_ organ: String, place: String?, context: () -> String) -> String {
        let organ = expanded(organ)
        guard let place, Array(organ.utf8).firstOffset(of: Array(place.utf8)) == nil else { return organ }
        if levels.contains(where: { organ.hasSuffix(" " + $0) }) { return organ + " " + place }
        let contextBytes = Array(context().utf8)
        if let level = levels.first(where: { contextBytes.firstOffset(of: Array(($0 + " " + place).utf8)) != nil }) {
            return organ + " " + level + " " + place
        }
        return organ
    }

    private static func expanded(_ organ: String) -> String {
        var words = organ.split(separator: " ").map(String.init)
        if let first = words.first, let full = organsBySymbol[first] { words[0] = full }
        return words.joined(separator: " ")
    }
}
