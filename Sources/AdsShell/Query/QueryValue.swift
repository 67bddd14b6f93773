/// A value flowing through a query: either a built `JSONValue`, or the byte range of a value
/// inside the validated document, built only when a filter needs its contents.
enum QueryValue: Sendable {
    case value(JSONValue)
    case raw(Range<Int>)
}

extension JSONValue {
    /// The jq name of the value's type.
    var typeName: String {
        switch self {
        case .null: return "null"
        case .bool: return "boolean"
        case .number: return "number"
        case .string: return "string"
        case .array: return "array"
        case .object: return "object"
        }
    }

    /// jq truthiness: everything except `false` and `null` is true.
    var isTruthy: Bool {
        switch self {
        case .null, .bool(false): return false
        default: return true
        }
    }

    /// The compact text of the value, shortened for error messages.
    var excerpt: String {
        let text = compactText
        guard text.count > 40 else { return text }
        return String(text.prefix(37)) + "..."
    }
}
