/// `exit`: leaves the shell.
enum ExitCommand: ShellCommand {
    static let name = "exit"
    static let synopsis = "exit"
    static let summary = "leave the shell (Ctrl-D does the same)"
    static let details = "Saves history and leaves. The environment is already saved."

    static func run(_ invocation: Invocation, in session: Session) throws -> CommandOutcome {
        try invocation.requireArguments(0...0, for: self)
        session.exitRequested = true
        return .success
    }
}
