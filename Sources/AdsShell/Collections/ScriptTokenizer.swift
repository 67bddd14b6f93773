/// One lexical token of a Postman script.
struct ScriptToken: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        case identifier
        case string
        /// A backtick template literal, kept whole because its `${…}` parts are never evaluated.
        case template
        case number
        case punctuator
    }

    var kind: Kind
    /// The token's source text, or for a string literal its decoded value without quotes.
    var text: String
    /// Whether whitespace or a comment separates this token from the previous one.
    var followsSpace: Bool
    /// Whether a line break separates this token from the previous one, which matters for
    /// JavaScript's automatic semicolon insertion.
    var followsLineBreak: Bool
    /// The token's text exactly as written, quotes included.
    var sourceText: String

    func isPunctuator(_ symbol: String) -> Bool {
        kind == .punctuator && text == symbol
    }

    func isIdentifier(_ name: String) -> Bool {
        kind == .identifier && text == name
    }
}

/// A tokenizer for the subset of JavaScript found in Postman test scripts.
///
/// It never fails: an unterminated string or comment ends at the end of the script, and a
/// byte that starts no token becomes a one-character punctuator.
/// NOTE: a `/` is always read as division, so a regular-expression literal splits into
/// several tokens, and the statement that contains it is then reported as not translated.
struct ScriptTokenizer {
    private static let punctuators: [String] = [
        ">>>=", "===", "!==", "**=", "...", "<<=", ">>=", ">>>",
        "=>", "==", "!=", "<=", ">=", "&&", "||", "??", "?.", "++", "--", "+=", "-=", "*=",
        "/=", "%=", "&=", "|=", "^=", "**", "<<", ">>",
    ]

    private let bytes: [UInt8]
    private var position = 0

    private init(_ source: String) {
        bytes = Array(source.utf8)
    }

    /// Splits `source` into tokens, dropping whitespace and comments.
    static func tokenize(_ source: String) -> [ScriptToken] {
        var tokenizer = ScriptTokenizer(source)
        return tokenizer.readAll()
    }

    private mutating func readAll() -> [ScriptToken] {
        var tokens: [ScriptToken] = []
        while true {
            let (sawSpace, sawLineBreak) = skipSpaceAndComments()
            guard position < bytes.count else { break }
            let start = position
            var token = readToken()
            token.followsSpace = sawSpace || tokens.isEmpty
            token.followsLineBreak = sawLineBreak
            token.sourceText = text(from: start, to: position)
            tokens.append(token)
        }
        return tokens
    }

    private mutating func skipSpaceAndComments() -> (space: Bool, lineBreak: Bool) {
        var sawSpace = false
        var sawLineBreak = false
        while position < bytes.count {
            let byte = bytes[position]
            if byte == 0x0A || byte == 0x0D {
                sawLineBreak = true
                sawSpace = true
                position += 1
            } else if byte == 0x20 || byte == 0x09 || byte == 0x0B || byte == 0x0C {
                sawSpace = true
                position += 1
            } else if byte == UInt8(ascii: "/"), peek(1) == UInt8(ascii: "/") {
                sawSpace = true
                while position < bytes.count, bytes[position] != 0x0A { position += 1 }
            } else if byte == UInt8(ascii: "/"), peek(1) == UInt8(ascii: "*") {
                sawSpace = true
                position += 2
                while position < bytes.count,
                    !(bytes[position] == UInt8(ascii: "*") && peek(1) == UInt8(ascii: "/"))
                {
                    if bytes[position] == 0x0A { sawLineBreak = true }
                    position += 1
                }
                position = min(position + 2, bytes.count)
            } else if byte == 0xC2, peek(1) == 0xA0 {
                // A no-break space, which editors sometimes paste into scripts.
                sawSpace = true
                position += 2
            } else {
                break
            }
        }
        return (sawSpace, sawLineBreak)
    }

    private mutating func readToken() -> ScriptToken {
        let byte = bytes[position]
        if isIdentifierStart(byte) {
            let start = position
            while position < bytes.count, isIdentifierPart(bytes[position]) { position += 1 }
            return make(.identifier, text(from: start, to: position))
        }
        if isDigit(byte) || (byte == UInt8(ascii: ".") && peek(1).map(isDigit) == true) {
            let start = position
            while position < bytes.count,
                isIdentifierPart(bytes[position]) || bytes[position] == UInt8(ascii: ".")
            {
                position += 1
            }
            return make(.number, text(from: start, to: position))
        }
        if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
            return make(.string, readString(quote: byte))
        }
        if byte == UInt8(ascii: "`") {
            let start = position
            skipTemplate()
            return make(.template, text(from: start, to: position))
        }
        for symbol in Self.punctuators where matches(symbol) {
            position += symbol.utf8.count
            return make(.punctuator, symbol)
        }
        let start = position
        position += 1
        // Keep a multi-byte UTF-8 character together so the token text stays valid.
        while position < bytes.count, bytes[position] & 0xC0 == 0x80 { position += 1 }
        return make(.punctuator, text(from: start, to: position))
    }

    private mutating func readString(quote: UInt8) -> String {
        position += 1
        var decoded: [UInt8] = []
        while position < bytes.count, bytes[position] != quote, bytes[position] != 0x0A {
            var byte = bytes[position]
            if byte == UInt8(ascii: "\\"), position + 1 < bytes.count {
                position += 1
                byte = bytes[position]
                switch byte {
                case UInt8(ascii: "n"): byte = 0x0A
                case UInt8(ascii: "t"): byte = 0x09
                case UInt8(ascii: "r"): byte = 0x0D
                default: break
                }
            }
            decoded.append(byte)
            position += 1
        }
        if position < bytes.count, bytes[position] == quote { position += 1 }
        return String(decoding: decoded, as: UTF8.self)
    }

    private mutating func skipTemplate() {
        position += 1
        var braceDepth = 0
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\\") {
                position += 2
                continue
            }
            if braceDepth == 0, byte == UInt8(ascii: "`") { break }
            if byte == UInt8(ascii: "$"), peek(1) == UInt8(ascii: "{") {
                braceDepth += 1
                position += 1
            } else if byte == UInt8(ascii: "}"), braceDepth > 0 {
                braceDepth -= 1
            }
            position += 1
        }
        position = min(position + 1, bytes.count)
    }

    private func make(_ kind: ScriptToken.Kind, _ text: String) -> ScriptToken {
        ScriptToken(
            kind: kind, text: text, followsSpace: false, followsLineBreak: false, sourceText: "")
    }

    private func matches(_ symbol: String) -> Bool {
        var index = position
        for byte in symbol.utf8 {
            guard index < bytes.count, bytes[index] == byte else { return false }
            index += 1
        }
        return true
    }

    private func peek(_ offset: Int) -> UInt8? {
        position + offset < bytes.count ? bytes[position + offset] : nil
    }

    private func text(from start: Int, to end: Int) -> String {
        String(decoding: bytes[start..<min(end, bytes.count)], as: UTF8.self)
    }

    private func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    private func isIdentifierStart(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
            || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "$")
    }

    private func isIdentifierPart(_ byte: UInt8) -> Bool {
        isIdentifierStart(byte) || isDigit(byte)
    }
}
