/// A template that cannot be expanded. Nothing is sent when expansion fails.
public enum TemplateError: Error, Sendable, Equatable, CustomStringConvertible {
    case unknownVariable(String, suggestion: String?)
    case cycle([String])
    /// Expanding the named template took more lookups than the limit, because values name
    /// other variables many times over.
    case tooManyLookups(String, limit: Int)
    case noResponse(String)
    case invalidResponseTemplate(String, reason: String)

    public var description: String {
        switch self {
        case .unknownVariable(let name, let suggestion):
            let hint = suggestion.map { " (did you mean '\($0)'?)" } ?? ""
            return "unknown variable '\(name)'\(hint); set it with `set \(name) VALUE`"
        case .cycle(let names):
            return "template cycle: " + names.joined(separator: " → ")
        case .tooManyLookups(let name, let limit):
            return "expanding '{{\(name)}}' needs more than \(limit) variable lookups; check "
                + "for values that repeat templates of other variables"
        case .noResponse(let template):
            return "'{{\(template)}}' needs a response, and no request has been sent yet"
        case .invalidResponseTemplate(let template, let reason):
            return "cannot expand '{{\(template)}}': \(reason)"
        }
    }
}
