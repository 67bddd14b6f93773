// Quoted scalars that may span lines, and `|` and `>` block scalars.

extension YAMLParser {
    /// Parses a single- or double-quoted scalar that starts at `column` of the current line.
    /// A line break inside the quotes folds into a space, and each blank line into a line
    /// break. A double-quoted line that ends with `\` joins the next line without a space.
    mutating func parseQuotedScalar(column: Int) throws(YAMLError) -> String {
        let quote = lines[position][column]
        let startLine = position
        var text = ""
        var start = column + 1
        var pendingBreaks = -1
        while position < lines.count {
            let line = lines[position]
            let close = Self.closingQuote(quote, in: line, contentStart: start)
            let end = close ?? line.count
            var piece = Array(line[start..<end])
            if close == nil {
                while let last = piece.last, last == " " || last == "\t" { piece.removeLast() }
            }
            let escapedBreak = close == nil && quote == "\"" && Self.endsWithEscape(piece)
            if escapedBreak { piece.removeLast() }
            if piece.isEmpty && close == nil && position > startLine {
                pendingBreaks += 1
            } else {
                if pendingBreaks == 0 {
                    text += " "
                } else if pendingBreaks > 0 {
                    text += String(repeating: "\n", count: pendingBreaks)
                }
                text += try decodeQuoted(piece, quote: quote, start)
                pendingBreaks = escapedBreak ? -1 : 0
            }
            if let close {
                let rest = Self.plainText(line, from: close + 1)
                if !rest.isEmpty {
                    throw invalid("unexpected text after a quoted scalar", position, close + 1)
                }
                position += 1
                return text
            }
            position += 1
            if position < lines.count {
                start = lines[position].prefix(while: { $0 == " " || $0 == "\t" }).count
            }
        }
        throw invalid("missing closing \(quote) of a quoted scalar", startLine, column)
    }

    private static func endsWithEscape(_ piece: [Character]) -> Bool {
        var backslashes = 0
        for character in piece.reversed() {
            guard character == "\\" else { break }
            backslashes += 1
        }
        return backslashes % 2 == 1
    }

    /// Decodes the text between quotes: `''` in single quotes, backslash escapes in double
    /// quotes. `column` is where the text starts, for error positions.
    func decodeQuoted(
        _ characters: [Character], quote: Character, _ column: Int
    ) throws(YAMLError) -> String {
        if quote == "'" {
            var text = ""
            var index = 0
            while index < characters.count {
                text.append(characters[index])
                index += characters[index] == "'" ? 2 : 1
            }
            return text
        }
        var text = ""
        var index = 0
        while index < characters.count {
            let character = characters[index]
            index += 1
            guard character == "\\" else {
                text.append(character)
                continue
            }
            guard index < characters.count else { break }
            let escape = characters[index]
            index += 1
            switch escape {
            case "0": text += "\0"
            case "a": text += "\u{07}"
            case "b": text += "\u{08}"
            case "t", "\t": text += "\t"
            case "n": text += "\n"
            case "v": text += "\u{0B}"
            case "f": text += "\u{0C}"
            case "r": text += "\r"
            case "e": text += "\u{1B}"
            case " ", "\"", "/", "\\": text.append(escape)
            case "N": text += "\u{85}"
            case "_": text += "\u{A0}"
            case "x", "u", "U":
                let width: Int
                switch escape {
                case "x": width = 2
                case "u": width = 4
                default: width = 8
                }
                let digits = String(characters[index..<min(index + width, characters.count)])
                guard digits.count == width, let value = UInt32(digits, radix: 16),
                    let scalar = Unicode.Scalar(value)
                else {
                    throw invalid("invalid \\\(escape) escape", position, column + index - 2)
                }
                text.unicodeScalars.append(scalar)
                index += width
            default:
                throw invalid("unknown escape \\\(escape)", position, column + index - 2)
            }
        }
        return text
    }

    /// Parses a `|` (literal) or `>` (folded) block scalar whose header is at `column`.
    mutating func parseBlockScalar(column: Int, parentIndent: Int) throws(YAMLError) -> String {
        let header = lines[position]
        let folded = header[column] == ">"
        var chomping: Character = " "
        var indicator: Int?
        var index = column + 1
        while index < header.count, header[index] != " " {
            let character = header[index]
            if (character == "-" || character == "+") && chomping == " " {
                chomping = character
            } else if let digit = character.wholeNumberValue, digit > 0, indicator == nil {
                indicator = digit
            } else {
                throw invalid("invalid block scalar header", position, index)
            }
            index += 1
        }
        if !Self.plainText(header, from: index).isEmpty {
            throw invalid("unexpected text after a block scalar header", position, index)
        }

        // Content lines are those indented more than the parent, up to the first line
        // indented less than the first content line (or than the header's indicator).
        position += 1
        let baseIndent = max(parentIndent, 0)
        var contentIndent = indicator.map { baseIndent + $0 }
        var body: [[Character]] = []

        while position < lines.count {
            let line = lines[position]
            let spaces = line.prefix(while: { $0 == " " }).count
            if spaces == line.count {
                body.append(Array(line.dropFirst(min(spaces, contentIndent ?? spaces))))
                position += 1
                continue
            }
            if contentIndent == nil {
                guard spaces > parentIndent else { break }
                contentIndent = spaces
            }
            guard spaces >= contentIndent! else { break }
            body.append(Array(line.dropFirst(contentIndent!)))
            position += 1
        }
        return Self.chomp(body, folded: folded, chomping: chomping)
    }

    /// Joins block scalar lines and applies the chomping indicator: clip (none) keeps one
    /// final line break, `-` strips it, `+` keeps every trailing blank line.
    private static func chomp(
        _ body: [[Character]], folded: Bool, chomping: Character
    ) -> String {
        var lines = body
        var trailing = 0
        while let last = lines.last, last.isEmpty || last.allSatisfy({ $0 == " " }) {
            lines.removeLast()
            trailing += 1
        }
        let text = folded ? fold(lines) : lines.map { String($0) }.joined(separator: "\n")
        switch chomping {
        case "-":
            return text
        case "+":
            return lines.isEmpty
                ? String(repeating: "\n", count: trailing)
                : text + "\n" + String(repeating: "\n", count: trailing)
        default:
            return lines.isEmpty ? "" : text + "\n"
        }
    }

    /// Folds `>` lines: a break between two ordinary lines becomes a space, a blank line
    /// becomes a line break, and lines indented further keep their breaks.
    private static func fold(_ lines: [[Character]]) -> String {
        func isOrdinary(_ line: [Character]) -> Bool {
            !line.isEmpty && line[0] != " " && line[0] != "\t"
        }
        var text = ""
        for (index, line) in lines.enumerated() {
            if index > 0 {
                let previous = lines[index - 1]
                if isOrdinary(previous) && isOrdinary(line) {
                    text += " "
                } else if isOrdinary(previous) && line.isEmpty {
                    let next = lines[index...].first(where: { !$0.isEmpty })
                    if next.map(isOrdinary) != true { text += "\n" }
                } else {
                    text += "\n"
                }
            }
            text += String(line)
        }
        return text
    }
}
