/// A unit named in the "Tổ chức thực hiện" section, with its duties.
public struct Assignment: Codable, Sendable, Hashable {
    /// "Sở Tư pháp", "Chủ tịch UBND các huyện, thị xã".
    public var unit: String
    public var duties: [String]
    public var line: Int

    public init(unit: String, duties: [String], line: Int) {
        self.unit = unit
        self.duties = duties
        self.line = line
    }
}
