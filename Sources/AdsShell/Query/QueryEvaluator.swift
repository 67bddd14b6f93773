/// Runs a parsed query on one input, calling `emit` with each output in order.
///
/// With a `document`, inputs may be `.raw` byte ranges: paths, iteration and `select` then work
/// on the bytes, and only values that a filter must inspect are built.
struct QueryEvaluator: Sendable {
    typealias Emit = (QueryValue) throws(QueryError) -> Void

    let document: JSONDocument?

    func evaluate(_ node: QueryNode, _ input: QueryValue, _ emit: Emit) throws(QueryError) {
        switch node {
        case .identity:
            try emit(input)
        case .field(let base, let name):
            try evaluate(base, input) { (value: QueryValue) throws(QueryError) in
                try emit(try field(value, name))
            }
        case .subscripted(let base, let indexNode):
            try evaluate(base, input) { (value: QueryValue) throws(QueryError) in
                try evaluate(indexNode, input) { (index: QueryValue) throws(QueryError) in
                    try emit(try subscripted(value, by: try materialize(index)))
                }
            }
        case .slice(let base, let from, let to):
            try evaluate(base, input) { (value: QueryValue) throws(QueryError) in
                for lower in try bounds(from, input) {
                    for upper in try bounds(to, input) {
                        try emit(.value(try slice(try materialize(value), lower, upper)))
                    }
                }
            }
        case .iterate(let base):
            try evaluate(base, input) { (value: QueryValue) throws(QueryError) in
                try iterate(value, emit)
            }
        case .pipe(let left, let right):
            try evaluate(left, input) { (value: QueryValue) throws(QueryError) in
                try evaluate(right, value, emit)
            }
        case .comma(let left, let right):
            try evaluate(left, input, emit)
            try evaluate(right, input, emit)
        case .literal(let value):
            try emit(.value(value))
        case .compare(let left, let operation, let right):
            try evaluate(left, input) { (lhs: QueryValue) throws(QueryError) in
                try evaluate(right, input) { (rhs: QueryValue) throws(QueryError) in
                    try emit(.value(.bool(operation.holds(for: try compare(lhs, rhs)))))
                }
            }
        case .and(let left, let right), .or(let left, let right):
            let isAnd: Bool
            if case .and = node { isAnd = true } else { isAnd = false }
            try evaluate(left, input) { (lhs: QueryValue) throws(QueryError) in
                // `false and X` and `true or X` decide without running X.
                if try isTruthy(lhs) != isAnd {
                    try emit(.value(.bool(!isAnd)))
                    return
                }
                try evaluate(right, input) { (rhs: QueryValue) throws(QueryError) in
                    try emit(.value(.bool(try isTruthy(rhs))))
                }
            }
        case .collect(let inner):
            var elements: [JSONValue] = []
            if let inner {
                try evaluate(inner, input) { (value: QueryValue) throws(QueryError) in
                    elements.append(try materialize(value))
                }
            }
            try emit(.value(.array(elements)))
        case .select(let condition):
            try evaluate(condition, input) { (value: QueryValue) throws(QueryError) in
                if try isTruthy(value) { try emit(input) }
            }
        case .map(let transform):
            try evaluate(.collect(.pipe(.iterate(.identity), transform)), input, emit)
        case .builtin(let builtin):
            try evaluateBuiltin(builtin, input, emit)
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

    private func bounds(_ node: QueryNode?, _ input: QueryValue) throws(QueryError) -> [JSONValue] {
        guard let node else { return [.null] }
        var values: [JSONValue] = []
        try evaluate(node, input) { (value: QueryValue) throws(QueryError) in
            values.append(try materialize(value))
        }
        return values
    }
}
