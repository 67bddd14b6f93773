extension ScriptTranslator {
    /// Evaluates `expression` to the response value it refers to, when it refers to one.
    func evaluate(_ expression: ScriptExpression) -> Value {
        switch expression {
        case .identifier(let name):
            if let value = locals[name] { return value }
            return name == "responseBody" ? .bodyText : .unknown
        case .member(let base, let name):
            return evaluateMember(base, name)
        case .index(let base, let index):
            guard case .body(let path) = evaluate(base), !path.endsInLength else {
                return .unknown
            }
            switch index {
            case .number(let text):
                guard let position = Int(text), position >= 0 else { return .unknown }
                return .body(path.appending(.index(position)))
            case .string(let key):
                return .body(path.appending(.key(key)))
            default:
                return .unknown
            }
        case .call(let callee, let arguments):
            switch callee.dottedName {
            case "JSON.parse":
                guard arguments.count == 1, evaluate(arguments[0]) == .bodyText else {
                    return .unknown
                }
                return .body(ResponsePath())
            case "pm.response.json":
                return arguments.isEmpty ? .body(ResponsePath()) : .unknown
            case "pm.response.text":
                return arguments.isEmpty ? .bodyText : .unknown
            default:
                return .unknown
            }
        default:
            return .unknown
        }
    }

    private func evaluateMember(_ base: ScriptExpression, _ name: String) -> Value {
        let dottedName = base.dottedName.map { $0 + "." + name }
        if dottedName == "pm.response.code"
            || (dottedName == "responseCode.code" && locals["responseCode"] == nil)
        {
            return .statusCode
        }
        guard case .body(let path) = evaluate(base), !path.endsInLength else {
            return .unknown
        }
        return .body(path.appending(name == "length" ? .length : .key(name)))
    }

    /// Translates the test of an `if` statement, or returns nil when it tests something
    /// other than the status code and values in the response body.
    func condition(_ expression: ScriptExpression) -> CaptureCondition? {
        switch expression {
        case .binary("&&", let left, let right):
            guard let left = condition(left), let right = condition(right) else { return nil }
            return .allOf([left, right])
        case .binary("||", let left, let right):
            guard let left = condition(left), let right = condition(right) else { return nil }
            return .anyOf([left, right])
        case .binary(let symbol, let left, let right):
            guard let comparison = Self.comparison(symbol) else { return nil }
            if let literal = Self.literal(right) {
                return comparisonCondition(evaluate(left), comparison, literal)
            }
            if let literal = Self.literal(left) {
                return comparisonCondition(evaluate(right), comparison.swapped, literal)
            }
            return nil
        case .unary("!", let operand):
            return condition(operand)?.negated
        default:
            guard case .body(let path) = evaluate(expression) else { return nil }
            return .truthy(query: path.query)
        }
    }

    private func comparisonCondition(
        _ value: Value, _ comparison: CaptureComparison, _ literal: JSONValue
    ) -> CaptureCondition? {
        switch value {
        case .statusCode:
            guard case .number(let text) = literal, let code = Int(text) else { return nil }
            return .statusCode(comparison, code)
        case .body(let path):
            return .value(query: path.query, comparison, literal)
        default:
            return nil
        }
    }

    private static func comparison(_ symbol: String) -> CaptureComparison? {
        switch symbol {
        case "==", "===": return .equal
        case "!=", "!==": return .notEqual
        case "<": return .less
        case "<=": return .lessOrEqual
        case ">": return .greater
        case ">=": return .greaterOrEqual
        default: return nil
        }
    }

    /// Converts a JavaScript literal to JSON. `undefined` becomes `null`, which is what a
    /// jq path selects for a missing key.
    private static func literal(_ expression: ScriptExpression) -> JSONValue? {
        switch expression {
        case .string(let text):
            return .string(text)
        case .number(let text):
            return Double(text) == nil ? nil : .number(text)
        case .unary("-", .number(let text)):
            return Double(text) == nil ? nil : .number("-" + text)
        case .keyword("null"), .keyword("undefined"):
            return .null
        case .keyword("true"):
            return .bool(true)
        case .keyword("false"):
            return .bool(false)
        default:
            return nil
        }
    }
}
