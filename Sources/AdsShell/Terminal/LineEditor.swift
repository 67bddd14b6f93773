import CLibEdit
import Glibc

/// The interactive line editor over libedit's native API (`histedit.h`), with emacs key
/// bindings, Tab completion, Ctrl-R search and a history file shared between shells.
///
/// libedit's own signal handling is off. While a line is edited the terminal does not turn
/// Ctrl-C into SIGINT (`setty -d -isig`): the key is bound to a function that discards the
/// line. Between lines, while a command runs, Ctrl-C is SIGINT again and reaches
/// `Interrupts`. Keys are read by `readCharacter`, which also wakes on a terminal resize to
/// redraw the line at the new width.
public final class LineEditor: LineReader {
    /// The history shown with Up, Down and Ctrl-R, and saved by `saveHistory()`.
    public let history: HistoryStore
    let completion: (String, Int) -> CompletionResult
    let warn: (String) -> Void
    /// The `EditLine *`; nil when libedit could not start, and lines are read plainly.
    let editor: OpaquePointer?
    private let libeditHistory: OpaquePointer?
    /// The current prompt as a C string owned by this object, returned to libedit.
    private(set) var promptText: UnsafeMutablePointer<CChar>?
    /// The prompt's width in columns, for placing the completion list and resize redraws.
    private(set) var promptWidth = 0
    /// Set by the Ctrl-C binding while `el_gets` runs.
    var interruptRequested = false
    /// Set by `readCharacter` when the terminal reported end of input or an error.
    var inputFailure: Int32?
    /// Bytes of a multibyte character read so far.
    var partialCharacter: [UInt8] = []

    /// The marker that encloses escape sequences in the prompt (`EL_PROMPT_ESC`).
    static let promptEscapeMarker: Unicode.Scalar = "\u{1}"

    private static let localeSetting: Void = {
        setlocale(LC_ALL, "")
        // libedit drops non-ASCII input in a single-byte locale such as C or POSIX. The shell
        // is UTF-8 throughout, so it falls back to C.UTF-8 for the character type only.
        if let codeset = nl_langinfo(Int32(CODESET)), String(cString: codeset) != "UTF-8" {
            setlocale(LC_CTYPE, "C.UTF-8")
        }
    }()

    /// - Parameters:
    ///   - programName: the name libedit reads settings for in `~/.editrc`.
    ///   - historyFile: where history is loaded from and saved to; nil keeps it in memory.
    ///   - historyCapacity: the maximum number of entries kept; by default the value of
    ///     `ADSH_HISTORY_SIZE`, else 5000.
    ///   - warn: shows a warning about history or the terminal, without a prefix.
    ///   - completion: returns candidates for a line and a cursor position in characters.
    public init(
        programName: String, historyFile: String?, historyCapacity: Int? = nil,
        warn: @escaping (String) -> Void = { FileHandleOutput.standardError("warning: \($0)\n") },
        completion: @escaping (String, Int) -> CompletionResult
    ) {
        _ = Self.localeSetting
        var capacity = historyCapacity
        if capacity == nil {
            let configured = HistoryStore.capacity(
                fromEnvironmentValue: environmentValue(HistoryStore.capacityVariable))
            if let warning = configured.warning { warn(warning) }
            capacity = configured.capacity
        }
        history = HistoryStore(path: historyFile, capacity: capacity ?? 0)
        if let warning = history.load() { warn(warning) }
        self.completion = completion
        self.warn = warn
        editor = adsh_el_init(programName)
        libeditHistory = adsh_history_init()
        configure()
    }

    deinit {
        if let editor { el_end(editor) }
        if let libeditHistory { history_end(libeditHistory) }
        free(promptText)
    }

    private func configure() {
        guard let editor else { return }
        if let libeditHistory {
            _ = adsh_history_set_size(libeditHistory, Int32(clamping: max(history.capacity, 1)))
            _ = adsh_history_set_unique(libeditHistory, 1)
            for entry in history.entries {
                _ = adsh_history_enter(libeditHistory, entry)
            }
            _ = adsh_el_set_history(editor, libeditHistory)
        }

        _ = adsh_el_set_client_data(editor, Unmanaged.passUnretained(self).toOpaque())
        _ = adsh_el_set_editor(editor, "emacs")
        _ = adsh_el_set_signal(editor, 0)
        _ = adsh_el_setty(editor, "-d", "-isig")
        _ = adsh_el_set_prompt_escaped(
            editor, lineEditorPrompt, CChar(Self.promptEscapeMarker.value))
        _ = adsh_el_set_read_function(editor, lineEditorReadCharacter)
        // ~/.editrc (or $EDITRC) may change other bindings; the three below come after it
        // because the shell relies on them.
        _ = adsh_el_source_default(editor)

        _ = adsh_el_add_function(
            editor, "adsh-complete", "Complete the word before the cursor", lineEditorComplete)
        _ = adsh_el_add_function(
            editor, "adsh-interrupt", "Discard the line and prompt again", lineEditorInterrupt)
        _ = adsh_el_bind(editor, "^I", "adsh-complete")
        _ = adsh_el_bind(editor, "^C", "adsh-interrupt")
        _ = adsh_el_bind(editor, "^R", "em-inc-search-prev")
        // Ctrl-Left and Ctrl-Right as xterm sends them move by words.
        _ = adsh_el_bind(editor, "\u{1B}[1;5D", "ed-prev-word")
        _ = adsh_el_bind(editor, "\u{1B}[1;5C", "em-next-word")
        ResizeSignal.install()
        Interrupts.installHangup()
    }

    public func readLine(prompt: String) -> LineReadResult {
        guard let editor else { return readPlainLine(prompt: prompt) }
        setPrompt(prompt)
        interruptRequested = false
        inputFailure = nil
        partialCharacter.removeAll()
        Interrupts.clear()
        // el_gets reads the window size itself when it starts, so earlier resizes are done.
        ResizeSignal.drain()
        var count: Int32 = 0
        let text = el_gets(editor, &count)
        if interruptRequested { return .interrupted }
        guard let text, count > 0 else {
            if count == 0 {
                // Ctrl-D on an empty line: end the prompt's line before the shell exits.
                TerminalText.write("\n")
            } else if let failure = inputFailure, failure != 0 {
                warn("cannot read from the terminal: \(String(cString: strerror(failure)))")
            }
            return .endOfInput
        }
        var line = String(
            decoding: UnsafeRawBufferPointer(start: text, count: Int(count)), as: UTF8.self)
        if line.hasSuffix("\n") { line.removeLast() }
        return .line(line)
    }

    /// Adds an entry, already redacted by the caller, to history; blank entries and repeats
    /// of the newest entry are skipped.
    public func addHistory(_ entry: String) {
        guard history.add(entry), let libeditHistory else { return }
        _ = adsh_history_enter(libeditHistory, entry)
    }

    /// Merges this shell's new entries into the history file; a failure is shown as a
    /// warning.
    public func saveHistory() {
        do {
            try history.save()
        } catch {
            warn(error.description)
        }
    }

    private func setPrompt(_ prompt: String) {
        let marked = TerminalText.markingEscapes(in: prompt, marker: Self.promptEscapeMarker)
        free(promptText)
        promptText = strdup(marked)
        promptWidth = TerminalText.width(of: prompt)
    }

    /// Reads a line without libedit, for a terminal libedit could not set up.
    private func readPlainLine(prompt: String) -> LineReadResult {
        TerminalText.write(prompt)
        guard let line = Swift.readLine(strippingNewline: true) else { return .endOfInput }
        return .line(line)
    }
}
