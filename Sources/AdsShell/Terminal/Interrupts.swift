import Glibc
import Synchronization

/// Set by the SIGINT handler and read by long operations (requests, waits), which stop when
/// it is set.
///
/// A global is needed because a C signal handler cannot capture context; `Atomic` makes the
/// store from the handler and the loads from the main thread safe.
let pendingInterrupt = Atomic<Bool>(false)

/// The process's Ctrl-C state, shared by the line editor and everything that can be cancelled.
public enum Interrupts {
    /// Installs a SIGINT handler that records the interrupt instead of ending the process.
    ///
    /// It also unblocks SIGINT for this thread, because a blocked signal mask survives
    /// `execve`: a parent that forks from a thread with all signals blocked (a Dispatch worker
    /// thread, for example) would otherwise leave Ctrl-C with no effect.
    public static func install() {
        signal(SIGINT) { _ in
            pendingInterrupt.store(true, ordering: .relaxed)
        }
        var signals = sigset_t()
        sigemptyset(&signals)
        sigaddset(&signals, SIGINT)
        pthread_sigmask(SIG_UNBLOCK, &signals, nil)
    }

    /// Whether Ctrl-C was pressed since the last `clear()`.
    public static var isPending: Bool {
        pendingInterrupt.load(ordering: .relaxed)
    }

    /// Forgets an earlier Ctrl-C, before an operation that can be cancelled starts.
    public static func clear() {
        pendingInterrupt.store(false, ordering: .relaxed)
    }

    /// Records an interrupt without a signal, for tests and for key bindings.
    public static func raise() {
        pendingInterrupt.store(true, ordering: .relaxed)
    }
}
