/// A footnote mark, "[1]" to "[999]": inside a line it points to a note ("đảng viên[1]."),
/// at the start of a line it begins one ("[1] Giấy chứng nhận ...").
enum FootnoteMark {
    /// The mark starting at `start` in `bytes`: its number and the offset after its "]".
    static func parse<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, at start: Int) -> (value: Int, end: Int)? where Bytes.Index == Int {
        guard start < bytes.endIndex, bytes[start] == UInt8(ascii: "[") else { return nil }
        var end = start + 1
        var value = 0
        while end < bytes.endIndex, end - start <= 3, bytes[end].isASCIIDigit {
            value = value * 10 + Int(bytes[end] - 0x30)
            end += 1
        }
        guard end > start + 1, end < bytes.endIndex, bytes[end] == UInt8(ascii: "]") else { return nil }
        return (value, end + 1)
    }
}
