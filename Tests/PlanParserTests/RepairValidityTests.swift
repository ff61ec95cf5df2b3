import Foundation
import Testing
@testable import PlanParser

/// A repair's output is taken without a validity check (``DecodedSource``): it is valid
/// UTF-8 by construction. Checked here on random legacy text of every kind the repair
/// writes (TCVN3, VNI and Windows-1258 words, lost "ư"s, TCVN3 capitals, double-encoded
/// lines, Unicode words kept as printed, signs, CR LF), as mojibake and as raw bytes.
@Suite struct RepairValidityTests {
    /// Pieces of lines: legacy words (their bytes as Latin-1 scalars), Unicode words, ASCII
    /// words and capitals, signs and line ends.
    private static let pieces = [
        "KÕ", "ho¹ch", "QUYÕT", "§ÞNH", "cña", "ñY", "BAN", "NH¢N", "D¢N", "®îc", "ngêi", "®¬n", "trêng", "®îc",
        "Keá", "Vieät", "ñöôïc", "Kêì", "Viêòt", "ðýõòc", "Cà", "Mau", "Kế", "hoạch", "đ", "UBND", "the", "và",
        " ", " ", " ", ", ", "; ", "-", "1", "\r\n", "\n", "\u{A0}", "\u{AD}", "\u{80}", "\u{9F}", "\u{FF}",
        "\u{C3}", "\u{CC}", "\u{D2}", "\u{DE}", "\u{EC}", "\u{F2}", "\u{2026}", "\u{20AC}", "ß", "ж", "\u{301}",
    ]

    /// Random lines of the pieces: the repaired text (when there is one) is valid UTF-8, as
    /// mojibake (the pieces' UTF-8), as raw bytes (the Latin-1 pieces as bytes, with a line
    /// of UTF-8 now and then), and with a line double-encoded.
    @Test func repairedTextIsValidUTF8() {
        var generator = SplitMix64(seed: 0x51D0_7A11)
        var repairs = 0
        for round in 0..<3000 {
            var text = ""
            for _ in 0..<Int.random(in: 1..<60, using: &generator) {
                text += Self.pieces.randomElement(using: &generator)!
            }
            if round % 5 == 0 {
                // A double-encoded line: UTF-8 read as Windows-1252 and written as UTF-8.
                text += "\n" + String(bytes: Array("Kế hoạch được".utf8), encoding: .windowsCP1252)! + "\n"
            }
            let mojibake = Array(text.utf8)
            if case .repaired(let repaired) = EncodingRepair.repair(text: mojibake) {
                repairs += 1
                #expect(UTF8Reference.isValid(repaired.utf8), "\(text)")
            }
            // Raw bytes: every scalar up to U+00FF as its byte, any other as its UTF-8 (a
            // line holding one is then valid UTF-8 now and then, read as text).
            var raw: [UInt8] = []
            for scalar in text.unicodeScalars {
                if scalar.value <= 0xFF { raw.append(UInt8(scalar.value)) } else { raw += Array(String(scalar).utf8) }
            }
            if let repaired = EncodingRepair.repair(raw: raw) {
                repairs += 1
                #expect(UTF8Reference.isValid(repaired.utf8), "\(text)")
            }
        }
        // Enough texts were repaired for the check to mean something.
        #expect(repairs > 1000)
    }
}
