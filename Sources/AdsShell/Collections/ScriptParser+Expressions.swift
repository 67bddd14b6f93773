extension ScriptParser {
    mutating func parseExpression() -> ScriptExpression {
        let expression = parseBinary(minimumPrecedence: 1)
        if let token = current, token.isPunctuator("?") {
            position += 1
            _ = parseExpression()
            if consume(":") { _ = parseExpression() }
            return .opaque
        }
        return expression
    }

    private mutating func parseBinary(minimumPrecedence: Int) -> ScriptExpression {
        var left = parseUnary()
        while let token = current, token.kind != .string, token.kind != .number,
            let precedence = Self.binaryPrecedence[token.text], precedence >= minimumPrecedence
        {
            position += 1
            let right = parseBinary(minimumPrecedence: precedence + 1)
            left = .binary(token.text, left, right)
        }
        return left
    }

    private mutating func parseUnary() -> ScriptExpression {
        guard let token = current else { return .opaque }
        depth += 1
        defer { depth -= 1 }
        if depth > Self.maximumDepth {
            skipToStatementEnd()
            return .opaque
        }
        if Self.prefixOperators.contains(token.text), token.kind != .string {
            position += 1
            let operand = parseUnary()
            return token.text == "++" || token.text == "--" ? .opaque : .unary(token.text, operand)
        }
        return parsePostfix(parsePrimary())
    }

    private mutating func parsePostfix(_ base: ScriptExpression) -> ScriptExpression {
        var expression = base
        while let token = current {
            if token.isPunctuator("?."), let next = peek(1),
                next.isPunctuator("[") || next.isPunctuator("(")
            {
                // Optional chaining before an index or a call, as in `list?.[0]`, reads like
                // the plain form because a missing value selects null either way.
                position += 1
            } else if token.isPunctuator(".") || token.isPunctuator("?.") {
                guard let name = peek(1), name.kind == .identifier else { break }
                position += 2
                expression = .member(expression, name.text)
            } else if token.isPunctuator("[") {
                position += 1
                let index = parseExpression()
                if !consume("]") { skipBalanced(until: "]") }
                expression = .index(expression, index)
            } else if token.isPunctuator("(") {
                position += 1
                expression = .call(expression, parseArguments())
            } else if (token.isPunctuator("++") || token.isPunctuator("--"))
                && !token.followsLineBreak
            {
                position += 1
                expression = .opaque
            } else {
                break
            }
        }
        return expression
    }

    private mutating func parsePrimary() -> ScriptExpression {
        guard let token = current else { return .opaque }
        switch token.kind {
        case .string:
            position += 1
            return .string(token.text)
        case .number:
            position += 1
            return .number(token.text)
        case .template:
            position += 1
            let inner = String(token.text.dropFirst().dropLast())
            return inner.contains("${") ? .opaque : .string(inner)
        case .identifier:
            return parseIdentifierExpression(token)
        case .punctuator:
            return parsePunctuatorExpression(token)
        }
    }

    private mutating func parseIdentifierExpression(_ token: ScriptToken) -> ScriptExpression {
        position += 1
        switch token.text {
        case "null", "undefined", "true", "false":
            return .keyword(token.text)
        case "function":
            if let name = current, name.kind == .identifier { position += 1 }
            if consume("(") { skipBalanced(until: ")") }
            return parseFunctionBody()
        case "new":
            _ = parsePostfix(parsePrimary())
            return .opaque
        default:
            if consume("=>") { return parseFunctionBody() }
            return .identifier(token.text)
        }
    }

    private mutating func parsePunctuatorExpression(_ token: ScriptToken) -> ScriptExpression {
        if token.isPunctuator("(") {
            position += 1
            if let closing = matchingParenthesis(), closing + 1 < tokens.count,
                tokens[closing + 1].isPunctuator("=>")
            {
                position = closing + 2
                return parseFunctionBody()
            }
            let inner = parseExpression()
            if consume(")") { return inner }
            skipBalanced(until: ")")
            return .opaque
        }
        if token.isPunctuator("{") || token.isPunctuator("[") {
            position += 1
            skipBalanced(until: token.text == "{" ? "}" : "]")
            return .opaque
        }
        return .opaque
    }

    /// Parses a function body after its parameters: a block, or one expression for an arrow
    /// function written without braces.
    private mutating func parseFunctionBody() -> ScriptExpression {
        if consume("{") {
            let body = parseStatements(closer: "}")
            consume("}")
            return .function(body)
        }
        let start = position
        let expression = parseExpression()
        let statement = ScriptStatement(
            kind: .expression(expression), text: joinedText(from: start, to: position))
        return .function([statement])
    }

    private mutating func parseArguments() -> [ScriptExpression] {
        var arguments: [ScriptExpression] = []
        while let token = current, !token.isPunctuator(")") {
            let before = position
            arguments.append(parseExpression())
            if consume(",") { continue }
            if current?.isPunctuator(")") == true { break }
            if position == before { position += 1 }
            skipBalanced(until: ")")
            return arguments + [.opaque]
        }
        consume(")")
        return arguments
    }

    // MARK: Token helpers

    var current: ScriptToken? {
        position < tokens.count ? tokens[position] : nil
    }

    func peek(_ offset: Int) -> ScriptToken? {
        position + offset < tokens.count ? tokens[position + offset] : nil
    }

    /// Consumes the punctuator `symbol` if it is next and reports whether it was.
    @discardableResult
    mutating func consume(_ symbol: String) -> Bool {
        guard let token = current, token.isPunctuator(symbol) else { return false }
        position += 1
        return true
    }

    /// Skips tokens up to and including the `closer` that balances an opener already consumed.
    mutating func skipBalanced(until closer: String) {
        var nesting = 0
        while let token = current {
            position += 1
            if token.isPunctuator("(") || token.isPunctuator("[") || token.isPunctuator("{") {
                nesting += 1
            } else if token.isPunctuator(")") || token.isPunctuator("]")
                || token.isPunctuator("}")
            {
                if nesting == 0 { return }
                nesting -= 1
            }
        }
    }

    /// Returns the index of the `)` that closes the `(` at the current position.
    private func matchingParenthesis() -> Int? {
        var nesting = 0
        for index in position..<tokens.count {
            let token = tokens[index]
            if token.isPunctuator("(") || token.isPunctuator("[") || token.isPunctuator("{") {
                nesting += 1
            } else if token.isPunctuator(")") || token.isPunctuator("]")
                || token.isPunctuator("}")
            {
                nesting -= 1
                if nesting == 0 { return token.isPunctuator(")") ? index : nil }
            }
        }
        return nil
    }

    /// Joins the source text of the tokens in `start..<end` into one line, with one space
    /// where the source had whitespace or a comment.
    func joinedText(from start: Int, to end: Int) -> String {
        var text = ""
        for index in start..<min(end, tokens.count) {
            let token = tokens[index]
            if index > start, token.followsSpace { text += " " }
            if token.kind == .template {
                // A line break inside a template literal means the same as `\n` there.
                for character in token.sourceText {
                    text += character.isNewline ? "\\n" : String(character)
                }
            } else {
                text += token.sourceText
            }
        }
        return text
    }
}
