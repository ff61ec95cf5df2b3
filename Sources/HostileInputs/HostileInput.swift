/// Inputs built to stress the parser (issue 6), each at any size: the benchmark measures
/// them and the tests check that their parse time grows linearly with the size.
public enum HostileInput: String, CaseIterable, Sendable {
    /// A realistic plan whose body repeats: numbered sections, sub-items, bullets, references.
    case plainPlan = "plain plan"
    /// One line of words, no line break.
    case oneLongLine = "one long line"
    /// One line with neither spaces nor line breaks.
    case lineWithoutSpaces = "line without spaces"
    /// "- x" lines.
    case manyBullets = "many bullets"
    /// Decimal numbering nested up to 1,000 deep ("1." / "1.1." / "1.1.1." ...), repeated.
    case deepNumbering = "deep numbering"
    /// Every marker style nested in turn ("I." / "1." / "1.1." / "a)" / "-" / "+" ...).
    case mixedMarkers = "mixed markers"
    /// The plain plan with a NUL every 500 bytes or so.
    case scatteredNULs = "scattered NULs"
    /// The plain plan with invalid UTF-8 in the middle.
    case invalidUTF8 = "invalid UTF-8"
    /// Markdown table rows ("| 1 | a | b |").
    case manyPipes = "many pipes"
    /// "Căn cứ Nghị định số 12/2020/NĐ-CP ..." lines, each a different document.
    case manyCitations = "many citations"
    /// "căn cứ Quyết định số 12/QĐ-UBND ... và" lines, each a different document, hard-wrapped
    /// into one paragraph: every reference asks for its line in the same long text.
    case wrappedCitations = "wrapped citations"

    /// The input, about `size` bytes long (never much shorter).
    public func bytes(size: Int) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(size + 4096)
        switch self {
        case .plainPlan, .scatteredNULs, .invalidUTF8:
            out = Self.plan(size: size)
            if self == .scatteredNULs {
                // Never inside a multi-byte character.
                var withNULs: [UInt8] = []
                withNULs.reserveCapacity(out.count + out.count / 400)
                var sinceLast = 0
                for byte in out {
                    if sinceLast >= 500, byte & 0xC0 != 0x80 {
                        withNULs.append(0)
                        sinceLast = 0
                    }
                    withNULs.append(byte)
                    sinceLast += 1
                }
                out = withNULs
            } else if self == .invalidUTF8 {
                var middle = out.count / 2
                while out[middle] & 0xC0 == 0x80 { middle += 1 }
                out.insert(contentsOf: [0xFF, 0xC3, 0x28, 0xE1, 0xBA], at: middle)
            }
        case .oneLongLine:
            while out.count < size { out += Array("Tuyên truyền kịp thời các văn bản chỉ đạo của Chính phủ; ".utf8) }
        case .lineWithoutSpaces:
            while out.count < size { out += Array("Kếhoạch/KH-UBND,1.2.3-".utf8) }
        case .manyBullets:
            while out.count < size { out += Array("- x\n".utf8) }
        case .deepNumbering:
            var top = 1
            while out.count < size {
                var label = "\(top)."
                for _ in 0..<1000 where out.count < size {
                    out += Array("\(label) Nội dung\n".utf8)
                    label += "1."
                }
                top += 1
            }
        case .mixedMarkers:
            let markers = ["I.", "1.", "1.1.", "a)", "-", "+", "•", "*", "(1)", "1)", "A.", "Phần I", "Điều 5."]
            while out.count < size {
                for marker in markers { out += Array("\(marker) Nội dung công việc\n".utf8) }
            }
        case .manyPipes:
            out = Self.numberedLines(after: "| STT | Nội dung | Chủ trì | Thời gian |\n|---|---|---|---|\n", size: size) {
                "| \($0) | Tuyên truyền | Sở Tư pháp | Quý II/2025 |\n"
            }
        case .manyCitations:
            out = Self.numberedLines(after: Self.header, size: size) { "Căn cứ Nghị định số \($0)/2020/NĐ-CP ngày 01/02/2020 của Chính phủ về quản lý;\n" }
        case .wrappedCitations:
            out = Self.numberedLines(after: Self.header, size: size) { "căn cứ Quyết định số \($0)/QĐ-UBND ngày 01 tháng 02 năm 2020 và\n" }
        }
        return out
    }

    /// `start`, then `line(1)`, `line(2)` ... until about `size` bytes.
    private static func numberedLines(after start: String, size: Int, _ line: (Int) -> String) -> [UInt8] {
        var out = Array(start.utf8)
        out.reserveCapacity(size + 4096)
        var number = 1
        while out.count < size {
            out += Array(line(number).utf8)
            number += 1
        }
        return out
    }

    private static let header = """
        ỦY BAN NHÂN DÂN TỈNH BÌNH PHƯỚC
        Số: 36/KH-UBND
        Bình Phước, ngày 16 tháng 02 năm 2017

        KẾ HOẠCH
        Truyền thông về hoạt động kiểm soát thủ tục hành chính năm 2017

        Thực hiện Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính, UBND tỉnh ban hành Kế hoạch như sau:

        """

    private static func plan(size: Int) -> [UInt8] {
        var out = Array(header.utf8)
        var section = 1
        while out.count < size {
            out += Array("""
                \(section). NHIỆM VỤ THỨ \(section)

                a) Nội dung

                - Tuyên truyền kịp thời, sâu rộng các văn bản chỉ đạo của Chính phủ (Quyết định số \(section)/QĐ-UBND ngày 12/3/2024 của UBND tỉnh về kiểm soát thủ tục hành chính);
                - Nâng cao vai trò, trách nhiệm của các cấp, các ngành trong việc thực hiện truyền thông về kiểm soát thủ tục hành chính (TTHC);
                + Công khai, minh bạch các thông tin về thủ tục hành chính.

                b) Thời gian thực hiện: Quý II/2025.
                Chủ trì: Sở Tư pháp; phối hợp: các sở, ban, ngành.


                """.utf8)
            section += 1
        }
        out += Array("""
            Trên đây là Kế hoạch truyền thông về hoạt động kiểm soát thủ tục hành chính./.

            Nơi nhận:
            - Văn phòng Chính phủ;
            - Lưu: VT.
            TM. ỦY BAN NHÂN DÂN
            CHỦ TỊCH
            Nguyễn Văn An

            """.utf8)
        return out
    }
}
