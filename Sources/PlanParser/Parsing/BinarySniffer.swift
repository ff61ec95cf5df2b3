/// Phase 0 of the validating entry: tells, from the first bytes, whether an input is a
/// binary format or data rather than plain text.
///
/// Known formats are recognized by their magic bytes. Anything else is binary when more
/// than one byte in twenty of the first 8 KB is a control byte other than tab, line feed,
/// vertical tab, form feed and carriage return: legacy Vietnamese encodings (TCVN3, VNI,
/// CP1258) use bytes from 0x80 up and are text, and VISCII's six letters among the C0
/// controls are rare enough to stay under the limit. UTF-16 with a byte order mark is
/// text; without one (every other byte NUL) it is refused with a message saying so.
enum BinarySniffer {
    /// The format's name when the input is not text, else `nil`.
    static func format(of bytes: [UInt8]) -> String? {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return nil }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes[3...] : bytes[...]
        for (magic, name) in magics where body.starts(with: magic) { return name }
        let sample = body.prefix(8192)
        let counts = sample.withUnsafeBufferPointer { SampleCounts($0) }
        if counts.isUTF16WithoutByteOrderMark { return "UTF-16 without a byte order mark (convert it to UTF-8)" }
        return counts.controls * 20 > sample.count ? "binary data" : nil
    }

    private static let magics: [([UInt8], String)] = [
        (Array("%PDF".utf8), "PDF"),
        ([0x50, 0x4B, 0x03, 0x04], "DOCX/ZIP"),
        ([0x50, 0x4B, 0x05, 0x06], "DOCX/ZIP"),
        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "DOC (an OLE2 Office file)"),
        (Array("{\\rtf".utf8), "RTF (convert it to plain text first)"),
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "a PNG image"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image"),
        (Array("GIF87a".utf8), "a GIF image"),
        (Array("GIF89a".utf8), "a GIF image"),
        ([0x49, 0x49, 0x2A, 0x00], "a TIFF image"),
        ([0x4D, 0x4D, 0x00, 0x2A], "a TIFF image"),
        ([0x1F, 0x8B], "gzip data"),
    ]

    /// What the sample says, counted in one pass: its control bytes other than tab, line
    /// feed, vertical tab, form feed and carriage return, and DEL; and the NUL bytes of its
    /// 16-bit units, on each side.
    private struct SampleCounts {
        private(set) var controls = 0
        private var units = 0
        private var evenNULs = 0
        private var oddNULs = 0

        /// Counts `sample`: the bytes below 0x20 (NUL among them) and DEL are found by
        /// ``ByteSearch`` (most text holds few), and only they are looked at.
        init(_ sample: UnsafeBufferPointer<UInt8>) {
            units = sample.count / 2
            var index = ByteSearch.firstOffset(ofEither: 0x7F, or: 0x7F, orBelow: 0x20, in: sample, from: 0)
            while index < sample.count {
                count(sample[index], at: index)
                index = ByteSearch.firstOffset(ofEither: 0x7F, or: 0x7F, orBelow: 0x20, in: sample, from: index + 1)
            }
        }

        /// Counts `byte`, at `index` of the sample (a NUL is counted on its side of a 16-bit
        /// unit, and not at all past the last whole unit).
        private mutating func count(_ byte: UInt8, at index: Int) {
            if byte == 0 && index < 2 &* units {
                if index % 2 == 0 { evenNULs &+= 1 } else { oddNULs &+= 1 }
            }
            if Self.isControl(byte) { controls &+= 1 }
        }

        /// At least a third of the 16-bit units have a NUL high byte on one side (ASCII
        /// letters, digits, spaces) and almost none on the other.
        var isUTF16WithoutByteOrderMark: Bool {
            guard units >= 2 else { return false }
            let (more, fewer) = (max(evenNULs, oddNULs), min(evenNULs, oddNULs))
            return more * 3 >= units && fewer * 20 <= units
        }

        /// Bit n: the byte n, below 0x20, is a control other than tab, line feed, vertical
        /// tab, form feed and carriage return (0x09...0x0D).
        private static let nonSpaceControls: UInt32 = ~0x3E00

        /// Whether `byte` is a control other than those five, or DEL.
        @inline(__always)
        private static func isControl(_ byte: UInt8) -> Bool {
            byte < 0x20 ? nonSpaceControls >> byte & 1 == 1 : byte == 0x7F
        }
    }
}
