// Completion of `-H` header names and values, and the quoting of the final candidates.

extension Completer {
    /// Header names offered after `-H`, sorted: the Amazon Ads headers and standard ones.
    public static let headerNames = [
        "Accept", "Accept-Encoding", "Amazon-Ads-AccountId", "Amazon-Advertising-API-AdvertiserId",
        "Amazon-Advertising-API-ClientId", "Amazon-Advertising-API-EntityId",
        "Amazon-Advertising-API-Manager-Account", "Amazon-Advertising-API-MarketplaceId",
        "Amazon-Advertising-API-Scope", "Amazon-Marketing-Cloud-Audience-InstanceId",
        "Authorization", "Content-Type", "Prefer", "User-Agent",
    ]

    /// Values of the `Prefer` header that Amazon Ads operations accept.
    static let preferValues = ["include=extendedData", "return=representation"]

    /// Completes the word after `-H`: a header name (case-insensitive), or its value once
    /// the word contains `Name:`.
    func headerCandidates(
        _ typed: String, words: TypedWords, context: CompletionContext
    ) -> [Candidate] {
        if typed.contains(":") {
            return headerValueCandidates(typed, words: words, context: context)
        }
        let lowered = typed.lowercased()
        return Self.headerNames.filter { $0.lowercased().hasPrefix(lowered) }.map {
            Candidate(text: $0 + ":", ending: .valueFollows)
        }
    }

    /// Completes the value of `Name: value` for `Content-Type`, `Accept` and `Prefer`.
    /// Media types come from the endpoint that the line's method and path match, plus
    /// `application/json`. Without a match, it offers every type of that kind in the catalog.
    func headerValueCandidates(
        _ header: String, words: TypedWords, context: CompletionContext
    ) -> [Candidate] {
        guard let colon = header.firstIndex(of: ":") else { return [] }
        let name = header[..<colon]
        let value = header[header.index(after: colon)...].drop(while: { $0 == " " })
        let options: [String]
        switch name.lowercased() {
        case "content-type":
            options = mediaTypes(words: words, context: context, \.contentType)
        case "accept":
            options = mediaTypes(words: words, context: context, \.accept)
        case "prefer":
            options = Self.preferValues
        default:
            options = []
        }
        let lowered = value.lowercased()
        return options.filter { $0.lowercased().hasPrefix(lowered) }.map {
            Candidate(text: name + ": " + $0, ending: .finished)
        }
    }

    private func mediaTypes(
        words: TypedWords, context: CompletionContext, _ field: KeyPath<Endpoint, String?>
    ) -> [String] {
        let json = "application/json"
        if let method = words.text(at: 0), Self.httpMethods.contains(method.uppercased()),
            let path = words.text(at: 1), words.currentIndex > 1,
            let endpoint = context.catalog.match(method: method, path: path)
        {
            return [endpoint[keyPath: field], json].compactMap { $0 }
        }
        return context.catalog.endpoints.compactMap { $0[keyPath: field] } + [json]
    }

    /// Turns candidates into a result: quotes them as needed, sorts them and removes
    /// duplicates. `replaceFrom` is the line offset of the first replaced character.
    static func result(
        _ candidates: [Candidate], words: TypedWords, cursor: Int, replaceFrom: Int,
        openQuote: Character?
    ) -> CompletionResult {
        guard !candidates.isEmpty else { return .none }
        var suffixes: [String: String] = [:]
        for candidate in candidates {
            let quote = openQuote ?? (needsQuotes(candidate.text) ? "\"" : nil)
            let text = quote.map { String($0) + escaped(candidate.text, in: $0) } ?? candidate.text
            let suffix: String
            switch candidate.ending {
            case .finished: suffix = (quote.map { String($0) } ?? "") + " "
            case .continuing: suffix = ""
            case .valueFollows: suffix = " "
            }
            suffixes[text] = suffix
        }
        let sorted = suffixes.keys.sorted()
        let distinctSuffixes = Set(suffixes.values)
        return CompletionResult(
            replacedCount: cursor - replaceFrom, candidates: sorted,
            suffix: distinctSuffixes.count == 1 ? distinctSuffixes.first! : "")
    }

    private static func needsQuotes(_ text: String) -> Bool {
        text.contains { " \t\"'\\|<>".contains($0) }
    }

    /// Escapes text for the inside of a double-quoted word; single quotes take it as is.
    private static func escaped(_ text: String, in quote: Character) -> String {
        guard quote == "\"" else { return text }
        var result = ""
        for character in text {
            if character == "\"" || character == "\\" { result.append("\\") }
            result.append(character)
        }
        return result
    }
}
