/// `GET|POST|PUT|PATCH|DELETE|HEAD PATH-OR-URL [OPTIONS] [BODY]`: sends a request.
enum RequestCommand: ShellCommand {
    static let name = "GET"
    static let synopsis = "METHOD PATH|URL [-H 'Name: value']... [BODY] [> FILE] [| QUERY]"
    static let summary = "send a request (GET, POST, PUT, PATCH, DELETE, HEAD)"
    static let details = """
        METHOD is GET, POST, PUT, PATCH, DELETE or HEAD. A PATH starting with / is joined
        to {{api_url}}; a full http(s) URL is used as it is.

        Options, before the body:
          -H, --header 'Name: value'   add a header (repeatable); it replaces an automatic one
          --timeout SECONDS            limit for the whole request (fractions allowed)
          --connect-timeout SECONDS    limit for connecting
          --insecure-skip-tls-verify   turn TLS certificate checks off for this request
          --all                        follow nextToken through every page and merge the
                                       pages' arrays (at most 100 pages)
          --max-pages N                like --all, with another page limit

        Endings, after the body:
          > FILE                 stream the body to FILE in constant memory; FILE is
                                 replaced only when the whole body has arrived
          | QUERY                show only what QUERY picks from a JSON body (help query)

        BODY is one of:
          {"json": …} or [ … ]   a JSON body, read to its matching bracket, no quotes needed;
                                 it may span lines and hold {{templates}}
          @FILE                  the contents of FILE
          'text' or "text"       a text body

        To requests for the origin of {{api_url}}, adsh adds Authorization: Bearer
        {{access_token}}, Amazon-Advertising-API-ClientId: {{client_id}} and, except for
        /v2/profiles and /testAccounts, Amazon-Advertising-API-Scope: {{profileId}}.
        Other origins get none of them. The access token is refreshed first when it expires
        within 60 seconds, and once more after a 401.
        """

    /// A request line split into its parts, templates not yet expanded.
    struct Parsed {
        var method: String
        var target: Word
        var headers: [Word] = []
        var body: Word?
        var options = HTTPOptions()
        /// `--all`: follow nextToken through every page, up to this many.
        var allPages: Int?
    }

    static func parse(_ invocation: Invocation, defaults: HTTPOptions) throws(ShellError)
        -> Parsed
    {
        let method = invocation.name.uppercased()
        var arguments = invocation.arguments[...]
        var target: Word?
        var parsed = Parsed(method: method, target: .literal(""), options: defaults)
        while let word = arguments.popFirst() {
            if parsed.body == nil, !word.isQuoted, let text = word.literalText,
                text.hasPrefix("-"), text.count > 1
            {
                try parseOption(text, from: &arguments, into: &parsed)
                continue
            }
            if target == nil {
                target = word
                continue
            }
            guard parsed.body == nil else {
                throw .usage(
                    command: method, synopsis: synopsis,
                    problem: "unexpected '\(word.source)' after the body; options come "
                        + "before the body, and a text body with spaces needs quotes")
            }
            parsed.body = word
        }
        guard let target else {
            throw .usage(command: method, synopsis: synopsis, problem: "missing PATH or URL")
        }
        parsed.target = target
        return parsed
    }

    private static func parseOption(
        _ option: String, from arguments: inout ArraySlice<Word>, into parsed: inout Parsed
    ) throws(ShellError) {
        func value() throws(ShellError) -> Word {
            guard let word = arguments.popFirst() else {
                throw .usage(
                    command: parsed.method, synopsis: synopsis,
                    problem: "option \(option) needs a value")
            }
            return word
        }
        func seconds() throws(ShellError) -> Double {
            let word = try value()
            guard let text = word.literalText, let number = Double(text), number > 0 else {
                throw .message(
                    "\(option): invalid number of seconds '\(word.source)': use a positive "
                        + "number such as 2.5")
            }
            return number
        }
        switch option {
        case "-H", "--header":
            parsed.headers.append(try value())
        case "--timeout":
            parsed.options.totalTimeout = try seconds()
        case "--connect-timeout":
            parsed.options.connectTimeout = try seconds()
        case "--insecure-skip-tls-verify":
            parsed.options.insecure = true
        case "--all":
            parsed.allPages = parsed.allPages ?? 100
        case "--max-pages":
            let word = try value()
            guard let text = word.literalText, let count = Int(text), count > 0 else {
                throw .message("--max-pages: '\(word.source)' is not a positive whole number")
            }
            parsed.allPages = count
        default:
            throw .usage(
                command: parsed.method, synopsis: synopsis,
                problem: "unknown option '\(option)'; quote a text body that starts with '-'")
        }
    }

    static func run(_ invocation: Invocation, in session: Session) throws -> CommandOutcome {
        let parsed = try parse(invocation, defaults: session.httpOptions)
        let request = try RequestBuilder(session: session).build(parsed)
        if parsed.options.insecure {
            session.console.warning(
                "TLS certificate verification is OFF for this request: anyone on the network "
                    + "path can read and change it")
        }
        let download = try Download.forRedirect(in: invocation, session: session)
        let exchange: Exchange
        if let pages = parsed.allPages {
            guard download == nil else {
                throw ShellError.message("--all cannot write to a file; run it, then `save FILE`")
            }
            exchange = try Paginator(session: session, maximumPages: pages).fetchAll(
                request, options: parsed.options)
        } else {
            exchange = try RequestExecutor(session: session).send(
                request, options: parsed.options, download: download)
        }
        return try ResponseRenderer(console: session.console).finish(
            exchange, download: download, query: invocation.line.query)
    }
}
