/// `show headers|request|timing|body`: inspects the last exchange.
enum ShowCommand: ShellCommand {
    static let name = "show"
    static let synopsis = "show headers|request|timing|body"
    static let summary = "show the last response's headers, body or timing, or the request"
    static let details = """
          show headers   the last response's status line and headers
          show request   the last request as sent, secret values masked
          show timing    DNS, connect, TLS, first byte and total time, from libcurl
          show body      the whole last response body
        """
    static let subcommands = ["headers", "request", "timing", "body"]

    static func run(_ invocation: Invocation, in session: Session) throws -> CommandOutcome {
        try invocation.requireArguments(1...1, for: self)
        let what = invocation.arguments[0].literalText ?? ""
        guard subcommands.contains(what) else {
            throw ShellError.usage(
                command: name, synopsis: synopsis, problem: "unknown '\(what)'")
        }
        guard let exchange = session.lastExchange else {
            throw ShellError.message("show: no request has been sent yet")
        }
        let console = session.console
        let response = exchange.response
        switch what {
        case "headers":
            console.print("\(response.httpVersion) \(response.status) \(response.reason)")
            for field in response.headers {
                console.print("\(console.style(field.name, .cyan)): \(field.value)")
            }
        case "request":
            let request = exchange.request
            console.print("\(request.method) \(request.url)")
            for field in request.headers {
                console.print("\(console.style(field.name, .cyan)): \(field.value)")
            }
            if let body = request.body, !body.isEmpty {
                console.print("")
                ResponseRenderer(console: console).renderBody(body, contentType: nil)
            }
        case "timing":
            let timings = response.timings
            let rows: [(String, Double)] = [
                ("DNS lookup", timings.nameLookup), ("connect", timings.connect),
                ("TLS handshake", timings.tlsHandshake), ("first byte", timings.firstByte),
                ("total", timings.total),
            ]
            for (label, seconds) in rows {
                let milliseconds = (seconds * 10_000).rounded() / 10
                console.print("\(label.padding(to: 14)) \(milliseconds) ms")
            }
        default:
            ResponseRenderer(console: console).renderBody(
                response.body, contentType: response.contentType)
        }
        return .success
    }
}
