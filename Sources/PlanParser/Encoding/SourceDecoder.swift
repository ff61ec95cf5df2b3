/// Phase 0a: turns the input bytes into NFC text, and says how it was encoded.
///
/// A UTF-8 byte order mark is dropped; a UTF-16 one selects UTF-16. Text that shows signs
/// of a legacy encoding (``MojibakeFingerprint``), and bytes that are not UTF-8, go to
/// ``EncodingRepair``; invalid UTF-8 that is no legacy text is repaired with U+FFFD and
/// reported. Decomposed (NFD) text is composed, so that the byte-level scanners and
/// keyword matching see one spelling of every letter.
///
/// Input that ``UTF8Survey`` finds valid, unsuspicious and precomposed is taken as it is,
/// after that one pass.
struct DecodedSource {
    /// The decoded text, in NFC, as UTF-8 bytes: always valid UTF-8 (the survey proves it
    /// of the input taken as it is; the standard library's decoding and composition make
    /// it; a repair's output is made of whole scalars: ``apply(_:)``).
    var utf8: [UInt8]
    var encoding: String
    var diagnostics: [Diagnostic] = []

    /// The decoded text.
    var text: String { String(decoding: utf8, as: UTF8.self) }

    /// The first line of the text (up to the first "\n" or "\r").
    var firstLine: String { String(decoding: utf8.prefix { $0 != 0x0A && $0 != 0x0D }, as: UTF8.self) }

    init(bytes: [UInt8]) {
        encoding = "utf-8"
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            utf8 = Array(Self.decodeUTF16(bytes, littleEndian: bytes[0] == 0xFF).utf8)
            encoding = "utf-16"
            utf8 = Self.normalized(utf8)
            return
        }
        let hasByteOrderMark = bytes.starts(with: [0xEF, 0xBB, 0xBF])
        let body = hasByteOrderMark ? bytes[3...] : bytes[...]
        let survey = UTF8Survey(body)
        // The text without its byte order mark: the input itself (its storage shared) when it has none.
        let text = hasByteOrderMark ? Array(body) : bytes
        if survey.isPlainUnicode {
            utf8 = text
            if survey.hasCombiningMarks || utf8.starts(with: [0xEF, 0xBB, 0xBF]) { utf8 = Self.normalized(utf8) }
            return
        }
        // Bytes the survey stopped at a sign of a legacy encoding in (not at an ill-formed
        // sequence): most often valid UTF-8, read as text, whose cut checks the bytes (no
        // pass of their own).
        // (An ill-formed byte after the sign ends that reading, its words cut for nothing:
        // rare, such text goes on as raw bytes below.)
        let stopsAtSign = body.withUnsafeBufferPointer { UTF8Validity.wellFormedLength(in: $0, at: survey.stop) > 0 }
        let textRepair = stopsAtSign ? EncodingRepair.repair(text: text) : .notUTF8
        if case .repaired(let repaired) = textRepair {
            utf8 = []
            apply(repaired)
        } else if case .unchanged = textRepair {
            utf8 = text
        } else if let repaired = EncodingRepair.repair(raw: text) {
            utf8 = []
            apply(repaired)
        } else {
            utf8 = Array(String(decoding: body, as: UTF8.self).utf8)
            // Where the bytes stop being valid UTF-8 (the survey read those before its stop).
            let validEnd = body.withUnsafeBufferPointer { UTF8Validity.validEnd(of: $0, from: survey.stop) }
            let offset = validEnd + (hasByteOrderMark ? 3 : 0)
            diagnostics.append(Diagnostic(
                severity: .warning, code: "source.invalid-utf8",
                message: "the input is not valid UTF-8 (first bad byte at offset \(offset)); bad bytes were replaced by U+FFFD",
                line: nil))
        }
        utf8 = Self.normalized(utf8)
    }

    /// Text given as a `String`: decoded as its UTF-8 bytes are (the same survey, repair
    /// and composition).
    init(text: String) {
        self.init(bytes: Array(text.utf8))
    }

    /// Takes the repaired text, valid UTF-8 by construction (not checked again): every byte
    /// of it is one of these. (1) Bytes of ``LegacyText/utf8`` between its words or lines:
    /// that storage is valid UTF-8 (the input once checked, a double-encoded line's repair
    /// checked by ``DoubleEncodedUTF8``, a raw line's scalars written by `appendUTF8`), and
    /// a word or line starts and ends at a scalar's start (the cutter steps over whole
    /// scalars; a line ends at "\n"), so what lies between is whole scalars. (2) A reading's
    /// scalars, written by `writeUTF8` (a `Unicode.Scalar` has no surrogate value). (3) A
    /// line with TCVN3 capitals put back: whole scalars of (1) and (2) copied, or written
    /// by `appendUTF8`. Tested on random legacy text, raw bytes and mojibake.
    private mutating func apply(_ repaired: EncodingRepair.Result) {
        utf8 = repaired.utf8
        encoding = repaired.encoding
        diagnostics += repaired.diagnostics
    }

    /// Drops a leading U+FEFF and composes the text to NFC when it holds combining marks
    /// (U+0300...U+036F, UTF-8 lead bytes CC and CD); NFC text is returned untouched. Only
    /// the words with a mark are composed: nothing composes with a space or a line end
    /// (both are starters that no mark combines with).
    static func normalized(_ text: [UInt8]) -> [UInt8] {
        var text = text
        if text.starts(with: [0xEF, 0xBB, 0xBF]) { text.removeFirst(3) }
        let composed: [UInt8]? = text.withUnsafeBufferPointer { bytes in
            var output: [UInt8]?
            // Bytes before `copied` are in the output.
            var copied = 0
            var index = 0
            while true {
                index = ByteSearch.firstOffset(ofEither: 0xCC, or: 0xCD, in: bytes, from: index)
                guard index < bytes.count else { break }
                // The word around the mark.
                var start = index
                while start > copied, bytes[start - 1] != 0x20, bytes[start - 1] != 0x0A { start -= 1 }
                var end = index + 1
                while end < bytes.count, bytes[end] != 0x20, bytes[end] != 0x0A { end += 1 }
                if output == nil { output = []; output?.reserveCapacity(bytes.count) }
                output?.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<start]))
                // The standard library's own NFC composition (public, though underscored).
                output? += String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)._nfcCodeUnits
                copied = end
                index = end
            }
            output?.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
            return output
        }
        return composed ?? text
    }

    private static func decodeUTF16(_ bytes: [UInt8], littleEndian: Bool) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = 2
        while index + 1 < bytes.count {
            let (low, high) = littleEndian ? (bytes[index], bytes[index + 1]) : (bytes[index + 1], bytes[index])
            units.append(UInt16(high) << 8 | UInt16(low))
            index += 2
        }
        return String(decoding: units, as: UTF16.self)
    }
}
