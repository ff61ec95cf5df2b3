import Testing
@testable import PlanParser

/// Markdown debris and odd spaces removed from one line.
@Suite struct LineCleanerTests {
    private func cleaned(_ raw: String) -> String {
        let line = SourceLines.split(raw).lines[0]
        return line.string
    }

    @Test(arguments: [
        ("Nghị định số [63/2010/NĐ-CP](#) ngày 08/6/2010", "Nghị định số 63/2010/NĐ-CP ngày 08/6/2010"),
        ("**I. MỤC ĐÍCH, YÊU CẦU**", "I. MỤC ĐÍCH, YÊU CẦU"),
        ("đề ra (*lồng ghép trong báo cáo*).", "đề ra (lồng ghép trong báo cáo)."),
        ("**KT. CHỦ TỊCH **", "KT. CHỦ TỊCH"),
        ("* Ghi chú", "* Ghi chú"),
        ("**Ghi chú: **(*) Ghi tên", "Ghi chú: (*) Ghi tên"),
        ("# Về việc phê duyệt", "Về việc phê duyệt"),
        ("| Số: 252/KH-BCĐ | Hà Nội |", "Số: 252/KH-BCĐ | Hà Nội"),
        ("  Tuyên\u{00A0}truyền\t\tvề   CCHC  ", "Tuyên truyền về CCHC"),
        ("\u{FEFF}Số: 1", "Số: 1"),
        // Invisible scalars and odd spaces beside markdown signs.
        ("a\u{200B}*b*", "ab"),
        ("**Điều 1.**\u{3000}Phạm vi", "Điều 1. Phạm vi"),
        ("x\u{2060}_y", "x_y"),
        ("__a__\u{200D}\u{2009}b", "a b"),
    ])
    func cleans(_ raw: String, _ expected: String) {
        #expect(cleaned(raw) == expected)
    }

    @Test(arguments: ["|", "** **", "* *", "-------", "___________", "|---|---|", " \u{00A0} "])
    func decorationIsBlank(_ raw: String) {
        #expect(SourceLines.split(raw).lines[0].isBlank)
    }

    @Test func endMarkAloneIsNotBlank() {
        #expect(!SourceLines.split("./.").lines[0].isBlank)
    }

    @Test func aGapOfOddSpacesAndATabIsOneColumnBreak() {
        let line = SourceLines.split("a \u{2003}\t b*").lines[0]
        #expect(line.string == "a b")
        #expect(line.cellBreaks == [1])
    }

    @Test func columnGapsSplitCells() {
        let line = SourceLines.split("UBND TỈNH CÀ MAU      CỘNG HÒA XÃ HỘI\tĐộc lập | X").lines[0]
        #expect(line.cells.map { String(decoding: $0, as: UTF8.self) } == ["UBND TỈNH CÀ MAU", "CỘNG HÒA XÃ HỘI", "Độc lập", "X"])
    }

    @Test func lineEndings() {
        #expect(SourceLines.split("a\r\nb\nc\rd").lines.map(\.string) == ["a", "b", "c", "d"])
        #expect(SourceLines.split("a\n").lines.count == 1)
        #expect(SourceLines.split("").lines.isEmpty)
    }

    /// A "*" is kept only as "(*)" or as a leading bullet ("* " with nothing kept before
    /// it, not the second of "**"): every line of up to seven stars, parentheses, spaces and
    /// letters against a byte-at-a-time reading of that rule (spaces collapsed to one and
    /// trimmed, as everywhere).
    @Test func everyShortLineOfStarsAgainstAReference() {
        func reference(_ raw: [UInt8]) -> [UInt8] {
            var out: [UInt8] = []
            for (index, byte) in raw.enumerated() {
                let before: UInt8? = index > 0 ? raw[index - 1] : nil
                let after: UInt8? = index + 1 < raw.count ? raw[index + 1] : nil
                switch byte {
                case UInt8(ascii: "*"):
                    if before == UInt8(ascii: "(") && after == UInt8(ascii: ")") || out.isEmpty && after == 0x20 && before != UInt8(ascii: "*") {
                        out.append(byte)
                    }
                case 0x20:
                    if let last = out.last, last != 0x20 { out.append(byte) }
                default:
                    out.append(byte)
                }
            }
            while out.last == 0x20 { out.removeLast() }
            return out
        }
        for raw in ByteStrings.every(over: "*( )a", upTo: 7) where !raw.isEmpty {
            let line = SourceLines.split(raw, isValidUTF8: true).lines[0]
            #expect(line.text.array == reference(raw), "\(String(decoding: raw, as: UTF8.self).debugDescription)")
        }
    }
}
