import PlanParser

/// What the command line asks for.
enum Command: Equatable {
    case help
    case version
    case extract(Options)

    struct Options: Equatable {
        var inputs: [Input] = []
        var format: Format = .json
        var pretty = false
        /// Write a UTF-8 byte order mark first (CSV for Excel).
        var byteOrderMark = false
        /// Files parsed at once (at most `Command.maxJobs`); `nil` means one per core.
        var jobs: Int?
        /// Read `{"id": ..., "text": ...}` records from standard input instead of files.
        var jsonLinesInput = false
        /// Also write a failed input as an error record in the JSON stream.
        var errorsInline = false
        /// Count a warning diagnostic as a failure (exit status 1).
        var strict = false
        /// No progress or summary on a terminal.
        var quiet = false
    }

    enum Input: Equatable {
        case standardInput
        case file(path: RawPath)
    }

    /// What is written for each input.
    enum Format: String, CaseIterable, Equatable {
        case json, markdown, tasksCSV = "tasks-csv", citationsCSV = "citations-csv", text
    }
}

/// A command line that cannot be run; printed with the usage, exit 64.
enum UsageError: Error, Equatable, CustomStringConvertible {
    case unknownOption(String)
    case missingValue(String)
    case badValue(option: String, value: String, expected: String)
    case unexpectedValue(String)
    case standardInputRepeated
    case conflict(String)

    var description: String {
        switch self {
        case .unknownOption(let option): return "Unknown option '\(option.escapingControlCharacters)'"
        case .missingValue(let option): return "Missing value for '\(option)'"
        case .unexpectedValue(let option): return "Option '\(option)' takes no value"
        case .badValue(let option, let value, let expected): return "Bad value '\(value.escapingControlCharacters)' for '\(option)' (expected \(expected))"
        case .standardInputRepeated: return "Standard input ('-') can be read only once"
        case .conflict(let message): return message
        }
    }
}

extension Command {
    /// Reads the arguments (without the program name), as the bytes the system gave: a
    /// file name need not be UTF-8, and is kept as it is. "-" is standard input, also after
    /// "--"; after "--" nothing else is an option; no input means standard input. Options
    /// take their value as the next argument or after "=" ("--jobs 4", "--jobs=4").
    /// `--help` or `--version` anywhere is the command (help first), once every argument
    /// has been read: an unknown option is a usage error wherever it stands.
    init(parsing arguments: some Collection<[UInt8]>) throws(UsageError) {
        var options = Options()
        var remaining = arguments[...]
        var onlyOperands = false
        // `--text` is `--format text`; another `--format`, before or after it, conflicts.
        var text = false
        var format: Format?
        var help = false, version = false
        while let bytes = remaining.popFirst() {
            let argument = String(decoding: bytes, as: UTF8.self)
            if onlyOperands || argument == "-" || !argument.hasPrefix("-") {
                if argument == "-" {
                    guard !options.inputs.contains(.standardInput) else { throw .standardInputRepeated }
                    options.inputs.append(.standardInput)
                } else {
                    options.inputs.append(.file(path: RawPath(bytes)))
                }
                continue
            }
            let (name, inlineValue) = Self.split(argument)
            func value() throws(UsageError) -> String {
                if let inlineValue { return inlineValue }
                guard let next = remaining.popFirst() else { throw .missingValue(name) }
                return String(decoding: next, as: UTF8.self)
            }
            if inlineValue != nil, !Self.optionsWithValues.contains(name) {
                throw Self.allOptions.contains(name) ? .unexpectedValue(name) : .unknownOption(argument)
            }
            switch name {
            case "--": onlyOperands = true
            case "-h", "--help": help = true
            case "--version": version = true
            case "--pretty": options.pretty = true
            case "--text": text = true
            case "--bom": options.byteOrderMark = true
            case "--errors-inline": options.errorsInline = true
            case "--strict": options.strict = true
            case "-q", "--quiet": options.quiet = true
            case "--format":
                let text = try value()
                guard let parsed = Format(rawValue: text) else {
                    throw .badValue(option: name, value: text, expected: Format.allCases.map(\.rawValue).joined(separator: ", "))
                }
                format = parsed
            case "-j", "--jobs":
                let text = try value()
                guard let jobs = Int(text), (1...Self.maxJobs).contains(jobs) else {
                    throw .badValue(option: name, value: text, expected: "a number from 1 to \(Self.maxJobs)")
                }
                options.jobs = jobs
            case "--input":
                let text = try value()
                switch text {
                case "files": options.jsonLinesInput = false
                case "jsonl": options.jsonLinesInput = true
                default: throw .badValue(option: name, value: text, expected: "files or jsonl")
                }
            default: throw .unknownOption(argument)
            }
        }
        if help || version {
            self = help ? .help : .version
            return
        }
        if options.jsonLinesInput {
            guard options.inputs.isEmpty || options.inputs == [.standardInput] else {
                throw .conflict("'--input jsonl' reads standard input; no file arguments")
            }
        }
        if options.inputs.isEmpty { options.inputs = [.standardInput] }
        if text, let format, format != .text { throw .conflict("'--text' conflicts with '--format \(format.rawValue)'") }
        if let format = text ? .text : format { options.format = format }
        if options.pretty && options.format != .json { throw .conflict("'--pretty' goes with '--format json' only") }
        if options.byteOrderMark && (options.format == .json || options.format == .text) {
            let why = options.format == .json ? "a byte order mark breaks JSON Lines" : "'--text' writes the text as UTF-8 without one"
            throw .conflict("'--bom' goes with the CSV and Markdown formats only (\(why))")
        }
        self = .extract(options)
    }

    /// The most files parsed at once. Sixteen per job may be held in memory (in flight or
    /// waiting for their turn to be written), so the bound on memory holds only with a bound
    /// on the jobs; parsing is work for the cores, and more jobs than cores gain nothing.
    static let maxJobs = 256

    private static let optionsWithValues: Set<String> = ["--format", "--jobs", "-j", "--input"]
    private static let allOptions: Set<String> = optionsWithValues.union([
        "--help", "--version", "--pretty", "--text", "--bom", "--errors-inline", "--strict", "--quiet",
    ])

    /// "--jobs=4" → ("--jobs", "4"), "-j4" → ("-j", "4"); other arguments have no inline value.
    private static func split(_ argument: String) -> (String, String?) {
        if argument.hasPrefix("-j"), argument.count > 2 { return ("-j", String(argument.dropFirst(2))) }
        guard argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") else { return (argument, nil) }
        return (String(argument[..<equals]), String(argument[argument.index(after: equals)...]))
    }

    static let versionText = "plan-extract 0.2.0 (output schema \(PlanDocument.currentSchemaVersion))"

    static let usageText = "Usage: plan-extract [<options>] [<file-or-folder> ...]"

    static let helpText = """
        OVERVIEW: Extract the structure of Vietnamese government plans (Kế hoạch) and other
        administrative documents as JSON, Markdown or CSV.

        USAGE: plan-extract [<options>] [<file-or-folder> ...]

        ARGUMENTS:
          <file-or-folder>        Plain-text files: UTF-8, UTF-16 with a byte order mark,
                                  or a legacy Vietnamese encoding (TCVN3, VNI,
                                  Windows-1258; raw or as mojibake). A folder is walked
                                  recursively for .txt and .md files (regular files
                                  only), in sorted order. Use '-' (or nothing) for
                                  standard input.

        OPTIONS:
          --format <format>       json (default: one JSON record per line), markdown (a
                                  report for a person), tasks-csv, citations-csv (one row
                                  per task or citation, RFC 4180), text (see --text).
                                    plan-extract --format tasks-csv --bom plans/ > tasks.csv
          --pretty                Indent the JSON (the output is then not JSON Lines).
                                    plan-extract --pretty plan.txt
          --text                  Print the decoded text instead (Unicode NFC, LF line
                                  ends, invisible characters removed), to convert old
                                  files.
                                    plan-extract --text old-tcvn3.txt > new.txt
          --bom                   Start the output with a UTF-8 byte order mark (for
                                  Excel).
                                    plan-extract --format citations-csv --bom a.txt > c.csv
          -j, --jobs <n>          Files parsed at once (default: one per core; at most
                                  256); the output keeps the input order.
                                    plan-extract --jobs 2 archive/ > plans.jsonl
          --input <files|jsonl>   jsonl: read records {"id": ..., "text": ...} from
                                  standard input and write one record per input, with the
                                  id as source.name (a mapper for Hadoop Streaming or
                                  Spark's RDD.pipe).
                                    cat docs.jsonl | plan-extract --input jsonl
          --errors-inline         Also write an input that fails as a record
                                  {"source": {...}, "error": {...}} in the JSON stream.
                                    plan-extract --errors-inline archive/ | jq 'select(.error)'
          --strict                Count warning diagnostics as failures (exit status 1).
                                    plan-extract --strict plan.txt > /dev/null || echo check it
          -q, --quiet             No progress or summary on the terminal.
                                    plan-extract --quiet archive/ > plans.jsonl
          --version               Show the tool and schema versions.
                                    plan-extract --version
          -h, --help              Show help information.
                                    plan-extract --help

        OUTPUT:
          Records in input order on standard output; errors on standard error, one line
          each. Progress (files, MB/s, time left) and a summary go to standard error when
          it is a terminal. Exit status: 0 when every input was parsed, 1 when one could
          not be read, is not text (PDF, DOCX, ...) or is empty, or (with --strict) has a
          warning (the others are still written), 64 for a bad command line, 74 when the
          output could not be written (the run stops there).

        """
}
