/// `history [N]`: lists the last N history entries, numbered.
enum HistoryCommand: ShellCommand {
    static let name = "history"
    static let synopsis = "history [N]"
    static let summary = "list the commands entered before, newest last"
    static let details = """
        Lists the last N entries of the command history (all of them without N), numbered
        from the oldest. Secret values appear as {{name}}, as they are stored. A line that
        starts with a space is not recorded. History is kept in $ADSH_HOME/history (or
        $XDG_STATE_HOME/adsh/history), up to ADSH_HISTORY_SIZE entries (default 5000).
        """

    static func run(_ invocation: Invocation, in session: Session) throws -> CommandOutcome {
        try invocation.requireArguments(0...1, for: self)
        var limit = Int.max
        if let word = invocation.arguments.first {
            guard let text = word.literalText, let number = Int(text), number >= 0 else {
                throw ShellError.usage(
                    command: name, synopsis: synopsis,
                    problem: "'\(word.source)' is not a number of entries")
            }
            limit = number
        }
        guard let history = session.history else {
            session.console.notice("history is kept only when adsh reads from a terminal")
            return .success
        }
        let entries = history.entries
        let first = max(0, entries.count - limit)
        let width = String(entries.count).count
        for index in first..<entries.count {
            let number = String(index + 1)
            let padding = String(repeating: " ", count: width - number.count)
            // Later lines of a multi-line entry line up under the first one.
            let indent = "\n" + String(repeating: " ", count: width + 2)
            let text = entries[index].split(separator: "\n", omittingEmptySubsequences: false)
                .joined(separator: indent)
            session.console.print("\(padding)\(session.console.style(number, .dim))  \(text)")
        }
        return .success
    }
}
