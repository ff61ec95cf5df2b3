import Testing
@testable import PlanParser

/// A TCVN3 document, as Word saved it: headings and the signature typed in the capitals
/// font at small code points ("bé tµi chÝnh" prints "BỘ TÀI CHÍNH"), so the case of the
/// decoded text says nothing there.
@Suite struct LegacyDocumentTests {
    /// TCVN3 bytes read as Windows-1252 and saved as UTF-8 (the form of the real archives).
    static let decision = """
            bé tµi chÝnh                          céng hoµ x· héi chñ nghÜa viÖt nam
         -0-                                        ®éc lËp - tù do - h¹nh phóc
        Sè:  144 /2002/Q§/BTC
                                                   Hµ Néi, ngµy 22 th¸ng11 n¨m 2002

                quyÕt ®Þnh cña bé tr\u{AD}ëng bé tµi chÝnh
        vÒ viÖc söa ®æi møc thuÕ suÊt cña mét sè mÆt hµng trong
        BiÓu thuÕ nhËp khÈu \u{AD}u ®·i

        bé tr\u{AD}ëng bé tµi chÝnh

        C¨n cø NghÞ ®Þnh sè 86/2002/N§-CP ngµy 05/11/2002 cña ChÝnh phñ;

        quyÕt ®Þnh:

        §iÒu 1: Söa ®æi møc thuÕ suÊt thuÕ nhËp khÈu \u{AD}u ®·i.
        §iÒu 2: QuyÕt ®Þnh nµy cã hiÖu lùc sau 15 ngµy kÓ tõ ngµy ®¨ng C«ng b¸o.

        N¬i nhËn:                                    KT/ bé tr\u{AD}ëng bé tµi chÝnh
        - V¨n phßng TW §¶ng                                   Thø tr\u{AD}ëng
        - L\u{AD}u: VP, TCT                                         (§· ký)
                                                           Tr\u{AD}¬ng ChÝ Trung
        """

    @Test func headerReadWhateverTheCase() {
        let plan = PlanDocument(parsing: Array(Self.decision.utf8))
        #expect(plan.source.encoding == "tcvn3")
        #expect(plan.document.type == DocumentType(code: "QĐ", name: "Quyết định"))
        // The issuer typed in small letters, beside the motto, above a stray "-0-" mark.
        #expect(plan.document.issuer == "BỘ TÀI CHÍNH")
        #expect(plan.document.number == "144")
        #expect(plan.document.symbol == "2002/QĐ/BTC")
        // "tháng11": the number glued to its word.
        #expect(plan.document.date?.iso == "2002-11-22")
        #expect(plan.document.place == "Hà Nội")
        // The title's second line starts with a capital; the authority line after the blank
        // line starts with a small letter and is no part of it.
        #expect(plan.document.title == "về việc sửa đổi mức thuế suất của một số mặt hàng trong Biểu thuế nhập khẩu ưu đãi")
        #expect(plan.preamble?.text.hasPrefix("bộ trưởng bộ tài chính\nCăn cứ Nghị định số 86/2002/NĐ-CP") == true)
        #expect(plan.sections.map(\.number) == ["1", "2"])
    }

    @Test func signatureBesideTheRecipientsInSmallLetters() {
        let plan = PlanDocument(parsing: Array(Self.decision.utf8))
        // "KT/ bộ trưởng bộ tài chính" and "Thứ trưởng" in the right column of the list.
        #expect(plan.signers == [Signer(
            authority: [Authority(form: "KT", of: "BỘ TRƯỞNG BỘ TÀI CHÍNH")], position: "THỨ TRƯỞNG",
            name: "Trương Chí Trung", line: 19)])
        #expect(plan.recipients.map(\.name) == ["Văn phòng TW Đảng"])
        #expect(plan.archive?.units == ["VP", "TCT"])
    }
}
