import Testing
@testable import PlanParser

/// Tail lines that no recipient, archive or signer takes are reported with their text, and
/// the archive's codes may go on on a line of their own.
@Suite struct TailUnreadTests {
    /// A small plan whose tail (after the closing "./.") is `tail`.
    private func plan(_ tail: String) -> PlanDocument {
        let text = "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố: 36/KH-UBND\nQuảng Ngãi, ngày 07 tháng 02 năm 2024\nKẾ HOẠCH\nTruyền thông năm 2024\nI. MỤC ĐÍCH\nNâng cao nhận thức./.\n"
        return PlanDocument(parsing: text + tail, sourceName: "test.txt")
    }

    private func unread(_ document: PlanDocument) -> [String] {
        document.diagnostics.filter { $0.code == "tail.unread-line" }.map(\.message)
    }

    @Test func archiveCodesOnALineOfTheirOwn() {
        let document = plan("Nơi nhận:\t\tKT. BỘ TRƯỞNG\n- Công báo;\t\tTHỨ TRƯỞNG\n- Lưu: VP (HC, TH)\n      TCT (HC, NV3)\n\t\tTrương Chí Trung\n")
        #expect(document.archive?.text == "Lưu: VP (HC, TH) TCT (HC, NV3)")
        #expect(document.archive?.units == ["VP", "TCT"])
        #expect(document.zones.first { $0.kind == .recipients }.map { $0.line...$0.endLine } == 9...12)
        #expect(document.signers.map(\.name) == ["Trương Chí Trung"])
        #expect(unread(document) == [])
    }

    @Test func theFilingCodeUnderTheArchiveIsInTheRecipientsZone() {
        let document = plan("Nơi nhận:\n- Công báo;\n- Lưu: VT, CT.\n08 KH\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn An\n")
        #expect(document.archive?.code == "08 KH")
        #expect(document.zones.first { $0.kind == .recipients }.map { $0.line...$0.endLine } == 9...12)
        #expect(document.zones.first { $0.kind == .signature }?.line == 14)
    }

    @Test func theArchiveGoesOnOverSeveralLines() {
        // Lines of codes under lines of codes, and capitals after a comma (a final review's inputs).
        let codes = plan("Nơi nhận:\n- Công báo;\n- Lưu: VP (HC, TH)\nTCT (HC, NV3)\nUBND (TH, KT)\n08 KH\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn An\n")
        #expect(codes.archive?.units == ["VP", "TCT", "UBND"])
        #expect(codes.archive?.code == "08 KH")
        #expect(codes.signers.map(\.position) == ["CHỦ TỊCH"])
        #expect(codes.zones.first { $0.kind == .recipients }.map { $0.line...$0.endLine } == 9...14)
        let comma = plan("Nơi nhận:\n- Công báo;\n- Lưu: VT, VP,\nKGVX.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn An\n")
        #expect(comma.archive?.units == ["VT", "VP", "KGVX"])
        #expect(comma.signers.map(\.position) == ["CHỦ TỊCH"])
        #expect(unread(codes) == [] && unread(comma) == [])
    }

    @Test func capitalsWithoutDiacriticsUnderTheArchiveAreNoCodes() {
        // "CHU TICH" (a position printed without diacritics) holds no "(" or ",".
        let document = plan("Noi nhan:\n- Luu: VT.\nCHU TICH\nNguyen Van An\n")
        #expect(document.archive?.text == "Luu: VT.")
        #expect(document.signers.first?.position == "CHU TICH")
    }

    @Test func aNoteAmongTheSignatureIsReported() {
        let document = plan("Nơi nhận:\t\tKT. BỘ TRƯỞNG\n- Công báo;\t\tTHỨ TRƯỞNG\n- Lưu: VT.\t\tTrương Chí Trung\n\n(Biểu của Quyết định đính kèm ở dưới)\n")
        #expect(document.signers.map(\.name) == ["Trương Chí Trung"])
        #expect(unread(document) == ["line not read as a recipient, the archive or a signer: '(Biểu của Quyết định đính kèm ở dưới)'"])
        #expect(document.diagnostics.first { $0.code == "tail.unread-line" }?.line == 13)
    }

    @Test func placeholdersAreNoUnreadLines() {
        let document = plan("Nơi nhận:\t\tTM. ỦY BAN NHÂN DÂN\n- Lưu: VT.\t\tCHỦ TỊCH\n\t\t(Đã ký)\n\t\tNguyễn Văn An\n")
        #expect(document.signers.map(\.name) == ["Nguyễn Văn An"])
        #expect(unread(document) == [])
    }

    @Test func signatureParserGivesBackWhatItDoesNotRead() {
        let cells = ["CHỦ TỊCH", "Nguyễn Văn An", "Trần Văn Bình", "Ghi chú: bản chính lưu tại Văn phòng, Sở"]
            .enumerated().map { SignatureParser.Cell(line: $0.offset + 1, text: Array($0.element.utf8)) }
        let read = SignatureParser.signers(cells)
        #expect(read.signers.map(\.name) == ["Nguyễn Văn An"])
        // A second name with no block above it, and a line with commas (no block line).
        #expect(read.unread.map(\.line) == [3, 4])
    }

    @Test func aRunOfCapitalsLongerThanABlockGivesBackItsFirstLine() {
        let lines = ["BAN CHỈ ĐẠO", "CÔNG TÁC", "THI ĐUA", "KHEN THƯỞNG", "CỦA TỈNH", "NĂM HAI", "NGHÌN", "Nguyễn Văn An"]
        let cells = lines.enumerated().map { SignatureParser.Cell(line: $0.offset + 1, text: Array($0.element.utf8)) }
        let read = SignatureParser.signers(cells)
        #expect(read.signers.count == 1)
        // A block is six lines at most: the first of seven is given back.
        #expect(read.unread.map(\.line) == [1])
    }
}
