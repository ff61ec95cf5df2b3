/// What the command line asks for.
enum Command: Equatable {
    case help
    case version
    case extract(Options)

    struct Options: Equatable {
        var inputs: [Input] = []
        var pretty = false
        /// Print the decoded, cleaned text instead of the JSON.
        var text = false
    }

    enum Input: Equatable {
        case standardInput
        case file(path: String)

        /// The name an error message gives the input.
        var displayName: String {
            switch self {
            case .standardInput: return "<stdin>"
            case .file(let path): return path
            }
        }
    }
}

/// A command line that cannot be run; printed with the usage, exit 64.
enum UsageError: Error, Equatable, CustomStringConvertible {
    case unknownOption(String)
    case standardInputRepeated

    var description: String {
        switch self {
        case .unknownOption(let option): return "Unknown option '\(option)'"
        case .standardInputRepeated: return "Standard input ('-') can be read only once"
        }
    }
}

extension Command {
    /// Reads the arguments (without the program name). "-" is standard input, also after
    /// "--"; after "--" nothing else is an option; no file means standard input.
    init(parsing arguments: some Collection<String>) throws(UsageError) {
        var options = Options()
        var remaining = arguments[...]
        var onlyOperands = false
        while let argument = remaining.popFirst() {
            switch argument {
            case "-":
                guard !options.inputs.contains(.standardInput) else { throw .standardInputRepeated }
                options.inputs.append(.standardInput)
            case _ where onlyOperands: options.inputs.append(.file(path: argument))
            case "--": onlyOperands = true
            case "-h", "--help": self = .help; return
            case "--version": self = .version; return
            case "--pretty": options.pretty = true
            case "--text": options.text = true
            case _ where argument.hasPrefix("-"): throw .unknownOption(argument)
            default: options.inputs.append(.file(path: argument))
            }
        }
        if options.inputs.isEmpty { options.inputs = [.standardInput] }
        self = .extract(options)
    }

    static let versionText = "plan-extract 0.1.0 (output schema 1)"

    static let usageText = "Usage: plan-extract [--pretty | --text] [<file> ...]"

    static let helpText = """
        OVERVIEW: Extract the structure of Vietnamese government plans (Kế hoạch) as JSON.

        USAGE: plan-extract [--pretty | --text] [<file> ...]

        ARGUMENTS:
          <file>                  Plain-text plan files: UTF-8, UTF-16 with a byte order
                                  mark, or a legacy Vietnamese encoding (TCVN3, VNI,
                                  Windows-1258; raw or as mojibake). Use '-' (or omit)
                                  for standard input.

        OPTIONS:
          --pretty                Indent the JSON (the output is then not JSON Lines).
          --text                  Print the decoded text instead (Unicode NFC, LF line
                                  ends, invisible characters removed), to convert old
                                  files: plan-extract --text old.txt > new.txt
          --version               Show the version.
          -h, --help              Show help information.

        OUTPUT:
          One JSON record per input, in argument order, one record per line (JSON Lines).
          Exit status: 0 when every input was read, 1 when one could not be read or is
          not text (PDF, DOCX, ...) or is empty (the others are still printed), 64 for a
          bad command line.

        """
}
