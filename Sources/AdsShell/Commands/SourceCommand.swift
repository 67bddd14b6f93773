/// `source FILE`: runs a script's commands in this shell.
enum SourceCommand: ShellCommand {
    static let name = "source"
    static let synopsis = "source FILE"
    static let summary = "run the commands of a script file in this shell"
    static let details = """
        Runs FILE's commands one by one in this shell, with its variables. Scripts use the
        shell's own language: comments, blank lines and JSON bodies over several lines are
        allowed. The first failing command stops the script and is reported with its line
        number. `adsh run FILE` runs scripts without a terminal, for CI.
        """

    static func run(_ invocation: Invocation, in session: Session) throws -> CommandOutcome {
        try invocation.requireArguments(1...1, for: self)
        guard let shell = session.shell else {
            throw ShellError.message("source: no shell to run the script in")
        }
        let path = try session.expander.expand(invocation.arguments[0])
        guard session.sourceDepth < 16 else {
            throw ShellError.message(
                "source: scripts nested deeper than 16 levels; is \(path) sourcing itself?")
        }
        let script = try ScriptFile.load(path)
        session.sourceDepth += 1
        defer { session.sourceDepth -= 1 }
        for command in script.commands {
            if session.exitRequested { break }
            if shell.execute(command.text) == .failure {
                session.console.error("\(path):\(command.line): command failed; script stopped")
                return .failure
            }
        }
        return .success
    }
}
