import Glibc
import Synchronization

/// The write end of the pipe that the SIGWINCH handler writes to; -1 before `install()`.
///
/// A global because a C signal handler cannot capture context; `Atomic` makes the load in
/// the handler safe.
private let resizeWriteDescriptor = Atomic<Int32>(-1)
private let resizeReadDescriptor = Atomic<Int32>(-1)

/// Turns SIGWINCH (terminal resized) into a readable byte on a pipe, so the line editor can
/// wait for a key and a resize with one `poll`.
enum ResizeSignal {
    /// The read end of the pipe; -1 when it could not be made.
    static var readDescriptor: Int32 { resizeReadDescriptor.load(ordering: .relaxed) }

    private static let installation: Void = {
        var descriptors: [Int32] = [-1, -1]
        guard pipe(&descriptors) == 0 else { return }
        for descriptor in descriptors {
            _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
            _ = fcntl(descriptor, F_SETFL, O_NONBLOCK)
        }
        resizeReadDescriptor.store(descriptors[0], ordering: .relaxed)
        resizeWriteDescriptor.store(descriptors[1], ordering: .relaxed)
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in
            let descriptor = resizeWriteDescriptor.load(ordering: .relaxed)
            var byte: UInt8 = 1
            _ = write(descriptor, &byte, 1)
        }
        // SA_RESTART keeps other reads and writes from failing with EINTR on a resize.
        action.sa_flags = SA_RESTART
        sigemptyset(&action.sa_mask)
        sigaction(SIGWINCH, &action, nil)
        // A signal mask inherited blocked through execve would hide every resize.
        var signals = sigset_t()
        sigemptyset(&signals)
        sigaddset(&signals, SIGWINCH)
        pthread_sigmask(SIG_UNBLOCK, &signals, nil)
    }()

    /// Installs the handler once for the process.
    static func install() {
        _ = installation
    }

    /// Empties the pipe; returns whether a resize happened since the last call.
    @discardableResult
    static func drain() -> Bool {
        guard readDescriptor >= 0 else { return false }
        var buffer = [UInt8](repeating: 0, count: 64)
        var resized = false
        while read(readDescriptor, &buffer, buffer.count) > 0 {
            resized = true
        }
        return resized
    }
}
