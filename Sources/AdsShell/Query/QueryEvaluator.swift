/// Runs a parsed query on one input and returns its outputs in order.
///
/// With a `document`, inputs may be `.raw` byte ranges: paths, iteration and `select` then work
/// on the bytes, and only values that a filter must inspect are built.
struct QueryEvaluator: Sendable {
    let document: JSONDocument?
    /// The members of the last raw object searched, because filters such as
    /// `select(.state == "ENABLED") | .name` look up several keys in the same object.
    var cachedObject: Range<Int>?
    var cachedMembers: [JSONDocument.Member] = []

    init(document: JSONDocument?) {
        self.document = document
    }

    mutating func evaluate(_ node: QueryNode, _ input: QueryValue) throws(QueryError)
        -> [QueryValue]
    {
        switch node {
        case .identity:
            return [input]
        case .field(let base, let name):
            var outputs: [QueryValue] = []
            for value in try evaluate(base, input) { outputs.append(try field(value, name)) }
            return outputs
        case .subscripted(let base, let indexNode):
            var outputs: [QueryValue] = []
            for value in try evaluate(base, input) {
                for index in try evaluate(indexNode, input) {
                    outputs.append(try subscripted(value, by: try materialize(index)))
                }
            }
            return outputs
        case .slice(let base, let from, let to):
            var outputs: [QueryValue] = []
            for value in try evaluate(base, input) {
                for lower in try bounds(from, input) {
                    for upper in try bounds(to, input) {
                        outputs.append(.value(try slice(try materialize(value), lower, upper)))
                    }
                }
            }
            return outputs
        case .iterate(let base):
            var outputs: [QueryValue] = []
            for value in try evaluate(base, input) { try iterate(value, into: &outputs) }
            return outputs
        case .pipe(let left, let right):
            var outputs: [QueryValue] = []
            for value in try evaluate(left, input) {
                outputs.append(contentsOf: try evaluate(right, value))
            }
            return outputs
        case .comma(let left, let right):
            return try evaluate(left, input) + evaluate(right, input)
        case .literal(let value):
            return [.value(value)]
        case .compare(let left, let operation, let right):
            var outputs: [QueryValue] = []
            let rightValues = try evaluate(right, input)
            for lhs in try evaluate(left, input) {
                for rhs in rightValues {
                    outputs.append(.value(.bool(operation.holds(for: try compare(lhs, rhs)))))
                }
            }
            return outputs
        case .and(let left, let right), .or(let left, let right):
            let isAnd: Bool
            if case .and = node { isAnd = true } else { isAnd = false }
            var outputs: [QueryValue] = []
            for lhs in try evaluate(left, input) {
                // `false and X` and `true or X` decide without running X.
                if try isTruthy(lhs) != isAnd {
                    outputs.append(.value(.bool(!isAnd)))
                    continue
                }
                for rhs in try evaluate(right, input) {
                    outputs.append(.value(.bool(try isTruthy(rhs))))
                }
            }
            return outputs
        case .collect(let inner):
            var elements: [JSONValue] = []
            if let inner {
                for value in try evaluate(inner, input) { elements.append(try materialize(value)) }
            }
            return [.value(.array(elements))]
        case .select(let condition):
            var outputs: [QueryValue] = []
            for value in try evaluate(condition, input) where try isTruthy(value) {
                outputs.append(input)
            }
            return outputs
        case .map(let transform):
            return try evaluate(.collect(.pipe(.iterate(.identity), transform)), input)
        case .builtin(let builtin):
            return try evaluateBuiltin(builtin, input)
        }
    }

    func materialize(_ value: QueryValue) throws(QueryError) -> JSONValue {
        switch value {
        case .value(let json):
            return json
        case .raw(let range):
            do {
                return try document!.value(of: range)
            } catch {
                throw .invalidJSON(error)
            }
        }
    }

    func typeName(_ value: QueryValue) -> String {
        switch value {
        case .value(let json): return json.typeName
        case .raw(let range): return document!.typeName(of: range)
        }
    }

    func isTruthy(_ value: QueryValue) throws(QueryError) -> Bool {
        switch value {
        case .value(let json):
            return json.isTruthy
        case .raw(let range):
            let first = document!.firstByte(of: range)
            return first != UInt8(ascii: "f") && first != UInt8(ascii: "n")
        }
    }

    private mutating func bounds(_ node: QueryNode?, _ input: QueryValue) throws(QueryError)
        -> [JSONValue]
    {
        guard let node else { return [.null] }
        var values: [JSONValue] = []
        for value in try evaluate(node, input) { values.append(try materialize(value)) }
        return values
    }
}
