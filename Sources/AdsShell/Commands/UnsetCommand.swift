/// `unset NAME…`: removes variables from the active environment.
enum UnsetCommand: ShellCommand {
    static let name = "unset"
    static let synopsis = "unset NAME..."
    static let summary = "remove variables from the active environment"
    static let details = "Removes each NAME and saves the environment."

    static func run(_ invocation: Invocation, in session: Session) throws -> CommandOutcome {
        guard !invocation.arguments.isEmpty else {
            throw ShellError.usage(command: name, synopsis: synopsis, problem: "missing NAME")
        }
        var keys: [String] = []
        for word in invocation.arguments {
            let key = try SetCommand.variableName(word, command: name)
            guard session.environment.variable(key) != nil else {
                let suggestion = NameSuggestion.closest(
                    to: key, among: session.environment.keys)
                let hint = suggestion.map { " (did you mean '\($0)'?)" } ?? ""
                throw ShellError.message("unset: unknown variable '\(key)'\(hint)")
            }
            keys.append(key)
        }
        try session.unsetVariables(keys)
        return .success
    }
}
