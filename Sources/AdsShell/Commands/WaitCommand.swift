/// `wait CONDITION [every DURATION] [timeout DURATION]`: repeats the last request until a
/// check on its response holds.
enum WaitCommand: ShellCommand {
    static let name = "wait"
    static let synopsis = "wait CHECK [every 5s] [timeout 10m]"
    static let summary = "repeat the last request until a check on its response holds"
    static let details = """
        Sends the last request again every DURATION (5s by default) until CHECK holds, then
        shows that response. CHECK is written as for `expect`:
          wait .status == "COMPLETED" every 10s timeout 30m
          wait status 200
        Throttling (429) is retried with backoff as for any request. Ctrl-C stops waiting.
        When the timeout passes first, the command fails and shows the last value seen.
        """

    static func run(_ invocation: Invocation, in session: Session) throws -> CommandOutcome {
        guard session.lastExchange != nil else {
            throw ShellError.message("wait: send the request to repeat first")
        }
        var text = invocation.source.trimmingSpaces()
        text = String(text.dropFirst(invocation.name.count)).trimmingSpaces()
        let (checkText, interval, timeout) = try splitOptions(text)
        guard !checkText.isEmpty else {
            throw ShellError.usage(command: name, synopsis: synopsis, problem: "missing CHECK")
        }
        let check = try Check.parse(checkText)
        let outcome = try poll(
            check, description: checkText, interval: interval, timeout: timeout, session: session)
        return outcome
    }

    /// Repeats the last request until `check` holds; shows the final response.
    static func poll(
        _ check: Check, description: String, interval: Double, timeout: Double, session: Session,
        showsResponse: Bool = true
    ) throws -> CommandOutcome {
        let console = session.console
        let start = currentMilliseconds()
        var tries = 1
        while true {
            let exchange = session.lastExchange!
            let failure = try check.evaluate(exchange.response)
            if failure == nil {
                if console.isTerminal { console.endProgress() }
                if showsResponse {
                    ResponseRenderer(console: console).render(exchange.response, query: nil)
                }
                console.notice("\(description): true after \(tries) tries")
                return .success
            }
            let elapsed = Double(currentMilliseconds() - start) / 1000
            guard elapsed + interval <= timeout else {
                if console.isTerminal { console.endProgress() }
                console.error(
                    "wait: \(description) did not hold within \(formatSeconds(timeout)) "
                        + "(\(tries) tries); last check: \(failure!)")
                return .failure
            }
            let line = "waiting for \(description) · try \(tries) · \(formatSeconds(elapsed))"
            if console.isTerminal { console.progress(line) } else { console.notice(line) }
            try RetryPolicy.wait(interval)
            let again = try RequestExecutor(session: session).send(
                exchange.original, options: session.httpOptions, authHeaders: exchange.authHeaders)
            tries += 1
            if again.response.status >= 400 && again.response.status != 429 {
                ResponseRenderer(console: console).render(again.response, query: nil)
                throw ShellError.message("wait: the request failed with \(again.response.status)")
            }
        }
    }

    /// Splits trailing `every D` and `timeout D` from the check.
    static func splitOptions(_ text: String) throws(ShellError)
        -> (check: String, interval: Double, timeout: Double)
    {
        var words = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        var interval = 5.0
        var timeout = 600.0
        while words.count >= 2 {
            let keyword = words[words.count - 2]
            guard keyword == "every" || keyword == "timeout" else { break }
            guard let seconds = Check.duration(words[words.count - 1]), seconds > 0 else {
                throw .message(
                    "wait: '\(words[words.count - 1])' is not a duration; use 500ms, 5s, 10m or 1h")
            }
            if keyword == "every" { interval = seconds } else { timeout = seconds }
            words.removeLast(2)
        }
        return (words.joined(separator: " "), interval, timeout)
    }
}
