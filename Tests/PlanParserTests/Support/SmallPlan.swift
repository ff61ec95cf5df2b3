@testable import PlanParser

extension PlanDocument {
    /// A small document numbered 36/KH-UBND of the Quảng Ngãi provincial committee, of
    /// type `type`, whose preamble (after the one-line title) is `preamble` and whose body
    /// is `body` (from line 8): the citation and abbreviation tests' way to read a sentence
    /// in a whole document, and the section tree tests' to read a body.
    static func smallPlan(type: String = "KẾ HOẠCH", preamble: String, body: String = "I. MỤC ĐÍCH\nNâng cao nhận thức.") -> PlanDocument {
        let text = """
            ỦY BAN NHÂN DÂN
            TỈNH QUẢNG NGÃI
            Số: 36/KH-UBND
            Quảng Ngãi, ngày 07 tháng 02 năm 2024
            \(type)
            Truyền thông về hoạt động kiểm soát thủ tục hành chính năm 2024
            \(preamble)
            \(body)
            """
        return PlanDocument(parsing: text, sourceName: "test.txt")
    }
}
