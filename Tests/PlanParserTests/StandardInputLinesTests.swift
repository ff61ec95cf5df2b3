import Foundation
import Testing
@testable import plan_extract

/// `--input jsonl` reads standard input line by line in 64 KiB chunks: lines must come out
/// whole whatever the chunk edges cut, with "\n" and "\r\n" ends dropped.
@Suite struct StandardInputLinesTests {
    /// The lines `StandardInputLines` reads from a file holding `bytes` (a file, so that
    /// every read but the last returns a whole chunk and the edges fall where the test says).
    private func lines(of bytes: [UInt8]) throws -> [[UInt8]] {
        let url = FileManager.default.temporaryDirectory.appending(path: "stdin-lines-\(UUID().uuidString)")
        try Data(bytes).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let descriptor = open(url.path, O_RDONLY)
        try #require(descriptor >= 0)
        defer { close(descriptor) }
        var reader = StandardInputLines(descriptor: descriptor)
        var lines: [[UInt8]] = []
        while let line = reader.next() { lines.append(try line.get()) }
        return lines
    }

    @Test func aFailedReadIsTheLastElement() throws {
        // Reading a folder fails (EISDIR).
        let descriptor = open(FileManager.default.temporaryDirectory.path, O_RDONLY)
        try #require(descriptor >= 0)
        defer { close(descriptor) }
        var reader = StandardInputLines(descriptor: descriptor)
        let next = reader.next()
        let first = try #require(next)
        #expect(throws: InputError(name: "<stdin>", reason: String(cString: strerror(EISDIR)))) { try first.get() }
        #expect(reader.next() == nil)
    }

    private let chunk = 1 << 16

    @Test func lineEndsAreDropped() throws {
        #expect(try lines(of: Array("a\nb\r\nc".utf8)) == [[0x61], [0x62], [0x63]])
        #expect(try lines(of: Array("a\n\nb\n".utf8)) == [[0x61], [], [0x62]])
        #expect(try lines(of: []) == [])
        // A lone "\r" is not a line end in JSON Lines: it stays in the line.
        #expect(try lines(of: Array("a\rb\n".utf8)) == [Array("a\rb".utf8)])
    }

    @Test func crlfSplitByAChunkEdge() throws {
        // "\r" is the last byte of the first chunk, "\n" the first of the second.
        let first = [UInt8](repeating: 0x61, count: chunk - 1)
        let input = first + [0x0D, 0x0A] + Array("next".utf8)
        #expect(try lines(of: input) == [first, Array("next".utf8)])
    }

    @Test func lineLongerThanTwoChunks() throws {
        let long = (0..<(2 * chunk + 17)).map { UInt8(0x41 + $0 % 26) }
        #expect(try lines(of: Array("short\n".utf8) + long + [0x0A] + Array("tail".utf8)) == [Array("short".utf8), long, Array("tail".utf8)])
    }

    @Test func lineEndOnTheChunkEdge() throws {
        // The "\n" is the last byte of the first chunk; nothing is left over.
        let first = [UInt8](repeating: 0x62, count: chunk - 1)
        #expect(try lines(of: first + [0x0A]) == [first])
        #expect(try lines(of: first + [0x0A, 0x63]) == [first, [0x63]])
    }
}
