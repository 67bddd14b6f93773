/// Splits query text into tokens, reporting errors with one-based columns.
struct QueryLexer {
    private let scalars: [Unicode.Scalar]
    private var position = 0

    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
    }

    /// Returns all tokens, ending with `.end`.
    static func tokenize(_ text: String) throws(QueryError) -> [QueryToken] {
        var lexer = QueryLexer(text)
        var tokens: [QueryToken] = []
        while true {
            let token = try lexer.nextToken()
            tokens.append(token)
            if token.kind == .end { return tokens }
        }
    }

    private func peek(_ offset: Int = 0) -> Unicode.Scalar? {
        position + offset < scalars.count ? scalars[position + offset] : nil
    }

    private func syntaxError(
        _ message: String, at index: Int, hint: String? = nil
    ) -> QueryError {
        let text = "\(message) at column \(index + 1)" + (hint.map { "; \($0)" } ?? "")
        return .syntax(message: text, column: index + 1)
    }

    private static func isIdentifierStart(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "_" || ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }

    private static func isIdentifierPart(_ scalar: Unicode.Scalar) -> Bool {
        isIdentifierStart(scalar) || ("0"..."9").contains(scalar)
    }

    private mutating func nextToken() throws(QueryError) -> QueryToken {
        while let scalar = peek(),
            scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r"
        {
            position += 1
        }
        let start = position
        func token(_ kind: QueryToken.Kind, length: Int = 1) -> QueryToken {
            position = start + length
            return QueryToken(kind: kind, column: start + 1)
        }
        guard let scalar = peek() else { return token(.end, length: 0) }
        switch scalar {
        case ".":
            if let next = peek(1), Self.isIdentifierStart(next) {
                position += 1
                return QueryToken(kind: .field(readIdentifier()), column: start + 1)
            }
            if peek(1) == "." {
                throw syntaxError("recursive descent '..' is not supported", at: start)
            }
            return token(.dot)
        case "|": return token(.pipe)
        case ",": return token(.comma)
        case ":": return token(.colon)
        case "-": return token(.minus)
        case "[": return token(.leftBracket)
        case "]": return token(.rightBracket)
        case "(": return token(.leftParenthesis)
        case ")": return token(.rightParenthesis)
        case "=", "!":
            guard peek(1) == "=" else {
                let hint = scalar == "=" ? "use '==' to compare" : "use 'not' to negate"
                throw syntaxError("unexpected '\(scalar)'", at: start, hint: hint)
            }
            return token(.comparison(scalar == "=" ? .equal : .notEqual), length: 2)
        case "<", ">":
            let orEqual = peek(1) == "="
            let operation: ComparisonOperator =
                scalar == "<"
                ? (orEqual ? .lessOrEqual : .less) : (orEqual ? .greaterOrEqual : .greater)
            return token(.comparison(operation), length: orEqual ? 2 : 1)
        case "\"":
            return QueryToken(kind: .string(try readString()), column: start + 1)
        case "0"..."9":
            return QueryToken(kind: .number(try readNumber()), column: start + 1)
        default:
            if Self.isIdentifierStart(scalar) {
                return QueryToken(kind: .identifier(readIdentifier()), column: start + 1)
            }
            let hint =
                scalar.properties.isAlphabetic
                ? "quote names that are not ASCII, as in .\"\(scalar)\"" : nil
            throw syntaxError(
                "unexpected '\(scalar.escaped(asASCII: false))'", at: start, hint: hint)
        }
    }

    private mutating func readIdentifier() -> String {
        var name = String.UnicodeScalarView()
        while let scalar = peek(), Self.isIdentifierPart(scalar) {
            name.append(scalar)
            position += 1
        }
        return String(name)
    }

    private mutating func readNumber() throws(QueryError) -> String {
        let start = position
        while let scalar = peek(), ("0"..."9").contains(scalar) { position += 1 }
        // The number's text is output as it is, so it must be a valid JSON number.
        if position - start > 1 && scalars[start] == "0" {
            throw syntaxError(
                "invalid number: leading zero", at: start,
                hint: "write the number without leading zeros")
        }
        if peek() == ".", let next = peek(1), ("0"..."9").contains(next) {
            position += 1
            while let scalar = peek(), ("0"..."9").contains(scalar) { position += 1 }
        }
        if peek() == "e" || peek() == "E" {
            position += 1
            if peek() == "+" || peek() == "-" { position += 1 }
            guard let digit = peek(), ("0"..."9").contains(digit) else {
                throw syntaxError("invalid number: expected a digit in the exponent", at: position)
            }
            while let scalar = peek(), ("0"..."9").contains(scalar) { position += 1 }
        }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars[start..<position])
        return String(text)
    }

    /// Reads a double-quoted string with JSON escapes; the opening quote is at `position`.
    private mutating func readString() throws(QueryError) -> String {
        let start = position
        position += 1
        var text = String.UnicodeScalarView()
        while true {
            guard let scalar = peek() else {
                throw syntaxError("unterminated string", at: start, hint: "add the closing '\"'")
            }
            position += 1
            if scalar == "\"" { return String(text) }
            guard scalar == "\\" else {
                text.append(scalar)
                continue
            }
            guard let escape = peek() else {
                throw syntaxError("unterminated string", at: start, hint: "add the closing '\"'")
            }
            position += 1
            switch escape {
            case "\"", "\\", "/": text.append(escape)
            case "b": text.append("\u{08}")
            case "f": text.append("\u{0C}")
            case "n": text.append("\n")
            case "r": text.append("\r")
            case "t": text.append("\t")
            case "u": text.append(try readUnicodeEscape())
            case "(":
                throw syntaxError("string interpolation '\\(' is not supported", at: position - 2)
            default:
                throw syntaxError("invalid escape '\\\(escape)' in a string", at: position - 2)
            }
        }
    }

    private mutating func readUnicodeEscape() throws(QueryError) -> Unicode.Scalar {
        let escapeStart = position - 2
        func readHex() throws(QueryError) -> UInt32 {
            var value: UInt32 = 0
            for _ in 0..<4 {
                guard let scalar = peek(), scalar.isASCII,
                    let digit = UInt32(String(scalar), radix: 16)
                else {
                    throw syntaxError("invalid \\u escape; expected 4 hex digits", at: escapeStart)
                }
                value = value * 16 + digit
                position += 1
            }
            return value
        }
        let high = try readHex()
        if (0xD800..<0xDC00).contains(high), peek() == "\\", peek(1) == "u" {
            position += 2
            let low = try readHex()
            if (0xDC00..<0xE000).contains(low),
                let scalar = Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
            {
                return scalar
            }
        }
        guard let scalar = Unicode.Scalar(high) else {
            throw syntaxError("unpaired UTF-16 surrogate in a \\u escape", at: escapeStart)
        }
        return scalar
    }
}
