import FoundationEssentials

/// Answers requests that match a request of a Postman collection with one of its saved
/// examples. Only requests on `{{api_url}}` (or a hard-coded Amazon Ads API host) take part.
final class ExampleResponder: Sendable {
    struct Route: Sendable {
        var name: String
        var method: String
        /// Path segments; nil marks a `:param` or `{{var}}` segment, which matches any segment.
        var segments: [String?]
        var examples: [PostmanCollection.Example]

        var literalCount: Int { segments.count { $0 != nil } }
    }

    /// The header that selects an example by name instead of the first one.
    static let exampleHeader = "X-Simulator-Example"

    let routes: [Route]

    convenience init(path: String) throws {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw ExamplesError.unreadable(path: path, reason: "\(error)")
        }
        let collection: PostmanCollection
        do {
            collection = try JSONDecoder().decode(PostmanCollection.self, from: data)
        } catch {
            throw ExamplesError.invalidCollection(path: path, reason: "\(error)")
        }
        self.init(collection: collection)
    }

    init(collection: PostmanCollection) {
        routes = collection.requests.compactMap { entry in
            guard !entry.examples.isEmpty, let segments = Self.pattern(entry.request.url) else {
                return nil
            }
            return Route(
                name: entry.name, method: entry.request.method.uppercased(), segments: segments,
                examples: entry.examples)
        }
    }

    /// Returns the path pattern of a collection URL, or nil when it is not on the API origin.
    static func pattern(_ url: String) -> [String?]? {
        var rest = Substring(url)
        if rest.hasPrefix("{{api_url}}") {
            rest = rest.dropFirst("{{api_url}}".count)
        } else if rest.hasPrefix("https://advertising-api") {
            rest = rest.drop { $0 != "/" }.dropFirst(2).drop { $0 != "/" }
        } else {
            return nil
        }
        let path = rest.prefix { $0 != "?" && $0 != "#" }
        return path.split(separator: "/").map { segment in
            segment.hasPrefix(":") || segment.contains("{{") ? nil : String(segment)
        }
    }

    /// The route for a method and path: among those that match, the one with the most
    /// literal segments, then the first in collection order.
    func route(method: String, segments: [String]) -> Route? {
        var best: Route?
        for route in routes where route.method == method && route.segments.count == segments.count {
            let matches = zip(route.segments, segments).allSatisfy { $0 == nil || $0 == $1 }
            if matches && route.literalCount > (best?.literalCount ?? -1) {
                best = route
            }
        }
        return best
    }

    func respond(to request: HTTPRequest) -> HTTPResponse? {
        guard let route = route(method: request.method, segments: request.pathSegments) else {
            return nil
        }
        let wanted = request.header(Self.exampleHeader)
        let example = route.examples.first { $0.name == wanted } ?? route.examples[0]
        let dropped: Set<String> = [
            "content-length", "transfer-encoding", "connection", "content-encoding",
            "x-amzn-requestid", "date",
        ]
        var response = HTTPResponse(status: example.code, body: Array(example.body.utf8))
        response.headers = example.headers.filter { !dropped.contains($0.name.lowercased()) }
        if response.header("Content-Type") == nil {
            response.setHeader("Content-Type", "application/json")
        }
        response.setHeader("X-Simulator-Example-Name", example.name)
        return response
    }
}
