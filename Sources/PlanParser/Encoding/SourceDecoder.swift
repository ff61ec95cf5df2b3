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

    /// Text decoded already (a part of a decoded document): neither repaired nor composed
    /// again.
    init(decoded text: String, encoding: String) {
        self.text = text
        self.encoding = encoding
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
    /// (U+0300...U+036F, UTF-8 lead bytes CC and CD); NFC text is returned untouched. Only
    /// the lines with a mark are composed: nothing composes with a line end.
    static func normalized(_ text: String) -> String {
        var text = text
        if text.utf8.starts(with: [0xEF, 0xBB, 0xBF]) { text.unicodeScalars.removeFirst() }
        let composed: [UInt8]? = text.withUTF8 { bytes in
            guard bytes.contains(where: isCombiningLead) else { return nil }
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count)
            var start = 0
            while start <= bytes.count {
                let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
                let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
                if line.contains(where: isCombiningLead) {
                    // The standard library's own NFC composition (public, though underscored).
                    output += String(decoding: line, as: UTF8.self)._nfcCodeUnits
                } else {
                    output += line
                }
                if end < bytes.count { output.append(0x0A) }
                start = end + 1
            }
            return output
        }
        return composed.map { String(decoding: $0, as: UTF8.self) } ?? text
    }

    private static func isCombiningLead(_ byte: UInt8) -> Bool { byte == 0xCC || byte == 0xCD }

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
