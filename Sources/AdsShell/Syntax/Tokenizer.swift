/// A command line split into words, with the optional `| QUERY` and `> FILE` endings.
public struct TokenizedLine: Sendable, Equatable {
    public var words: [Word]
    /// The text after an unquoted `|`, trimmed: a query applied to the response.
    public var query: String?
    /// One-based column of the query's first character.
    public var queryColumn: Int?
    /// The word after an unquoted `>`: a file that receives the response body.
    public var redirect: Word?

    public init(words: [Word], query: String? = nil, queryColumn: Int? = nil, redirect: Word? = nil)
    {
        self.words = words
        self.query = query
        self.queryColumn = queryColumn
        self.redirect = redirect
    }
}

/// Splits a command line into words.
///
/// The rules, close to a POSIX shell's so they need no learning:
/// - Words are separated by spaces, tabs and newlines.
/// - `'…'` keeps text exactly, templates included; `"…"` allows `\"`, `\\`, `\n`, `\t` and
///   `\{` escapes and expands templates; outside quotes a backslash makes the next character
///   plain.
/// - `{{name}}` is a template. A word that starts with `{` or `[` (and not `{{`) is a JSON body
///   read to its matching bracket, with JSON strings respected, so it needs no quotes.
/// - An unquoted `#` at the start of a word starts a comment; an unquoted `|` starts the
///   query, which runs to the end of the line; an unquoted `>` takes the next word as the
///   output file.
public struct Tokenizer {
    private let characters: [Character]
    private var position = 0

    private init(_ line: String) {
        characters = Array(line)
    }

    /// Splits `line` into words.
    /// - Throws: `TokenizerError` naming the column of the first problem.
    public static func tokenize(_ line: String) throws(TokenizerError) -> TokenizedLine {
        var tokenizer = Tokenizer(line)
        return try tokenizer.run()
    }

    /// Whether `text` is an unfinished command that more lines could complete: a JSON body
    /// whose brackets are not yet balanced. An open quote is an error instead, so one typo
    /// cannot swallow the lines after it.
    public static func needsContinuation(_ text: String) -> Bool {
        do {
            _ = try tokenize(text)
            return false
        } catch {
            return error.isIncomplete
        }
    }

    private var column: Int { position + 1 }

    private func isSpace(_ character: Character) -> Bool {
        character == " " || character == "\t" || character == "\n" || character == "\r"
            || character == "\r\n"
    }

    private mutating func run() throws(TokenizerError) -> TokenizedLine {
        var line = TokenizedLine(words: [])
        var expectingRedirect = false
        while true {
            while position < characters.count && isSpace(characters[position]) { position += 1 }
            guard position < characters.count else { break }
            let character = characters[position]
            if character == "#" {
                break
            }
            if character == "|" {
                position += 1
                while position < characters.count && isSpace(characters[position]) {
                    position += 1
                }
                line.queryColumn = column
                let text = String(characters[position...])
                line.query = text.trimmingTrailingSpaces()
                break
            }
            if character == ">" && !expectingRedirect {
                expectingRedirect = true
                position += 1
                continue
            }
            let word = try readWord()
            if expectingRedirect {
                line.redirect = word
                expectingRedirect = false
            } else {
                line.words.append(word)
            }
        }
        return line
    }

    private mutating func readWord() throws(TokenizerError) -> Word {
        let start = position
        let first = characters[position]
        let startsTemplate =
            first == "{" && position + 1 < characters.count && characters[position + 1] == "{"
        if (first == "{" || first == "[") && !startsTemplate {
            return try readJSON()
        }
        var parts = PartsBuilder()
        var isQuoted = false
        while position < characters.count && !isSpace(characters[position]) {
            let character = characters[position]
            switch character {
            case "'":
                isQuoted = true
                try readSingleQuoted(into: &parts)
            case "\"":
                isQuoted = true
                try readDoubleQuoted(into: &parts)
            case "\\":
                guard position + 1 < characters.count else {
                    throw .danglingEscape(column: column)
                }
                isQuoted = true
                parts.appendLiteral(characters[position + 1])
                position += 2
            case "{" where position + 1 < characters.count && characters[position + 1] == "{":
                try readTemplate(into: &parts, inJSONString: false)
            default:
                parts.appendLiteral(character)
                position += 1
            }
        }
        return Word(
            parts: parts.finish(), source: String(characters[start..<position]),
            column: start + 1, isQuoted: isQuoted)
    }

    private mutating func readSingleQuoted(into parts: inout PartsBuilder) throws(TokenizerError) {
        let open = column
        position += 1
        parts.markQuoted()
        while position < characters.count && characters[position] != "'" {
            parts.appendLiteral(characters[position])
            position += 1
        }
        guard position < characters.count else { throw .unterminatedSingleQuote(column: open) }
        position += 1
    }

    private mutating func readDoubleQuoted(into parts: inout PartsBuilder) throws(TokenizerError) {
        let open = column
        position += 1
        parts.markQuoted()
        while position < characters.count {
            let character = characters[position]
            switch character {
            case "\"":
                position += 1
                return
            case "\\" where position + 1 < characters.count:
                let next = characters[position + 1]
                switch next {
                case "n": parts.appendLiteral("\n")
                case "t": parts.appendLiteral("\t")
                case "\"", "\\", "{", "}": parts.appendLiteral(next)
                default:
                    parts.appendLiteral("\\")
                    parts.appendLiteral(next)
                }
                position += 2
            case "{" where position + 1 < characters.count && characters[position + 1] == "{":
                try readTemplate(into: &parts, inJSONString: false)
            default:
                parts.appendLiteral(character)
                position += 1
            }
        }
        throw .unterminatedDoubleQuote(column: open)
    }

    /// Reads `{{name}}` starting at the current position. The name may hold spaces, dots and
    /// brackets (`{{response.body .campaigns[0].campaignId}}`), but no braces.
    private mutating func readTemplate(into parts: inout PartsBuilder, inJSONString: Bool)
        throws(TokenizerError)
    {
        let open = column
        var index = position + 2
        var name = ""
        while index < characters.count {
            let character = characters[index]
            if character == "}" && index + 1 < characters.count && characters[index + 1] == "}" {
                let trimmed = name.trimmingSpaces()
                guard !trimmed.isEmpty else { throw .emptyTemplate(column: open) }
                parts.appendTemplate(trimmed, inJSONString: inJSONString)
                position = index + 2
                return
            }
            if character == "{" || character == "}" || character == "\n" {
                break
            }
            name.append(character)
            index += 1
        }
        throw .unterminatedTemplate(column: open)
    }

    /// Reads a JSON body to its matching bracket. Brackets inside JSON strings do not count,
    /// and `{{name}}` templates are recognised both inside and outside strings.
    private mutating func readJSON() throws(TokenizerError) -> Word {
        let start = position
        var parts = PartsBuilder()
        var stack: [Character] = []
        var inString = false
        while position < characters.count {
            let character = characters[position]
            if character == "{" && position + 1 < characters.count
                && characters[position + 1] == "{"
            {
                try readTemplate(into: &parts, inJSONString: inString)
                continue
            }
            parts.appendLiteral(character)
            position += 1
            if inString {
                if character == "\\" && position < characters.count {
                    parts.appendLiteral(characters[position])
                    position += 1
                } else if character == "\"" {
                    inString = false
                }
                continue
            }
            switch character {
            case "\"":
                inString = true
            case "{", "[":
                stack.append(character)
            case "}", "]":
                let expected: Character = character == "}" ? "{" : "["
                guard stack.last == expected else {
                    throw .unexpectedClosingBracket(character, column: position)
                }
                stack.removeLast()
            default:
                break
            }
            if stack.isEmpty {
                if position < characters.count && !isSpace(characters[position]) {
                    throw .textAfterJSON(column: column)
                }
                return Word(
                    parts: parts.finish(), source: String(characters[start..<position]),
                    column: start + 1, isQuoted: true, isJSON: true)
            }
        }
        throw .unterminatedJSON(column: start + 1)
    }
}

/// Collects literal characters and templates into word parts, merging adjacent literals.
private struct PartsBuilder {
    private var parts: [WordPart] = []
    private var literal = ""
    private var sawQuote = false

    mutating func appendLiteral(_ character: Character) {
        literal.append(character)
    }

    mutating func markQuoted() {
        sawQuote = true
    }

    mutating func appendTemplate(_ name: String, inJSONString: Bool) {
        if !literal.isEmpty {
            parts.append(.literal(literal))
            literal = ""
        }
        parts.append(.template(name, inJSONString: inJSONString))
    }

    mutating func finish() -> [WordPart] {
        if !literal.isEmpty || parts.isEmpty {
            parts.append(.literal(literal))
        }
        return parts
    }
}

extension String {
    func trimmingSpaces() -> String {
        var scalars = Substring(self)
        while let first = scalars.first, first == " " || first == "\t" { scalars.removeFirst() }
        return String(scalars).trimmingTrailingSpaces()
    }

    func trimmingTrailingSpaces() -> String {
        var text = Substring(self)
        // "\r\n" is a single Character, so it is listed on its own.
        while let last = text.last,
            last == " " || last == "\t" || last == "\n" || last == "\r" || last == "\r\n"
        {
            text.removeLast()
        }
        return String(text)
    }
}
