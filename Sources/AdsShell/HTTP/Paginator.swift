/// Follows `nextToken` through the pages of a list endpoint and merges their arrays, for
/// requests with `--all`.
///
/// Amazon Ads list endpoints return `nextToken` in the body while more pages remain. The
/// token goes back in the JSON body for POST list calls (SP v3 `/…/list`) and as the
/// `nextToken` query parameter for GET calls. An empty or missing token ends the list.
struct Paginator {
    let session: Session
    let maximumPages: Int

    func fetchAll(_ first: HTTPRequest, options: HTTPOptions) throws -> Exchange {
        var request = first
        var seenTokens: Set<String> = []
        var merged: [(key: String, value: JSONValue)] = []
        var pages = 0
        var items = 0
        var lastExchange: Exchange?
        let showsProgress = session.console.isTerminal
        while true {
            let exchange = try RequestExecutor(session: session).send(request, options: options)
            lastExchange = exchange
            pages += 1
            guard exchange.response.isSuccess,
                case .object(let members)? = try? JSONParser.parse(exchange.response.body)
            else {
                if pages == 1 { return exchange }
                throw ShellError.message(
                    "pagination stopped at page \(pages): the response was \(exchange.response.status)"
                        + (exchange.response.isSuccess ? " but not a JSON object" : ""))
            }
            items += mergePage(members, into: &merged)
            if showsProgress {
                session.console.progress("page \(pages) · \(items) items")
            }
            let token = members.last { $0.key == "nextToken" }?.value.stringValue ?? ""
            guard !token.isEmpty else { break }
            guard seenTokens.insert(token).inserted else {
                throw ShellError.message(
                    "pagination stopped at page \(pages): nextToken '\(token)' came back a "
                        + "second time, so the server would loop")
            }
            guard pages < maximumPages else {
                throw ShellError.message(
                    "pagination stopped after \(pages) pages, the limit; raise it with "
                        + "--max-pages N")
            }
            request = try withToken(token, request: request)
        }
        if showsProgress { session.console.endProgress() }
        var exchange = lastExchange!
        merged.removeAll { $0.key == "nextToken" }
        exchange.response.body = Array(JSONValue.object(merged).compactText.utf8)
        exchange.response.bodySize = exchange.response.body.count
        exchange.original = first
        session.lastExchange = exchange
        session.console.notice("\(pages) pages, \(items) items merged")
        return exchange
    }

    /// Adds a page's members to `merged`: arrays are appended, other values keep the first
    /// page's. Returns the number of array elements added.
    private func mergePage(
        _ members: [(key: String, value: JSONValue)],
        into merged: inout [(key: String, value: JSONValue)]
    ) -> Int {
        var added = 0
        for member in members {
            if case .array(let elements) = member.value {
                added += elements.count
                if let index = merged.firstIndex(where: { $0.key == member.key }),
                    case .array(let existing) = merged[index].value
                {
                    merged[index].value = .array(existing + elements)
                    continue
                }
            }
            if !merged.contains(where: { $0.key == member.key }) {
                merged.append(member)
            } else if member.key == "nextToken" {
                merged.removeAll { $0.key == "nextToken" }
                merged.append(member)
            }
        }
        return added
    }

    /// The request for the next page: the token in the JSON body when there is one, else in
    /// the query string.
    func withToken(_ token: String, request: HTTPRequest) throws -> HTTPRequest {
        var next = request
        if let body = request.body, !body.isEmpty,
            case .object(var members)? = try? JSONParser.parse(body)
        {
            members.removeAll { $0.key == "nextToken" }
            members.append(("nextToken", .string(token)))
            next.body = Array(JSONValue.object(members).compactText.utf8)
            return next
        }
        if request.method == "POST" && (request.body ?? []).isEmpty {
            next.body = Array(JSONValue.object([("nextToken", .string(token))]).compactText.utf8)
            next.headers.addIfMissing("Content-Type", "application/json")
            return next
        }
        next.url = Self.settingQuery("nextToken", to: token, in: request.url)
        return next
    }

    /// `url` with the query parameter `name` replaced or added.
    static func settingQuery(_ name: String, to value: String, in url: String) -> String {
        let fragmentless = url.split(separator: "#", maxSplits: 1).first.map(String.init) ?? url
        let parts = fragmentless.split(separator: "?", maxSplits: 1).map(String.init)
        var pairs = parts.count > 1 ? parts[1].split(separator: "&").map(String.init) : []
        pairs.removeAll { $0 == name || $0.hasPrefix(name + "=") }
        pairs.append(FormEncoding.escape(name) + "=" + FormEncoding.escape(value))
        return parts[0] + "?" + pairs.joined(separator: "&")
    }
}
