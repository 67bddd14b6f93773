import Glibc

/// Runs the built `adsh` binary in a pseudo-terminal, types keys into it and reads what it
/// shows, for end-to-end tests of line editing.
///
/// The child gets a controlled environment (`ADSH_HOME` and `HOME` in a test folder,
/// `TERM=xterm-256color`, `LANG=C.UTF-8`) and a fixed window size. Output is kept three ways:
/// raw, as a transcript with escape sequences removed, and applied to a `TerminalScreen`.
/// The process is killed with SIGKILL when the terminal is closed or released, so no test
/// leaves one behind.
final class PseudoTerminal {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static let enter = "\r"
    static let tab = "\t"
    static let up = "\u{1B}[A"
    static let controlC = "\u{03}"
    static let controlD = "\u{04}"
    static let controlR = "\u{12}"

    let processID: pid_t
    private var master: Int32
    private var raw: [UInt8] = []
    /// Offsets into `raw` where the window size changed, with the new size.
    private var resizes: [(offset: Int, columns: Int, rows: Int)] = []
    private let initialSize: (columns: Int, rows: Int)
    /// How much of the transcript earlier `waitFor` calls matched.
    private var matchedCount = 0
    private(set) var exitStatus: Int32?

    /// Starts `adsh` with `arguments`.
    /// - Parameter environment: variables added to or replacing the defaults; `home` is
    ///   used as both `ADSH_HOME` and `HOME`.
    init(
        home: String, arguments: [String] = [], environment: [String: String] = [:],
        columns: Int = 80, rows: Int = 24
    ) throws {
        let binary = try Self.adshBinary()
        var variables = [
            "PATH": "/usr/bin:/bin", "HOME": home, "ADSH_HOME": home,
            "TERM": "xterm-256color", "LANG": "C.UTF-8",
        ]
        variables.merge(environment) { $1 }
        // Everything the child needs is allocated before fork: after it, the child calls
        // only execve and _exit.
        let argumentPointers = ([binary] + arguments).map { strdup($0) } + [nil]
        let environmentPointers =
            variables.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in argumentPointers + environmentPointers { free(pointer) }
        }
        var size = winsize(
            ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
        var descriptor: Int32 = -1
        // The child inherits this thread's signal mask through execve, and test threads may
        // block every signal. Unblocking them around the fork lets the program get Ctrl-C
        // and SIGWINCH as it would from a real terminal.
        var allSignals = sigset_t()
        var savedMask = sigset_t()
        sigemptyset(&allSignals)
        pthread_sigmask(SIG_SETMASK, &allSignals, &savedMask)
        let pid = forkpty(&descriptor, nil, nil, &size)
        pthread_sigmask(SIG_SETMASK, &savedMask, nil)
        if pid == 0 {
            execve(binary, argumentPointers, environmentPointers)
            _exit(127)
        }
        guard pid > 0 else {
            throw Failure(description: "forkpty failed: \(String(cString: strerror(errno)))")
        }
        _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
        processID = pid
        master = descriptor
        initialSize = (columns, rows)
    }

    deinit {
        close()
    }

    /// Everything the program wrote, with escape sequences removed.
    var transcript: String {
        EscapeParser.strip(String(decoding: raw, as: UTF8.self))
    }

    /// The screen as a terminal of this size would show it now.
    var screen: TerminalScreen {
        var screen = TerminalScreen(columns: initialSize.columns, rows: initialSize.rows)
        var start = 0
        for resize in resizes {
            screen.feed(String(decoding: raw[start..<resize.offset], as: UTF8.self))
            screen.resize(columns: resize.columns, rows: resize.rows)
            start = resize.offset
        }
        screen.feed(String(decoding: raw[start...], as: UTF8.self))
        return screen
    }

    /// Types `keys` as if on a keyboard.
    func send(_ keys: String) {
        let bytes = Array(keys.utf8)
        var offset = 0
        while offset < bytes.count {
            let count = bytes.withUnsafeBytes {
                write(master, $0.baseAddress! + offset, $0.count - offset)
            }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return }
            offset += count
        }
    }

    /// Waits until the transcript, after what earlier calls matched, contains `text`.
    /// - Returns: the transcript up to the end of the match.
    @discardableResult
    func waitFor(_ text: String, timeout: Double = 5) throws -> String {
        try waitUntil(timeout: timeout, "'\(text)' in the output") { terminal in
            let transcript = terminal.transcript
            let unmatched = transcript.dropFirst(terminal.matchedCount)
            guard let range = unmatched.firstRange(of: text) else { return false }
            terminal.matchedCount = transcript.distance(
                from: transcript.startIndex, to: range.upperBound)
            return true
        }
        return String(transcript.prefix(matchedCount))
    }

    /// Waits until `condition` holds, reading output meanwhile.
    /// - Throws: `Failure` after `timeout` seconds, showing the screen.
    func waitUntil(
        timeout: Double = 5, _ what: String = "the condition",
        _ condition: (PseudoTerminal) -> Bool
    ) throws {
        let deadline = Self.now() + timeout
        while !condition(self) {
            let remaining = deadline - Self.now()
            guard remaining > 0 else {
                throw Failure(
                    description: "timed out after \(timeout) s waiting for \(what); screen:\n"
                        + screen.text + "\n--- end of screen; output:\n"
                        + String(transcript.suffix(2000)))
            }
            readAvailable(waitingAtMost: min(remaining, 0.1))
        }
    }

    /// Reads whatever output arrives within `seconds`.
    func readAvailable(waitingAtMost seconds: Double) {
        var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, Int32(seconds * 1000)) > 0 else {
            reapIfExited()
            return
        }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = read(master, &buffer, buffer.count)
        if count > 0 {
            raw.append(contentsOf: buffer[0..<count])
        } else {
            // EIO: every slave descriptor is closed, so the program has ended.
            reapIfExited()
            if exitStatus == nil { usleep(10_000) }
        }
    }

    /// Whether the program has the terminal in raw mode (no echo, no line buffering), as
    /// libedit sets it while a line is edited.
    var isEditing: Bool {
        var settings = termios()
        guard tcgetattr(master, &settings) == 0 else { return false }
        return settings.c_lflag & tcflag_t(ECHO | ICANON) == 0
    }

    /// Waits for `prompt` and then for line editing to start.
    ///
    /// libedit prints the prompt before it switches the terminal to raw mode, and keys typed
    /// in between are echoed by the terminal itself, which garbles the screen.
    func waitForPrompt(_ prompt: String, timeout: Double = 5) throws {
        try waitFor(prompt, timeout: timeout)
        try waitUntil(timeout: timeout, "line editing to start") { $0.isEditing }
    }

    /// Reads output for `seconds`, for a test that must let time pass.
    func pause(_ seconds: Double) {
        let deadline = Self.now() + seconds
        while case let remaining = deadline - Self.now(), remaining > 0 {
            readAvailable(waitingAtMost: remaining)
        }
    }

    /// Changes the window size; the kernel sends SIGWINCH to the program.
    func resize(columns: Int, rows: Int) {
        var size = winsize(
            ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
        resizes.append((raw.count, columns, rows))
    }

    /// Waits for the program to exit and returns its exit status.
    @discardableResult
    func waitForExit(timeout: Double = 5) throws -> Int32 {
        try waitUntil(timeout: timeout, "adsh to exit") { $0.exitStatus != nil }
        return exitStatus ?? -1
    }

    /// Kills the program if it still runs, reaps it and closes the terminal.
    func close() {
        if exitStatus == nil {
            kill(processID, SIGKILL)
            var status: Int32 = 0
            while waitpid(processID, &status, 0) < 0 && errno == EINTR {}
            exitStatus = -1
        }
        if master >= 0 { Glibc.close(master) }
        master = -1
    }

    /// Closes the terminal while the program still runs, as closing a terminal window does;
    /// the kernel sends SIGHUP to the program.
    func hangUp() {
        if master >= 0 { Glibc.close(master) }
        master = -1
    }

    private func reapIfExited() {
        guard exitStatus == nil else { return }
        var status: Int32 = 0
        if waitpid(processID, &status, WNOHANG) == processID {
            // WEXITSTATUS and WIFEXITED are macros that Swift does not import.
            exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        }
    }

    static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// Finds the `adsh` executable that the build made next to this test binary, unless
    /// `ADSH_BINARY` names one.
    static func adshBinary(filePath: String = #filePath) throws -> String {
        if let override = getenv("ADSH_BINARY") { return String(cString: override) }
        var candidates: [String] = []
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        if length > 0 {
            var folder = String(
                decoding: buffer[0..<length].map { UInt8(bitPattern: $0) },
                as: UTF8.self)
            // The test binary may sit inside a bundle folder; look a few levels up.
            for _ in 0..<4 {
                folder = String(folder[..<(folder.lastIndex(of: "/") ?? folder.startIndex)])
                guard !folder.isEmpty else { break }
                candidates.append(folder + "/adsh")
            }
        }
        if let range = filePath.range(of: "/Tests/AdsShellTests/") {
            candidates.append(String(filePath[..<range.lowerBound]) + "/.build/debug/adsh")
        }
        for candidate in candidates {
            var info = stat()
            if stat(candidate, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
                && access(candidate, X_OK) == 0
            {
                return candidate
            }
        }
        throw Failure(
            description: "the adsh binary was not found (looked at "
                + candidates.joined(separator: ", ")
                + "); build it with `swift build` or set ADSH_BINARY")
    }
}
