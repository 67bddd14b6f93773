/// Sends a built request the way adsh promises: credentials by origin, the access token
/// refreshed before expiry and once after a 401, redirects followed by adsh itself.
struct RequestExecutor {
    static let maximumRedirects = 10
    let session: Session

    /// Sends `request` and records the exchange as the session's last one.
    /// - Parameter download: receives the body instead of memory, restarted on each attempt.
    /// - Parameter authHeaders: the Amazon headers adsh may add, lower case; a collection
    ///   request passes the ones it carried.
    func send(
        _ request: HTTPRequest, options: HTTPOptions, download: Download? = nil,
        authHeaders: Set<String> = AuthPolicy.standardHeaders
    ) throws -> Exchange {
        Interrupts.clear()
        let refresher = TokenRefresher(session: session)
        func makePolicy() -> AuthPolicy {
            var policy = AuthPolicy(environment: session.environment)
            policy.allowedHeaders = authHeaders
            return policy
        }
        var policy = makePolicy()
        let typedAuthorization = request.headers.contains("Authorization")
        if policy.isAPIRequest(request.url) && !typedAuthorization {
            try refresher.refreshIfNeeded()
            policy = makePolicy()
        }
        var current = request
        var visited: Set<String> = [request.url]
        var retriedAfterUnauthorized = false
        var redirects = 0
        var attempt = 1
        var waited = 0.0
        let retryPolicy = RetryPolicy(settings: session.settings)
        while true {
            let prepared = policy.authorize(current)
            download?.restart()
            let response: HTTPResponse
            do {
                response = try session.http.send(
                    prepared, options: options,
                    bodySink: download.map { file in { file.write($0) } })
            } catch {
                throw download?.writeFailure ?? error
            }
            if let retry = retryPolicy.delay(
                after: response, method: current.method, attempt: attempt, waited: waited)
            {
                session.console.notice(
                    "\(response.status) \(response.reason): retrying in "
                        + "\(formatSeconds(retry.seconds)) (\(retry.reason), attempt "
                        + "\(attempt + 1) of \(session.settings.retryAttempts)); Ctrl-C stops")
                try RetryPolicy.wait(retry.seconds)
                waited += retry.seconds
                attempt += 1
                continue
            }
            if response.status == 401 && !retriedAfterUnauthorized && !typedAuthorization
                && policy.isAPIRequest(prepared.url) && refresher.canRefresh
            {
                retriedAfterUnauthorized = true
                try refresher.refresh(reason: "the API responded 401")
                policy = makePolicy()
                continue
            }
            guard let next = try redirect(from: current, response: response) else {
                var exchange = Exchange(request: prepared, response: response, original: request)
                exchange.authHeaders = authHeaders
                session.lastExchange = exchange
                return exchange
            }
            redirects += 1
            guard redirects <= Self.maximumRedirects else {
                throw HTTPError.tooManyRedirects(count: Self.maximumRedirects)
            }
            guard visited.insert(next.url).inserted else {
                throw HTTPError.redirectLoop(url: next.url)
            }
            session.console.notice("→ \(response.status) redirect to \(next.url)")
            current = next
        }
    }

    /// The request for the next hop when `response` is a redirect, or nil.
    ///
    /// 307 and 308 keep the method and body (RFC 9110 §15.4.8, §15.4.9). 303 becomes a GET
    /// without a body, and so do 301 and 302 after a POST, as browsers and curl do. Headers
    /// that carry credentials or secret values are dropped when the origin changes.
    private func redirect(from request: HTTPRequest, response: HTTPResponse) throws
        -> HTTPRequest?
    {
        guard [301, 302, 303, 307, 308].contains(response.status),
            let location = response.headers["Location"], !location.isEmpty
        else { return nil }
        guard let target = URLParts.resolve(location, against: request.url) else {
            throw HTTPError.invalidURL(location, reason: "the redirect target cannot be parsed")
        }
        let scheme = target.prefix(8).lowercased()
        guard scheme.hasPrefix("http://") || scheme.hasPrefix("https://") else {
            throw HTTPError.unsupportedScheme(target)
        }
        var next = request
        next.url = target
        let keepsMethod = response.status == 307 || response.status == 308
        if !keepsMethod && (response.status == 303 || request.method == "POST") {
            next.method = request.method == "HEAD" ? "HEAD" : "GET"
            next.body = nil
            next.headers.remove("Content-Type")
            next.headers.remove("Content-Length")
        }
        if Origin(url: target) != Origin(url: request.url) {
            next.headers = AuthPolicy.strippingCredentials(
                next.headers, secretValues: session.environment.secretValues)
            // A body cannot be cleaned like a header, so a hop that would carry a secret
            // value to another origin is not taken.
            if let body = next.body, !body.isEmpty {
                let text = String(decoding: body, as: UTF8.self)
                if let key = session.environment.variables.first(where: { variable in
                    session.environment.isSecret(variable.key) && variable.value.count >= 4
                        && text.contains(variable.value)
                })?.key {
                    throw ShellError.message(
                        "redirect to \(Origin(url: target)?.description ?? target) not followed: "
                            + "the request body holds the value of the secret variable '\(key)'")
                }
            }
        }
        return next
    }
}
