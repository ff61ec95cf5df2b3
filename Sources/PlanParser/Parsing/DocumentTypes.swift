/// The document types of ND 30/2020 (Điều 7, Phụ lục III) with their symbol codes, and
/// the matching of a type-name line ("KẾ HOẠCH") or a symbol code ("KH-UBND").
enum DocumentTypes {
    /// (code, name); the code is `nil` for types without one.
    static let all: [(code: String?, name: String)] = [
        ("NQ", "Nghị quyết"), ("QĐ", "Quyết định"), ("CT", "Chỉ thị"), ("QC", "Quy chế"),
        ("QyĐ", "Quy định"), ("TC", "Thông cáo"), ("TB", "Thông báo"), ("HD", "Hướng dẫn"),
        ("CTr", "Chương trình"), ("KH", "Kế hoạch"), ("PA", "Phương án"), ("ĐA", "Đề án"),
        ("DA", "Dự án"), ("BC", "Báo cáo"), ("BB", "Biên bản"), ("TTr", "Tờ trình"),
        ("HĐ", "Hợp đồng"), ("CĐ", "Công điện"), ("BGN", "Bản ghi nhớ"), ("BTT", "Bản thỏa thuận"),
        ("GUQ", "Giấy ủy quyền"), ("GM", "Giấy mời"), ("GGT", "Giấy giới thiệu"),
        ("GNP", "Giấy nghỉ phép"), ("PG", "Phiếu gửi"), ("PC", "Phiếu chuyển"), ("PB", "Phiếu báo"),
        ("TTLT", "Thông tư liên tịch"), ("TT", "Thông tư"), ("NĐ", "Nghị định"), ("L", "Luật"),
        (nil, "Công văn"),
    ]

    /// The folded names, in the order of `all`.
    static let nameKeys: [[UInt8]] = all.map { Folding.key($0.name) }

    /// The type whose name is exactly `folded` (a folded key), e.g. "ke hoach".
    static func type(named folded: [UInt8]) -> DocumentType? {
        guard let index = nameKeys.firstIndex(of: folded) else { return nil }
        return DocumentType(code: all[index].code, name: all[index].name)
    }

    /// The key heads (`Folding.keyHead`) of the names.
    private static let nameHeads: [UInt32] = nameKeys.map(Folding.keyHead)

    /// Whether `text` may fold to a name or start with one: its key head is a name's. Most
    /// lines are ruled out by it before their key is built.
    static func mayStartWithName(_ text: some ByteText) -> Bool {
        nameHeads.contains(Folding.keyHead(text))
    }

    /// The length of the longest folded name: a longer key names no type.
    static let longestNameKey = nameKeys.map(\.count).max() ?? 0

    /// The type whose name starts `folded` followed by more words.
    static func type(prefixing folded: [UInt8]) -> DocumentType? {
        // A name's first byte is compared before the whole name (most names differ in it).
        for (index, key) in nameKeys.enumerated() where folded.count > key.count + 1 && folded[0] == key[0] {
            if folded.starts(with: key), folded[key.count] == 0x20 {
                return DocumentType(code: all[index].code, name: all[index].name)
            }
        }
        return nil
    }

    /// The type of a symbol code, case-sensitive as ND 30 requires ("QĐ" is not "QyĐ").
    static func type(code: String) -> DocumentType? {
        let index = UTF8Text.withUTF8(of: code) { bytes in
            // A code of ASCII and "Đ" is canonically equivalent to a code (ASCII and "Đ",
            // which decomposes to nothing) only when their bytes are equal: compared as
            // bytes, without the normalizing comparison of strings; another code is
            // compared as strings.
            guard isPlain(bytes) else { return all.firstIndex { $0.code == code } }
            return codeBytes.firstIndex { $0?.elementsEqual(bytes) == true }
        }
        guard let index else { return nil }
        return DocumentType(code: all[index].code, name: all[index].name)
    }

    /// The UTF-8 bytes of the codes, in the order of `all` (`nil` for a type without one).
    private static let codeBytes: [[UInt8]?] = all.map { $0.code.map { Array($0.utf8) } }

    /// Whether UTF-8 bytes hold only ASCII and "Đ" (C4 90), the characters of the codes.
    private static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            if bytes[index] < 0x80 {
                index += 1
            } else if bytes[index] == 0xC4, index + 1 < bytes.count, bytes[index + 1] == 0x90 {
                index += 2
            } else {
                return false
            }
        }
        return true
    }
}
