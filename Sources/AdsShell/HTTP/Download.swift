import Glibc

/// Streams a response body into a file in constant memory.
///
/// The body goes to a temporary file beside the target, which replaces the target only when
/// the whole body has arrived, so an interrupted download never leaves half a file under the
/// target's name. Each attempt (a retry, a redirect hop) starts the temporary file afresh.
/// A target that is a device or a FIFO, such as `/dev/null`, is written into directly,
/// because a rename would replace the device with a regular file.
final class Download {
    let path: String
    /// The file that replaces `path` at the end; nil when writing into a device or FIFO.
    private let temporaryPath: String?
    private var descriptor: Int32
    private(set) var received = 0
    /// The body size from `Content-Length`, when the server sent one.
    var expectedSize: Int?
    private var failure: String?
    private let showsProgress: Bool
    private var lastProgress: Int64 = 0
    private let console: Console

    init(path: String, console: Console) throws {
        self.path = path
        self.console = console
        showsProgress = console.isTerminal
        if FileSystem.isDeviceOrPipe(path) {
            descriptor = open(path, O_WRONLY | O_CLOEXEC)
            guard descriptor >= 0 else {
                throw HTTPError.fileWriteFailed(
                    path: path, reason: FileError(path: path, operation: "open").reason)
            }
            temporaryPath = nil
            return
        }
        let folder = FileSystem.parentFolder(of: path)
        var template = Array(
            "\(folder)/.\(FileSystem.baseName(of: path)).download.XXXXXX".utf8CString)
        descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else {
            throw HTTPError.fileWriteFailed(
                path: path, reason: FileError(path: folder, operation: "write in").reason)
        }
        temporaryPath = String(
            nulTerminated: template)
        fchmod(descriptor, 0o644)
    }

    /// The download for a command's `> FILE` ending, or nil when it has none.
    static func forRedirect(in invocation: Invocation, session: Session) throws -> Download? {
        guard let target = invocation.line.redirect else { return nil }
        let path = FileSystem.expandingTilde(try session.expander.expand(target))
        return try Download(path: path, console: session.console)
    }

    deinit {
        if descriptor >= 0 {
            close(descriptor)
            if let temporaryPath { unlink(temporaryPath) }
        }
    }

    /// Empties the temporary file before a new attempt.
    func restart() {
        ftruncate(descriptor, 0)
        lseek(descriptor, 0, SEEK_SET)
        received = 0
        expectedSize = nil
    }

    /// Appends a chunk; returns false to stop the transfer when the disk refuses it.
    func write(_ chunk: UnsafeRawBufferPointer) -> Bool {
        guard var pointer = chunk.baseAddress else { return true }
        var remaining = chunk.count
        while remaining > 0 {
            let count = Glibc.write(descriptor, pointer, remaining)
            if count < 0 {
                if errno == EINTR { continue }
                failure = String(cString: strerror(errno))
                return false
            }
            pointer += count
            remaining -= count
        }
        received += chunk.count
        reportProgress()
        return true
    }

    /// The reason writing stopped, when it did.
    var writeFailure: HTTPError? {
        failure.map { .fileWriteFailed(path: path, reason: $0) }
    }

    /// The bytes written so far when there are at most `limit` of them, to show an error
    /// response that went to the file.
    func readBack(limit: Int) -> [UInt8]? {
        guard received <= limit else { return nil }
        var bytes = [UInt8](repeating: 0, count: received)
        let count = bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, received, 0) }
        return count == received ? bytes : nil
    }

    /// Moves the finished file into place.
    func commit() throws {
        if showsProgress { console.printError("") }
        guard let temporaryPath else {
            close(descriptor)
            descriptor = -1
            return
        }
        guard fsync(descriptor) == 0, close(descriptor) == 0 else {
            throw HTTPError.fileWriteFailed(path: path, reason: String(cString: strerror(errno)))
        }
        descriptor = -1
        guard rename(temporaryPath, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporaryPath)
            throw HTTPError.fileWriteFailed(path: path, reason: reason)
        }
    }

    private func reportProgress() {
        guard showsProgress else { return }
        let now = currentMilliseconds()
        guard now - lastProgress >= 100 else { return }
        lastProgress = now
        var line = "\r\u{1B}[2K↓ \(formatByteCount(received))"
        if let expectedSize, expectedSize > 0 {
            let fraction = min(1, Double(received) / Double(expectedSize))
            let width = 24
            let filled = Int(fraction * Double(width))
            line +=
                " of \(formatByteCount(expectedSize)) ["
                + String(repeating: "#", count: filled)
                + String(repeating: ".", count: width - filled)
                + "] \(Int(fraction * 100))%"
        }
        line += " to \(path)"
        line.withUTF8 { _ = Glibc.write(2, $0.baseAddress, $0.count) }
    }
}
