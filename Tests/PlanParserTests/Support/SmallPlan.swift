@testable import PlanParser

extension PlanDocument {
    /// A small plan numbered 36/KH-UBND of the Quảng Ngãi provincial committee whose
    /// preamble (after the title, before its one section) is `preamble`: the citation and
    /// abbreviation tests' way to read a sentence in a whole document.
    static func smallPlan(preamble: String) -> PlanDocument {
        let text = """
            ỦY BAN NHÂN DÂN
            TỈNH QUẢNG NGÃI
            Số: 36/KH-UBND
            Quảng Ngãi, ngày 07 tháng 02 năm 2024
            KẾ HOẠCH
            Truyền thông về hoạt động kiểm soát thủ tục hành chính năm 2024
            \(preamble)
            I. MỤC ĐÍCH
            Nâng cao nhận thức.
            """
        return PlanDocument(parsing: text, sourceName: "test.txt")
    }
}
