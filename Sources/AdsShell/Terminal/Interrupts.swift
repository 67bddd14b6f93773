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

    /// Installs a SIGHUP handler that records an interrupt instead of ending the process,
    /// unless SIGHUP is ignored (as under `nohup`).
    ///
    /// When the terminal closes, a running request is then cancelled and the next read from
    /// the terminal fails, so the shell ends through its normal path and saves history.
    public static func installHangup() {
        var current = sigaction()
        sigaction(SIGHUP, nil, &current)
        // C function pointers are not Equatable in Swift, so compare their addresses.
        let ignored =
            unsafeBitCast(current.__sigaction_handler.sa_handler, to: Int.self)
            == unsafeBitCast(SIG_IGN, to: Int.self)
        guard !ignored else { return }
        signal(SIGHUP) { _ in
            pendingInterrupt.store(true, ordering: .relaxed)
        }
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
