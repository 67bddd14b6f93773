/// `set NAME VALUE`: stores a variable in the active environment and saves it.
enum SetCommand: ShellCommand {
    static let name = "set"
    static let synopsis = "set [--secret] NAME VALUE | set NAME from QUERY"
    static let summary = "set a variable in the active environment"
    static let details = """
        Stores VALUE under NAME and saves the environment at once. Templates in VALUE are
        kept as written, so `set url {{api_url}}/v2` refers to api_url when used; only
        {{response.…}} templates are expanded at once, since the next request replaces the
        response.
        --secret marks the variable secret: its value is masked in `vars`, in history and in
        recordings. client_secret, refresh_token and access_token are always secret.
        Names are letters, digits, '_', '-' and '.'.

        `set NAME from QUERY` stores one value picked from the last JSON response, such as
        `set profileId from .[0].profileId` or
        `set campaignId from .campaigns[] | select(.name == "Spring") | .campaignId`.
        A string is stored without quotes, any other value as compact JSON.
        """

    static func run(_ invocation: Invocation, in session: Session) throws -> CommandOutcome {
        var arguments = invocation.arguments
        var secret: Bool? = nil
        if let first = arguments.first, first.isBare("--secret") {
            secret = true
            arguments.removeFirst()
        }
        if arguments.count >= 2, arguments[1].isBare("from") {
            let key = try variableName(arguments[0], command: name)
            return try capture(key, invocation: invocation, secret: secret, in: session)
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
        let value = try expandingResponseTemplates(arguments[1], session: session)
        try session.setVariable(key, to: value, secret: secret)
        return .success
    }

    /// The word's text with `{{response.…}}` templates expanded now, since the last response
    /// changes, and every other template kept as written.
    private static func expandingResponseTemplates(_ word: Word, session: Session) throws
        -> String
    {
        var text = ""
        for part in word.parts {
            switch part {
            case .literal(let piece):
                text += piece
            case .template(let name, _) where name == "response" || name.hasPrefix("response."):
                var single = word
                single.parts = [part]
                text += try session.expander.expand(single)
            case .template(let name, _):
                text += "{{\(name)}}"
            }
        }
        return text
    }

    /// Stores the single result of the query after `from` in `key`.
    private static func capture(
        _ key: String, invocation: Invocation, secret: Bool?, in session: Session
    ) throws -> CommandOutcome {
        guard let exchange = session.lastExchange else {
            throw ShellError.message("set: no response yet to take '\(key)' from")
        }
        // The query is everything after `from`, as typed, so jq syntax needs no quoting.
        guard let range = invocation.source.firstRange(of: " from ") else {
            throw ShellError.usage(command: name, synopsis: synopsis, problem: "missing QUERY")
        }
        var query = String(invocation.source[range.upperBound...]).trimmingSpaces()
        if let pipe = invocation.line.query, !query.contains(pipe) { query += " | " + pipe }
        guard !query.isEmpty else {
            throw ShellError.usage(command: name, synopsis: synopsis, problem: "missing QUERY")
        }
        let body = try BodyDecoding.decodedBody(exchange.response)
        let value = try ResponseTemplate.pickOne(query, from: body)
        try session.setVariable(key, to: value.plainText, secret: secret)
        let shown =
            session.environment.isSecret(key) ? Variable.mask(value.plainText) : value.plainText
        session.console.notice("\(key) = \(shown)")
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
