import Testing
@testable import PlanParser

/// A list of references writes some fields once, after its last member ("số 008/CĐ-UBND và
/// số 009/CĐ-UBND ngày 19/11/2025"): its members share them, and references that are no
/// members of one list do not.
@Suite struct CitationListTests {
    /// The citations of a small plan (numbered 36/KH-UBND) whose preamble holds `body`.
    private func citations(_ body: String) -> [Citation] {
        PlanDocument.smallPlan(preamble: body).citations
    }

    private func dates(_ body: String) -> [String?] {
        citations(body).map { $0.date?.iso }
    }

    /// The sentence of a user review (corpus real/012).
    private let telegrams = "Các Công điện: số 007/CĐ-UBND ngày 17/11/2025, số 008/CĐ-UBND và số 009/CĐ-UBND ngày 19/11/2025; số 010/CĐ-UBND ngày 20/11/2025 của UBND tỉnh về khẩn trương ứng phó lũ lụt;"

    @Test func aPairSharesItsDate() {
        #expect(dates(telegrams) == ["2025-11-17", "2025-11-19", "2025-11-19", "2025-11-20"])
        #expect(dates("Thực hiện Quyết định số 1/QĐ-UBND, số 2/QĐ-UBND và số 3/QĐ-UBND ngày 05/3/2024.") == ["2024-03-05", "2024-03-05", "2024-03-05"])
    }

    @Test func aDateIsNotShared() {
        // A date of its own; ";" between; another organ; another type; another word between.
        #expect(dates("Thực hiện số 1/CĐ-UBND ngày 02/01/2024 và số 2/CĐ-UBND ngày 05/3/2024.") == ["2024-01-02", "2024-03-05"])
        #expect(dates("Thực hiện Công điện số 1/CĐ-UBND; số 2/CĐ-UBND ngày 05/3/2024.") == [nil, "2024-03-05"])
        #expect(dates("Thực hiện Công điện số 1/CĐ-UBND và số 2/CĐ-TTg ngày 05/3/2024.") == [nil, "2024-03-05"])
        #expect(dates("Thực hiện Quyết định số 1/QĐ-UBND và Kế hoạch số 2/KH-UBND ngày 05/3/2024.") == [nil, "2024-03-05"])
        #expect(dates("Thực hiện Quyết định số 1/QĐ-UBND và theo Quyết định số 2/QĐ-UBND ngày 05/3/2024.") == [nil, "2024-03-05"])
    }

    @Test func aListSharesItsIssuerAndSubject() {
        let list = citations(telegrams)
        #expect(list.map(\.issuer) == Array(repeating: "UBND tỉnh", count: 4))
        #expect(list.map(\.subject) == Array(repeating: "khẩn trương ứng phó lũ lụt", count: 4))
        // Each member's type word may be repeated.
        let pair = citations("Thực hiện Thông tư số 92/2009/TT-BTC ngày 12/5/2009 và Thông tư số 85/2020/TT-BTC ngày 01/10/2020 của Bộ Tài chính.")
        #expect(pair.map(\.issuer) == ["Bộ Tài chính", "Bộ Tài chính"])
    }

    @Test func anIssuerIsNotShared() {
        // Another organ ("-CP", "-TTg"); another type; an issuer or a subject of its own;
        // another word between.
        #expect(citations("Thực hiện Nghị quyết số 1/NQ-CP ngày 02/01/2024, Nghị quyết số 2/NQ-TTg ngày 05/3/2024 của Thủ tướng Chính phủ về ứng phó lũ.").map(\.issuer) == [nil, "Thủ tướng Chính phủ"])
        #expect(citations("Thực hiện Quyết định số 1/QĐ-UBND ngày 02/01/2024, Kế hoạch số 2/KH-UBND ngày 05/3/2024 của UBND tỉnh.").map(\.issuer) == [nil, "UBND tỉnh"])
        #expect(citations("Thực hiện Công điện số 1/CĐ-UBND của UBND huyện, số 2/CĐ-UBND của UBND tỉnh về ứng phó lũ.").map(\.issuer) == ["UBND huyện", "UBND tỉnh"])
        let ownSubject = citations("Thực hiện Công điện số 1/CĐ-UBND về phòng bão, số 2/CĐ-UBND của UBND tỉnh về ứng phó lũ.")
        #expect(ownSubject.map(\.issuer) == [nil, "UBND tỉnh"])
        #expect(ownSubject.map(\.subject) == ["phòng bão", "ứng phó lũ"])
        #expect(citations("Thực hiện Công điện số 1/CĐ-UBND ngày 02/01/2024 đã ban hành, Công điện số 2/CĐ-UBND của UBND tỉnh.").map(\.issuer) == [nil, "UBND tỉnh"])
        // After ";", a member with a type word of its own may be an entry of its own.
        let entries = citations("Căn cứ Quyết định số 1/QĐ-UBND ngày 02/01/2024; Quyết định số 2/QĐ-UBND ngày 05/3/2024 của UBND tỉnh về ứng phó lũ.")
        #expect(entries.map(\.issuer) == [nil, "UBND tỉnh"])
        #expect(entries.map(\.subject) == [nil, "ứng phó lũ"])
        // Two cells of a table row (a tab is a column gap).
        let cells = citations("Các văn bản:\n1\tCông điện số 1/CĐ-UBND\tCông điện số 2/CĐ-UBND ngày 05/3/2024 của UBND tỉnh")
        #expect(cells.map(\.issuer) == [nil, "UBND tỉnh"])
        #expect(cells.map(\.date?.iso) == [nil, "2024-03-05"])
    }
}
