import Testing
@testable import PlanParser

/// The section tree's titles and item texts, which it keeps as ranges of its paragraphs'
/// texts until the model is made: a title on the paragraph after its marker, an article's
/// first sentence and the rest of its paragraph, trimmed ends, and a body that starts
/// after a preamble (the paragraphs built from do not start at the first).
@Suite struct SectionTreeTextTests {
    /// The sections of `body` after a small plan's header and a preamble paragraph.
    private func sections(type: String, body: String) -> [Section] {
        PlanDocument.smallPlan(type: type, preamble: "Căn cứ tình hình thực tế.", body: body).sections
    }

    @Test func titleOnTheParagraphAfterItsMarker() {
        let sections = sections(type: "KẾ HOẠCH", body: """

            PHẦN I

            Mục đích, yêu cầu;

            1. Mục đích:
            - Nâng cao nhận thức;
            + Cán bộ, công chức,
            Đoạn văn thường,
            PHẦN II

            Tổ chức thực hiện
            """)
        #expect(sections.map(\.number) == ["PHẦN I", "PHẦN II"])
        #expect(sections.map(\.title) == ["Mục đích, yêu cầu", "Tổ chức thực hiện"])
        #expect(sections.map(\.kinds) == [[.purpose, .requirements], [.implementation]])
        #expect(sections.map(\.line) == [9, 17])
        let purpose = sections[0].children
        #expect(purpose.map(\.title) == ["Mục đích"])
        #expect(purpose[0].kinds == [.purpose])
        #expect(purpose[0].body.map(\.text) == ["Nâng cao nhận thức", "Đoạn văn thường"])
        #expect(purpose[0].body.map(\.marker) == ["-", nil])
        #expect(purpose[0].body[0].children.map(\.text) == ["Cán bộ, công chức"])
        #expect(purpose[0].body[0].children.map(\.line) == [15])
    }

    @Test func articleTitledByItsFirstSentence() {
        let sections = sections(type: "QUYẾT ĐỊNH", body: """
            QUYẾT ĐỊNH:
            Điều 1. Giao Sở Tư pháp tại TP. Hồ Chí Minh theo dõi. Chánh Văn phòng thi hành;
            Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.
            Điều 3. Ban hành kèm theo.
            """)
        #expect(sections.map(\.number) == ["1", "2", "3"])
        #expect(sections.map(\.title) == ["Giao Sở Tư pháp tại TP. Hồ Chí Minh theo dõi", "Quyết định này có hiệu lực kể từ ngày ký",
                                          "Ban hành kèm theo"])
        #expect(sections[0].body.map(\.text) == ["Chánh Văn phòng thi hành"])
        #expect(sections[0].body.map(\.line) == [9])
        #expect(sections[1].body.isEmpty && sections[2].body.isEmpty)
    }
}
