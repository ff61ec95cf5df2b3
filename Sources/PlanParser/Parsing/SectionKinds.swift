/// Phase 3b: what a section heading is about, from keywords of its folded title.
///
/// Only heading-like titles are classified (at most 15 words, no ";" and no final "."),
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
        guard !title.contains(UInt8(ascii: ";")), title.last != UInt8(ascii: "."),
            UTF8Text.wordCount(title) <= 15
        else { return [] }
        let key = Folding.key(title)
        var found: [(position: Int, kind: SectionKind)] = []
        for (phrase, kind) in keywords {
            guard let position = position(of: phrase, in: key) else { continue }
            if let existing = found.firstIndex(where: { $0.kind == kind }) {
                found[existing].position = min(found[existing].position, position)
            } else {
                found.append((position, kind))
            }
        }
        return found.sorted { $0.position < $1.position }.map(\.kind)
    }

    /// The offset of `phrase` in `key` at word boundaries.
    private static func position(of phrase: [UInt8], in key: [UInt8]) -> Int? {
        var start = 0
        while start + phrase.count <= key.count {
            if (start == 0 || key[start - 1] == 0x20 || !key[start - 1].isASCIILetter),
                key[start..<(start + phrase.count)].elementsEqual(phrase),
                start + phrase.count == key.count || !key[start + phrase.count].isASCIILetter
            {
                return start
            }
            start += 1
        }
        return nil
    }
}
