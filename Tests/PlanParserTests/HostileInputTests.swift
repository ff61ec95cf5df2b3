import HostileInputs
import Testing
@testable import PlanParser

/// Hostile inputs (issue 6): binary files and empty input give a clear error; everything
/// else parses, with the diagnostics it deserves.
@Suite struct HostileInputTests {
    private func refusal(_ bytes: [UInt8]) -> PlanInputError? {
        do {
            _ = try PlanDocument(validating: bytes, sourceName: "x")
            return nil
        } catch {
            return error
        }
    }

    @Test func binaryFormatsAreNamed() {
        let cases: [([UInt8], String)] = [
            (Array("%PDF-1.7\n%âãÏÓ\n1 0 obj".utf8), "PDF"),
            ([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00] + Array("[Content_Types].xml".utf8), "DOCX/ZIP"),
            ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0], "DOC (an OLE2 Office file)"),
            (Array("{\\rtf1\\ansi\\deff0 {\\fonttbl}".utf8), "RTF (convert it to plain text first)"),
            ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D], "a PNG image"),
            ([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10] + Array("JFIF".utf8), "a JPEG image"),
            (Array("GIF89a".utf8) + [1, 0, 1, 0], "a GIF image"),
            ([0x49, 0x49, 0x2A, 0x00, 8, 0, 0, 0], "a TIFF image"),
            ([0xEF, 0xBB, 0xBF] + Array("%PDF-1.4".utf8), "PDF"),
        ]
        for (bytes, format) in cases {
            #expect(refusal(bytes) == .notText(format: format))
        }
        #expect(PlanInputError.notText(format: "PDF").description == "not text: looks like PDF")
        #expect(PlanInputError.notText(format: "PDF").code == "not-text")
    }

    @Test func binaryDataAndUTF16WithoutByteOrderMark() {
        var random: [UInt8] = []
        var state: UInt32 = 12345
        for _ in 0..<4096 {
            state = state &* 1_103_515_245 &+ 12345
            random.append(UInt8(truncatingIfNeeded: state >> 16))
        }
        #expect(refusal(random) == .notText(format: "binary data"))
        let utf16 = "Số: 12/KH-UBND\nKẾ HOẠCH\nThực hiện kế hoạch năm 2025.\n".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(refusal(utf16) == .notText(format: "UTF-16 without a byte order mark (convert it to UTF-8)"))
        #expect(refusal([0xFF, 0xFE] + utf16) == nil)
    }

    @Test func emptyAndWhiteSpaceOnlyInputsAreRefused() {
        for bytes in [[], [0xEF, 0xBB, 0xBF], Array(" \n\t\r\n  \n".utf8), [0xFF, 0xFE, 0x20, 0x00], Array("\u{00A0}\n".utf8)] as [[UInt8]] {
            #expect(refusal(bytes) == .empty)
        }
        #expect(PlanInputError.empty.description == "empty input: no text")
        #expect(PlanInputError.empty.code == "empty")
        #expect(refusal(Array(".".utf8)) == nil)
    }

    /// Legacy 8-bit encodings are text: TCVN3 and VNI use bytes from 0x80 up, VISCII a
    /// few C0 controls for rare capitals.
    @Test func legacyEncodingsAreNotBinary() {
        let tcvn3: [UInt8] = Array("K".utf8) + [0xD5] + Array(" HO".utf8) + [0xB9] + Array("CH n".utf8) + [0xA8] + Array("m 2025\n".utf8)
        #expect(refusal(tcvn3) == nil)
        var viscii = Array(String(repeating: "Ke hoach nam 2025 cua tinh Binh Phuoc.\n", count: 20).utf8)
        for (offset, control) in [0x02, 0x05, 0x06, 0x14, 0x19, 0x1E].enumerated() { viscii[offset * 50] = UInt8(control) }
        #expect(refusal(viscii) == nil)
    }

    @Test func nulCharactersAreDroppedAndReported() throws {
        let text = Array("Số: 12/KH-UBND\r\n\r\nKẾ\0 HOẠCH\0\nThử nghiệm\n\nI. MỤC ĐÍCH\n\nNội dung.\n".utf8)
        let document = try PlanDocument(validating: text, sourceName: "x")
        let clean = PlanDocument(parsing: text.filter { $0 != 0 }, sourceName: "x")
        #expect(document.sections == clean.sections)
        #expect(document.document == clean.document)
        let diagnostic = try #require(document.diagnostics.first { $0.code == "source.nul-bytes" })
        #expect(diagnostic.message == "the input holds 2 NUL characters (the first on line 3); they were dropped")
        #expect(diagnostic.line == 3)
        #expect(document.source.bytes == text.count)
    }

    @Test(arguments: HostileInput.allCases)
    func parsesWithoutCrashing(_ input: HostileInput) throws {
        let bytes = input.bytes(size: 50_000)
        let document = try PlanDocument(validating: bytes, sourceName: input.rawValue)
        let codes = Set(document.diagnostics.map(\.code))
        switch input {
        case .plainPlan:
            #expect(document.sections.count > 50)
            #expect(document.citations.count > 50)
            #expect(!codes.contains("source.invalid-utf8") && !codes.contains("source.nul-bytes"))
        case .scatteredNULs: #expect(codes.contains("source.nul-bytes"))
        case .invalidUTF8: #expect(codes.contains("source.invalid-utf8"))
        case .manyCitations: #expect(document.citations.count > 500)
        case .wrappedCitations:
            // One paragraph of wrapped lines: each reference found on the line it is printed on.
            let text = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            let expected = text.indices.filter { text[$0].hasPrefix("căn cứ Quyết định số ") }.map { $0 + 1 }
            #expect(expected.count > 500)
            // After the preamble's "Nghị định số 63/2010/NĐ-CP".
            #expect(document.citations.first?.number == "63/2010/NĐ-CP")
            let wrapped = document.citations.dropFirst()
            #expect(wrapped.map(\.number) == expected.indices.map { "\($0 + 1)/QĐ-UBND" })
            #expect(wrapped.map(\.lines) == expected.map { [$0] })
        case .deepNumbering: #expect(document.sections.count >= 1)
        case .oneLongLine, .lineWithoutSpaces:
            // One line, no numbering: the whole line is the preamble (its end trimmed).
            #expect(document.source.lines == 1 && document.sections.isEmpty)
            let line = String(decoding: bytes, as: UTF8.self)
            #expect(document.preamble?.text == (line.hasSuffix(" ") ? String(line.dropLast()) : line))
        case .manyBullets:
            // 12,500 "- x" items, all in the preamble, one per line of it.
            #expect(document.source.lines == 12_500 && document.sections.isEmpty)
            #expect(document.preamble?.text == String(decoding: bytes.dropLast(), as: UTF8.self))
        case .mixedMarkers:
            // Every "I." starts a top-level section.
            let romanOnes = String(decoding: bytes, as: UTF8.self).split(separator: "\n").filter { $0.hasPrefix("I. ") }.count
            #expect(document.sections.count == romanOnes)
            #expect(document.sections.allSatisfy { $0.number == "I" })
        case .manyPipes:
            // A task per row under the header and its rule, each with the row's values.
            #expect(document.tasks.count == document.source.lines - 2)
            #expect(document.tasks.allSatisfy {
                $0.content == "Tuyên truyền" && $0.lead == ["Sở Tư pháp"] && $0.due?.text == "Quý II/2025"
            })
        }
        #expect(!document.jsonBytes().isEmpty)
    }

    /// Numbering nested 1,000 deep gives a section tree 1,000 deep, written as JSON
    /// without exhausting the stack.
    @Test func numberingNestedAThousandDeep() throws {
        let bytes = HostileInput.deepNumbering.bytes(size: 1_020_000)
        let document = try PlanDocument(validating: bytes, sourceName: "deep")
        var depth = 0
        var level = document.sections.first
        while let section = level {
            depth += 1
            level = section.children.first
        }
        #expect(depth == 1000)
        #expect(document.jsonBytes().count > bytes.count)
    }
}

/// The parse time grows linearly with the size of each hostile input: 10 times the input
/// takes well under 25 times as long. Time is the CPU time of the parsing thread, the best
/// of three runs of each (`bestThreadSeconds`), so that other processes on a busy machine
/// do not decide.
@Suite(.serialized) struct HostileInputLinearityTests {
    @Test(arguments: HostileInput.allCases)
    func timeIsLinearInSize(_ input: HostileInput) throws {
        let small = input.bytes(size: 20_000)
        let large = input.bytes(size: 200_000)
        func best(_ bytes: [UInt8]) throws -> Double {
            try bestThreadSeconds { _ = try PlanDocument(validating: bytes, sourceName: "x") }
        }
        let ratio = try best(large) / best(small)
        #expect(ratio < 25, "\(input.rawValue): 10x the input took \(ratio) times as long")
    }
}
