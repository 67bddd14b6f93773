extension QueryEvaluator {
    mutating func evaluateBuiltin(
        _ builtin: QueryBuiltin, _ input: QueryValue
    ) throws(QueryError) -> [QueryValue] {
        switch builtin {
        case .not:
            return [.value(.bool(!(try isTruthy(input))))]
        case .length:
            return [.value(try length(input))]
        case .keys:
            return [.value(try keys(try materialize(input)))]
        case .first:
            return [try subscripted(input, by: .number("0"))]
        case .last:
            return [try subscripted(input, by: .number("-1"))]
        case .empty:
            return []
        case .type:
            return [.value(.string(typeName(input)))]
        }
    }

    /// jq's `length`: elements, members, Unicode scalars, 0 for null, or a number's magnitude.
    private mutating func length(_ input: QueryValue) throws(QueryError) -> JSONValue {
        if case .raw(let range) = input, let document {
            let first = document.firstByte(of: range)
            if first == UInt8(ascii: "[") || first == UInt8(ascii: "{") {
                var count = 0
                document.forEachElement(in: range) { _ in
                    count += 1
                    return true
                }
                return .number(String(count))
            }
        }
        let value = try materialize(input)
        switch value {
        case .null:
            return .number("0")
        case .bool:
            throw .runtime(message: "boolean (\(value.compactText)) has no length")
        case .number(let text):
            return .number(text.hasPrefix("-") ? String(text.dropFirst()) : text)
        case .string(let text):
            return .number(String(text.unicodeScalars.count))
        case .array(let elements):
            return .number(String(elements.count))
        case .object(let members):
            return .number(String(members.count))
        }
    }

    /// jq's `keys`: an object's keys sorted by Unicode scalars, or an array's indices.
    private mutating func keys(_ value: JSONValue) throws(QueryError) -> JSONValue {
        switch value {
        case .object(let members):
            var seen = Set<String>()
            var names: [String] = []
            for member in members where seen.insert(member.key).inserted {
                names.append(member.key)
            }
            names.sort { QueryOrdering.compareScalars($0, $1) < 0 }
            return .array(names.map { .string($0) })
        case .array(let elements):
            return .array(elements.indices.map { .number(String($0)) })
        default:
            throw .runtime(message: "cannot get the keys of \(value.typeName) (\(value.excerpt))")
        }
    }

    /// Three-way comparison in jq's order, comparing plain raw strings without building them.
    mutating func compare(_ left: QueryValue, _ right: QueryValue) throws(QueryError) -> Int {
        if let document {
            if case .raw(let range) = left, case .value(.string(let text)) = right,
                document.firstByte(of: range) == UInt8(ascii: "\""),
                let bytes = document.plainStringBytes(range)
            {
                return QueryOrdering.compareBytes(bytes, text.utf8)
            }
            if case .value(.string(let text)) = left, case .raw(let range) = right,
                document.firstByte(of: range) == UInt8(ascii: "\""),
                let bytes = document.plainStringBytes(range)
            {
                return -QueryOrdering.compareBytes(bytes, text.utf8)
            }
        }
        return QueryOrdering.compare(try materialize(left), try materialize(right))
    }
}
