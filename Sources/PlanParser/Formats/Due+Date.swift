extension Due {
    /// The date part of a due, as far as it is known from the year down: "2025-12-15",
    /// "2025-06", "2025", or a quarter, "2025-Q3" ("Q3" when the year is not printed);
    /// `nil` when no date is known.
    var dateText: String? {
        if let quarter {
            let text = "Q" + String(quarter)
            guard let year else { return text }
            return String(year) + "-" + text
        }
        return IssueDate.isoText(year: year, month: month, day: day)
    }
}
