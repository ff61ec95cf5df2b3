#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Progress of a batch on a terminal: files done (of how many, when known), MB/s and the
/// time left, redrawn at most five times a second; then a summary line.
struct Progress {
    let total: Int?
    let write: (String) -> Void
    private let start = Progress.now()
    private var lastDraw = 0.0
    private(set) var files = 0
    private(set) var failed = 0
    private(set) var bytes = 0
    private var drawn = false

    init(total: Int?, write: @escaping (String) -> Void) {
        self.total = total
        self.write = write
    }

    mutating func add(bytes count: Int, failed isFailure: Bool) {
        files += 1
        bytes += count
        if isFailure { failed += 1 }
        let now = Self.now()
        // One file: no progress line (and no summary).
        guard total != 1, now - lastDraw >= 0.2 else { return }
        lastDraw = now
        let elapsed = now - start
        // "1 file" of a stream; "1 / 5 files".
        let noun = (total ?? files) == 1 ? "file" : "files"
        var text = "\(files)\(total.map { " / \($0)" } ?? "") \(noun), \(Self.megabytes(bytes)) MB, \(Self.rate(bytes, elapsed)) MB/s"
        if let total, files > 0, files < total {
            text += ", \(Self.duration(elapsed / Double(files) * Double(total - files))) left"
        }
        write("\r\u{1B}[K" + text)
        drawn = true
    }

    /// The summary line, replacing the progress line; none for a run of one file (a
    /// stream of records, whose length is not known, always has one).
    func finish() {
        guard total == nil || files > 1 else { return }
        let elapsed = Self.now() - start
        let failures = failed > 0 ? " (\(failed) failed)" : ""
        write((drawn ? "\r\u{1B}[K" : "") + "plan-extract: \(files) file\(files == 1 ? "" : "s")\(failures), \(Self.megabytes(bytes)) MB in \(Self.duration(elapsed)), \(Self.rate(bytes, elapsed)) MB/s\n")
    }

    private static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    private static func megabytes(_ bytes: Int) -> String { oneDecimal(Double(bytes) / 1e6) }

    private static func rate(_ bytes: Int, _ seconds: Double) -> String {
        seconds > 0 ? oneDecimal(Double(bytes) / 1e6 / seconds) : "-"
    }

    private static func duration(_ seconds: Double) -> String {
        seconds < 60 ? "\(oneDecimal(seconds)) s" : "\(Int(seconds) / 60) min \(Int(seconds) % 60) s"
    }

    private static func oneDecimal(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }
}
