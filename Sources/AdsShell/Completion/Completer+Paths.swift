// Completion of endpoint paths, Postman request names and file names: all complete one
// `/`-separated segment at a time.

extension Completer {
    /// Completes the next segment of an endpoint path from the catalog's templates for
    /// `method`. A path parameter such as `{campaignId}` is offered as the value of the
    /// variable with that name when one is set, and as `{campaignId}` otherwise. The path may
    /// start with a `{{variable}}` or `https://host` origin, which is kept as typed. A segment
    /// that ends one template and goes on in another is offered both ways, as
    /// `/sp/campaigns` and `/sp/campaigns/`, so inserting the common text stops after it.
    func pathCandidates(
        _ typed: String, method: String, context: CompletionContext
    ) -> [Candidate] {
        guard !typed.contains("?") else { return [] }
        var origin = Substring("")
        var path = Substring(typed)
        if path.hasPrefix("{{"), let close = path.firstRange(of: "}}") {
            origin = path[..<close.upperBound]
            path = path[close.upperBound...]
        } else if let scheme = path.firstRange(of: "://") {
            let host = path[scheme.upperBound...]
            let end = host.firstIndex(of: "/") ?? host.endIndex
            origin = path[..<end]
            path = path[end...]
        }
        if path.hasPrefix("/") { path = path.dropFirst() }
        let typedSegments = path.split(separator: "/", omittingEmptySubsequences: false)
        let completed = typedSegments.dropLast()
        let partial = typedSegments.last ?? ""
        let stem = origin + "/" + completed.map { $0 + "/" }.joined()

        let catalog = context.catalog
        var candidates: [Candidate] = []
        for (position, endpoint) in catalog.endpoints.enumerated() where endpoint.method == method {
            let template = catalog.templateSegments[position]
            guard template.count > completed.count,
                Self.segmentsFit(template, completed)
            else { continue }
            let next = template[completed.count]
            let continues = template.count > completed.count + 1
            for segment in Self.offers(for: next, partial: partial, context: context) {
                candidates.append(
                    Candidate(
                        text: stem + segment + (continues ? "/" : ""),
                        ending: continues ? .continuing : .finished))
            }
        }
        return candidates
    }

    /// Returns whether each typed segment fits the template segment at the same place: equal text,
    /// or any non-empty text for a parameter.
    private static func segmentsFit(_ template: [String], _ typed: ArraySlice<Substring>) -> Bool {
        for (expected, actual) in zip(template, typed) {
            if Endpoint.parameterName(of: Substring(expected)) != nil {
                if actual.isEmpty { return false }
            } else if expected != actual {
                return false
            }
        }
        return true
    }

    /// Returns what to offer for one template segment given the typed start of it.
    private static func offers(
        for segment: String, partial: Substring, context: CompletionContext
    ) -> [String] {
        guard let name = Endpoint.parameterName(of: Substring(segment)) else {
            return segment.hasPrefix(partial) ? [segment] : []
        }
        if let value = context.variables[String(name)], !value.isEmpty,
            value.hasPrefix(partial)
        {
            return [value]
        }
        let isSet = context.variables[String(name)].map { !$0.isEmpty } ?? false
        if (!isSet || partial.hasPrefix("{")) && segment.hasPrefix(partial) {
            return [segment]
        }
        return []
    }

    /// Completes the next segment of `/`-separated names, such as Postman request paths.
    static func segmentCandidates(_ typed: String, entries: [[String]]) -> [Candidate] {
        let typedSegments = typed.split(separator: "/", omittingEmptySubsequences: false)
        let completed = typedSegments.dropLast().map(String.init)
        let partial = typedSegments.last ?? ""
        let stem = completed.map { $0 + "/" }.joined()
        var candidates: [Candidate] = []
        for entry in entries where entry.count > completed.count {
            guard entry.starts(with: completed) else { continue }
            let next = entry[completed.count]
            guard next.hasPrefix(partial) else { continue }
            let continues = entry.count > completed.count + 1
            candidates.append(
                Candidate(
                    text: stem + next + (continues ? "/" : ""),
                    ending: continues ? .continuing : .finished))
        }
        return candidates
    }

    /// Completes a file name through `context.listDirectory`. `marker` is text kept in front
    /// of the name, such as the `@` of a body read from a file. Names that start with a dot
    /// are offered only when the typed name starts with one.
    func fileCandidates(
        _ typed: String, marker: String, context: CompletionContext
    ) -> [Candidate] {
        let folderEnd = typed.lastIndex(of: "/").map { typed.index(after: $0) } ?? typed.startIndex
        let folder = String(typed[..<folderEnd])
        let partial = typed[folderEnd...]
        let showHidden = partial.hasPrefix(".")
        return context.listDirectory(folder).compactMap { entry in
            guard entry.hasPrefix(partial), showHidden || !entry.hasPrefix(".") else {
                return nil
            }
            let isFolder = entry.hasSuffix("/")
            return Candidate(
                text: marker + folder + entry, ending: isFolder ? .continuing : .finished)
        }
    }
}
