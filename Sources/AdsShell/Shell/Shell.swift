/// Reads command lines, runs them, and reports errors without stopping.
public final class Shell {
    public let session: Session
    /// Commands that failed so far; a piped run exits with status 1 when it is not zero.
    public private(set) var failureCount = 0

    public init(session: Session) {
        self.session = session
        session.shell = self
    }

    /// The prompt: environment, region and profile in use, kept short.
    public var prompt: String {
        let console = session.console
        var parts = [session.environment.name, session.regionLabel]
        if let profile = session.environment["profileId"] { parts.append(profile) }
        return console.style(parts.joined(separator: " "), .cyan) + console.style("> ", .bold)
    }

    public var continuationPrompt: String {
        session.console.style("... ", .dim)
    }

    /// Reads and runs commands until `exit` or the end of input. A JSON body or a quote left
    /// open continues on the next line.
    /// - Parameter onCommand: called with each complete command after it runs, so the
    ///   caller can add it to history. Running first means a secret that the command set is
    ///   already redacted.
    /// - Returns: the exit status: 0 when every command succeeded, else 1.
    public func run(reader: some LineReader, onCommand: ((String) -> Void)? = nil) -> Int32 {
        var buffer = ""
        session.readInput = { question in
            guard case .line(let line) = reader.readLine(prompt: question) else { return nil }
            return line
        }
        defer { session.readInput = { _ in nil } }
        while !session.exitRequested {
            let result = reader.readLine(prompt: buffer.isEmpty ? prompt : continuationPrompt)
            switch result {
            case .endOfInput:
                if !buffer.isEmpty { runCommand(buffer) }
                return failureCount == 0 ? 0 : 1
            case .interrupted:
                buffer = ""
            case .line(let line):
                buffer = buffer.isEmpty ? line : buffer + "\n" + line
                if Tokenizer.needsContinuation(buffer) { continue }
                runCommand(buffer)
                onCommand?(buffer)
                buffer = ""
            }
        }
        return failureCount == 0 ? 0 : 1
    }

    private func runCommand(_ text: String) {
        if execute(text) == .failure { failureCount += 1 }
    }

    /// Runs one command and reports its errors; never throws.
    @discardableResult
    public func execute(_ text: String) -> CommandOutcome {
        let line: TokenizedLine
        do {
            line = try Tokenizer.tokenize(text)
        } catch {
            session.console.error(error.description)
            return .failure
        }
        guard let first = line.words.first else { return .success }
        guard let name = first.literalText, let command = CommandRegistry.command(named: name)
        else {
            let suggestion = NameSuggestion.closest(
                to: first.source, among: CommandRegistry.names)
            session.console.error(
                ShellError.unknownCommand(first.source, suggestion: suggestion).description)
            return .failure
        }
        let invocation = Invocation(
            name: name, arguments: Array(line.words.dropFirst()), line: line, source: text)
        do {
            let outcome = try command.run(invocation, in: session)
            if outcome == .success, session.sourceDepth == 0 {
                session.recorder?.record(text, line: line, environment: session.environment)
            }
            return outcome
        } catch HTTPError.cancelled {
            // The terminal echoed `^C` with no line break after it.
            if session.isInteractive { session.console.printError("") }
            session.console.error("request cancelled")
            return .failure
        } catch {
            session.console.error("\(error)")
            return .failure
        }
    }
}
