/// One piece of a word: literal text, or a `{{name}}` template expanded when the command runs.
public enum WordPart: Sendable, Equatable {
    case literal(String)
    /// A template's name as written between the braces, trimmed. `inJSONString` is true when
    /// the template sits inside a string literal of a JSON body, so its value must be escaped.
    case template(String, inJSONString: Bool)
}

/// A word of a command line after quotes and escapes are removed.
public struct Word: Sendable, Equatable {
    public var parts: [WordPart]
    /// The word's source text, exactly as typed (quotes, escapes and templates included).
    public var source: String
    /// One-based column of the word's first character.
    public var column: Int
    /// Whether any part of the word was quoted or escaped, so `-H` or `|` in it is plain text.
    public var isQuoted: Bool
    /// Whether the word is a JSON body read up to its matching bracket.
    public var isJSON: Bool

    public init(
        parts: [WordPart], source: String, column: Int, isQuoted: Bool = false,
        isJSON: Bool = false
    ) {
        self.parts = parts
        self.source = source
        self.column = column
        self.isQuoted = isQuoted
        self.isJSON = isJSON
    }

    /// A word made of literal text only, for tests and for commands built in code.
    public static func literal(_ text: String, column: Int = 1) -> Word {
        Word(parts: [.literal(text)], source: text, column: column)
    }

    /// The word's text when it has no templates, or nil.
    public var literalText: String? {
        var text = ""
        for part in parts {
            guard case .literal(let piece) = part else { return nil }
            text += piece
        }
        return text
    }

    /// The word with each template written back as `{{name}}`: what a script records.
    public var templateText: String {
        parts.map { part in
            switch part {
            case .literal(let text): return text
            case .template(let name, _): return "{{\(name)}}"
            }
        }.joined()
    }

    /// Names of the templates in this word, in order.
    public var templateNames: [String] {
        parts.compactMap { part in
            if case .template(let name, _) = part { return name }
            return nil
        }
    }

    /// Whether the word, unquoted, is exactly `text` (an option or operator, not data).
    public func isBare(_ text: String) -> Bool {
        !isQuoted && !isJSON && literalText == text
    }
}
