import Testing
@testable import PlanParser

/// Keys folded into temporary room (`Folding.withKey`, `TitleKey.withStart`) and the key
/// predicates on slices and buffers, against keys built as arrays and plain comparisons.
@Suite struct FoldingRoomTests {
    /// Texts and their keys, written out by hand.
    private let keyed: [(text: String, key: String)] = [
        ("", ""), (" ", ""), ("Số", "so"), ("số:", "so:"), ("SỐ 12/2024/NĐ-CP", "so 12/2024/nd-cp"),
        ("  Ủy  ban  nhân dân ", "uy ban nhan dan"), ("Ngày 08/6/2010", "ngay 08/6/2010"), ("năm 2015", "nam 2015"),
        ("Đơn vị chủ trì thực hiện", "don vi chu tri thuc hien"), ("PHẦN II", "phan ii"), ("Điều 5.", "dieu 5."),
        ("\u{0301} a \u{0301}", "a"), ("a\u{00A0}\u{2003}\tb", "a b"), ("văn bản, tại", "van ban, tai"),
    ]

    /// A key folded into room is the key built as an array, from a slice at any offset.
    @Test func keyInRoomIsTheArrayKey() {
        for (text, key) in keyed {
            let bytes = Array(("xx" + text + "yy").utf8)
            let slice = bytes[2..<(bytes.count - 2)]
            let folded = Folding.withKey(of: slice) { Array($0) }
            #expect(folded == Array(key.utf8), "\(text)")
            let fromBuffer = slice.withUnsafeBufferPointer { buffer in Folding.withKey(of: buffer) { Array($0) } }
            #expect(fromBuffer == folded, "\(text)")
        }
    }

    /// `isKey` and `hasKeyPrefix` answer alike on an array, a slice that does not start at
    /// 0, and a buffer, as an equality and a prefix test written out would.
    @Test func keyPredicatesOnSlicesAndBuffers() {
        let keys: [[UInt8]] = ["so", "so:", "sox", "", "ngay 8", "ngayx", "ngay", "nam"].map { Array($0.utf8) }
        for key in keys {
            let padded = [UInt8(ascii: "q")] + key
            let slice = padded[1...]
            let isSo = key == Array("so".utf8)
            let isNgayPrefix = key.starts(with: Array("ngay".utf8)) && (key.count == 4 || !key[4].isASCIILetter)
            #expect(key.isKey("so") == isSo)
            #expect(slice.isKey("so") == isSo)
            #expect(key.hasKeyPrefix("ngay") == isNgayPrefix)
            #expect(slice.hasKeyPrefix("ngay") == isNgayPrefix)
            key.withUnsafeBufferPointer { buffer in
                #expect(buffer.isKey("so") == isSo)
                #expect(buffer.hasKeyPrefix("ngay") == isNgayPrefix)
                #expect(buffer.isKey(Array("nam".utf8)) == (key == Array("nam".utf8)))
            }
        }
    }

    /// The start of a title's key read in room is the start of its whole key, for titles
    /// shorter and longer than the window, with letters that fold away.
    @Test func titleStartInRoomIsTheKeyStart() {
        let titles = ["PHÂN CÔNG NHIỆM VỤ", "Phân công nhiệm vụ cho các sở, ban, ngành và UBND các huyện", "Phân",
                      "\u{0301}\u{0301}\u{0301}\u{0301}\u{0301}\u{0301}\u{0301}\u{0301}\u{0301}\u{0301} phân công", ""]
        for title in titles {
            let key = Folding.key(title)
            for count in [1, 4, 10] {
                let start = TitleKey.withStart(of: title, count: count) { Array($0) }
                #expect(key.starts(with: start), "\(title)")
                #expect(start.count >= min(count, key.count), "\(title)")
            }
        }
    }
}
