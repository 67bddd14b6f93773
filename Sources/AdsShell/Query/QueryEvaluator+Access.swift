extension QueryEvaluator {
    /// Applies `.name` to one value: a member of an object, or null on null.
    mutating func field(_ value: QueryValue, _ name: String) throws(QueryError) -> QueryValue {
        switch value {
        case .raw(let range):
            let document = document!
            switch document.firstByte(of: range) {
            case UInt8(ascii: "{"):
                if cachedObject != range {
                    document.members(in: range, into: &cachedMembers)
                    cachedObject = range
                }
                return document.lookup(name, in: cachedMembers).map { .raw($0) } ?? .value(.null)
            case UInt8(ascii: "n"):
                return .value(.null)
            default:
                throw cannotIndex(document.typeName(of: range), with: JSONValue.quoted(name))
            }
        case .value(.object(let members)):
            let member = members.last { $0.key.utf8.elementsEqual(name.utf8) }
            return .value(member?.value ?? .null)
        case .value(.null):
            return .value(.null)
        case .value(let json):
            throw cannotIndex(json.typeName, with: JSONValue.quoted(name))
        }
    }

    /// Applies `.[index]`: an array element by number, or an object member by string.
    mutating func subscripted(_ value: QueryValue, by index: JSONValue) throws(QueryError)
        -> QueryValue
    {
        switch index {
        case .string(let name):
            return try field(value, name)
        case .number(let text):
            let typeName = self.typeName(value)
            if typeName == "null" { return .value(.null) }
            guard typeName == "array" else { throw cannotIndex(typeName, with: "number") }
            guard let position = Double(text), position.isFinite,
                abs(position) < Double(Int32.max)
            else { return .value(.null) }
            return element(of: value, at: Self.floorToInt(position))
        default:
            throw cannotIndex(typeName(value), with: index.typeName)
        }
    }

    /// Returns the element at `position` of an array, counting from the end when negative.
    private mutating func element(of array: QueryValue, at position: Int) -> QueryValue {
        switch array {
        case .value(let json):
            let elements = json.arrayValue ?? []
            let index = position < 0 ? elements.count + position : position
            return elements.indices.contains(index) ? .value(elements[index]) : .value(.null)
        case .raw(let range):
            let document = document!
            if position >= 0 {
                var remaining = position
                var found: QueryValue = .value(.null)
                document.forEachElement(in: range) { element in
                    if remaining == 0 {
                        found = .raw(element)
                        return false
                    }
                    remaining -= 1
                    return true
                }
                return found
            }
            var elements: [Range<Int>] = []
            document.forEachElement(in: range) { element in
                elements.append(element)
                return true
            }
            let index = elements.count + position
            return index >= 0 ? .raw(elements[index]) : .value(.null)
        }
    }

    /// Applies `.[from:to]` to an array or a string, with jq's rules for missing and negative
    /// bounds.
    mutating func slice(_ value: JSONValue, _ from: JSONValue, _ to: JSONValue) throws(QueryError)
        -> JSONValue
    {
        func bound(_ json: JSONValue, default fallback: Int, count: Int) throws(QueryError) -> Int {
            switch json {
            case .null:
                return fallback
            case .number(let text):
                let number = max(min(Double(text) ?? 0, Double(count)), -Double(count))
                let clamped = Self.floorToInt(number)
                return clamped < 0 ? count + clamped : clamped
            default:
                throw .runtime(message: "cannot slice with \(json.typeName) (\(json.excerpt))")
            }
        }
        switch value {
        case .null:
            return .null
        case .array(let elements):
            let lower = try bound(from, default: 0, count: elements.count)
            let upper = try bound(to, default: elements.count, count: elements.count)
            return .array(lower < upper ? Array(elements[lower..<upper]) : [])
        case .string(let text):
            let scalars = Array(text.unicodeScalars)
            let lower = try bound(from, default: 0, count: scalars.count)
            let upper = try bound(to, default: scalars.count, count: scalars.count)
            var result = String.UnicodeScalarView()
            if lower < upper { result.append(contentsOf: scalars[lower..<upper]) }
            return .string(String(result))
        default:
            throw .runtime(message: "cannot slice \(value.typeName) (\(value.excerpt))")
        }
    }

    /// Applies `.[]`: appends each element of an array or each member value of an object.
    mutating func iterate(_ value: QueryValue, into outputs: inout [QueryValue]) throws(QueryError)
    {
        switch value {
        case .raw(let range):
            let document = document!
            let first = document.firstByte(of: range)
            guard first == UInt8(ascii: "[") || first == UInt8(ascii: "{") else {
                throw try cannotIterate(materialize(value))
            }
            document.forEachElement(in: range) { element in
                outputs.append(.raw(element))
                return true
            }
        case .value(.array(let elements)):
            for element in elements { outputs.append(.value(element)) }
        case .value(.object(let members)):
            for member in members { outputs.append(.value(member.value)) }
        case .value(let json):
            throw cannotIterate(json)
        }
    }

    /// Rounds down without libm, which this module does not link; `value` must fit in an Int.
    static func floorToInt(_ value: Double) -> Int {
        let truncated = Int(value)
        return Double(truncated) > value ? truncated - 1 : truncated
    }

    private func cannotIterate(_ value: JSONValue) -> QueryError {
        .runtime(message: "cannot iterate over \(value.typeName) (\(value.excerpt))")
    }

    func cannotIndex(_ typeName: String, with index: String) -> QueryError {
        let hint =
            typeName == "array" && index.hasPrefix("\"")
            ? "; use .[] to iterate over its elements first" : ""
        return .runtime(message: "cannot index \(typeName) with \(index)\(hint)")
    }
}
