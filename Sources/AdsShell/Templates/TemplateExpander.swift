/// Replaces `{{name}}` templates with variable values.
///
/// A variable's value may itself hold templates; they are expanded in turn, up to
/// `maximumDepth` levels, and a variable that refers back to itself is reported as a cycle.
/// One expansion makes at most `maximumLookups` variable lookups, because values that each
/// name the next variable twice (`a={{b}}{{b}}`, `b={{c}}{{c}}`, …) double the work per level.
/// `{{response.…}}` templates read the last response through `responseResolver`.
public struct TemplateExpander {
    public static let maximumDepth = 16
    public static let maximumLookups = 10_000
    let lookup: (String) -> String?
    let knownNames: () -> [String]
    let responseResolver: ((String) throws(TemplateError) -> String)?

    public init(
        lookup: @escaping (String) -> String?, knownNames: @escaping () -> [String],
        responseResolver: ((String) throws(TemplateError) -> String)? = nil
    ) {
        self.lookup = lookup
        self.knownNames = knownNames
        self.responseResolver = responseResolver
    }

    /// Expands every template in `word`.
    public func expand(_ word: Word) throws(TemplateError) -> String {
        var output = ""
        var lookups = 0
        for part in word.parts {
            switch part {
            case .literal(let text):
                output += text
            case .template(let name, let inJSONString):
                let value = try value(of: name, chain: [], lookups: &lookups)
                output += inJSONString ? escapedForJSONString(value) : value
            }
        }
        return output
    }

    /// Expands templates in plain text, such as a variable's value or a collection URL.
    public func expand(text: String) throws(TemplateError) -> String {
        var lookups = 0
        return try expand(text: text, chain: [], lookups: &lookups)
    }

    private func expand(
        text: String, chain: [String], lookups: inout Int
    ) throws(TemplateError) -> String {
        guard text.contains("{{") else { return text }
        var output = ""
        var rest = Substring(text)
        while let open = rest.firstRange(of: "{{") {
            output += rest[..<open.lowerBound]
            let afterOpen = rest[open.upperBound...]
            guard let close = afterOpen.firstRange(of: "}}") else {
                output += rest[open.lowerBound...]
                return output
            }
            let name = String(afterOpen[..<close.lowerBound]).trimmingSpaces()
            if name.isEmpty || name.contains("{") {
                output += rest[open.lowerBound..<close.upperBound]
            } else {
                output += try value(of: name, chain: chain, lookups: &lookups)
            }
            rest = afterOpen[close.upperBound...]
        }
        output += rest
        return output
    }

    private func value(
        of name: String, chain: [String], lookups: inout Int
    ) throws(TemplateError) -> String {
        lookups += 1
        guard lookups <= Self.maximumLookups else {
            throw .tooManyLookups(chain.first ?? name, limit: Self.maximumLookups)
        }
        if name.hasPrefix("response.") || name == "response" {
            guard let responseResolver else { throw .noResponse(name) }
            return try responseResolver(name)
        }
        if chain.contains(name) {
            throw .cycle(chain + [name])
        }
        guard chain.count < Self.maximumDepth else { throw .cycle(chain + [name]) }
        guard let raw = lookup(name) else {
            throw .unknownVariable(
                name, suggestion: NameSuggestion.closest(to: name, among: knownNames()))
        }
        return try expand(text: raw, chain: chain + [name], lookups: &lookups)
    }

    private func escapedForJSONString(_ value: String) -> String {
        String(JSONValue.quoted(value).dropFirst().dropLast())
    }
}
