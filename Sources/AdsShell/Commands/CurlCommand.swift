/// `curl [--reveal]`: prints the last request as an equivalent curl command.
enum CurlCommand: ShellCommand {
    static let name = "curl"
    static let synopsis = "curl [--reveal]"
    static let summary = "print the last request as a curl command"
    static let details = """
        Prints a curl command that sends the same request adsh sent, headers and body
        included. Secret values are written as shell variables named after the variable,
        such as "$ADS_ACCESS_TOKEN" and "$ADS_CLIENT_ID", so the command can be shared;
        export those variables before running it. --reveal writes the values themselves.
        """

    static func run(_ invocation: Invocation, in session: Session) throws -> CommandOutcome {
        try invocation.requireArguments(0...1, for: self)
        var reveal = false
        if let word = invocation.arguments.first {
            guard word.isBare("--reveal") else {
                throw ShellError.usage(
                    command: name, synopsis: synopsis, problem: "unknown '\(word.source)'")
            }
            reveal = true
        }
        guard let exchange = session.lastExchange else {
            throw ShellError.message("curl: no request has been sent yet")
        }
        let secrets: [(key: String, value: String)] =
            reveal
            ? []
            : session.environment.variables
                .filter { session.environment.isSecret($0.key) && $0.value.count >= 4 }
                .sorted { $0.value.count > $1.value.count }
                .map { ($0.key, $0.value) }
        let command = CurlExport.command(for: exchange.request, secrets: secrets)
        if reveal {
            session.console.printRevealed(command)
        } else {
            session.console.print(command)
        }
        return .success
    }
}

/// Writes a request as a POSIX shell command line for curl.
enum CurlExport {
    /// - Parameter secrets: values to write as `"$ADS_KEY"` references instead of text.
    static func command(for request: HTTPRequest, secrets: [(key: String, value: String)])
        -> String
    {
        var lines = ["curl --silent --show-error"]
        switch request.method {
        case "HEAD":
            lines.append("--head")
        case "GET" where request.body == nil:
            break
        default:
            lines.append("--request \(request.method)")
        }
        lines.append(quote(request.url, secrets: secrets))
        for field in request.headers {
            lines.append("--header " + quote("\(field.name): \(field.value)", secrets: secrets))
        }
        if let body = request.body {
            if let text = String(validating: body, as: UTF8.self), !text.contains("\0") {
                lines.append("--data-binary " + quote(text, secrets: secrets))
            } else {
                lines.append("--data-binary @BODY_FILE")
            }
        }
        return lines.joined(separator: " \\\n  ")
    }

    /// Shell-variable name for a secret variable: `ADS_` and the key in upper case, with
    /// characters a shell does not allow in names turned into `_`.
    static func shellVariable(for key: String) -> String {
        let cleaned = key.uppercased().unicodeScalars.map { scalar -> String in
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar))
                ? String(scalar) : "_"
        }.joined()
        return "ADS_" + cleaned
    }

    /// Quotes `text` for a POSIX shell: literal parts in single quotes, secret values as
    /// double-quoted variable references.
    static func quote(_ text: String, secrets: [(key: String, value: String)]) -> String {
        var pieces: [String] = []
        var rest = Substring(text)
        outer: while !rest.isEmpty {
            var earliest: (range: Range<Substring.Index>, key: String)?
            for secret in secrets {
                if let range = rest.firstRange(of: secret.value),
                    earliest == nil || range.lowerBound < earliest!.range.lowerBound
                {
                    earliest = (range, secret.key)
                }
            }
            guard let match = earliest else {
                pieces.append(singleQuoted(rest))
                break outer
            }
            if match.range.lowerBound > rest.startIndex {
                pieces.append(singleQuoted(rest[..<match.range.lowerBound]))
            }
            pieces.append("\"$\(shellVariable(for: match.key))\"")
            rest = rest[match.range.upperBound...]
        }
        return pieces.isEmpty ? "''" : pieces.joined()
    }

    private static func singleQuoted(_ text: Substring) -> String {
        "'" + text.replacing("'", with: "'\\''") + "'"
    }
}
