/// Applies a collection request's captures to its response: each sets a variable from a
/// query into the body when its condition holds.
struct CaptureRunner {
    let session: Session

    func apply(_ captures: [ScriptCapture], to response: HTTPResponse) throws {
        guard !captures.isEmpty else { return }
        let body = (try? JSONParser.parse(BodyDecoding.decodedBody(response))) ?? .null
        var values: [(key: String, value: String)] = []
        var cleared: [String] = []
        for capture in captures {
            if capture.clearsFirst && session.environment.variable(capture.variable) != nil {
                cleared.append(capture.variable)
            }
            if let condition = capture.condition,
                !holds(condition, body: body, status: response.status)
            {
                continue
            }
            guard let value = pick(capture.query, from: body), value != .null else { continue }
            values.append((capture.variable, value.plainText))
        }
        let kept = cleared.filter { key in !values.contains { $0.key == key } }
        if !kept.isEmpty { try session.unsetVariables(kept) }
        guard !values.isEmpty else { return }
        try session.setVariables(values)
        for (key, value) in values {
            let shown = session.environment.isSecret(key) ? Variable.mask(value) : value
            session.console.notice("captured \(key) = \(shown)")
        }
    }

    /// The single value a capture query selects, or nil when it selects none or fails.
    private func pick(_ query: String, from body: JSONValue) -> JSONValue? {
        guard let results = try? JSONQuery(query).evaluate(body) else { return nil }
        return results.first
    }

    func holds(_ condition: CaptureCondition, body: JSONValue, status: Int) -> Bool {
        switch condition {
        case .statusCode(let comparison, let code):
            return compare(.number(String(status)), comparison, .number(String(code)))
        case .value(let query, let comparison, let literal):
            return compare(pick(query, from: body) ?? .null, comparison, literal)
        case .truthy(let query):
            return isTruthy(pick(query, from: body) ?? .null)
        case .falsy(let query):
            return !isTruthy(pick(query, from: body) ?? .null)
        case .allOf(let conditions):
            return conditions.allSatisfy { holds($0, body: body, status: status) }
        case .anyOf(let conditions):
            return conditions.contains { holds($0, body: body, status: status) }
        }
    }

    /// JavaScript's truthiness: null, false, 0 and "" are false.
    private func isTruthy(_ value: JSONValue) -> Bool {
        switch value {
        case .null: return false
        case .bool(let flag): return flag
        case .number(let text): return Double(text) != 0
        case .string(let text): return !text.isEmpty
        default: return true
        }
    }

    private func compare(_ left: JSONValue, _ comparison: CaptureComparison, _ right: JSONValue)
        -> Bool
    {
        if comparison == .equal { return left == right }
        if comparison == .notEqual { return left != right }
        let order: Int
        switch (left, right) {
        case (.number(let a), .number(let b)):
            guard let x = Double(a), let y = Double(b) else { return false }
            order = x < y ? -1 : (x > y ? 1 : 0)
        case (.string(let a), .string(let b)):
            order = a < b ? -1 : (a > b ? 1 : 0)
        default:
            return false
        }
        switch comparison {
        case .less: return order < 0
        case .lessOrEqual: return order <= 0
        case .greater: return order > 0
        case .greaterOrEqual: return order >= 0
        default: return false
        }
    }
}
