import Foundation
import Testing
@testable import plan_extract

/// Inputs read whole: a file into the room `fstat` announces, a pipe (no size) in the
/// 64 KB blocks read after its first block; the first block is checked alone first.
@Suite struct InputReadingTests {
    /// `count` random bytes that pass the binary check (no control bytes but line feeds).
    private func textBytes(_ count: Int, seed: UInt64) -> [UInt8] {
        var random = SplitMix64(seed: seed)
        return (0..<count).map { _ in
            let byte = UInt8.random(in: 0x1F...0xFF, using: &random)
            return byte == 0x1F || byte == 0x7F ? 0x0A : byte
        }
    }

    @Test(arguments: [0, 1, 65_535, 65_536, 65_537, 200_003])
    func aFileIsReadByteForByte(size: Int) throws {
        let bytes = textBytes(size, seed: UInt64(size))
        let file = FileManager.default.temporaryDirectory.appending(path: "plan-extract-read-\(UUID().uuidString)")
        try Data(bytes).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        #expect(try InputReading.readFile(RawPath(file.path), regularOnly: true) == bytes)
    }

    @Test(arguments: [0, 1, 65_536, 65_537, 200_003])
    func aPipeIsReadByteForByte(size: Int) throws {
        let bytes = textBytes(size, seed: UInt64(size) + 1)
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
        #expect(throws: ReadFailure.unreadable(InputError(name: "/nonexistent/plan.txt", reason: "No such file or directory"))) {
            try InputReading.readFile(RawPath("/nonexistent/plan.txt"), regularOnly: false)
        }
        let folder = FileManager.default.temporaryDirectory.path
        #expect(throws: ReadFailure.unreadable(InputError(name: folder, reason: "Is a directory"))) {
            try InputReading.readFile(RawPath(folder), regularOnly: false)
        }
        #expect(throws: ReadFailure.unreadable(InputError(name: folder, reason: "not a regular file"))) {
            try InputReading.readFile(RawPath(folder), regularOnly: true)
        }
    }

    /// An endless input and a large sparse one are refused from their first block, as the
    /// library refuses them, without reading (or making room for) the rest.
    @Test func anInputThatIsNotTextIsRefusedFromItsFirstBlock() throws {
        #expect(throws: ReadFailure.notText(.notText(format: "binary data"), size: nil)) {
            try InputReading.readFile(RawPath("/dev/zero"), regularOnly: false)
        }
        let file = FileManager.default.temporaryDirectory.appending(path: "plan-extract-sparse-\(UUID().uuidString).txt")
        try #require(FileManager.default.createFile(atPath: file.path, contents: nil))
        defer { try? FileManager.default.removeItem(at: file) }
        // 64 GB of zeros, none of them stored: reading them would take minutes.
        try #require(truncate(file.path, 1 << 36) == 0)
        #expect(throws: ReadFailure.notText(.notText(format: "binary data"), size: 1 << 36)) {
            try InputReading.readFile(RawPath(file.path), regularOnly: true)
        }
    }

    /// A text file larger than an input may be is refused from its size, before its memory
    /// is made (the room made for a size of 2^63 - 1, which tmpfs allows, overflowed).
    @Test func aFileTooLargeIsRefused() throws {
        let file = FileManager.default.temporaryDirectory.appending(path: "plan-extract-large-\(UUID().uuidString).txt")
        // Text for more than the first block, which passes the binary check.
        try #require(FileManager.default.createFile(atPath: file.path, contents: Data(textBytes(InputReading.firstBlock + 10, seed: 7))))
        defer { try? FileManager.default.removeItem(at: file) }
        // The rest sparse: none of it stored.
        try #require(truncate(file.path, off_t(InputReading.largestInput) + 1) == 0)
        #expect(throws: ReadFailure.unreadable(InputError(name: file.path, reason: InputReading.tooLarge))) {
            try InputReading.readFile(RawPath(file.path), regularOnly: true)
        }
    }

    /// A FIFO named on the command line is read like a pipe; found in a folder, it is no
    /// regular file and fails at once (it would wait for a writer forever).
    @Test func aFIFOIsReadWhenNamedAndRefusedInAFolder() throws {
        let path = FileManager.default.temporaryDirectory.appending(path: "plan-extract-fifo-\(UUID().uuidString).txt").path
        try #require(mkfifo(path, 0o600) == 0)
        defer { unlink(path) }
        #expect(throws: ReadFailure.unreadable(InputError(name: path, reason: "not a regular file"))) {
            try InputReading.readFile(RawPath(path), regularOnly: true)
        }
        let bytes = textBytes(100_000, seed: 7)
        let writer = Thread {
            let handle = FileHandle(forWritingAtPath: path)
            handle?.write(Data(bytes))
            try? handle?.close()
        }
        writer.start()
        #expect(try InputReading.readFile(RawPath(path), regularOnly: false) == bytes)
    }
}
