#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Expands folders among the inputs into the files they hold: every `.txt` and `.md` file
/// (any case: `.TXT`), recursively, in byte order of their paths (so a run over a folder is
/// deterministic). Hidden files and folders (".git") are skipped, and symbolic links to
/// folders are not followed (no cycles). A folder that cannot be read, or holds no such
/// file, is a failure of its own. Other inputs are kept as given, in their order.
enum InputPaths {
    static let extensions = [".txt", ".md"]

    static func expand(_ inputs: [Command.Input]) -> [ExtractionJob] {
        inputs.flatMap { input -> [ExtractionJob] in
            guard case .file(let path) = input, isDirectory(path, followingLinks: true) else { return [.input(input)] }
            var files: [String] = []
            var failures: [ExtractionJob] = []
            walk(path, into: &files, failures: &failures)
            if files.isEmpty && failures.isEmpty {
                failures.append(.failure(name: path, code: "no-files", message: "no .txt or .md file in the folder '\(path)'"))
            }
            return failures + files.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }.map { .input(.file(path: $0)) }
        }
    }

    private static func walk(_ directory: String, into files: inout [String], failures: inout [ExtractionJob]) {
        guard let handle = opendir(directory) else {
            failures.append(.failure(name: directory, code: "unreadable", message: "cannot read the folder '\(directory)': \(InputError.reason(errno))"))
            return
        }
        defer { closedir(handle) }
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        while let entry = readdir(handle) {
            // Read in place: a record is only as long as its name, shorter than `dirent`.
            let nameStart = UnsafeRawPointer(entry) + MemoryLayout<dirent>.offset(of: \.d_name)!
            let name = String(cString: nameStart.assumingMemoryBound(to: CChar.self))
            guard !name.hasPrefix(".") else { continue }
            let path = prefix + name
            if isDirectory(path, followingLinks: false) {
                walk(path, into: &files, failures: &failures)
            } else if extensions.contains(where: { name.lowercased().hasSuffix($0) }) {
                files.append(path)
            }
        }
    }

    private static func isDirectory(_ path: String, followingLinks: Bool) -> Bool {
        var info = stat()
        let status = followingLinks ? stat(path, &info) : lstat(path, &info)
        return status == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }
}
