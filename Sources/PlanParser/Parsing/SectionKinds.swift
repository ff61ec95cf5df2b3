/// Phase 3b: what a section heading is about, from keywords of its folded title.
///
/// Only heading-like titles are classified (at most 20 words, no ";" and no final "."),
/// and in a title of more than 10 words only keywords among its first three words count,
/// so that a numbered clause such as "3. Chủ tịch UBND các huyện có trách nhiệm ..." is
/// not taken for an "implementation" heading. Folding makes typos in tone marks harmless
/// ("THỜI GIẠN" → "thoi gian"). Kinds come out in the order their keywords appear.
enum SectionKinds {
    private static let keywords: [(phrase: [UInt8], kind: SectionKind)] = ([
        ("to chuc thuc hien", .implementation), ("phan cong", .implementation),
        ("trach nhiem", .implementation),
        ("che do bao cao", .reporting), ("thong tin bao cao", .reporting),
        ("che do thong tin", .reporting), ("bao cao ket qua", .reporting),
        ("kinh phi", .budget), ("nguon von", .budget),
        ("muc dich", .purpose), ("yeu cau", .requirements),
        ("muc tieu", .targets), ("chi tieu", .targets),
        ("doi tuong", .scope), ("pham vi", .scope),
        ("noi dung", .content), ("nhiem vu", .content), ("giai phap", .content),
        ("hinh thuc", .methods), ("phuong thuc", .methods),
        ("thoi gian", .schedule), ("tien do", .schedule), ("lo trinh", .schedule),
    ] as [(String, SectionKind)]).map { (Array($0.0.utf8), $0.1) }

    static func classify(_ title: [UInt8]) -> [SectionKind] {
        let words = UTF8Text.wordCount(title)
        guard !title.contains(UInt8(ascii: ";")), title.last != UInt8(ascii: "."), words <= 20 else { return [] }
        let key = Folding.key(title)
        let reach = words <= 10 ? key.count : Self.offsetOfFourthWord(key)
        var found: [(position: Int, kind: SectionKind)] = []
        for (phrase, kind) in keywords {
            guard let position = key.offset(ofKeyPhrase: phrase), position < reach else { continue }
            if let existing = found.firstIndex(where: { $0.kind == kind }) {
                found[existing].position = min(found[existing].position, position)
            } else {
                found.append((position, kind))
            }
        }
        return found.sorted { $0.position < $1.position }.map(\.kind)
    }

    private static func offsetOfFourthWord(_ key: [UInt8]) -> Int {
        var spaces = 0
        for (offset, byte) in key.enumerated() where byte == 0x20 {
            spaces += 1
            if spaces == 3 { return offset + 1 }
        }
        return key.count
    }
}
