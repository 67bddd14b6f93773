import Glibc

@testable import AdsShell

/// A small tmpfs mounted on a fresh folder, for disk-full and read-only faults. Root ignores
/// file permissions, but not a full or read-only file system, so these faults hold for root
/// too. The file system is unmounted when the value is released.
final class TmpfsMount {
    private let folder = TemporaryFolder()
    private var isMounted = false

    var path: String { folder.path }

    /// Mounts a tmpfs of `kilobytes`; nil when this process may not mount one (it needs
    /// CAP_SYS_ADMIN, as root in most containers has).
    init?(kilobytes: Int) {
        guard mount("tmpfs", folder.path, "tmpfs", 0, "size=\(kilobytes)k,mode=0700") == 0 else {
            return nil
        }
        isMounted = true
    }

    deinit {
        if isMounted { umount2(folder.path, Int32(MNT_DETACH)) }
    }

    /// Makes the file system read-only or writable again.
    func setReadOnly(_ readOnly: Bool) throws {
        let flags = UInt(MS_REMOUNT) | (readOnly ? UInt(MS_RDONLY) : 0)
        guard mount("tmpfs", folder.path, "tmpfs", flags, nil) == 0 else {
            throw FileError(path: folder.path, operation: "remount")
        }
    }

    /// Fills the file system with a file named `name` until no space is left.
    func fill(name: String = "filler") {
        let descriptor = open(path + "/" + name, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        guard descriptor >= 0 else { return }
        defer { close(descriptor) }
        let block = [UInt8](repeating: 0x2E, count: 4096)
        var size = block.count
        while size > 0 {
            let written = block.withUnsafeBytes { write(descriptor, $0.baseAddress, size) }
            if written < 0 && errno == EINTR { continue }
            // Writes shrink to single bytes at the end, so the last partial page fills too.
            if written <= 0 { size /= 2 }
        }
    }
}
