#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import PlanParser

/// The program: parses the command line, expands folders, extracts every input (in
/// parallel, written in input order), and reports. I/O is injected so that tests can run
/// it in-process.
enum PlanExtract {
    struct IO: Sendable {
        /// Reads a file; `regularOnly` for a file found in a folder.
        var readFile: @Sendable (RawPath, _ regularOnly: Bool) throws(ReadFailure) -> [UInt8]
        var readStandardInput: @Sendable () throws(ReadFailure) -> [UInt8]
        /// The lines of standard input one by one (`--input jsonl`), a failed read last.
        var standardInputLines: @Sendable () -> AnyIterator<Result<[UInt8], InputError>>
        /// Writes to standard output; a write that fails stops the run (exit status 74).
        var writeOutput: @Sendable ([UInt8]) throws(OutputError) -> Void
        var writeError: @Sendable (String) -> Void
        /// Whether standard error is a terminal (progress and summary are shown there).
        var errorIsTerminal: Bool

        static var standard: IO {
            let (outputIsOpen, errorIsOpen) = (wasInherited(1), wasInherited(2))
            return IO(
                readFile: InputReading.readFile, readStandardInput: InputReading.readStandardInput,
                standardInputLines: { AnyIterator(StandardInputLines()) },
                writeOutput: { bytes throws(OutputError) in
                    guard outputIsOpen || bytes.isEmpty else { throw OutputError(code: EBADF) }
                    try writeAll(bytes, to: 1)
                },
                // Standard error that cannot be written leaves nowhere to say so.
                writeError: { text in if errorIsOpen { try? writeAll(Array(text.utf8), to: 2) } },
                errorIsTerminal: isatty(2) == 1)
        }

        /// Whether `descriptor` came open from the parent. One it closed (`>&-`) may have
        /// been taken by the runtime for its own use before the program starts (Dispatch's
        /// epoll instance), where a write must not go; the runtime opens close-on-exec, and
        /// nothing inherited is.
        private static func wasInherited(_ descriptor: Int32) -> Bool {
            let flags = fcntl(descriptor, F_GETFD)
            return flags >= 0 && flags & FD_CLOEXEC == 0
        }
    }

    /// Runs the command and returns the exit status (0, 1, 64, or 74 when the output could
    /// not be written).
    static func run(arguments: [[UInt8]], io: IO) async -> Int32 {
        let command: Command
        do {
            command = try Command(parsing: arguments)
        } catch {
            io.writeError("Error: \(error)\n\(Command.usageText)\n  See 'plan-extract --help' for more information.\n")
            return 64
        }
        do throws(OutputError) {
            switch command {
            case .help:
                try io.writeOutput(Array(Command.helpText.utf8))
                return 0
            case .version:
                try io.writeOutput(Array((Command.versionText + "\n").utf8))
                return 0
            case .extract(let options):
                return try await extract(options, io: io)
            }
        } catch {
            // A closed pipe (a reader that has seen enough: `| head`) ends the run quietly,
            // as it does the usual tools; where SIGPIPE is not ignored, it has already.
            if error.code != EPIPE { io.writeError("plan-extract: error: \(error)\n") }
            return 74
        }
    }

    /// Extracts every input; the first write to standard output that fails stops the batch
    /// (nothing more could be written) and is thrown.
    private static func extract(_ options: Command.Options, io: IO) async throws(OutputError) -> Int32 {
        let formatter = RecordFormatter(format: options.format, pretty: options.pretty)
        let extraction = Extraction(
            formatter: formatter, errorsInline: options.errorsInline, strict: options.strict,
            readFile: io.readFile, readStandardInput: io.readStandardInput)
        let inputs = options.jsonLinesInput ? [] : InputPaths.expand(options.inputs)
        let showsProgress = io.errorIsTerminal && !options.quiet
        var progress = Progress(total: options.jsonLinesInput ? nil : inputs.count, write: io.writeError)
        var status: Int32 = 0
        try io.writeOutput((options.byteOrderMark ? PlanCSV.byteOrderMark : []) + formatter.streamHeader)
        var outputFailure: OutputError?
        var written = 0
        // Writes one outcome; `false` once a write has failed (nothing more is written).
        func deliver(_ outcome: ExtractionOutcome) -> Bool {
            guard outputFailure == nil else { return false }
            if !outcome.output.isEmpty {
                do throws(OutputError) {
                    // The separator apart: a record is written as it is, not copied behind it.
                    if written > 0, case let separator = formatter.recordSeparator, !separator.isEmpty { try io.writeOutput(separator) }
                    try io.writeOutput(outcome.output)
                } catch {
                    outputFailure = error
                    return false
                }
                written += 1
            }
            if let error = outcome.error {
                // On a terminal, clear the progress line first.
                io.writeError((showsProgress ? "\r\u{1B}[K" : "") + "plan-extract: error: \(error)\n")
            }
            if outcome.failed { status = 1 }
            if showsProgress { progress.add(bytes: outcome.bytesRead, failed: outcome.failed) }
            return true
        }
        let workers = options.jobs ?? min(Self.cores, Command.maxJobs)
        if options.jsonLinesInput {
            await StreamingBatch(jobs: workers).run(Self.records(io.standardInputLines()), work: extraction.run, deliver: deliver)
        } else {
            // After a failed write no more inputs are started; those under way are dropped.
            var remaining = inputs.makeIterator()
            var jobs = AnyIterator { outputFailure == nil ? remaining.next() : nil }
            // No more workers than files (one file: no tasks at all).
            let batch = OrderedBatch<ExtractionJob, ExtractionOutcome>(jobs: min(workers, max(1, inputs.count)))
            await batch.run(&jobs, work: extraction.run) { _ = deliver($0) }
        }
        if let outputFailure { throw outputFailure }
        if showsProgress { progress.finish() }
        return status
    }

    /// The jobs of `--input jsonl`: a record per line that holds more than white space, an
    /// invalid record for a line that is no record, a failure for a read that failed.
    private static func records(_ lines: AnyIterator<Result<[UInt8], InputError>>) -> AnyIterator<ExtractionJob> {
        var number = 0
        return AnyIterator {
            while let next = lines.next() {
                let line: [UInt8]
                switch next {
                case .success(let bytes): line = bytes
                case .failure(let error): return .failure(name: error.name, code: "unreadable", message: error.description)
                }
                number += 1
                guard line.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { continue }
                do throws(JSONLinesRecord.Invalid) {
                    return .record(try JSONLinesRecord(line: line), line: number)
                } catch {
                    return .invalidRecord(error, line: number)
                }
            }
            return nil
        }
    }

    /// The cores online.
    private static var cores: Int { max(1, sysconf(Int32(_SC_NPROCESSORS_ONLN))) }

    /// Writes every byte to a file descriptor, retrying short writes.
    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) throws(OutputError) {
        let failure: Int32? = bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if InputReading.mayRetry(errno, descriptor, for: Int16(POLLOUT)) { continue }
                    return errno
                }
                offset += written
            }
            return nil
        }
        if let failure { throw OutputError(code: failure) }
    }
}

/// A write to standard output that failed.
struct OutputError: Error, Equatable, CustomStringConvertible {
    /// The `errno` of the write.
    var code: Int32

    var description: String { "cannot write the output: \(InputError.reason(code))" }
}
