/// One lexical token of a query, with the column where it starts.
struct QueryToken: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        /// `.` on its own: the identity, or the start of `."name"` and `.[…]`.
        case dot
        /// `.name` written as one token.
        case field(String)
        case identifier(String)
        case string(String)
        case number(String)
        /// `==`, `!=`, `<`, `<=`, `>` or `>=`.
        case comparison(ComparisonOperator)
        case pipe, comma, colon, minus
        case leftBracket, rightBracket, leftParenthesis, rightParenthesis
        case end
    }

    var kind: Kind
    /// One-based column, counted in Unicode scalars.
    var column: Int

    /// The token as the user wrote it, quoted for messages.
    var quotedText: String {
        switch kind {
        case .dot: return "'.'"
        case .field(let name): return "'.\(name)'"
        case .identifier(let name): return "'\(name)'"
        case .string(let text): return "string \(JSONValue.quoted(text))"
        case .number(let text): return "number \(text)"
        case .comparison(let operation): return "'\(operation.rawValue)'"
        case .pipe: return "'|'"
        case .comma: return "','"
        case .colon: return "':'"
        case .minus: return "'-'"
        case .leftBracket: return "'['"
        case .rightBracket: return "']'"
        case .leftParenthesis: return "'('"
        case .rightParenthesis: return "')'"
        case .end: return "end of query"
        }
    }
}

/// A comparison between two values, in jq's order of types and values.
enum ComparisonOperator: String, Sendable, Equatable {
    case equal = "=="
    case notEqual = "!="
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="

    /// Applies the operator to the result of a three-way comparison.
    func holds(for order: Int) -> Bool {
        switch self {
        case .equal: return order == 0
        case .notEqual: return order != 0
        case .less: return order < 0
        case .lessOrEqual: return order <= 0
        case .greater: return order > 0
        case .greaterOrEqual: return order >= 0
        }
    }
}
