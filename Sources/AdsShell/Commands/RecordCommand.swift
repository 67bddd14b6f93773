/// `record FILE` and `record stop`: writes the session's successful commands to a script.
enum RecordCommand: ShellCommand {
    static let name = "record"
    static let synopsis = "record FILE | record stop"
    static let summary = "record successful commands into a replayable script"
    static let details = """
        Appends every command that succeeds to FILE, as typed, after a header comment with
        the date, the environment and the adsh version; `record stop` ends it. Templates
        are kept as {{name}}, never expanded. A secret value never reaches the file: a `set`
        of a secret is written as a comment naming the variable the script needs.
        Replay with `source FILE` or `adsh run FILE`.
        """

    static func run(_ invocation: Invocation, in session: Session) throws -> CommandOutcome {
        try invocation.requireArguments(1...1, for: self)
        let argument = try session.expander.expand(invocation.arguments[0])
        if argument == "stop" {
            guard let recorder = session.recorder else {
                throw ShellError.message("record: not recording")
            }
            session.recorder = nil
            session.console.notice("recording stopped; replay with `adsh run \(recorder.path)`")
            return .success
        }
        if let recorder = session.recorder {
            throw ShellError.message(
                "record: already recording to \(recorder.path); `record stop` first")
        }
        let path = FileSystem.expandingTilde(argument)
        session.recorder = try Recorder(path: path, environmentName: session.environment.name)
        session.console.notice("recording to \(path); `record stop` ends it")
        return .success
    }
}
