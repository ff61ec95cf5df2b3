import Foundation
import Testing
@testable import PlanParser

/// CRLF, a byte order mark, NFD text and lines of spaces give the output of clean input
/// (only `source.bytes`, the size as read, differs).
@Suite struct SourceNormalizationTests {
    private func parsed(_ bytes: [UInt8]) -> PlanDocument {
        var document = PlanDocument(parsing: bytes, sourceName: "x.txt")
        document.source.bytes = 0
        return document
    }

    @Test(arguments: Fixtures.seeds)
    func crlfAndBOM(_ name: String) throws {
        let clean = try Fixtures.bytes(name)
        let crlf = Array(String(decoding: clean, as: UTF8.self).replacing("\n", with: "\r\n").utf8)
        #expect(parsed(crlf) == parsed(clean))
        #expect(parsed([0xEF, 0xBB, 0xBF] + clean) == parsed(clean))
        #expect(parsed(Array(String(decoding: clean, as: UTF8.self).replacing("\n", with: "\r").utf8)) == parsed(clean))
    }

    @Test(arguments: Fixtures.seeds)
    func decomposedText(_ name: String) throws {
        let clean = try Fixtures.text(name)
        let nfd = clean.decomposedStringWithCanonicalMapping
        #expect(Array(nfd.utf8) != Array(clean.utf8))
        #expect(parsed(Array(nfd.utf8)) == parsed(Array(clean.utf8)))
        var fromText = PlanDocument(parsing: nfd, sourceName: "x.txt")
        fromText.source.bytes = 0
        #expect(fromText == parsed(Array(clean.utf8)))
    }

    @Test func utf16WithByteOrderMark() throws {
        let clean = try Fixtures.text("002_e369189f9e042a8d")
        let utf16: [UInt8] = [0xFF, 0xFE] + clean.utf16.flatMap { unit -> [UInt8] in [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        var document = parsed(utf16)
        #expect(document.source.encoding == "utf-16")
        document.source.encoding = "utf-8"
        #expect(document == parsed(Array(clean.utf8)))
    }

    @Test func linesOfSpacesAreBlank() throws {
        let clean = try Fixtures.text("003_87e11abe04c5957f")
        let spaced = clean.replacing("\n\n", with: "\n \u{00A0}\t \n")
        #expect(parsed(Array(spaced.utf8)).sections == parsed(Array(clean.utf8)).sections)
    }

    @Test func invalidUTF8IsRepairedAndReported() {
        let document = PlanDocument(parsing: Array("Số: 1/KH-UBND\n".utf8) + [0xFF, 0x41, 0x0A], sourceName: "x")
        let diagnostic = document.diagnostics.first { $0.code == "source.invalid-utf8" }
        #expect(diagnostic?.message.contains("offset 16") == true)
        #expect(document.document.number == "1")
    }

    @Test func emptyAndBlankInputs() {
        for text in ["", "\n\n", "   \n\t\n", "./."] {
            let document = PlanDocument(parsing: text)
            #expect(document.sections.isEmpty)
            #expect(document.diagnostics.contains { $0.code == "header.missing" })
        }
    }
}
