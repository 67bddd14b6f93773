import Glibc

/// An exclusive advisory lock (`flock`) on a lock file, held while a read-merge-write cycle
/// runs, so two shells saving the same file take turns.
final class FileLock {
    private let descriptor: Int32

    /// Opens (creating when needed) and locks `path`, waiting for another holder to release.
    init(path: String) throws(FileError) {
        descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw FileError(path: path, operation: "open lock file") }
        while flock(descriptor, LOCK_EX) != 0 {
            if errno == EINTR { continue }
            let error = FileError(path: path, operation: "lock")
            close(descriptor)
            throw error
        }
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
