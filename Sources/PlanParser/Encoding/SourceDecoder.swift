/// Phase 0a: turns the input bytes into NFC text, and says how it was encoded.
///
/// A UTF-8 byte order mark is dropped; a UTF-16 one selects UTF-16. Text that shows signs
/// of a legacy encoding (``MojibakeFingerprint``), and bytes that are not UTF-8, go to
/// ``EncodingRepair``; invalid UTF-8 that is no legacy text is repaired with U+FFFD and
/// reported. Decomposed (NFD) text is composed, so that the byte-level scanners and
/// keyword matching see one spelling of every letter.
struct DecodedSource {
    var text: String
    var encoding: String
    var diagnostics: [Diagnostic] = []

    init(bytes: [UInt8]) {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            text = Self.decodeUTF16(bytes, littleEndian: bytes[0] == 0xFF)
            encoding = "utf-16"
        } else {
            let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
            encoding = "utf-8"
            if let valid = String(validating: body, as: UTF8.self) {
                text = valid
                if MojibakeFingerprint.mayBeMisencoded(body), let repaired = EncodingRepair.repair(text: valid) {
                    apply(repaired)
                }
            } else if let repaired = EncodingRepair.repair(raw: body) {
                text = ""
                apply(repaired)
            } else {
                text = String(decoding: body, as: UTF8.self)
                let offset = Self.firstInvalidOffset(body) + (body.count == bytes.count ? 0 : 3)
                diagnostics.append(Diagnostic(
                    severity: .warning, code: "source.invalid-utf8",
                    message: "the input is not valid UTF-8 (first bad byte at offset \(offset)); bad bytes were replaced by U+FFFD",
                    line: nil))
            }
        }
        text = Self.normalized(text)
    }

    init(text: String) {
        self.text = text
        encoding = "utf-8"
        if MojibakeFingerprint.mayBeMisencoded(text.utf8), let repaired = EncodingRepair.repair(text: text) {
            apply(repaired)
        }
        self.text = Self.normalized(self.text)
    }

    private mutating func apply(_ repaired: EncodingRepair.Result) {
        text = repaired.text
        encoding = repaired.encoding
        diagnostics += repaired.diagnostics
    }

    private static func firstInvalidOffset(_ bytes: [UInt8]) -> Int {
        do {
            _ = try UTF8Span(validating: bytes.span)
            return 0
        } catch {
            return error.byteOffsets.lowerBound
        }
    }

    /// Drops a leading U+FEFF and composes the text to NFC when it holds combining marks
    /// (U+0300...U+036F, UTF-8 lead bytes CC and CD); NFC text is returned untouched.
    static func normalized(_ text: String) -> String {
        var text = text
        if text.utf8.starts(with: [0xEF, 0xBB, 0xBF]) { text.unicodeScalars.removeFirst() }
        let hasCombiningMarks = text.withUTF8 { bytes in bytes.contains { $0 == 0xCC || $0 == 0xCD } }
        guard hasCombiningMarks else { return text }
        // The standard library's own NFC composition (public, though underscored).
        return String(decoding: text._nfcCodeUnits, as: UTF8.self)
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
