extension PostmanCollection {
    private static let methods: Set<String> = [
        "GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS",
    ]

    /// Returns the request that `reference` names.
    ///
    /// A reference is a full path such as `Sponsored Products/Campaigns/List campaigns`, the
    /// end of a path such as `Campaigns/List campaigns`, or a bare request name. Names are
    /// compared exactly, and a `/` inside a name is written as `\/`. A method in front, as in
    /// `GET Sponsored Display/Locations/Locations`, picks between requests that share a path.
    /// - Throws: `CollectionError.ambiguousRequest` with the references to choose from when
    ///   several requests match, and `CollectionError.requestNotFound` with near matches when
    ///   none does.
    public func find(_ reference: String) throws(CollectionError) -> CollectionRequest {
        let trimmed = CollectionReader.trimmingSpaces(reference)
        var matches: [CollectionRequest] = []
        var pathText = trimmed
        if let space = trimmed.firstIndex(of: " "),
            Self.methods.contains(String(trimmed[..<space]))
        {
            pathText = CollectionReader.trimmingSpaces(String(trimmed[space...]))
            let method = String(trimmed[..<space])
            matches = self.matches(pathText, in: requests.filter { $0.method == method })
        }
        // A name such as "GET report" may also be a request name that starts with a method.
        if matches.isEmpty {
            matches = self.matches(trimmed, in: requests)
        }
        if matches.count == 1 { return matches[0] }
        if matches.count > 1 {
            throw .ambiguousRequest(reference: trimmed, candidates: matches.map(reference(for:)))
        }
        throw .requestNotFound(
            reference: trimmed, suggestions: suggestions(for: Self.components(pathText)))
    }

    /// Returns the requests in `pool` whose path equals `pathText`, or else those whose path
    /// ends with it.
    private func matches(_ pathText: String, in pool: [CollectionRequest]) -> [CollectionRequest] {
        let components = Self.components(pathText)
        let exact = pool.filter { $0.folderPath + [$0.name] == components }
        if !exact.isEmpty { return exact }
        return pool.filter { Self.path($0.folderPath + [$0.name], endsWith: components) }
    }

    private static func components(_ pathText: String) -> [String] {
        var components = CollectionRequest.pathComponents(pathText)
        if components.count > 1, components.first == "" { components.removeFirst() }
        return components
    }

    /// Returns the shortest reference that `find` resolves to exactly this request's path:
    /// the path, with the method in front when another request has the same path.
    /// NOTE: two requests with the same method and path get the same reference, which `find`
    /// reports as ambiguous, so neither can be picked by reference.
    public func reference(for request: CollectionRequest) -> String {
        let path = request.path
        let sharesPath = requests.contains { $0.path == path && $0.method != request.method }
        return sharesPath ? request.method + " " + path : path
    }

    /// Returns up to five references to requests whose name or path is close to
    /// `components`: a case-insensitive match of the whole path first, then of the path's end
    /// or the name, then names that contain the text, then names within a small edit
    /// distance.
    private func suggestions(for components: [String]) -> [String] {
        guard let last = components.last, !last.isEmpty else { return [] }
        let searchName = last.lowercased()
        let searchPath = components.joined(separator: "/").lowercased()
        let allowedDistance = max(2, searchName.count / 4)

        var scored: [(score: Int, request: CollectionRequest)] = []
        for request in requests {
            let name = request.name.lowercased()
            let path = (request.folderPath + [request.name]).joined(separator: "/").lowercased()
            if path == searchPath {
                scored.append((0, request))
            } else if path.hasSuffix("/" + searchPath) || name == searchName {
                scored.append((1, request))
            } else if name.contains(searchName) || searchName.contains(name) {
                scored.append((2, request))
            } else {
                let distance = EditDistance.between(name, searchName)
                if distance <= allowedDistance { scored.append((2 + distance, request)) }
            }
        }

        // Ties keep file order because the offset breaks them.
        let ordered = scored.enumerated().sorted { left, right in
            (left.element.score, left.offset) < (right.element.score, right.offset)
        }

        // A path that differs only in case is almost surely the intended one, so it is the
        // only suggestion.
        let best =
            ordered.first?.element.score == 0
            ? ordered.prefix { $0.element.score == 0 }
            : ordered.prefix(5)
        return best.map { reference(for: $0.element.request) }
    }

    private static func path(_ path: [String], endsWith suffix: [String]) -> Bool {
        path.count >= suffix.count && Array(path[(path.count - suffix.count)...]) == suffix
    }
}
