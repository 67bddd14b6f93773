/// Turns a parsed request line into an `HTTPRequest`: templates expanded, the URL resolved
/// against `api_url`, the body read and checked. Nothing is sent if any step fails.
struct RequestBuilder {
    let session: Session

    func build(_ parsed: RequestCommand.Parsed) throws -> HTTPRequest {
        let expander = session.expander
        let url = try resolveURL(expander.expand(parsed.target))
        var headers = HTTPHeaders()
        for word in parsed.headers {
            let text = try expander.expand(word)
            guard let colon = text.firstIndex(of: ":"), colon != text.startIndex else {
                throw ShellError.message(
                    "invalid header '\(word.source)': write it as 'Name: value'")
            }
            let name = String(text[..<colon]).trimmingSpaces()
            let value = String(text[text.index(after: colon)...]).trimmingSpaces()
            guard name.unicodeScalars.allSatisfy(Self.isTokenCharacter) else {
                throw ShellError.message(
                    "invalid header name '\(name)': use letters, digits and '-'")
            }
            guard !value.contains("\n") && !value.contains("\r") else {
                throw ShellError.message("invalid header '\(name)': the value has a line break")
            }
            headers.add(name, value)
        }
        var body: [UInt8]? = nil
        if let word = parsed.body {
            body = try readBody(word, expander: expander, headers: &headers)
        }
        addMediaTypes(method: parsed.method, url: url, body: parsed.body, headers: &headers)
        return HTTPRequest(method: parsed.method, url: url, headers: headers, body: body)
    }

    /// Adds the endpoint's vendor `Content-Type` and `Accept` from the catalog when the user
    /// typed none, for requests to the API origin. SP v3 and reporting v3 respond 415 without
    /// them. A JSON body to an unknown endpoint gets `application/json`.
    private func addMediaTypes(
        method: String, url: String, body: Word?, headers: inout HTTPHeaders
    ) {
        let policy = AuthPolicy(environment: session.environment)
        var endpoint: Endpoint?
        if policy.isAPIRequest(url), let parts = URLParts(url) {
            endpoint = session.catalog.match(method: method, path: parts.pathAndQuery)
        }
        if body != nil, !headers.contains("Content-Type") {
            if let type = endpoint?.contentType {
                headers.add("Content-Type", type)
            } else if body?.isJSON == true {
                headers.add("Content-Type", "application/json")
            }
        }
        if !headers.contains("Accept"), let accept = endpoint?.accept {
            headers.add("Accept", accept)
        }
    }

    /// A path is joined to `api_url`; a URL with a scheme is used as it is.
    func resolveURL(_ target: String) throws -> String {
        if target.hasPrefix("/") {
            guard let apiURL = session.environment["api_url"] else {
                throw ShellError.message(
                    "api_url is not set, so the path \(target) has no host; run "
                        + "`set api_url https://advertising-api.amazon.com` or use a full URL")
            }
            let base = try session.expander.expand(text: apiURL)
            let trimmed = base.hasSuffix("/") ? String(base.dropLast()) : base
            return trimmed + target
        }
        // Schemes compare without case (RFC 3986 §3.1).
        let lowered = target.prefix(8).lowercased()
        if lowered.hasPrefix("http://") || lowered.hasPrefix("https://") {
            guard URLParts(target) != nil else {
                throw HTTPError.invalidURL(target, reason: "it cannot be parsed")
            }
            return target
        }
        let scheme = target.firstIndex(of: ":").map { String(target[..<$0]) }
        if let scheme, target.contains("://") {
            throw HTTPError.unsupportedScheme("\(scheme)://…")
        }
        throw ShellError.message(
            "invalid target '\(target)': use a path starting with / or an http(s) URL")
    }

    private func readBody(_ word: Word, expander: TemplateExpander, headers: inout HTTPHeaders)
        throws -> [UInt8]
    {
        if word.isJSON {
            let text = try expander.expand(word)
            let bytes = Array(text.utf8)
            do {
                _ = try JSONParser.parse(bytes)
            } catch {
                throw ShellError.message(
                    "invalid JSON body at line \(error.line), column \(error.column): "
                        + "\(error.message); nothing was sent")
            }
            return bytes
        }
        if !word.isQuoted, let text = word.literalText, text.hasPrefix("@") {
            let path = FileSystem.expandingTilde(String(text.dropFirst()))
            do {
                return try FileSystem.readFile(path)
            } catch {
                throw ShellError.message("cannot read the body from \(error)")
            }
        }
        return Array(try expander.expand(word).utf8)
    }

    /// Characters allowed in a header name (`tchar` in RFC 9110 §5.6.2).
    static func isTokenCharacter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)) {
            return true
        }
        return "!#$%&'*+-.^_`|~".unicodeScalars.contains(scalar)
    }
}
