/// `help [COMMAND]`: lists commands, or explains one.
enum HelpCommand: ShellCommand {
    static let name = "help"
    static let synopsis = "help [COMMAND|TOPIC]"
    static let summary = "list commands, or show one command's help"
    static let details = "Topics: requests, templates, syntax."

    /// Help topics that are not commands, with their text.
    static let topics: [String: String] = [
        "requests": RequestCommand.details,
        "query": JSONQuery.helpText,
        "response": ResponseTemplate.helpText,
        "templates": """
        {{name}} is replaced by the variable's value when the command runs, in the path,
        headers and body. A variable's value may itself hold templates. An unknown
        variable stops the command before anything is sent.
        """,
        "syntax": """
        Words are separated by spaces. '…' keeps text exactly; "…" allows \\" \\\\ \\n \\t
        escapes and templates; outside quotes a backslash makes the next character plain.
        A word starting with { or [ is a JSON body read to its matching bracket, so it
        needs no quotes and may span lines. # starts a comment.
        """,
    ]

    static var topicNames: [String] {
        (CommandRegistry.commands.map { $0.name } + topics.keys).sorted()
    }

    static func run(_ invocation: Invocation, in session: Session) throws -> CommandOutcome {
        try invocation.requireArguments(0...1, for: self)
        let console = session.console
        guard let topic = invocation.arguments.first?.literalText else {
            console.print("Commands:")
            for command in CommandRegistry.commands {
                let padded = command.synopsis.padding(to: 34)
                console.print("  \(console.style(padded, .cyan)) \(command.summary)")
            }
            console.print(
                "\nType `help COMMAND` for details; topics: "
                    + topics.keys.sorted().joined(separator: ", ") + ".")
            return .success
        }
        if let command = CommandRegistry.command(named: topic) {
            console.print("usage: \(command.synopsis)\n\n\(command.details)")
            return .success
        }
        if let text = topics[topic] {
            console.print(text)
            return .success
        }
        let suggestion = NameSuggestion.closest(to: topic, among: topicNames)
        let hint = suggestion.map { " (did you mean '\($0)'?)" } ?? ""
        throw ShellError.message("help: no help for '\(topic)'\(hint)")
    }
}
