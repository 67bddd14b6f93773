/// `set NAME VALUE`: stores a variable in the active environment and saves it.
enum SetCommand: ShellCommand {
    static let name = "set"
    static let synopsis = "set [--secret] NAME VALUE"
    static let summary = "set a variable in the active environment"
    static let details = """
        Stores VALUE under NAME and saves the environment at once. Templates in VALUE are
        kept as written, so `set url {{api_url}}/v2` refers to api_url when used.
        --secret marks the variable secret: its value is masked in `vars`, in history and in
        recordings. client_secret, refresh_token and access_token are always secret.
        Names are letters, digits, '_', '-' and '.'.
        """

    static func run(_ invocation: Invocation, in session: Session) throws -> CommandOutcome {
        var arguments = invocation.arguments
        var secret: Bool? = nil
        if let first = arguments.first, first.isBare("--secret") {
            secret = true
            arguments.removeFirst()
        }
        guard arguments.count >= 2 else {
            throw ShellError.usage(
                command: name, synopsis: synopsis,
                problem: arguments.isEmpty ? "missing NAME and VALUE" : "missing VALUE")
        }
        guard arguments.count == 2 else {
            throw ShellError.usage(
                command: name, synopsis: synopsis,
                problem: "too many arguments; quote a VALUE that has spaces")
        }
        let key = try variableName(arguments[0], command: name)
        let value = arguments[1].templateText
        try session.setVariable(key, to: value, secret: secret)
        return .success
    }

    /// Checks a variable name typed as a command argument.
    static func variableName(_ word: Word, command: String) throws(ShellError) -> String {
        guard let key = word.literalText, isValidName(key) else {
            throw .message(
                "\(command): invalid variable name '\(word.source)': use letters, digits, "
                    + "'_', '-' and '.'")
        }
        return key
    }

    static func isValidName(_ key: String) -> Bool {
        guard let first = key.unicodeScalars.first, first != ".", first != "-" else {
            return false
        }
        return key.unicodeScalars.allSatisfy { scalar in
            scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_"
                || scalar == "-" || scalar == "."
        }
    }
}
