/// A list of Amazon Ads API operations, searchable by method and concrete path.
///
/// The catalog keeps an index by segment count and first segment, so `match` compares a path
/// with the few templates of the same shape instead of with every entry.
public struct EndpointCatalog: Sendable {
    /// Entries in insertion order; `merge` replaces entries in place and appends new ones.
    public private(set) var endpoints: [Endpoint]

    /// Each endpoint's template split into segments, in the order of `endpoints`.
    private(set) var templateSegments: [[String]] = []
    /// Endpoint indices by segment count, then by literal first segment.
    private var index: [Int: SegmentBucket] = [:]

    private struct SegmentBucket: Sendable {
        var byFirstSegment: [String: [Int]] = [:]
        /// Templates whose first segment is a parameter, so any first segment can match.
        var parameterFirst: [Int] = []
    }

    /// Creates a catalog of `endpoints`. When two share a method and path template, `match`
    /// returns the first.
    public init(endpoints: [Endpoint] = []) {
        self.endpoints = endpoints
        rebuildIndex()
    }

    /// Adds the entries of `other`. An entry of `other` replaces an entry here with the same
    /// method and path template, so endpoints loaded from a spec win over built-in ones.
    public mutating func merge(_ other: EndpointCatalog) {
        var positions: [String: Int] = [:]
        for (position, endpoint) in endpoints.enumerated() {
            positions[Self.key(endpoint)] = position
        }
        for endpoint in other.endpoints {
            let key = Self.key(endpoint)
            if let position = positions[key] {
                endpoints[position] = endpoint
            } else {
                positions[key] = endpoints.count
                endpoints.append(endpoint)
            }
        }
        rebuildIndex()
    }

    /// Returns the endpoint whose template matches a concrete path, such as
    /// `/sp/campaigns/123` for `/sp/campaigns/{campaignId}`.
    ///
    /// The query string and fragment are ignored, and so is a leading `https://host` or
    /// `{{api_url}}`. When several templates match, the one with the most literal segments
    /// wins, so `/sp/campaigns/list` beats `/sp/campaigns/{campaignId}`.
    public func match(method: String, path: String) -> Endpoint? {
        let requestedMethod = method.uppercased()
        let segments = Self.pathSegments(of: path)
        guard let first = segments.first, let bucket = index[segments.count] else {
            return nil
        }
        let candidates = (bucket.byFirstSegment[first] ?? []) + bucket.parameterFirst
        var best: (position: Int, literals: Int)?
        for position in candidates where endpoints[position].method == requestedMethod {
            guard let literals = Self.literalMatches(templateSegments[position], segments) else {
                continue
            }
            if best == nil || literals > best!.literals
                || (literals == best!.literals && position < best!.position)
            {
                best = (position, literals)
            }
        }
        return best.map { endpoints[$0.position] }
    }

    /// Returns the number of literal segments of `template` when every segment of `path`
    /// fits it, or nil when one does not.
    private static func literalMatches(_ template: [String], _ path: [String]) -> Int? {
        var literals = 0
        for (expected, actual) in zip(template, path) {
            if Endpoint.parameterName(of: Substring(expected)) != nil {
                continue
            }
            guard expected == actual else { return nil }
            literals += 1
        }
        return literals
    }

    /// Splits a concrete path into segments after removing the origin, query and fragment.
    static func pathSegments(of path: String) -> [String] {
        var rest = Substring(path)
        if let end = rest.firstIndex(where: { $0 == "?" || $0 == "#" }) {
            rest = rest[..<end]
        }
        if rest.hasPrefix("{{"), let close = rest.firstRange(of: "}}") {
            rest = rest[close.upperBound...]
        } else if let scheme = rest.firstRange(of: "://") {
            let afterScheme = rest[scheme.upperBound...]
            rest = afterScheme.firstIndex(of: "/").map { afterScheme[$0...] } ?? ""
        }
        return rest.split(separator: "/").map(String.init)
    }

    private static func key(_ endpoint: Endpoint) -> String {
        endpoint.method + " " + endpoint.pathTemplate
    }

    private mutating func rebuildIndex() {
        templateSegments = endpoints.map { $0.segments.map(String.init) }
        index = [:]
        for (position, segments) in templateSegments.enumerated() {
            guard let first = segments.first else { continue }
            var bucket = index[segments.count] ?? SegmentBucket()
            if Endpoint.parameterName(of: Substring(first)) != nil {
                bucket.parameterFirst.append(position)
            } else {
                bucket.byFirstSegment[first, default: []].append(position)
            }
            index[segments.count] = bucket
        }
    }
}
