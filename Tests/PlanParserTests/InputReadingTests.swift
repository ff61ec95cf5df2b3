import Foundation
import Testing
@testable import plan_extract

/// Inputs read whole: a file into the room `fstat` announces, a pipe (no size) in the
/// 64 KB blocks read after its first byte.
@Suite struct InputReadingTests {
    @Test(arguments: [0, 1, 65_535, 65_536, 65_537, 200_003])
    func aFileIsReadByteForByte(size: Int) throws {
        var random = SplitMix64(seed: UInt64(size))
        let bytes = (0..<size).map { _ in UInt8.random(in: 0...255, using: &random) }
        let file = FileManager.default.temporaryDirectory.appending(path: "plan-extract-read-\(UUID().uuidString)")
        try Data(bytes).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        #expect(try InputReading.readFile(RawPath(file.path)) == bytes)
    }

    @Test(arguments: [0, 1, 65_536, 65_537, 200_003])
    func aPipeIsReadByteForByte(size: Int) throws {
        var random = SplitMix64(seed: UInt64(size) + 1)
        let bytes = (0..<size).map { _ in UInt8.random(in: 0...255, using: &random) }
        let pipe = Pipe()
        // Written from another thread: a pipe holds less than the larger inputs.
        let writer = Thread {
            pipe.fileHandleForWriting.write(Data(bytes))
            try? pipe.fileHandleForWriting.close()
        }
        writer.start()
        #expect(try InputReading.readAll(pipe.fileHandleForReading.fileDescriptor, name: "pipe") == bytes)
    }

    @Test func aMissingFileAndAFolderAreErrors() {
        #expect(throws: InputError(name: "/nonexistent/plan.txt", reason: "No such file or directory")) {
            try InputReading.readFile(RawPath("/nonexistent/plan.txt"))
        }
        let folder = FileManager.default.temporaryDirectory.path
        #expect(throws: InputError(name: folder, reason: "Is a directory")) { try InputReading.readFile(RawPath(folder)) }
    }
}
