import Testing
@testable import PlanParser

/// Keys folded into temporary room (`Folding.withKey`, `TitleKey.withStart`) and the key
/// predicates on slices and buffers, against keys built as arrays and plain comparisons.
@Suite struct FoldingRoomTests {
    private let texts = [
        "", " ", "Số", "số:", "SỐ 12/2024/NĐ-CP", "  Ủy  ban  nhân dân ", "Ngày 08/6/2010", "năm 2015",
        "Đơn vị chủ trì thực hiện", "PHẦN II", "Điều 5.", "\u{0301} a \u{0301}", "a\u{00A0}\u{2003}\tb", "văn bản, tại",
    ]

    /// A key folded into room is the key built as an array, from a slice at any offset.
    @Test func keyInRoomIsTheArrayKey() {
        for text in texts {
            let bytes = Array(("xx" + text + "yy").utf8)
            let slice = bytes[2..<(bytes.count - 2)]
            let folded = Folding.withKey(of: slice) { Array($0) }
            #expect(folded == Folding.key(Array(text.utf8)), "\(text)")
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
