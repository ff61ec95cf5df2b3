// Measures the throughput of the decoding (phase 0), of the library parse and of the JSON writer, in MB/s of input
// text, over every .txt file of the directories given (default: Tests/Fixtures and
// ../shared/corpus). Run it with `swift run -c release plan-benchmark [DIR ...]`;
// `plan-benchmark --hostile` measures the hostile inputs instead (issue 6).
// `plan-benchmark --once [--json] [DIR ...]` parses each file once (and with `--json` writes
// its JSON once) and prints one summary line: run it under `valgrind --tool=callgrind` to count
// the instructions of the parse, a measure that the load of a shared machine does not move
// (and under `valgrind --tool=cachegrind --branch-sim=yes` to count mispredicted branches).
// `plan-benchmark --loop N [DIR ...]` parses the set N times and prints nothing else: run it
// under `perf record -e cpu-clock` to see where the CPU's time goes.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import HostileInputs
import PlanParser

func readFiles(in directories: [String]) -> [[UInt8]] {
    var files: [[UInt8]] = []
    for directory in directories {
        guard let handle = opendir(directory) else { continue }
        var names: [String] = []
        while let entry = readdir(handle) {
            // Read in place: a record is only as long as its name, shorter than `dirent`.
            let nameStart = UnsafeRawPointer(entry) + MemoryLayout<dirent>.offset(of: \.d_name)!
            let name = String(cString: nameStart.assumingMemoryBound(to: CChar.self))
            if name.hasSuffix(".txt") { names.append(name) }
        }
        closedir(handle)
        for name in names.sorted() {
            guard let file = fopen(directory + "/" + name, "rb") else { continue }
            var bytes: [UInt8] = []
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            while true {
                let count = fread(&chunk, 1, chunk.count, file)
                bytes += chunk[..<count]
                if count < chunk.count { break }
            }
            fclose(file)
            files.append(bytes)
        }
    }
    return files
}

func seconds(_ body: () -> Void) -> Double {
    var start = timespec()
    var end = timespec()
    clock_gettime(CLOCK_MONOTONIC, &start)
    body()
    clock_gettime(CLOCK_MONOTONIC, &end)
    return Double(end.tv_sec - start.tv_sec) + Double(end.tv_nsec - start.tv_nsec) / 1e9
}

let arguments = Array(CommandLine.arguments.dropFirst())
if arguments == ["--hostile"] {
    benchmarkHostileInputs()
    exit(0)
}
let parsesOnce = arguments.first == "--once"
let writesJSONOnce = parsesOnce && arguments.dropFirst().first == "--json"
let loopCount = arguments.first == "--loop" ? arguments.dropFirst().first.flatMap { Int($0) }.flatMap { $0 > 0 ? $0 : nil } : nil
if arguments.first == "--loop" && loopCount == nil {
    print("plan-benchmark: --loop needs a count above 0")
    exit(1)
}
let optionCount = loopCount != nil ? 2 : (parsesOnce ? 1 : 0) + (writesJSONOnce ? 1 : 0)
let directoryArguments = Array(arguments.dropFirst(optionCount))
let directories = directoryArguments.isEmpty ? ["Tests/Fixtures", "../shared/corpus/seeds", "../shared/corpus/real"] : directoryArguments
let files = readFiles(in: directories)
let totalBytes = files.reduce(0) { $0 + $1.count }
guard totalBytes > 0 else {
    print("plan-benchmark: no .txt files in \(directories.joined(separator: ", "))")
    exit(1)
}
if parsesOnce {
    let documents = files.map { PlanDocument(parsing: $0) }
    let jsonBytes = writesJSONOnce ? documents.reduce(0) { $0 + $1.jsonBytes().count } : 0
    let sections = documents.reduce(0) { $0 + $1.sections.count }
    print("plan-benchmark: \(files.count) files, \(totalBytes) bytes parsed once (\(sections) top sections, \(jsonBytes) bytes of JSON)")
    exit(0)
}
if let loopCount {
    var sections = 0
    for _ in 0..<loopCount { for file in files { sections &+= PlanDocument(parsing: file).sections.count } }
    print("plan-benchmark: \(files.count) files, \(totalBytes) bytes parsed \(loopCount) times (\(sections) top sections)")
    exit(0)
}
// Repeat the set until about 20 MB have been parsed per run; report the median of 5 runs.
let repetitions = max(1, 20_000_000 / totalBytes)
var checksum = 0
func median(_ body: () -> Void) -> Double {
    var times: [Double] = []
    for _ in 0..<5 { times.append(seconds(body)) }
    return times.sorted()[2]
}
let parseTime = median {
    for _ in 0..<repetitions { for file in files { checksum &+= PlanDocument(parsing: file).sections.count } }
}
let decodeTime = median {
    for _ in 0..<repetitions { for file in files { checksum &+= DecodedText(bytes: file).text.utf8.count } }
}
let documents = files.map { PlanDocument(parsing: $0) }
let writeTime = median {
    for _ in 0..<repetitions { for document in documents { checksum &+= document.jsonBytes().count } }
}
let megabytes = Double(totalBytes * repetitions) / 1e6
print("plan-benchmark: \(files.count) files, \(totalBytes) bytes, x\(repetitions) per run, median of 5 runs")
print("  decode (DecodedText):   \(Int(megabytes / decodeTime)) MB/s")
print("  parse (library):        \(Int(megabytes / parseTime)) MB/s")
print("  JSON writer:            \(Int(megabytes / writeTime)) MB/s of input text")
print("  parse + JSON:           \(Int(megabytes / (parseTime + writeTime))) MB/s")
print("  (checksum \(checksum))")
