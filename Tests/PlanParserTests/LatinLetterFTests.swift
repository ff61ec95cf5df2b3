import Testing
@testable import PlanParser

/// "f)" after "e)": documents numbering points in the Latin alphabet print it (031, 022,
/// 032), and it is a section there; elsewhere "f)" is text.
@Suite struct LatinLetterFTests {
    /// The marker `line` starts with, read as a paragraph's start.
    private func marker(_ line: String) -> Marker? {
        Array(line.utf8).withUnsafeBufferPointer(Marker.parseParagraphStart)
    }

    @Test func fIsAParagraphStartOnly() {
        let letterF = marker("f) Cung cấp thông tin;")
        #expect(letterF?.style == .lowerLetter)
        #expect(letterF?.isLatinF == true)
        #expect(letterF?.value == 0)
        #expect(letterF?.contentStart == 3)
        #expect(marker("f. Trung tâm chịu trách nhiệm")?.isLatinF == true)
        #expect(marker("e) Năm")?.isLatinF == false)
        #expect(marker("g) Bảy")?.value == 7)
        // Other readers take it for text; "fx)", "f)x", "F)" are none.
        #expect(Marker.parse(Array("f) Cung cấp".utf8)) == nil)
        #expect(marker("fx) Hai") == nil)
        #expect(marker("f)Hai") == nil)
        #expect(marker("F) Hai") == nil)
    }

    /// The sections of `body` in a small plan, and its diagnostics' codes.
    private func parse(_ body: String) -> (sections: [Section], codes: [String]) {
        let plan = PlanDocument.smallPlan(preamble: "Căn cứ tình hình thực tế.", body: body)
        return (plan.sections, plan.diagnostics.map(\.code))
    }

    @Test func fAfterEIsASectionInSequence() {
        let (sections, codes) = parse("""
            I. NỘI DUNG
            1. Nội dung, biện pháp
            a) Một;
            b) Hai;
            c) Ba;
            d) Bốn;
            e) Năm;
            f) Cung cấp thông tin về mộ liệt sĩ;
            g) Bảy.
            2. Cơ quan chủ trì
            """)
        let points = sections[0].children[0].children
        #expect(points.map(\.number) == ["a", "b", "c", "d", "e", "f", "g"])
        #expect(points[5].title == "Cung cấp thông tin về mộ liệt sĩ")
        #expect(points[4].body.isEmpty)
        // "đ" is missing between "d" and "e", as before; "f" and "g" are in sequence.
        #expect(codes.filter { $0.hasPrefix("section.") } == ["section.number-gap"])
    }

    @Test func strayFStaysText() {
        let (sections, codes) = parse("""
            f) Trước mục đầu
            I. NỘI DUNG
            1. Nội dung
            a) Một;
            b) Hai;

            f) không phải một điểm
            c) Ba
            f) hai nữa
            2. Sau
            e) Năm;
            3. Ba
            f) Sáu
            """)
        // Before the first section "f)" starts none (it is the preamble's).
        #expect(sections.map(\.number) == ["I"])
        #expect(sections[0].children.map(\.number) == ["1", "2", "3"])
        #expect(sections[0].children[0].children.map(\.number) == ["a", "b", "c"])
        // A line starting "f)" starts a paragraph (it ran on into "Ba" before), which
        // stays text where no "e" is open: after "b)", or after an "e)" that "3." closed.
        #expect(sections[0].children[0].children[1].body.map(\.text) == ["f) không phải một điểm"])
        #expect(sections[0].children[0].children[2].title == "Ba")
        #expect(sections[0].children[0].children[2].body.map(\.text) == ["f) hai nữa"])
        #expect(sections[0].children[2].title == "Ba")
        #expect(sections[0].children[2].body.map(\.text) == ["f) Sáu"])
        #expect(!codes.contains("section.number-order"))
    }
}
