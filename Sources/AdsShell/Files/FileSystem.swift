import Glibc

/// Small wrappers over the POSIX file calls the shell needs, with errors that name the path.
public enum FileSystem {
    /// The largest file `readFile` reads, so a wrong path to a huge file cannot exhaust memory.
    public static let defaultReadLimit = 512 * 1024 * 1024

    /// Reads a whole regular file.
    /// - Throws: `FileError` when it cannot be opened, is a folder, or is larger than `limit`.
    public static func readFile(_ path: String, limit: Int = defaultReadLimit) throws(FileError)
        -> [UInt8]
    {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw FileError(path: path, operation: "open") }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw FileError(path: path, operation: "stat") }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            throw FileError(path: path, operation: "read", code: EISDIR)
        }
        if Int(info.st_size) > limit {
            throw FileError(path: path, operation: "read", code: EFBIG)
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(info.st_size))
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw FileError(path: path, operation: "read")
            }
            if count == 0 { break }
            bytes.append(contentsOf: buffer[0..<count])
            if bytes.count > limit { throw FileError(path: path, operation: "read", code: EFBIG) }
        }
        return bytes
    }

    /// Replaces `path` with `bytes` so that a crash at any moment leaves either the old file or
    /// the new one: write a temporary file in the same folder, fsync it, rename it over
    /// `path`, then fsync the folder so the rename itself is durable.
    /// - Parameter mode: permission bits of the new file, 0600 by default.
    public static func writeAtomically(
        _ bytes: some Collection<UInt8>, to path: String, mode: mode_t = 0o600
    ) throws(FileError) {
        if isDeviceOrPipe(path) {
            try writeInPlace(Array(bytes), to: path)
            return
        }
        let folder = parentFolder(of: path)
        var template = Array("\(folder)/.\(baseName(of: path)).XXXXXX".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw FileError(path: folder, operation: "write in") }
        let temporaryPath = String(
            nulTerminated: template)
        var succeeded = false
        defer {
            if !succeeded { unlink(temporaryPath) }
        }
        guard fchmod(descriptor, mode) == 0 else {
            close(descriptor)
            throw FileError(path: temporaryPath, operation: "set permissions of")
        }
        let data = Array(bytes)
        var written = 0
        while written < data.count {
            let count = data.withUnsafeBytes {
                write(descriptor, $0.baseAddress! + written, data.count - written)
            }
            if count < 0 {
                if errno == EINTR { continue }
                let error = FileError(path: path, operation: "write")
                close(descriptor)
                throw error
            }
            written += count
        }
        guard fsync(descriptor) == 0 else {
            let error = FileError(path: path, operation: "sync")
            close(descriptor)
            throw error
        }
        close(descriptor)
        guard rename(temporaryPath, path) == 0 else {
            throw FileError(path: path, operation: "replace")
        }
        succeeded = true
        let folderDescriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folderDescriptor >= 0 {
            fsync(folderDescriptor)
            close(folderDescriptor)
        }
    }

    /// Returns whether `path` is a character device or a FIFO, such as `/dev/null`. Such a
    /// target is written into, because a rename over it would replace the device itself.
    public static func isDeviceOrPipe(_ path: String) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0 else { return false }
        let kind = info.st_mode & S_IFMT
        return kind == S_IFCHR || kind == S_IFIFO
    }

    /// Writes `bytes` into an existing device or FIFO.
    private static func writeInPlace(_ bytes: [UInt8], to path: String) throws(FileError) {
        let descriptor = open(path, O_WRONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw FileError(path: path, operation: "open") }
        defer { close(descriptor) }
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes {
                write(descriptor, $0.baseAddress! + written, bytes.count - written)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw FileError(path: path, operation: "write")
            }
            written += count
        }
    }

    /// Creates `path` and its missing parents with mode 0700.
    public static func createFolder(_ path: String) throws(FileError) {
        var current = path.hasPrefix("/") ? "" : "."
        for component in path.split(separator: "/") {
            current += "/" + component
            if mkdir(current, 0o700) != 0 && errno != EEXIST {
                throw FileError(path: current, operation: "create folder")
            }
        }
        var info = stat()
        guard stat(path, &info) == 0 else { throw FileError(path: path, operation: "stat") }
        guard (info.st_mode & S_IFMT) == S_IFDIR else {
            throw FileError(path: path, operation: "use as a folder", code: ENOTDIR)
        }
    }

    public static func exists(_ path: String) -> Bool {
        access(path, F_OK) == 0
    }

    public static func isFolder(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// Names in `folder`, without `.` and `..`; empty when it cannot be read.
    public static func listFolder(_ folder: String) -> [String] {
        guard let directory = opendir(folder) else { return [] }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }

    public static func parentFolder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        if slash == path.startIndex { return "/" }
        return String(path[..<slash])
    }

    public static func baseName(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }

    /// Expands a leading `~/` to the home folder.
    public static func expandingTilde(_ path: String) -> String {
        guard path == "~" || path.hasPrefix("~/"), let home = getenv("HOME") else { return path }
        return String(cString: home) + path.dropFirst()
    }
}

/// Removes a file; returns 0 on success, as `unlink` does.
func unlinkFile(_ path: String) -> Int32 {
    unlink(path)
}

extension String {
    /// The text of a NUL-terminated C character array, up to its first NUL, decoded as UTF-8
    /// with invalid bytes replaced.
    init(nulTerminated characters: [CChar]) {
        self.init(
            decoding: characters.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
