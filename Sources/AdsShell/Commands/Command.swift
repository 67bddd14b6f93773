/// A command line ready to run: its words, after the command name, and its endings.
public struct Invocation {
    /// The command name as typed.
    public var name: String
    /// The words after the name.
    public var arguments: [Word]
    public var line: TokenizedLine
    /// The source text of the whole command.
    public var source: String

    /// Fails with the command's usage when the argument count is outside `range`.
    func requireArguments(_ range: ClosedRange<Int>, for command: any ShellCommand.Type)
        throws(ShellError)
    {
        guard range.contains(arguments.count) else {
            let problem =
                arguments.count < range.lowerBound ? "missing argument" : "too many arguments"
            throw .usage(command: name, synopsis: command.synopsis, problem: problem)
        }
    }
}

/// Whether a command did its job; a failure makes a piped run exit with status 1.
public enum CommandOutcome: Sendable, Equatable {
    case success
    case failure
}

/// One shell command. Each lives in its own file and is listed in `CommandRegistry`.
public protocol ShellCommand: Sendable {
    /// The name typed at the start of the line.
    static var name: String { get }
    /// The usage line: `set NAME VALUE`.
    static var synopsis: String { get }
    /// One line for the `help` list.
    static var summary: String { get }
    /// The text of `help NAME` after the synopsis.
    static var details: String { get }
    static func run(_ invocation: Invocation, in session: Session) throws -> CommandOutcome
}
