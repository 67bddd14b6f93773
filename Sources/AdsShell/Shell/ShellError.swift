/// A command that failed for a reason the user can fix; the shell reports it and goes on.
public enum ShellError: Error, Sendable, CustomStringConvertible {
    case usage(command: String, synopsis: String, problem: String)
    case unknownCommand(String, suggestion: String?)
    case message(String)

    public var description: String {
        switch self {
        case .usage(let command, let synopsis, let problem):
            return "\(command): \(problem)\nusage: \(synopsis)"
        case .unknownCommand(let name, let suggestion):
            let hint = suggestion.map { " (did you mean '\($0)'?)" } ?? ""
            return "unknown command '\(name)'\(hint); type `help` for the list"
        case .message(let text):
            return text
        }
    }
}
