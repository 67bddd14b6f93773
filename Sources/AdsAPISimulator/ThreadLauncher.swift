import Glibc

/// Starts plain POSIX threads for blocking socket loops. Dispatch is avoided on purpose because
/// blocking reads on its small worker pool starve other work on a machine with few cores.
enum ThreadLauncher {
    private final class Entry {
        let body: @Sendable () -> Void
        init(_ body: @escaping @Sendable () -> Void) { self.body = body }
    }

    /// Starts a thread running `body`. Returns its id for `pthread_join`, or nil when the
    /// system refused to create it.
    static func start(_ body: @escaping @Sendable () -> Void) -> pthread_t? {
        let context = Unmanaged.passRetained(Entry(body)).toOpaque()
        var thread = pthread_t()
        let result = pthread_create(
            &thread, nil,
            { context in
                let entry = Unmanaged<Entry>.fromOpaque(context!).takeRetainedValue()
                entry.body()
                return nil
            }, context)
        guard result == 0 else {
            Unmanaged<Entry>.fromOpaque(context).release()
            return nil
        }
        return thread
    }

    /// Starts a detached thread, which is never joined.
    @discardableResult
    static func startDetached(_ body: @escaping @Sendable () -> Void) -> Bool {
        guard let thread = start(body) else { return false }
        pthread_detach(thread)
        return true
    }
}
