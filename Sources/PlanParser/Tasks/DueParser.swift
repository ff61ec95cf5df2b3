/// Reads a task's timeline into a `Due`: "Thường xuyên" (continuous), "Hằng năm", "Mỗi
/// tháng 1 lần" (recurring), "Trước ngày 15/12/2025" (deadline), "Quý II/2025", "Tháng
/// 02/2025", "Trong năm 2024", "Năm 2025-2026" (period), anything else (unspecified).
enum DueParser {
    static func due(_ timeline: String) -> Due {
        let key = Folding.key(timeline)
        let words = key.split(separator: 0x20).map { Array($0) }
        func has(_ phrase: String) -> Bool { key.offset(ofKeyPhrase: Array(phrase.utf8)) != nil }
        var due = Due(kind: .unspecified, text: timeline)
        if has("truoc ngay") || has("cham nhat") || has("han chot") {
            due.kind = .deadline
            if let match = DateParser.firstDate(in: timeline.split(separator: " ").map { Array($0.utf8) }) {
                (due.year, due.month, due.day) = (match.date.year, match.date.month, match.date.day)
            }
            return due
        }
        if has("hang nam") || has("hang thang") || has("hang quy") || has("hang tuan") || has("moi thang") || has("moi nam")
            || has("moi quy") || has("moi tuan") || has("dinh ky") || has("lan/")
        {
            due.kind = .recurring
            return due
        }
        if has("thuong xuyen") || has("lien tuc") {
            due.kind = .continuous
            return due
        }
        for (index, word) in words.enumerated() {
            let next = index + 1 < words.count ? words[index + 1] : []
            if word.elementsEqual("quy".utf8), let (quarter, year) = quarterAndYear(next) {
                // "Quý III năm 2026": the year after "năm".
                let later = index + 3 < words.count && words[index + 2].elementsEqual("nam".utf8) ? DateParser.leadingNumber(words[index + 3]) : nil
                (due.kind, due.quarter, due.year) = (.period, quarter, year ?? later)
                return due
            }
            if word.elementsEqual("thang".utf8), let (month, year) = monthAndYear(next) {
                (due.kind, due.month, due.year) = (.period, month, year)
                return due
            }
            if word.elementsEqual("nam".utf8), let year = DateParser.leadingNumber(next), (1900...2100).contains(year) {
                (due.kind, due.year) = (.period, year)
                return due
            }
        }
        return due
    }

    /// "II/2025" → (2, 2025); "4/2025" → (4, 2025).
    private static func quarterAndYear(_ word: [UInt8]) -> (Int, Int?)? {
        let parts = word.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false)
        guard let first = parts.first else { return nil }
        let quarter = Marker.romanValue(Array(first).map { $0 & ~0x20 }) ?? DateParser.leadingNumber(Array(first))
        guard let quarter, (1...4).contains(quarter) else { return nil }
        return (quarter, parts.count > 1 ? DateParser.leadingNumber(Array(parts[1])) : nil)
    }

    /// "02/2025" → (2, 2025).
    private static func monthAndYear(_ word: [UInt8]) -> (Int, Int?)? {
        let parts = word.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false)
        guard let first = parts.first, let month = DateParser.leadingNumber(Array(first)), (1...12).contains(month) else { return nil }
        return (month, parts.count > 1 ? DateParser.leadingNumber(Array(parts[1])) : nil)
    }
}
