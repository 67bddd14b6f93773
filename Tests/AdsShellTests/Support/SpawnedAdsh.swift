import Glibc

@testable import AdsShell

/// The built `adsh` binary started with `posix_spawn`, reading standard input from a file and
/// writing its output to files, so that a test can kill it at any moment and read the peak
/// memory of that one child from `wait4`.
final class SpawnedAdsh {
    /// How a spawned `adsh` ended.
    struct Termination {
        /// The exit status, or nil when a signal ended the process.
        var exitStatus: Int32?
        /// The signal that ended the process, or nil when it exited.
        var signal: Int32?
        /// The peak resident set size of the child in kilobytes (`ru_maxrss`).
        var peakResidentKilobytes: Int
    }

    let processID: pid_t
    let outputPath: String
    let errorPath: String
    private var termination: Termination?

    /// Starts `adsh ARGUMENTS` with `ADSH_HOME` set to `home`.
    /// - Parameters:
    ///   - inputFile: the file read as standard input.
    ///   - outputFolder: where `stdout` and `stderr` files are written.
    init(
        _ arguments: [String], home: String, inputFile: String, outputFolder: String,
        extraEnvironment: [String: String] = [:]
    ) throws {
        outputPath = outputFolder + "/stdout"
        errorPath = outputFolder + "/stderr"
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, inputFile, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(
            &actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(
            &actions, 2, errorPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)

        // The test runner blocks most signals in its threads. The child must start with the
        // default dispositions and no blocked signals, as it would from a shell.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        var defaultSignals = sigset_t()
        sigfillset(&defaultSignals)
        posix_spawnattr_setsigdefault(&attributes, &defaultSignals)
        posix_spawnattr_setflags(
            &attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        var environment = Self.currentEnvironment()
        for name in ["http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"] {
            environment[name] = nil
        }
        environment["ADSH_HOME"] = home
        environment["NO_COLOR"] = "1"
        for (name, value) in extraEnvironment { environment[name] = value }

        let path = AdshProcess.executablePath
        let argumentList = [path] + arguments
        let environmentList = environment.map { "\($0.key)=\($0.value)" }
        var processID: pid_t = 0
        let result = withCStrings(argumentList) { argv in
            withCStrings(environmentList) { envp in
                posix_spawn(&processID, path, &actions, &attributes, argv, envp)
            }
        }
        guard result == 0 else {
            throw FileError(path: path, operation: "spawn", code: result)
        }
        self.processID = processID
    }

    deinit {
        if termination == nil {
            Glibc.kill(processID, SIGKILL)
            _ = wait()
        }
    }

    /// Sends `signal` to the process, SIGKILL by default.
    func kill(_ signal: Int32 = SIGKILL) {
        Glibc.kill(processID, signal)
    }

    /// Waits up to `seconds` for the process to end; after that, kills it and returns nil.
    func wait(seconds: Double) -> Termination? {
        if let termination { return termination }
        let deadline = currentMilliseconds() + Int64(seconds * 1000)
        while currentMilliseconds() < deadline {
            if let ended = reap(options: WNOHANG) { return ended }
            usleep(20_000)
        }
        kill()
        wait()
        return nil
    }

    /// Waits for the process to end and returns how it ended.
    @discardableResult
    func wait() -> Termination {
        if let termination { return termination }
        while true {
            if let ended = reap(options: 0) { return ended }
        }
    }

    /// Collects the exit status when the process has ended; nil while it runs.
    private func reap(options: Int32) -> Termination? {
        var status: Int32 = 0
        var usage = rusage()
        let result = wait4(processID, &status, options, &usage)
        if result < 0 && errno == ECHILD {
            // Another waiter collected the status; how the process ended is unknown.
            termination = Termination(exitStatus: nil, signal: nil, peakResidentKilobytes: 0)
            return termination
        }
        guard result == processID else { return nil }
        // The macros WIFEXITED and WTERMSIG are not imported into Swift, so decode by hand.
        let signal = status & 0x7F
        let ended = Termination(
            exitStatus: signal == 0 ? (status >> 8) & 0xFF : nil,
            signal: signal == 0 ? nil : signal,
            peakResidentKilobytes: Int(usage.ru_maxrss))
        termination = ended
        return ended
    }

    /// Standard output written so far.
    var output: String {
        String(decoding: (try? FileSystem.readFile(outputPath)) ?? [], as: UTF8.self)
    }

    /// Standard error written so far.
    var error: String {
        String(decoding: (try? FileSystem.readFile(errorPath)) ?? [], as: UTF8.self)
    }

    private static func currentEnvironment() -> [String: String] {
        var values: [String: String] = [:]
        var pointer = environ
        while let entry = pointer.pointee {
            let text = String(cString: entry)
            if let equals = text.firstIndex(of: "=") {
                values[String(text[..<equals])] = String(text[text.index(after: equals)...])
            }
            pointer += 1
        }
        return values
    }
}

/// Calls `body` with a NULL-terminated C array of copies of `strings`.
private func withCStrings<Result>(
    _ strings: [String], _ body: ([UnsafeMutablePointer<CChar>?]) -> Result
) -> Result {
    var pointers: [UnsafeMutablePointer<CChar>?] = strings.map { strdup($0) }
    pointers.append(nil)
    defer {
        for pointer in pointers { free(pointer) }
    }
    return body(pointers)
}
