#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import PlanParser

/// The program: parses the command line, reads each input, writes one JSON record per
/// input. I/O is injected so that tests can run it in-process.
enum PlanExtract {
    struct IO {
        var readFile: (String) throws(InputError) -> [UInt8]
        var readStandardInput: () throws(InputError) -> [UInt8]
        var writeOutput: ([UInt8]) -> Void
        var writeError: (String) -> Void

        static var standard: IO { IO(
            readFile: InputReading.readFile, readStandardInput: InputReading.readStandardInput,
            writeOutput: { bytes in writeAll(bytes, to: 1) },
            writeError: { text in writeAll(Array(text.utf8), to: 2) }) }
    }

    /// Runs the command and returns the exit status (0, 1 or 64).
    static func run(arguments: [String], io: IO) -> Int32 {
        let command: Command
        do {
            command = try Command(parsing: arguments)
        } catch {
            io.writeError("Error: \(error)\n\(Command.usageText)\n  See 'plan-extract --help' for more information.\n")
            return 64
        }
        switch command {
        case .help:
            io.writeOutput(Array(Command.helpText.utf8))
            return 0
        case .version:
            io.writeOutput(Array((Command.versionText + "\n").utf8))
            return 0
        case .extract(let options):
            var status: Int32 = 0
            for input in options.inputs {
                do {
                    let (bytes, name) = switch input {
                    case .standardInput: (try io.readStandardInput(), "-")
                    case .file(let path): (try io.readFile(path), path)
                    }
                    if options.text {
                        io.writeOutput(Array(try DecodedText(validating: bytes).cleanedText.utf8))
                        continue
                    }
                    var json = try PlanDocument(validating: bytes, sourceName: name).jsonBytes(pretty: options.pretty)
                    json.append(UInt8(ascii: "\n"))
                    io.writeOutput(json)
                } catch let error as PlanInputError {
                    io.writeError("plan-extract: error: \(input.displayName): \(error)\n")
                    status = 1
                } catch {
                    io.writeError("plan-extract: error: \(error)\n")
                    status = 1
                }
            }
            return status
        }
    }

    /// Writes every byte to a file descriptor, retrying short writes.
    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) {
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return
                }
                offset += written
            }
        }
    }
}
