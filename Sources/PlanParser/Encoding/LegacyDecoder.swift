/// Decodes the bytes of one word in one legacy encoding (phase 0: a candidate reading).
///
/// Words never straddle a space, so a word decodes alone: VNI's letter + mark pairs and
/// Windows-1258's letter + tone byte are both inside it.
enum LegacyDecoder {
    /// Writes the word's letters into `room` from `end` on, moving `end` past them: at most
    /// one scalar a byte, and one more for a lost TCVN3 "ư" (``roomNeeded(for:)``, checked).
    /// Returns whether a lost TCVN3 "ư" was put back. Each decoder reads its tables into
    /// locals once a word (not once a byte).
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, as encoding: LegacyEncoding,
                       into room: UnsafeMutableBufferPointer<Unicode.Scalar>, at end: inout Int) -> Bool {
        precondition(end >= 0 && end <= room.count - roomNeeded(for: bytes.count), "no room for the word")
        switch encoding {
        case .tcvn3:
            let start = end, table = LegacyCharsetTables.tcvn3
            var hasHornO = false
            for byte in bytes {
                let scalar = map(byte, table)
                hasHornO = hasHornO || isHornO(scalar)
                room[end] = scalar
                end &+= 1
            }
            return hasHornO && restoreLostU(in: room, from: start, to: &end)
        case .vni:
            decodeVNI(bytes, into: room, at: &end)
            return false
        case .windows1258:
            decodeWindows1258(bytes, into: room, at: &end)
            return false
        }
    }

    /// The room ``decode(_:as:into:at:)`` needs for a word of `count` bytes.
    @inline(__always)
    static func roomNeeded(for count: Int) -> Int { count + 1 }

    /// The scalar a byte stands for in one of the 0x80-based tables.
    @inline(__always)
    static func map(_ byte: UInt8, _ table: [UInt32]) -> Unicode.Scalar {
        byte < 0x80 ? Unicode.Scalar(byte) : Unicode.Scalar(table[Int(byte) &- 0x80]).unsafelyUnwrapped
    }

    /// VNI: a vowel may be followed by a mark byte (tone, circumflex or breve with a tone).
    private static func decodeVNI(_ bytes: UnsafeBufferPointer<UInt8>, into room: UnsafeMutableBufferPointer<Unicode.Scalar>, at end: inout Int) {
        let letters = LegacyCharsetTables.vniLetters, marks = LegacyCharsetTables.vniMarks, windows1252 = LegacyCharsetTables.windows1252
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            var scalar = byte >= 0x80 && letters[Int(byte) - 0x80] != 0
                ? Unicode.Scalar(letters[Int(byte) - 0x80]).unsafelyUnwrapped
                : map(byte, windows1252)
            index += 1
            if index < bytes.count, bytes[index] >= 0x80,
               case let mark = marks[Int(bytes[index]) - 0x80], mark != 0,
               let letter = VietnameseVowels.letter(scalar), letter.tone == 0,
               let row = VietnameseVowels.row(letter.row, modifiedBy: Int(mark >> 4 & 0x3)) {
                scalar = VietnameseVowels.scalar(.init(row: row, tone: Int(mark & 0xF), isUpper: letter.isUpper))
                index += 1
            }
            room[end] = scalar
            end &+= 1
        }
    }

    /// Windows-1258: a tone byte after a plain vowel becomes the toned vowel; anywhere else
    /// it stays a combining mark.
    private static func decodeWindows1258(_ bytes: UnsafeBufferPointer<UInt8>, into room: UnsafeMutableBufferPointer<Unicode.Scalar>, at end: inout Int) {
        let start = end, table = LegacyCharsetTables.windows1258
        for byte in bytes {
            let scalar = map(byte, table)
            if let tone = tone(of: scalar), end > start,
               let letter = VietnameseVowels.letter(room[end - 1]), letter.tone == 0 {
                room[end - 1] = VietnameseVowels.scalar(.init(row: letter.row, tone: tone, isUpper: letter.isUpper))
            } else {
                room[end] = scalar
                end &+= 1
            }
        }
    }

    /// The tone (1...5) of one of Windows-1258's combining tone marks, else `nil`.
    private static func tone(of scalar: Unicode.Scalar) -> Int? {
        switch scalar.value {
        case 0x301: return 1
        case 0x300: return 2
        case 0x309: return 3
        case 0x303: return 4
        case 0x323: return 5
        default: return nil
        }
    }

    /// Whether a scalar is an "ơ" with any tone, in either case (U+01A0, U+01A1, U+1EDA...U+1EE3):
    /// told as a TCVN3 word is decoded, so that a word without one skips ``restoreLostU(in:from:to:)``.
    @inline(__always)
    private static func isHornO(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value | 1 == 0x1A1 || scalar.value &- 0x1EDA <= 0x1EE3 - 0x1EDA
    }

    /// TCVN3's "ư" is byte 0xAD, a soft hyphen, which HTML and Word pipelines delete:
    /// "được" arrives as "đợc". Puts it back where no Vietnamese word can lack it: before
    /// an "ơ" followed by "c", "ng" or "u" ("đợc", "trờng", "rợu"), and in "ngời". (An
    /// all-ASCII "Lu:" is never decoded, so "Lưu:" is not restored.)
    /// The word is `room[start..<end]`, with room for one more scalar after it; it holds an
    /// "ơ" (``isHornO(_:)``), as both cases need.
    private static func restoreLostU(in room: UnsafeMutableBufferPointer<Unicode.Scalar>, from start: Int, to end: inout Int) -> Bool {
        let count = end - start
        /// The word's scalar at `index` in lower case.
        func lower(_ index: Int) -> Unicode.Scalar { VietnameseVowels.lowercased(room[start + index]) }
        /// Puts "ư" (in the case of the scalar there) before the word's scalar at `index`.
        func insertU(at index: Int) {
            let u: Unicode.Scalar = room[start + index].properties.isUppercase ? "Ư" : "ư"
            var moved = end
            while moved > start + index {
                room[moved] = room[moved - 1]
                moved -= 1
            }
            room[start + index] = u
            end += 1
        }
        if count == 4 && lower(0) == "n" && lower(1) == "g" && lower(2) == "ờ" && lower(3) == "i" {
            insertU(at: 2)
            return true
        }
        guard let at = (0..<count).first(where: { isHornO(room[start + $0]) }),
              at > 0, VietnameseVowels.letter(lower(at - 1)) == nil else { return false }
        let rest = count - at - 1, tone = VietnameseVowels.letter(lower(at))!.tone
        // A syllable that ends in "c" carries sắc or nặng ("phơc" is damage, not "phươc").
        guard rest == 1 && lower(at + 1) == "c" && (tone == 1 || tone == 5)
                || rest == 2 && lower(at + 1) == "n" && lower(at + 2) == "g"
                || rest == 1 && lower(at + 1) == "u" else { return false }
        insertU(at: at)
        return true
    }
}
