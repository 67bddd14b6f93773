/// `vars [PREFIX]`: lists variables, secrets masked.
enum VarsCommand: ShellCommand {
    static let name = "vars"
    static let synopsis = "vars [--reveal] [PREFIX]"
    static let summary = "list variables (secret values masked)"
    static let details = """
        Lists the active environment's variables in file order. Secret values are masked
        unless --reveal is given. With PREFIX, lists only names that start with it.
        """

    static func run(_ invocation: Invocation, in session: Session) throws -> CommandOutcome {
        var reveal = false
        var prefix = ""
        for word in invocation.arguments {
            if word.isBare("--reveal") {
                reveal = true
            } else if let text = word.literalText, prefix.isEmpty {
                prefix = text
            } else {
                throw ShellError.usage(
                    command: name, synopsis: synopsis, problem: "unexpected '\(word.source)'")
            }
        }
        let environment = session.environment
        let shown = environment.variables.filter { $0.enabled && $0.key.hasPrefix(prefix) }
        if shown.isEmpty {
            session.console.notice(
                prefix.isEmpty
                    ? "no variables in '\(environment.name)'; add one with `set NAME VALUE`"
                    : "no variables start with '\(prefix)'")
            return .success
        }
        let width = min(28, shown.map(\.key.count).max() ?? 0)
        for variable in shown {
            let padded = variable.key.padding(to: width)
            let secret = environment.isSecret(variable.key)
            let value: String
            if secret && !reveal {
                value = session.console.style(Variable.mask(variable.value), .dim)
            } else {
                value = variable.value
            }
            let line = "\(session.console.style(padded, .cyan))  \(value)"
            if secret && reveal {
                session.console.printRevealed(line)
            } else {
                session.console.print(line)
            }
        }
        return .success
    }
}

extension String {
    /// The string padded with spaces on the right to `width` characters.
    func padding(to width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
