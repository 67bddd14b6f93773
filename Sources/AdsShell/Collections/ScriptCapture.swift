/// One environment-variable assignment translated from a Postman test script: after the
/// response arrives, set `variable` to the value that `query` selects from the response body.
///
/// For example, the script line
/// `postman.setEnvironmentVariable("profileId", res[0].profileId)` becomes the capture
/// `profileId = .[0].profileId`.
public struct ScriptCapture: Sendable, Equatable, CustomStringConvertible {
    /// The environment variable to set.
    public var variable: String
    /// A jq path into the JSON response body: `.name`, `.[n]` and `.["key"]` steps, such as
    /// `.campaigns[0].campaignId`, or `.` for the whole body, optionally followed by
    /// ` | length` for JavaScript's `.length`.
    public var query: String
    /// The condition under which the script sets the variable, or nil when it always does.
    public var condition: CaptureCondition?
    /// Whether the script clears the variable before it checks `condition`, so that a
    /// response that fails the condition leaves the variable unset instead of stale.
    public var clearsFirst: Bool

    public init(
        variable: String, query: String, condition: CaptureCondition? = nil,
        clearsFirst: Bool = false
    ) {
        self.variable = variable
        self.query = query
        self.condition = condition
        self.clearsFirst = clearsFirst
    }

    /// The capture as one line, such as `campaignId = .campaigns[0].campaignId
    /// when .totalResults != 0 and status == 200`.
    public var description: String {
        var text = variable + " = " + query
        if let condition { text += " when " + condition.description }
        if clearsFirst { text += " (cleared first)" }
        return text
    }
}

/// A comparison operator in a capture condition. JavaScript's strict and loose forms
/// (`===` and `==`, `!==` and `!=`) map to the same case.
public enum CaptureComparison: String, Sendable, Equatable {
    case equal = "=="
    case notEqual = "!="
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="

    /// The operator that gives true exactly when this one gives false.
    public var negated: CaptureComparison {
        switch self {
        case .equal: return .notEqual
        case .notEqual: return .equal
        case .less: return .greaterOrEqual
        case .lessOrEqual: return .greater
        case .greater: return .lessOrEqual
        case .greaterOrEqual: return .less
        }
    }

    /// The operator that gives the same result with its operands swapped.
    var swapped: CaptureComparison {
        switch self {
        case .equal, .notEqual: return self
        case .less: return .greater
        case .lessOrEqual: return .greaterOrEqual
        case .greater: return .less
        case .greaterOrEqual: return .lessOrEqual
        }
    }
}

/// A condition on the response under which a script capture applies.
///
/// Queries use the same jq paths as `ScriptCapture.query`, and a path may end in ` | length`
/// for JavaScript's `.length`. A path that is missing from the body selects `null`.
public enum CaptureCondition: Sendable, Equatable, CustomStringConvertible {
    /// The HTTP status code compared with a number, such as `status == 207`.
    case statusCode(CaptureComparison, Int)
    /// A value in the body compared with a JSON literal, such as `.status == "PENDING"`.
    case value(query: String, CaptureComparison, JSONValue)
    /// The value is truthy as JavaScript defines it: not null, false, 0 or "".
    case truthy(query: String)
    /// The value is falsy as JavaScript defines it: null, false, 0 or "".
    case falsy(query: String)
    /// Every condition is true.
    case allOf([CaptureCondition])
    /// At least one condition is true.
    case anyOf([CaptureCondition])

    /// The condition that is true exactly when this one is false.
    public var negated: CaptureCondition {
        switch self {
        case .statusCode(let comparison, let code):
            return .statusCode(comparison.negated, code)
        case .value(let query, let comparison, let literal):
            return .value(query: query, comparison.negated, literal)
        case .truthy(let query):
            return .falsy(query: query)
        case .falsy(let query):
            return .truthy(query: query)
        case .allOf(let conditions):
            return .anyOf(conditions.map(\.negated))
        case .anyOf(let conditions):
            return .allOf(conditions.map(\.negated))
        }
    }

    /// The condition in jq-like notation, with `status` for the HTTP status code.
    public var description: String {
        switch self {
        case .statusCode(let comparison, let code):
            return "status \(comparison.rawValue) \(code)"
        case .value(let query, let comparison, let literal):
            return "\(query) \(comparison.rawValue) \(literal.compactText)"
        case .truthy(let query):
            return query
        case .falsy(let query):
            return "(\(query) | not)"
        case .allOf(let conditions):
            return conditions.map(\.description).joined(separator: " and ")
        case .anyOf(let conditions):
            return "(" + conditions.map(\.description).joined(separator: " or ") + ")"
        }
    }

    /// Combines the conditions of nested `if` statements into one, or nil when there are none.
    ///
    /// Nested `allOf` lists are flattened. A `truthy(".")` check is dropped when another
    /// condition already requires a non-null body, because JavaScript scripts write
    /// `if (response && response.status === 'PENDING')` only to guard the property access.
    static func combining(_ conditions: [CaptureCondition]) -> CaptureCondition? {
        var flat: [CaptureCondition] = []
        for condition in conditions {
            if case .allOf(let members) = condition {
                flat += members
            } else {
                flat.append(condition)
            }
        }
        if flat.contains(where: \.requiresNonNullBody) {
            flat.removeAll { $0 == .truthy(query: ".") }
        }
        switch flat.count {
        case 0: return nil
        case 1: return flat[0]
        default: return .allOf(flat)
        }
    }

    /// Whether the condition can hold only when the body is a non-null value.
    private var requiresNonNullBody: Bool {
        switch self {
        case .value(let query, let comparison, let literal):
            return query != "." && comparison == .equal && literal != .null
        case .truthy(let query):
            return query != "."
        default:
            return false
        }
    }
}
