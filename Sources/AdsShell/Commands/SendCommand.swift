/// `send FOLDER/NAME`: runs a request of the imported collection and applies its captures.
enum SendCommand: ShellCommand {
    static let name = "send"
    static let synopsis = "send [METHOD] FOLDER/NAME [> FILE] [| QUERY]"
    static let summary = "send a request of the imported collection"
    static let details = """
        Runs one request of the collection loaded with `import`, expanding its {{templates}}
        from the environment. Name it by its folder path, such as
        "Sponsored Products/Campaigns/List campaigns" (quote it, or complete it with Tab);
        a name that is unique in the collection may be given alone, and METHOD tells apart
        two requests with the same path.
        The request's Amazon headers are filled by adsh with a fresh token, once each, and
        `Authorization` always gets its `Bearer` prefix. After the response, the captures
        translated from the request's test script are applied, such as profileId from
        .[0].profileId; script code that was not translated is listed, never run.
        """

    /// Templates whose header is one adsh fills itself, with the header's lower-case name.
    private static let automaticHeaders: [String: String] = [
        "authorization": "access_token",
        "amazon-advertising-api-clientid": "client_id",
        "amazon-advertising-api-scope": "profileId",
    ]

    static func run(_ invocation: Invocation, in session: Session) throws -> CommandOutcome {
        guard let collection = session.collection else {
            throw ShellError.message("send: no collection loaded; load one with `import FILE`")
        }
        guard !invocation.arguments.isEmpty else {
            throw ShellError.usage(
                command: name, synopsis: synopsis, problem: "missing FOLDER/NAME")
        }
        let reference = try invocation.arguments.map { try session.expander.expand($0) }
            .joined(separator: " ")
        let item = try collection.find(reference)
        let (request, authHeaders) = try build(item, session: session)
        let download = try Download.forRedirect(in: invocation, session: session)
        let exchange = try RequestExecutor(session: session).send(
            request, options: session.httpOptions, download: download, authHeaders: authHeaders)
        let outcome = try ResponseRenderer(console: session.console).finish(
            exchange, download: download, query: invocation.line.query)
        try CaptureRunner(session: session).apply(item.captures, to: exchange.response)
        for line in item.skippedScriptLines {
            let short = line.count > 100 ? String(line.prefix(99)) + "…" : line
            session.console.notice("not run (collection JavaScript): \(short)")
        }
        return outcome
    }

    /// The HTTP request for a collection item, and the Amazon headers adsh should add to it.
    static func build(_ item: CollectionRequest, session: Session) throws
        -> (HTTPRequest, Set<String>)
    {
        let expander = session.expander
        let url = try RequestBuilder(session: session).resolveURL(
            expander.expand(text: item.url))
        var headers = HTTPHeaders()
        var authHeaders: Set<String> = []
        for (name, value) in item.normalizedHeaders() {
            let lowered = name.lowercased()
            if let variable = automaticHeaders[lowered], value.contains("{{\(variable)}}") {
                authHeaders.insert(lowered)
                continue
            }
            headers.add(name, try expander.expand(text: value))
        }
        var body: [UInt8]?
        switch item.body {
        case .none:
            body = nil
        case .raw(let text, _):
            body = Array(try expander.expand(text: text).utf8)
        case .urlencoded(let fields):
            let pairs = try fields.map { ($0.name, try expander.expand(text: $0.value)) }
            body = Array(FormEncoding.encode(pairs).utf8)
            headers.addIfMissing("Content-Type", "application/x-www-form-urlencoded")
        case .file(let path):
            guard let path else {
                throw ShellError.message(
                    "send: '\(item.name)' sends a file that the collection does not name")
            }
            body = try FileSystem.readFile(FileSystem.expandingTilde(path))
        }
        if ["POST", "PUT", "PATCH"].contains(item.method), body == nil {
            body = []
        }
        return (
            HTTPRequest(method: item.method, url: url, headers: headers, body: body), authHeaders
        )
    }
}
