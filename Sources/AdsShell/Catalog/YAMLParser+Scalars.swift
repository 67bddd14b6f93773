// Keys, plain and quoted scalars, and the dispatch of a value that starts on a key's line.

extension YAMLParser {
    /// Returns whether the line contains `key: ...` at `column`.
    mutating func isMappingEntry(_ line: [Character], at column: Int) throws(YAMLError) -> Bool {
        let first = line[column]
        if first == "?" && (line.count == column + 1 || line[column + 1] == " ") {
            throw YAMLError.unsupported(
                feature: "complex mapping keys (?)", line: position + 1, column: column + 1)
        }
        if first == "[" || first == "{" { return false }
        var index = column
        if first == "\"" || first == "'" {
            guard let close = Self.closingQuote(in: line, from: column) else { return false }
            index = close + 1
            while index < line.count && line[index] == " " { index += 1 }
            return index < line.count && line[index] == ":"
                && (index + 1 == line.count || line[index + 1] == " ")
        }
        while index < line.count {
            let character = line[index]
            if character == "#" && index > column && line[index - 1] == " " { return false }
            if character == ":" && (index + 1 == line.count || line[index + 1] == " ") {
                return true
            }
            index += 1
        }
        return false
    }

    /// Returns the index of the quote that closes the one at `start`, on the same line.
    static func closingQuote(in line: [Character], from start: Int) -> Int? {
        closingQuote(line[start], in: line, contentStart: start + 1)
    }

    /// Returns the index of the first unescaped `quote` at or after `contentStart`.
    static func closingQuote(
        _ quote: Character, in line: [Character], contentStart: Int
    ) -> Int? {
        var index = contentStart
        while index < line.count {
            if quote == "\"" && line[index] == "\\" {
                index += 2
                continue
            }
            if line[index] == quote {
                if quote == "'" && index + 1 < line.count && line[index + 1] == "'" {
                    index += 2
                    continue
                }
                return index
            }
            index += 1
        }
        return nil
    }

    /// Reads the key at `column` of the current line and returns it with the index just
    /// after its colon.
    mutating func parseKey(at column: Int) throws(YAMLError) -> (String, Int) {
        let line = lines[position]
        let first = line[column]
        if first == "\"" || first == "'" {
            let close = Self.closingQuote(in: line, from: column)!
            let key = try decodeQuoted(Array(line[(column + 1)..<close]), quote: first, column)
            var index = close + 1
            while line[index] == " " { index += 1 }
            return (key, index + 1)
        }
        try rejectNodeProperties(first, column: column)
        var index = column
        while !(line[index] == ":" && (index + 1 == line.count || line[index + 1] == " ")) {
            index += 1
        }
        var end = index
        while end > column && line[end - 1] == " " { end -= 1 }
        return (String(line[column..<end]), index + 1)
    }

    /// Rejects anchors, aliases and tags, which this parser does not resolve.
    func rejectNodeProperties(_ character: Character, column: Int) throws(YAMLError) {
        let feature: String
        switch character {
        case "&": feature = "anchors (&name)"
        case "*": feature = "aliases (*name)"
        case "!": feature = "tags (!tag)"
        default: return
        }
        throw YAMLError.unsupported(feature: feature, line: position + 1, column: column + 1)
    }

    /// Parses a value that starts at `column` of the current line and consumes every line
    /// it spans. Continuation lines must be indented more than `parentIndent`.
    mutating func parseInlineValue(column: Int, parentIndent: Int) throws(YAMLError) -> JSONValue {
        let first = lines[position][column]
        try rejectNodeProperties(first, column: column)
        switch first {
        case "|", ">":
            return .string(try parseBlockScalar(column: column, parentIndent: parentIndent))
        case "[", "{":
            return try parseFlowCollection(column: column)
        case "\"", "'":
            return .string(try parseQuotedScalar(column: column))
        case "@", "`":
            throw invalid(
                "'\(first)' is reserved and cannot start a plain scalar", position, column)
        default:
            return try parsePlainScalar(column: column, parentIndent: parentIndent)
        }
    }

    /// Parses a plain scalar, folding continuation lines into one line with spaces and blank
    /// lines into line breaks. Only a one-line scalar is read as null, boolean or number.
    private mutating func parsePlainScalar(
        column: Int, parentIndent: Int
    ) throws(YAMLError) -> JSONValue {
        let startLine = position
        var text = Self.plainText(lines[position], from: column)
        var lineCount = 1
        position += 1
        var pendingBreaks = 0
        while position < lines.count {
            let line = lines[position]
            let trimmed = Self.plainText(line, from: 0)
            if trimmed.isEmpty && !line.contains("#") {
                pendingBreaks += 1
                position += 1
                continue
            }
            let indent = line.prefix(while: { $0 == " " }).count
            if indent <= parentIndent || line[indent] == "#" { break }
            if try isMappingEntry(line, at: indent) {
                throw invalid("a mapping key cannot continue a plain scalar", position, indent)
            }
            text += pendingBreaks == 0 ? " " : String(repeating: "\n", count: pendingBreaks)
            text += trimmed
            pendingBreaks = 0
            lineCount += 1
            position += 1
        }
        if lineCount > 1 { return .string(text) }
        position = startLine + 1
        return Self.resolvePlain(text)
    }

    /// Returns the line's text from `column` without a trailing comment and outer spaces.
    static func plainText(_ line: [Character], from column: Int) -> String {
        var end = column
        while end < line.count {
            if line[end] == "#" && (end == column || line[end - 1] == " ") { break }
            end += 1
        }
        var start = column
        while start < end && line[start] == " " { start += 1 }
        while end > start && (line[end - 1] == " " || line[end - 1] == "\t") { end -= 1 }
        return String(line[start..<end])
    }

    /// Resolves a one-line plain scalar with the YAML 1.2 core schema: null, booleans,
    /// decimal, octal (`0o`) and hexadecimal (`0x`) integers, and decimal floats.
    /// `.inf` and `.nan` stay strings because JSON has no such numbers.
    static func resolvePlain(_ text: String) -> JSONValue {
        switch text {
        case "", "~", "null", "Null", "NULL":
            return .null
        case "true", "True", "TRUE":
            return .bool(true)
        case "false", "False", "FALSE":
            return .bool(false)
        default:
            break
        }
        if text.hasPrefix("0x"), let value = UInt64(text.dropFirst(2), radix: 16) {
            return .number(String(value))
        }
        if text.hasPrefix("0o"), let value = UInt64(text.dropFirst(2), radix: 8) {
            return .number(String(value))
        }
        let unsigned = text.hasPrefix("+") ? String(text.dropFirst()) : text
        if isJSONNumber(unsigned) { return .number(unsigned) }
        return .string(text)
    }

    private static func isDigit(_ character: Character) -> Bool {
        character >= "0" && character <= "9"
    }

    /// Returns whether `text` follows JSON's number grammar, so it can be stored as `.number`.
    private static func isJSONNumber(_ text: String) -> Bool {
        var characters = Substring(text)
        if characters.first == "-" { characters = characters.dropFirst() }
        let integer = characters.prefix(while: isDigit)
        guard !integer.isEmpty, integer == "0" || integer.first != "0" else { return false }
        characters = characters.dropFirst(integer.count)
        if characters.first == "." {
            let fraction = characters.dropFirst().prefix(while: isDigit)
            guard !fraction.isEmpty else { return false }
            characters = characters.dropFirst(1 + fraction.count)
        }
        if characters.first == "e" || characters.first == "E" {
            characters = characters.dropFirst()
            if characters.first == "+" || characters.first == "-" {
                characters = characters.dropFirst()
            }
            let exponent = characters.prefix(while: isDigit)
            guard !exponent.isEmpty else { return false }
            characters = characters.dropFirst(exponent.count)
        }
        return characters.isEmpty
    }
}
