#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Expands folders among the inputs into the files they hold: every `.txt` and `.md` file
/// (any case: `.TXT`), recursively, in byte order of their paths (so a run over a folder is
/// deterministic), the names kept as the bytes `readdir` gives. Hidden files and folders
/// (".git") are skipped, and symbolic links to folders are not followed (no cycles). A
/// file found is read only if it is a regular file (`ExtractionJob.fileInFolder`). A
/// folder that cannot be read is a failure of its own, in its place among the files; so
/// is a folder that holds no such file. Other inputs are kept as given, in their order.
enum InputPaths {
    /// The extensions taken, matched in any ASCII case.
    static let extensions = [".txt", ".md"].map { Array($0.utf8) }

    static func expand(_ inputs: [Command.Input]) -> [ExtractionJob] {
        inputs.flatMap { input -> [ExtractionJob] in
            guard case .file(let path) = input, isDirectory(path, followingLinks: true) else { return [.input(input)] }
            var found: [(path: RawPath, job: ExtractionJob)] = []
            walk(path, into: &found)
            guard !found.isEmpty else {
                return [.failure(name: path.text, code: "no-files", message: "no .txt or .md file in the folder '\(path.text.escapingControlCharacters)'")]
            }
            // A subfolder that cannot be read takes its place among the files.
            return found.sorted { $0.path.bytes.lexicographicallyPrecedes($1.path.bytes) }.map(\.job)
        }
    }

    /// Adds the files of `directory` and of its subfolders to `found`, and the subfolders
    /// that cannot be read, as failures.
    private static func walk(_ directory: RawPath, into found: inout [(path: RawPath, job: ExtractionJob)]) {
        guard let handle = directory.withCString({ opendir($0) }) else {
            let message = "cannot read the folder '\(directory.text.escapingControlCharacters)': \(InputError.reason(errno))"
            found.append((directory, .failure(name: directory.text, code: "unreadable", message: message)))
            return
        }
        defer { closedir(handle) }
        while true {
            errno = 0
            guard let entry = readdir(handle) else {
                // The listing's end, or a failure to read it: the entries after it are not
                // seen, which is said (a file is not left out in silence).
                if errno != 0 {
                    let message = "cannot read the whole folder '\(directory.text.escapingControlCharacters)': \(InputError.reason(errno))"
                    found.append((directory, .failure(name: directory.text, code: "unreadable", message: message)))
                }
                break
            }
            // Read in place, as bytes: a record is only as long as its name, shorter than
            // `dirent`, and the name ends at its NUL.
            let nameStart = UnsafeRawPointer(entry) + MemoryLayout<dirent>.offset(of: \.d_name)!
            let name = UnsafeRawBufferPointer(start: nameStart, count: strlen(nameStart.assumingMemoryBound(to: CChar.self)))
            guard name.first != UInt8(ascii: ".") else { continue }
            let path = directory.appending(name)
            if isDirectory(path, followingLinks: false) {
                walk(path, into: &found)
            } else if extensions.contains(where: { hasSuffix(name, $0) }) {
                found.append((path, .fileInFolder(path)))
            }
        }
    }

    /// Whether `name` ends with `suffix` (lower case ASCII), in any ASCII case.
    private static func hasSuffix(_ name: UnsafeRawBufferPointer, _ suffix: [UInt8]) -> Bool {
        name.count >= suffix.count && zip(name.suffix(suffix.count), suffix).allSatisfy { byte, lower in
            byte == lower || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") && byte | 0x20 == lower)
        }
    }

    private static func isDirectory(_ path: RawPath, followingLinks: Bool) -> Bool {
        var info = stat()
        let status = path.withCString { followingLinks ? stat($0, &info) : lstat($0, &info) }
        return status == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }
}
