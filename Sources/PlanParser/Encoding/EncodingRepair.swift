/// Phase 0 for input that is not plain Unicode: double-encoded UTF-8 and the legacy 8-bit
/// encodings, as raw bytes or as mojibake; with the diagnostics that say it was a guess.
enum EncodingRepair {
    /// The repaired text, the encoding it is reported as, and the diagnostics.
    struct Result {
        /// The repaired text, as UTF-8 bytes.
        var utf8: [UInt8]
        /// The encoding's name for the source summary ("utf-8" when most lines were kept).
        var encoding: String
        /// What was repaired, and how sure the guess is.
        var diagnostics: [Diagnostic]
    }

    /// What ``repair(text:)`` makes of bytes.
    enum TextRepair {
        /// Valid UTF-8, repaired.
        case repaired(Result)
        /// Valid UTF-8 in which nothing needs repair.
        case unchanged
        /// Bytes that are not valid UTF-8 (nothing was repaired).
        case notUTF8
    }

    /// Bytes read as text (run it only when ``UTF8Survey`` stops: they are not plain
    /// Unicode): repaired, left as they are, or found not to be valid UTF-8 (``LegacyText``
    /// checks them as it cuts them).
    static func repair(text: [UInt8]) -> TextRepair {
        guard let legacy = LegacyText(text: text) else { return .notUTF8 }
        let doubled = legacy.doubleEncodedLines
        var diagnostics: [Diagnostic] = []
        if doubled > 0 {
            diagnostics.append(Diagnostic(severity: .note, code: "source.double-encoded-utf8",
                message: "\(doubled) line\(doubled == 1 ? " was" : "s were") UTF-8 read as Windows-1252 and saved as UTF-8 again ('Káº¿' for 'Kế'); repaired",
                line: nil))
        }
        guard let outcome = EncodingDetector.decode(legacy) else {
            guard doubled > 0 else { return .unchanged }
            return .repaired(Result(utf8: legacy.joinedLines, encoding: "utf-8", diagnostics: diagnostics))
        }
        diagnostics += report(outcome, how: "bytes that had been read as Windows-1252 and saved as UTF-8")
        // A Unicode document with a few legacy lines pasted in is still a Unicode document.
        let encoding = outcome.keptLines > outcome.convertedLines ? "utf-8" : outcome.encoding.name
        return .repaired(Result(utf8: outcome.utf8, encoding: encoding, diagnostics: diagnostics))
    }

    /// Bytes that are not valid UTF-8, or `nil` when they are no legacy Vietnamese text.
    /// Lines that are valid UTF-8 are read as text.
    static func repair(raw bytes: [UInt8]) -> Result? {
        guard let outcome = EncodingDetector.decode(LegacyText(raw: bytes)) else { return nil }
        return Result(utf8: outcome.utf8, encoding: outcome.encoding.name,
                      diagnostics: report(outcome, how: "bytes (the input is not UTF-8)"))
    }

    /// `source.legacy-encoding`, and `source.encoding-uncertain` when few words are common.
    private static func report(_ outcome: EncodingDetector.Outcome, how: String) -> [Diagnostic] {
        let hundredths = outcome.commonWords * 100 / max(outcome.allWords, 1)
        let score = "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
        var message = "decoded as \(outcome.encoding.title) \(how); \(outcome.convertedLines) of "
            + "\(outcome.convertedLines + outcome.keptLines) lines converted, \(outcome.keptLines) kept as Unicode; word score \(score)"
        let mixed = LegacyEncoding.allCases.filter { outcome.words[$0.rawValue] > 0 }
        if mixed.count > 1 {
            message += "; words read as " + mixed.map { "\($0.title): \(outcome.words[$0.rawValue])" }.joined(separator: ", ")
        }
        if outcome.restored > 0 {
            message += "; a lost 'ư' (TCVN3 byte 0xAD, a soft hyphen) put back in \(outcome.restored) words"
        }
        var diagnostics = [Diagnostic(severity: .note, code: "source.legacy-encoding", message: message, line: nil)]
        if hundredths < 10 {
            diagnostics.append(Diagnostic(severity: .warning, code: "source.encoding-uncertain",
                message: "the decoding as \(outcome.encoding.title) rests on little evidence: word score \(score), where a right decoding of a whole document scores about 0.3",
                line: nil))
        }
        return diagnostics
    }
}
