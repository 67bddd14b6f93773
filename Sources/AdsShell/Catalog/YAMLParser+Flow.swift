// Flow collections: `[a, b]` and `{key: value}`, which may span several lines.

extension YAMLParser {
    /// One character of a flow collection and the zero-based line and column it came from.
    private struct FlowCharacter {
        var character: Character
        var line: Int
        var column: Int
    }

    /// Parses the flow collection that starts at `column` of the current line, reading
    /// further lines until its brackets balance.
    mutating func parseFlowCollection(column: Int) throws(YAMLError) -> JSONValue {
        let startLine = position
        var text: [FlowCharacter] = []
        var depth = 0
        var quote: Character?
        var index = column
        var closedAt: (line: Int, column: Int)?

        // Collect characters, without comments, until the opening bracket is balanced.
        while closedAt == nil {
            guard position < lines.count else {
                throw invalid("missing closing bracket of a flow collection", startLine, column)
            }
            let line = lines[position]
            while index < line.count {
                let character = line[index]
                if let open = quote {
                    if character == "\\" && open == "\"" && index + 1 < line.count {
                        text.append(
                            FlowCharacter(character: character, line: position, column: index))
                        index += 1
                    } else if character == open {
                        quote = nil
                    }
                } else if character == "\"" || character == "'" {
                    quote = character
                } else if character == "#" && (index == 0 || line[index - 1] == " ") {
                    break
                } else if character == "[" || character == "{" {
                    depth += 1
                    guard blockDepth + depth <= Self.maximumDepth else {
                        throw invalid(
                            "nesting deeper than \(Self.maximumDepth) levels", position, index)
                    }
                } else if character == "]" || character == "}" {
                    depth -= 1
                }
                text.append(FlowCharacter(character: line[index], line: position, column: index))
                index += 1
                if depth == 0 {
                    closedAt = (position, index)
                    break
                }
            }
            if closedAt == nil {
                text.append(FlowCharacter(character: " ", line: position, column: line.count))
                position += 1
                index = 0
            }
        }

        let rest = Self.plainText(lines[closedAt!.line], from: closedAt!.column)
        if !rest.isEmpty {
            throw invalid(
                "unexpected text after a flow collection", closedAt!.line, closedAt!.column)
        }
        position = closedAt!.line + 1

        var reader = FlowReader(text: text, parser: self)
        return try reader.readValue()
    }

    /// A recursive-descent reader over the collected characters of one flow collection.
    private struct FlowReader {
        var text: [FlowCharacter]
        var parser: YAMLParser
        var index = 0

        private func error(_ message: String) -> YAMLError {
            let spot = index < text.count ? text[index] : text[text.count - 1]
            return .invalidSyntax(message: message, line: spot.line + 1, column: spot.column + 1)
        }

        private mutating func skipSpaces() {
            while index < text.count
                && (text[index].character == " " || text[index].character == "\t")
            {
                index += 1
            }
        }

        private var current: Character? {
            index < text.count ? text[index].character : nil
        }

        mutating func readValue() throws(YAMLError) -> JSONValue {
            skipSpaces()
            guard let character = current else { throw error("missing value") }
            switch character {
            case "[":
                return try readSequence()
            case "{":
                return try readMapping()
            case "\"", "'":
                return .string(try readQuoted())
            case "&", "*", "!":
                let spot = text[index]
                var probe = parser
                probe.position = spot.line
                try probe.rejectNodeProperties(character, column: spot.column)
                return .null
            default:
                return YAMLParser.resolvePlain(readPlain())
            }
        }

        private mutating func readSequence() throws(YAMLError) -> JSONValue {
            index += 1
            var items: [JSONValue] = []
            while true {
                skipSpaces()
                if current == "]" {
                    index += 1
                    return .array(items)
                }
                var item = try readValue()
                skipSpaces()
                if current == ":" {
                    index += 1
                    guard case .string(let key) = item else { throw error("invalid key") }
                    item = .object([(key, try readValue())])
                    skipSpaces()
                }
                items.append(item)
                if current == "," {
                    index += 1
                } else if current != "]" {
                    throw error("expected ',' or ']' in a flow sequence")
                }
            }
        }

        private mutating func readMapping() throws(YAMLError) -> JSONValue {
            index += 1
            var members: [(key: String, value: JSONValue)] = []
            while true {
                skipSpaces()
                if current == "}" {
                    index += 1
                    return .object(members)
                }
                let key: String
                if current == "\"" || current == "'" {
                    key = try readQuoted()
                } else {
                    key = readPlain()
                }
                skipSpaces()
                var value = JSONValue.null
                if current == ":" {
                    index += 1
                    skipSpaces()
                    if current != "," && current != "}" { value = try readValue() }
                }
                members.append((key, value))
                skipSpaces()
                if current == "," {
                    index += 1
                } else if current != "}" {
                    throw error("expected ',' or '}' in a flow mapping")
                }
            }
        }

        /// Reads a plain scalar up to a flow indicator or a `: ` that ends a key.
        private mutating func readPlain() -> String {
            var characters: [Character] = []
            while let character = current {
                if character == "," || character == "]" || character == "}" || character == "["
                    || character == "{"
                {
                    break
                }
                if character == ":" {
                    let next = index + 1 < text.count ? text[index + 1].character : " "
                    if next == " " || next == "," || next == "]" || next == "}" { break }
                }
                characters.append(character)
                index += 1
            }
            while characters.last == " " { characters.removeLast() }
            return String(characters)
        }

        private mutating func readQuoted() throws(YAMLError) -> String {
            let quote = text[index].character
            let start = text[index]
            index += 1
            var characters: [Character] = []
            while let character = current {
                if character == "\\" && quote == "\"" && index + 1 < text.count {
                    characters.append(character)
                    characters.append(text[index + 1].character)
                    index += 2
                    continue
                }
                if character == quote {
                    if quote == "'" && index + 1 < text.count && text[index + 1].character == "'" {
                        characters.append("'")
                        characters.append("'")
                        index += 2
                        continue
                    }
                    index += 1
                    var probe = parser
                    probe.position = start.line
                    return try probe.decodeQuoted(characters, quote: quote, start.column + 1)
                }
                characters.append(character)
                index += 1
            }
            throw error("missing closing \(quote) of a quoted scalar")
        }
    }
}
