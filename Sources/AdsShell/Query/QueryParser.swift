/// A recursive-descent parser from query tokens to a `QueryNode` tree.
///
/// Precedence, lowest first: `|`, `,`, `or`, `and`, comparisons, then postfix paths.
///
/// Parsing, evaluating and freeing a query all recurse over its tree, so the tree is limited
/// to `maximumDepth` levels and bracket nesting to the same number, and a hostile query raises
/// a syntax error instead of exhausting the stack.
struct QueryParser {
    static let maximumDepth = 256

    private let tokens: [QueryToken]
    private var position = 0
    /// Calls of `parsePipe` in progress: one per open bracket, parenthesis or `|`.
    private var nesting = 0

    static func parse(_ text: String) throws(QueryError) -> QueryNode {
        var parser = QueryParser(tokens: try QueryLexer.tokenize(text))
        if parser.current.kind == .end {
            throw QueryError.syntax(
                message: "empty query; use '.' for the whole document", column: 1)
        }
        let node = try parser.parsePipe()
        guard parser.current.kind == .end else { throw parser.unexpected() }
        return node
    }

    private init(tokens: [QueryToken]) {
        self.tokens = tokens
    }

    private var current: QueryToken { tokens[position] }

    private mutating func advance() {
        if position < tokens.count - 1 { position += 1 }
    }

    private func unexpected(expected: String? = nil) -> QueryError {
        let message = "unexpected \(current.quotedText) at column \(current.column)"
        return .syntax(
            message: expected.map { "\(message); expected \($0)" } ?? message,
            column: current.column)
    }

    private mutating func expect(_ kind: QueryToken.Kind, _ text: String) throws(QueryError) {
        guard current.kind == kind else { throw unexpected(expected: text) }
        advance()
    }

    /// Returns `node` when its tree is at most `maximumDepth` levels deep.
    private func limitingDepth(_ node: QueryNode) throws(QueryError) -> QueryNode {
        guard node.depth <= Self.maximumDepth else { throw tooDeep() }
        return node
    }

    private func tooDeep() -> QueryError {
        .syntax(
            message: "query nested deeper than \(Self.maximumDepth) levels at column "
                + "\(current.column); split it into several queries",
            column: current.column)
    }

    private mutating func parsePipe() throws(QueryError) -> QueryNode {
        nesting += 1
        defer { nesting -= 1 }
        guard nesting <= Self.maximumDepth else { throw tooDeep() }
        let left = try parseComma()
        guard current.kind == .pipe else { return left }
        advance()
        return try limitingDepth(.pipe(left, try parsePipe()))
    }

    private mutating func parseComma() throws(QueryError) -> QueryNode {
        var node = try parseOr()
        while current.kind == .comma {
            advance()
            node = try limitingDepth(.comma(node, try parseOr()))
        }
        return node
    }

    private mutating func parseOr() throws(QueryError) -> QueryNode {
        var node = try parseAnd()
        while current.kind == .identifier("or") {
            advance()
            node = try limitingDepth(.or(node, try parseAnd()))
        }
        return node
    }

    private mutating func parseAnd() throws(QueryError) -> QueryNode {
        var node = try parseComparison()
        while current.kind == .identifier("and") {
            advance()
            node = try limitingDepth(.and(node, try parseComparison()))
        }
        return node
    }

    private mutating func parseComparison() throws(QueryError) -> QueryNode {
        let left = try parsePostfix()
        guard case .comparison(let operation) = current.kind else { return left }
        advance()
        let right = try parsePostfix()
        if case .comparison = current.kind {
            throw unexpected(expected: "parentheses around a chained comparison")
        }
        return try limitingDepth(.compare(left, operation, right))
    }

    private mutating func parsePostfix() throws(QueryError) -> QueryNode {
        var node = try parsePrimary()
        while true {
            node = try limitingDepth(node)
            switch current.kind {
            case .field(let name):
                advance()
                node = .field(node, name)
            case .dot:
                advance()
                if case .string(let name) = current.kind {
                    advance()
                    node = .field(node, name)
                } else if current.kind == .leftBracket {
                    node = try parseBracket(after: node)
                } else {
                    throw unexpected(expected: "a field name, a string or '[' after '.'")
                }
            case .leftBracket:
                node = try parseBracket(after: node)
            default:
                return node
            }
        }
    }

    /// Parses `[]`, `[INDEX]` or `[FROM:TO]`, starting at the current `[` token.
    private mutating func parseBracket(after base: QueryNode) throws(QueryError) -> QueryNode {
        advance()
        if current.kind == .rightBracket {
            advance()
            return .iterate(base)
        }
        var from: QueryNode?
        if current.kind != .colon { from = try parsePipe() }
        if current.kind == .colon {
            advance()
            var to: QueryNode?
            if current.kind != .rightBracket { to = try parsePipe() }
            try expect(.rightBracket, "']' to close the slice")
            return .slice(base, from, to)
        }
        try expect(.rightBracket, "']'")
        guard let from else { throw unexpected(expected: "an index") }
        if case .literal(.string(let name)) = from { return .field(base, name) }
        return .subscripted(base, from)
    }

    private mutating func parsePrimary() throws(QueryError) -> QueryNode {
        let token = current
        switch token.kind {
        case .dot:
            advance()
            if case .string(let name) = current.kind {
                advance()
                return .field(.identity, name)
            }
            if current.kind == .leftBracket { return try parseBracket(after: .identity) }
            return .identity
        case .field(let name):
            advance()
            return .field(.identity, name)
        case .string(let text):
            advance()
            return .literal(.string(text))
        case .number(let text):
            advance()
            return .literal(.number(text))
        case .minus:
            advance()
            guard case .number(let text) = current.kind else {
                throw unexpected(expected: "a number after '-' (arithmetic is not supported)")
            }
            advance()
            return .literal(.number("-" + text))
        case .leftParenthesis:
            advance()
            let node = try parsePipe()
            try expect(.rightParenthesis, "')'")
            return node
        case .leftBracket:
            advance()
            if current.kind == .rightBracket {
                advance()
                return .collect(nil)
            }
            let node = try parsePipe()
            try expect(.rightBracket, "']'")
            return .collect(node)
        case .identifier(let name):
            advance()
            return try parseIdentifier(name, column: token.column)
        default:
            throw unexpected(expected: "a filter such as '.', '.name' or a literal")
        }
    }

    private mutating func parseIdentifier(
        _ name: String, column: Int
    ) throws(QueryError) -> QueryNode {
        switch name {
        case "true": return .literal(.bool(true))
        case "false": return .literal(.bool(false))
        case "null": return .literal(.null)
        case "select", "map":
            try expect(.leftParenthesis, "'(' after '\(name)'")
            let argument = try parsePipe()
            try expect(.rightParenthesis, "')' to close '\(name)('")
            return name == "select" ? .select(argument) : .map(argument)
        default:
            if let builtin = QueryBuiltin(rawValue: name) { return .builtin(builtin) }
            let known = (["select", "map"] + QueryBuiltin.allCases.map(\.rawValue)).joined(
                separator: ", ")
            throw QueryError.syntax(
                message:
                    "unknown function '\(name)' at column \(column); known functions: \(known)",
                column: column)
        }
    }
}
