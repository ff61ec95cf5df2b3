import Foundation
import Testing
@testable import PlanParser

/// Legacy encodings (raw and as mojibake), double-encoded UTF-8, UTF-16, and Unicode left
/// alone. Legacy texts are written as the Latin-1 characters of their bytes ("KÕ ho¹ch"):
/// those characters' UTF-8 is the mojibake, their code points are the raw bytes.
@Suite struct EncodingTests {
    private static let sentence = "Kế hoạch số 36/KH-UBND của ủy ban nhân dân tỉnh, được thực hiện"
    /// TCVN3 bytes of ``sentence`` (DOMAIN.md §9.3).
    private static let tcvn3 = "KÕ ho¹ch sè 36/KH-UBND cña ñy ban nh©n d©n tØnh, ®\u{AD}îc thùc hiÖn"
    private static let vni = "Keá hoaïch soá 36/KH-UBND cuûa uûy ban nhaân daân tænh, ñöôïc thöïc hieän"
    /// Windows-1258: base letter, then a tone byte (EC sắc, F2 nặng, D2 hỏi).
    private static let windows1258 = "Kêì hoaòch sôì 36/KH-UBND cuÒa uÒy ban nhân dân tiÒnh, ðýõòc thýòc hiêòn"

    private func raw(_ latin1: String) -> [UInt8] {
        latin1.unicodeScalars.map { UInt8($0.value) }
    }

    @Test func rawLegacyBytes() {
        for (latin1, encoding) in [(Self.tcvn3, "tcvn3"), (Self.vni, "vni"), (Self.windows1258, "windows-1258")] {
            let decoded = DecodedText(bytes: raw(latin1))
            #expect(decoded.text == Self.sentence, "\(encoding)")
            #expect(decoded.encoding == encoding)
            #expect(decoded.diagnostics.map(\.code) == ["source.legacy-encoding"])
            #expect(decoded.diagnostics.first?.message.contains("(the input is not UTF-8)") == true)
        }
    }

    @Test func mojibake() {
        for (latin1, encoding) in [(Self.tcvn3, "tcvn3"), (Self.vni, "vni"), (Self.windows1258, "windows-1258")] {
            let decoded = DecodedText(bytes: Array(latin1.utf8))
            #expect(decoded.text == Self.sentence, "\(encoding)")
            #expect(decoded.encoding == encoding)
            let message = decoded.diagnostics.first { $0.code == "source.legacy-encoding" }?.message
            #expect(message?.contains("read as Windows-1252 and saved as UTF-8; 1 of 1 lines converted, 0 kept as Unicode") == true)
        }
    }

    /// CR LF line ends cut mojibake into the same lines as LF ones: each line is decoded and
    /// reported on its own, not the whole text as one line.
    @Test func mojibakeWithCRLFLineEnds() {
        let lines = [Self.tcvn3, "C¸c së, ngµnh thùc hiÖn", Self.tcvn3]
        let decoded = DecodedText(bytes: Array(lines.joined(separator: "\r\n").utf8))
        #expect(decoded.text == [Self.sentence, "Các sở, ngành thực hiện", Self.sentence].joined(separator: "\r\n"))
        let message = decoded.diagnostics.first { $0.code == "source.legacy-encoding" }?.message
        #expect(message?.contains("3 of 3 lines converted") == true)
    }

    @Test func headingsInCapitals() {
        #expect(DecodedText(bytes: Array("CHUÛ TÒCH UÛY BAN NHAÂN DAÂN TÆNH".utf8)).text == "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH")
        // TCVN3 has no toned capitals: .VnTimeH headings come out in mixed case, and capitals
        // are put back where the case cannot be meant (a word with ASCII capitals).
        #expect(DecodedText(bytes: Array("QUYÕT §ÞNH cña ñY BAN NH¢N D¢N".utf8)).text == "QUYẾT ĐỊNH của ỦY BAN NHÂN DÂN")
        #expect(DecodedText(bytes: Array("PHã CHñ TÞCH".utf8)).text == "PHÓ CHỦ TỊCH")
        // Words typed wholly at small code points stay as they are; so do names ("Hà").
        #expect(DecodedText(bytes: Array("bé tµi chÝnh, UBND Hµ Néi".utf8)).text == "bộ tài chính, UBND Hà Nội")
    }

    @Test func vniWithAUnicodeName() {
        let text = "Quyeát ñònh naøy coù hieäu löïc keå töø ngaøy kyù./.\nTM. UÛY BAN NHAÂN DAÂN TÆNH\nCHUÛ TÒCH\nTrương Tấn Thiệu\nVõ Thanh Tòng"
        let decoded = DecodedText(bytes: Array(text.utf8))
        #expect(decoded.text == "Quyết định này có hiệu lực kể từ ngày ký./.\nTM. ỦY BAN NHÂN DÂN TỈNH\nCHỦ TỊCH\nTrương Tấn Thiệu\nVõ Thanh Tòng")
        #expect(decoded.encoding == "vni")
        #expect(decoded.diagnostics.first?.message.contains("3 of 5 lines converted, 2 kept as Unicode") == true)
    }

    @Test func tcvn3AndVNIWordsInOneLine() {
        let decoded = DecodedText(bytes: Array("KÕt nèi m¹ng cho UBND tØnh vµ c¸c SÔÛ, BAN, HUYEÄN; N§-CP".utf8))
        #expect(decoded.text == "Kết nối mạng cho UBND tỉnh và các SỞ, BAN, HUYỆN; NĐ-CP")
        #expect(decoded.diagnostics.first?.message.contains("words read as TCVN3 (ABC): 7, VNI-Windows: 2") == true)
    }

    @Test func tcvn3WithItsSoftHyphensDeleted() {
        let decoded = DecodedText(bytes: Array("C¸c së ®îc giao thùc hiÖn t¹i trêng, ngêi d©n.".utf8))
        #expect(decoded.text == "Các sở được giao thực hiện tại trường, người dân.")
        #expect(decoded.diagnostics.first?.message.contains("put back in 3 words") == true)
        // A lone "ơ" before another ending, or "ơc" without sắc/nặng (glyph damage), stays.
        #expect(DecodedText(bytes: Array("C¸c së vµ thêi gian, ph¬c".utf8)).text == "Các sở và thời gian, phơc")
    }

    @Test func tcvn3LinesInUnicodeText() {
        let text = "Nơi nhận:\n- Bé T\u{AD} ph¸p, Bé Tµi chÝnh;\n- L\u{AD}u (TTLT).\n- Cà Mau, Võ Thanh Tòng"
        let decoded = DecodedText(bytes: Array(text.utf8))
        #expect(decoded.text == "Nơi nhận:\n- Bộ Tư pháp, Bộ Tài chính;\n- Lưu (TTLT).\n- Cà Mau, Võ Thanh Tòng")
        #expect(decoded.encoding == "tcvn3")
    }

    @Test func doubleEncodedUTF8() throws {
        let text = "Kế hoạch số 36/KH-UBND của Ủy ban nhân dân\nSố: 12"
        let mojibake = try #require(String(data: Data(text.utf8), encoding: .windowsCP1252))
        #expect(mojibake.hasPrefix("Káº¿ hoáº¡ch"))
        let decoded = DecodedText(bytes: Array(mojibake.utf8))
        #expect(decoded.text == text)
        #expect(decoded.encoding == "utf-8")
        #expect(decoded.diagnostics.map(\.code) == ["source.double-encoded-utf8"])
        #expect(decoded.diagnostics[0].message.hasPrefix("2 lines were UTF-8"))
    }

    @Test func utf16WithByteOrderMarks() {
        let units = Array(Self.sentence.utf16)
        let little: [UInt8] = [0xFF, 0xFE] + units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let big: [UInt8] = [0xFE, 0xFF] + units.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        for bytes in [little, big] {
            let decoded = DecodedText(bytes: bytes)
            #expect(decoded.text == Self.sentence)
            #expect(decoded.encoding == "utf-16")
            #expect(decoded.diagnostics.isEmpty)
        }
    }

    /// Unicode Vietnamese with Latin-1 letters (and a stray symbol that wakes the detector)
    /// is left exactly as it is.
    @Test(arguments: [
        "Cà Mau có bà Tô và các cô, chú ở Hà Tiên; nhiệt độ 30°C.",
        "Tô Văn Lâm, Võ Thanh Tòng, Đỗ Thị Lý © 2024 « trích »",
        "Số: 12/KH-UBND\nCông tác phòng, chống tham nhũng\u{AD}; bảo đảm an toàn.\nCác bé và mẹ.",
    ])
    func unicodeIsLeftAlone(_ text: String) {
        let decoded = DecodedText(bytes: Array(text.utf8))
        #expect(decoded.text == text)
        #expect(decoded.encoding == "utf-8")
        #expect(decoded.diagnostics.isEmpty)
    }

    /// The survey stops only at a Latin-1 character Vietnamese does not use, where it starts.
    @Test func surveyStopsOnlyAtForeignLatin1() {
        let vietnamese = Array("Công tác à á â ã è é ê ì í ò ó ô õ ù ú ý À Ý\u{A0}".utf8)
        #expect(UTF8Survey(vietnamese[...]).isPlainUnicode)
        for mark in ["®", "µ", "\u{AD}", "ñ", "ö", "Ä", "º"] {
            let bytes = Array("Kế \(mark) a".utf8)
            let survey = UTF8Survey(bytes[...])
            #expect(!survey.isPlainUnicode, "\(mark)")
            #expect(survey.stop == 5, "\(mark)")
        }
    }

    /// Every scalar C3 leads (U+00C0-U+00FF) is foreign exactly when Vietnamese does not
    /// write it: the literal mask agrees with the list of letters.
    @Test func foreignAfterC3IsEveryLatin1LetterVietnameseDoesNotUse() {
        let vietnamese = UTF8Reference.vietnameseLatin1
        for value in UInt32(0xC0)...0xFF {
            let second = UInt8(0x80 + (value - 0xC0))
            #expect(MojibakeFingerprint.isForeign(afterC3: second) == !vietnamese.contains(value), "U+\(String(value, radix: 16))")
        }
    }

    @Test func brokenUTF8ThatIsNoLegacyTextIsStillReported() {
        let decoded = DecodedText(bytes: Array("Số: 1/KH-UBND\n".utf8) + [0xFF, 0x41, 0x0A])
        #expect(decoded.encoding == "utf-8")
        #expect(decoded.diagnostics.map(\.code) == ["source.invalid-utf8"])
    }

    /// The offset reported is the first bad byte's in the input (a byte order mark counted),
    /// also past a sign of a legacy encoding that stopped the survey before it.
    @Test(arguments: [
        ("Số: 1/KH-UBND\n", [0xFF, 0x41] as [UInt8], 16),
        ("\u{FEFF}Số: 1/KH-UBND\n", [0xFF, 0x41], 19),
        ("Số: 1/KH-UBND © 2024\n", [0xE1, 0xBA, 0x41], 24),
        ("\u{FEFF}Số: 1/KH-UBND © 2024\n", [0xED, 0xA0, 0x80], 27),
    ])
    func invalidUTF8OffsetIsTheFirstBadByte(_ text: String, _ bad: [UInt8], _ offset: Int) {
        let decoded = DecodedText(bytes: Array(text.utf8) + bad + Array(" a\n".utf8))
        #expect(decoded.diagnostics.map(\.code) == ["source.invalid-utf8"])
        #expect(decoded.diagnostics.first?.message.contains("first bad byte at offset \(offset))") == true)
    }

    @Test func surveyTakesWellFormedVietnamese() {
        let bytes = Array("Kế hoạch số 36/KH-UBND: 𝐀 € “ ” – \u{A0}".utf8)
        #expect(UTF8Survey(bytes[...]).isPlainUnicode)
    }

    @Test(arguments: [false, true])
    func legacyPlanParses(asMojibake: Bool) {
        let plan = """
            ñY BAN NH¢N D¢N\tCéNG HOµ X· HéI CHñ NGHÜA VIÖT NAM
            TØNH L¢M §åNG\t§éc lËp - Tù do - H¹nh phóc
            Sè: 36/KH-UBND\tL©m §ång, ngµy 16 th¸ng 02 n¨m 2017

            KÕ HO¹CH
            TruyÒn th«ng vÒ c¶i c¸ch hµnh chÝnh n¨m 2017

            I. MôC §ÝCH, Y£U CÇU
            N©ng cao nhËn thøc cña c¸n bé, c«ng chøc vÒ c¶i c¸ch hµnh chÝnh.
            II. Tæ CHøC THùC HIÖN
            C¸c së, ngµnh ®\u{AD}îc giao thùc hiÖn KÕ ho¹ch nµy./.

            N¬i nhËn:
            - Nh\u{AD} trªn;
            - L\u{AD}u: VT.
            TM. ñY BAN NH¢N D¢N
            KT. CHñ TÞCH
            PHã CHñ TÞCH
            NguyÔn V¨n An
            """
        let bytes = asMojibake ? Array(plan.utf8) : raw(plan)
        let document = PlanDocument(parsing: bytes, sourceName: "plan.txt")
        #expect(document.source.encoding == "tcvn3")
        #expect(document.document.type?.code == "KH")
        #expect(document.document.number == "36")
        #expect(document.document.symbol == "KH-UBND")
        #expect(document.document.date?.iso == "2017-02-16")
        #expect(document.document.title == "Truyền thông về cải cách hành chính năm 2017")
        #expect(document.document.issuer == "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG")
        // TCVN3 turns capitals with tones into lower case ("PHó CHủ TịCH"); they are put back.
        #expect(document.signers.first?.authority == [Authority(form: "TM", of: "ỦY BAN NHÂN DÂN"), Authority(form: "KT", of: "CHỦ TỊCH")])
        #expect(document.signers.first?.position == "PHÓ CHỦ TỊCH")
        #expect(document.signers.first?.name == "Nguyễn Văn An")
        #expect(document.diagnostics.contains { $0.code == "source.legacy-encoding" })
        #expect(!document.diagnostics.contains { $0.code == "source.invalid-utf8" })
    }
}
