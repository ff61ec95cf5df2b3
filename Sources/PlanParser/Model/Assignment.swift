/// A unit named in the "Tổ chức thực hiện" section, with its duties.
public struct Assignment: Codable, Sendable, Hashable {
    /// "Sở Tư pháp", "Chủ tịch UBND các huyện, thị xã".
    public var unit: String
    /// The unit's duties as printed, one per entry: the rest of the title, then the body items
    /// and sub-section titles; `[]` when none is printed.
    public var duties: [String]
    /// The 1-based line of the numbered subsection that names the unit.
    public var line: Int

    /// Creates an assignment.
    public init(unit: String, duties: [String], line: Int) {
        self.unit = unit
        self.duties = duties
        self.line = line
    }
}
