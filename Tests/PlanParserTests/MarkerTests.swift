import Testing
@testable import PlanParser

/// One paragraph start → its marker (style, label, value, where the text starts).
@Suite struct MarkerTests {
    @Test(arguments: [
        ("I. MỤC ĐÍCH", Marker.Style.roman, "I", 1, "MỤC ĐÍCH"),
        ("IV. TỔ CHỨC THỰC HIỆN", .roman, "IV", 4, "TỔ CHỨC THỰC HIỆN"),
        ("II.NỘI DUNG", .roman, "II", 2, "NỘI DUNG"),
        ("1. Mục đích", .arabic, "1", 1, "Mục đích"),
        ("01. Mục đích", .arabic, "01", 1, "Mục đích"),
        ("2.1. Tuyên truyền", .decimal(depth: 2), "2.1", 1, "Tuyên truyền"),
        ("2.1 Tuyên truyền", .decimal(depth: 2), "2.1", 1, "Tuyên truyền"),
        ("1.2.3. Chi tiết", .decimal(depth: 3), "1.2.3", 3, "Chi tiết"),
        ("a) Đối với", .lowerLetter, "a", 1, "Đối với"),
        ("đ. Tuyên truyền", .lowerLetter, "đ", 5, "Tuyên truyền"),
        ("g. Tuyên truyền", .lowerLetter, "g", 7, "Tuyên truyền"),
        ("A. MỤC ĐÍCH YÊU CẦU", .upperLetter, "A", 1, "MỤC ĐÍCH YÊU CẦU"),
        ("Đ. Khác", .upperLetter, "Đ", 5, "Khác"),
        ("1) Thứ nhất", .arabicParen, "1", 1, "Thứ nhất"),
        ("(2) Thứ hai", .parenArabic, "2", 2, "Thứ hai"),
        ("ii. Thứ hai", .lowerRoman, "ii", 2, "Thứ hai"),
        ("Phần I", .part, "Phần I", 1, ""),
        ("PHẦN II: KẾ HOẠCH", .part, "PHẦN II", 2, "KẾ HOẠCH"),
        ("Chương 2. Quy định", .chapter, "Chương 2", 2, "Quy định"),
        ("Điều 5. Hiệu lực", .article, "Điều 5", 5, "Hiệu lực"),
        ("Mục 1 QUẢN LÝ", .section, "Mục 1", 1, "QUẢN LÝ"),
        ("- Tuyên truyền", .bullet(.dash), "-", 0, "Tuyên truyền"),
        ("-Tuyên truyền", .bullet(.dash), "-", 0, "Tuyên truyền"),
        ("– Tuyên truyền", .bullet(.dash), "–", 0, "Tuyên truyền"),
        ("+ Cung cấp", .bullet(.plus), "+", 0, "Cung cấp"),
        ("- + Lồng ghép", .bullet(.plus), "+", 0, "Lồng ghép"),
        ("• Hội nghị", .bullet(.dot), "•", 0, "Hội nghị"),
        ("* Ghi chú", .bullet(.star), "*", 0, "Ghi chú"),
        ("b)", .lowerLetter, "b", 2, ""),
        ("đ) Khác", .lowerLetter, "đ", 5, "Khác"),
        ("iii) Ba", .lowerRoman, "iii", 3, "Ba"),
        ("C. Kết luận", .roman, "C", 100, "Kết luận"),
        ("Đ) Khác", .upperLetter, "Đ", 5, "Khác"),
    ])
    func recognizes(_ text: String, _ style: Marker.Style, _ label: String, _ value: Int, _ content: String) throws {
        let bytes = Array(text.utf8)
        let marker = try #require(Marker.parse(bytes))
        #expect(marker.style == style)
        #expect(marker.label(in: bytes) == label)
        #expect(marker.value == value)
        #expect(String(decoding: bytes[marker.contentStart...], as: UTF8.self) == content)
    }

    @Test(arguments: [
        "1.000 người tham gia", "2.500 hộ gia đình", "2025 - 2030", "08/6/2010 của Chính phủ", "Mục đích", "Mục tiêu chung",
        "Điều chỉnh kế hoạch", "Kế hoạch số 36", "-5% so với cùng kỳ", "3, 4 và 5", "IIII. Sai", "f) không dùng",
        "Phần lớn cán bộ", "*Căn cứ", "10 giờ sáng", "Ab. Sai", "Đảm bảo.", "ab) sai", "Căn cứ", "Chương trình 2", "Mục\tI",
    ])
    func rejects(_ text: String) {
        #expect(Marker.parse(Array(text.utf8)) == nil)
    }

    @Test func romanNumerals() {
        #expect(Marker.romanValue(Array("XIV".utf8)) == 14)
        #expect(Marker.romanValue(Array("VX".utf8)) == nil)
        #expect(Marker.romanNumeral(1999) == "MCMXCIX")
    }

    /// Every string of up to four Roman letters, read in place from the middle of a longer
    /// line (a slice that does not start at 0): its value is that of the canonical numeral it
    /// spells, from a table written digit by digit here, or `nil`.
    @Test func romanNumeralsReadInPlace() {
        let ones = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"]
        let tens = ["", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX", "XC"]
        let hundreds = ["", "C", "CC", "CCC", "CD", "D", "DC", "DCC", "DCCC", "CM"]
        var canonical: [[UInt8]: Int] = [:]
        // Thousands as repeated "M", as the parser reads them ("MMMM" is 4000).
        for value in 1...4999 {
            let spelled = String(repeating: "M", count: value / 1000) + hundreds[value / 100 % 10] + tens[value / 10 % 10] + ones[value % 10]
            canonical[Array(spelled.utf8)] = value
        }
        for letters in ByteStrings.every(over: "IVXLCDM", upTo: 4) {
            let prefix = Array("Mục ".utf8)
            let line = prefix + letters + Array(". Nội dung".utf8)
            let slice = line[prefix.count..<(prefix.count + letters.count)]
            #expect(Marker.romanValue(slice) == canonical[letters], "\(String(decoding: letters, as: UTF8.self))")
            #expect(Marker.romanValue(letters) == canonical[letters])
        }
    }
}

/// Lines decided by the test of their first two bytes before a marker is parsed
/// (`Marker.parse` rules out a letter not followed by ".", ")" or a Roman letter, and a
/// first word of "C", "M", "P" not followed by a numeral): those that must still reach the
/// parser, and prose it must turn away.
@Suite struct MarkerFirstBytesTests {
    @Test(arguments: [
        ("CM. Chín trăm", Marker.Style.roman, 900, "Chín trăm"),
        ("M) Một nghìn", .roman, 1000, "Một nghìn"),
        ("MCM. Năm", .roman, 1900, "Năm"),
        ("L. Năm mươi", .roman, 50, "Năm mươi"),
        ("V.NĂM", .roman, 5, "NĂM"),
        ("B) Hai", .upperLetter, 2, "Hai"),
        ("P. Mười lăm", .upperLetter, 15, "Mười lăm"),
        ("c) Ba", .lowerLetter, 3, "Ba"),
        ("m. Mười hai", .lowerLetter, 12, "Mười hai"),
        ("p) Mười lăm", .lowerLetter, 15, "Mười lăm"),
        ("k) Mười", .lowerLetter, 10, "Mười"),
        ("xi) Mười một", .lowerRoman, 11, "Mười một"),
        ("iv.", .lowerRoman, 4, ""),
        ("cd) Bốn trăm", .lowerRoman, 400, "Bốn trăm"),
        ("Chương IV", .chapter, 4, ""),
        ("CHƯƠNG 3 - Quy định", .chapter, 3, "Quy định"),
        ("mục 2. Nội dung", .section, 2, "Nội dung"),
        ("phần II. Kế hoạch", .part, 2, "Kế hoạch"),
        ("Mục 10: Kết luận", .section, 10, "Kết luận"),
        ("ĐIỀU 7. Thi hành", .article, 7, "Thi hành"),
        ("đ) Năm", .lowerLetter, 5, "Năm"),
    ])
    func reachTheParser(_ text: String, _ style: Marker.Style, _ value: Int, _ content: String) throws {
        let bytes = Array(text.utf8)
        let marker = try #require(Marker.parse(bytes))
        #expect(marker.style == style)
        #expect(marker.value == value)
        #expect(String(decoding: bytes[marker.contentStart...], as: UTF8.self) == content)
    }

    @Test(arguments: [
        "A", "c", "M", "Xi. Sai", "Cm. sai", "Ta. sai", "Thực hiện", "THỰC HIỆN", "Ủy ban nhân dân", "“Trích”",
        "Căn cứ Luật", "Cơ quan 2", "Mục tiêu 1", "Phát triển II", "Chương trình 135", "Mụcc 1", "Đẩy mạnh", "Đối với",
        "Đ", "đx) sai", "Pa. sai", "mz) sai", "Ban hành", "Tháng 5",
    ])
    func areTurnedAway(_ text: String) {
        #expect(Marker.parse(Array(text.utf8)) == nil)
    }

    /// Each letter of the alphabet, in either case, has its place in it (f, j, w, z none).
    @Test func letterOrdinals() {
        for (position, letter) in VietnameseAlphabet.lowercase.enumerated() {
            #expect(VietnameseAlphabet.ordinal(lower: Array(letter.utf8)[...]) == position + 1, "\(letter)")
            #expect(VietnameseAlphabet.ordinal(upper: Array(letter.uppercased().utf8)[...]) == position + 1, "\(letter)")
        }
        for letter in ["f", "j", "w", "z"] {
            #expect(VietnameseAlphabet.ordinal(lower: Array(letter.utf8)[...]) == nil)
            #expect(VietnameseAlphabet.ordinal(upper: Array(letter.uppercased().utf8)[...]) == nil)
        }
    }
}
