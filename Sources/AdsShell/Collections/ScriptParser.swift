/// A forgiving parser that turns Postman script tokens into statements.
///
/// It reads the statement forms that capture scripts use (declarations, assignments, calls,
/// `if`/`else` and blocks). Everything else, including code that fails to parse, becomes an
/// `.other` statement that keeps its source text, so the parser never fails and always makes
/// progress.
struct ScriptParser {
    /// The deepest nesting of blocks and expressions that is parsed. Deeper code is kept
    /// as an opaque expression so hostile input cannot exhaust the stack.
    static let maximumDepth = 100

    static let binaryPrecedence: [String: Int] = [
        "??": 1, "||": 2, "&&": 3, "|": 4, "^": 5, "&": 6,
        "==": 7, "!=": 7, "===": 7, "!==": 7,
        "<": 8, ">": 8, "<=": 8, ">=": 8, "instanceof": 8, "in": 8,
        "<<": 9, ">>": 9, ">>>": 9, "+": 10, "-": 10, "*": 11, "/": 11, "%": 11, "**": 12,
    ]
    static let prefixOperators: Set<String> = [
        "!", "-", "+", "~", "typeof", "void", "delete", "await", "++", "--",
    ]
    private static let skippedKeywords: Set<String> = [
        "for", "while", "do", "switch", "try", "function", "return", "throw", "break",
        "continue", "class", "async",
    ]
    private static let continuationKeywords: Set<String> = ["else", "catch", "finally", "while"]

    let tokens: [ScriptToken]
    var position = 0
    var depth = 0

    private init(tokens: [ScriptToken]) {
        self.tokens = tokens
    }

    /// Parses the whole script into top-level statements.
    static func parse(_ source: String) -> [ScriptStatement] {
        var parser = ScriptParser(tokens: ScriptTokenizer.tokenize(source))
        return parser.parseStatements(closer: nil)
    }

    // MARK: Statements

    mutating func parseStatements(closer: String?) -> [ScriptStatement] {
        var statements: [ScriptStatement] = []
        while let token = current {
            if token.isPunctuator(";") {
                position += 1
                continue
            }
            if let closer, token.isPunctuator(closer) { break }
            let before = position
            let statement = parseStatement()
            if position == before {
                // A token that starts no statement, such as a stray `}` at the top level.
                position += 1
                statements.append(ScriptStatement(kind: .other, text: token.sourceText))
            } else {
                statements.append(statement)
            }
        }
        return statements
    }

    private mutating func parseStatement() -> ScriptStatement {
        let start = position
        depth += 1
        defer { depth -= 1 }
        let kind: ScriptStatement.Kind
        if depth > Self.maximumDepth {
            skipToStatementEnd()
            kind = .other
        } else {
            kind = parseStatementKind()
        }
        return ScriptStatement(kind: kind, text: joinedText(from: start, to: position))
    }

    private mutating func parseStatementKind() -> ScriptStatement.Kind {
        guard let token = current else { return .other }
        if token.isPunctuator("{") {
            position += 1
            let body = parseStatements(closer: "}")
            consume("}")
            return .block(body)
        }
        if token.isIdentifier("if") {
            return parseConditional()
        }
        if token.isIdentifier("var") || token.isIdentifier("let") || token.isIdentifier("const") {
            return parseDeclaration()
        }
        if token.kind == .identifier, Self.skippedKeywords.contains(token.text) {
            skipToStatementEnd()
            return .other
        }
        let expression = parseExpression()
        if let next = current, next.isPunctuator("=") {
            position += 1
            let value = parseExpression()
            guard finishStatement(), case .identifier(let name) = expression else { return .other }
            return .assignment(name, value)
        }
        return finishStatement() ? .expression(expression) : .other
    }

    private mutating func parseConditional() -> ScriptStatement.Kind {
        position += 1
        guard consume("(") else {
            skipToStatementEnd()
            return .other
        }
        var condition = parseExpression()
        if !consume(")") {
            skipBalanced(until: ")")
            condition = .opaque
        }
        let thenBranch = parseBranch()
        var elseBranch: [ScriptStatement] = []
        if let token = current, token.isIdentifier("else") {
            position += 1
            elseBranch = parseBranch()
        }
        return .conditional(condition, thenBranch, elseBranch)
    }

    private mutating func parseBranch() -> [ScriptStatement] {
        let statement = parseStatement()
        if case .block(let body) = statement.kind { return body }
        return [statement]
    }

    private mutating func parseDeclaration() -> ScriptStatement.Kind {
        position += 1
        guard let nameToken = current, nameToken.kind == .identifier else {
            skipToStatementEnd()
            return .other
        }
        position += 1
        var initializer: ScriptExpression?
        if consume("=") {
            initializer = parseExpression()
        }
        if let token = current, token.isPunctuator(",") {
            skipToStatementEnd()
            return .other
        }
        return finishStatement() ? .declaration(nameToken.text, initializer) : .other
    }

    /// Consumes an optional `;` and reports whether the statement ended where JavaScript
    /// ends one: at `;`, `}`, the end of the script or a line break. Otherwise it skips the
    /// rest of the statement and returns false.
    private mutating func finishStatement() -> Bool {
        guard let token = current else { return true }
        if consume(";") || token.isPunctuator("}") || token.followsLineBreak { return true }
        skipToStatementEnd()
        return false
    }

    /// Skips tokens up to the end of the current statement, keeping brackets balanced.
    mutating func skipToStatementEnd() {
        var nesting = 0
        var first = true
        while let token = current {
            if nesting == 0, !first {
                if token.isPunctuator(";") {
                    position += 1
                    return
                }
                if token.isPunctuator("}") || token.isPunctuator(")") || token.isPunctuator("]") {
                    return
                }
                if token.followsLineBreak, startsStatement(token), !previousContinues() {
                    return
                }
            }
            if token.isPunctuator("{") || token.isPunctuator("(") || token.isPunctuator("[") {
                nesting += 1
            } else if token.isPunctuator("}") || token.isPunctuator(")")
                || token.isPunctuator("]")
            {
                nesting -= 1
            }
            first = false
            position += 1
        }
    }

    private func startsStatement(_ token: ScriptToken) -> Bool {
        switch token.kind {
        case .identifier:
            return !Self.continuationKeywords.contains(token.text)
        case .string, .template, .number:
            return true
        case .punctuator:
            return false
        }
    }

    private func previousContinues() -> Bool {
        guard position > 0 else { return false }
        let previous = tokens[position - 1]
        guard previous.kind == .punctuator else { return false }
        return !(previous.text == ")" || previous.text == "]" || previous.text == "}")
    }
}
