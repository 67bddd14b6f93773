/// Reads the subset of YAML 1.2 that OpenAPI files use into the same `JSONValue` tree that
/// `JSONParser` returns, so one reader serves both formats.
///
/// Supported: block mappings and sequences, flow `[...]` and `{...}`, plain, single-quoted
/// and double-quoted scalars, `|` and `>` block scalars with `-` and `+` chomping, and
/// comments. Anchors, aliases, tags, complex keys, directives and multi-document streams raise
/// `YAMLError.unsupported` instead of giving a wrong result. Mapping keys are always strings,
/// so `200:` gives the key `"200"`.
public struct YAMLParser {
    /// Deepest nesting of blocks and flow collections together, the same limit as
    /// `JSONParser`'s, so that a hostile document raises an error instead of exhausting the
    /// stack.
    public static let maximumDepth = JSONParser.defaultMaximumDepth

    /// The document's lines without line breaks. Parsing a sequence entry such as `- a: 1`
    /// overwrites the dash with a space so that the entry reads as an indented mapping.
    var lines: [[Character]]
    /// Index of the next line to read.
    var position = 0
    /// Calls of `parseBlock` in progress.
    var blockDepth = 0

    private init(text: String) {
        // Swift reads "\r\n" as one Character, so both line ends are separators.
        let body = text.hasPrefix("\u{FEFF}") ? text.dropFirst() : Substring(text)
        let split = body.split(
            omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
        lines = split.map { line in Array(line.hasSuffix("\r") ? line.dropLast() : line) }
    }

    /// Parses a whole YAML document.
    public static func parse(_ text: String) throws(YAMLError) -> JSONValue {
        var parser = YAMLParser(text: text)
        return try parser.parseDocument()
    }

    /// Parses UTF-8 bytes, replacing invalid sequences with U+FFFD.
    public static func parse<Bytes: Collection>(
        _ bytes: Bytes
    ) throws(YAMLError) -> JSONValue where Bytes.Element == UInt8 {
        try parse(String(decoding: bytes, as: UTF8.self))
    }

    private mutating func parseDocument() throws(YAMLError) -> JSONValue {
        try checkDocumentMarkers()
        guard let first = try nextContentLine() else { return .null }
        let value = try parseBlock(indent: first.indent, parentIndent: -1)
        if let extra = try nextContentLine() {
            throw invalid(
                "unexpected text after the end of the document", extra.index, extra.indent)
        }
        return value
    }

    /// Skips a leading `---` and rejects directives and further document markers.
    private mutating func checkDocumentMarkers() throws(YAMLError) {
        var seenContent = false
        for (index, line) in lines.enumerated() {
            if line.first == "%" && !seenContent {
                throw YAMLError.unsupported(feature: "directives (%)", line: index + 1, column: 1)
            }
            let isStart = line.starts(with: "---") && (line.count == 3 || line[3] == " ")
            let isEnd = line.starts(with: "...") && (line.count == 3 || line[3] == " ")
            if isStart && !seenContent {
                lines[index] = []
                seenContent = true
            } else if isStart || isEnd {
                throw YAMLError.unsupported(
                    feature: "multi-document streams (--- or ...)", line: index + 1, column: 1)
            } else if !Self.isBlankOrComment(line) {
                seenContent = true
            }
        }
    }

    // MARK: - Lines

    static func isBlankOrComment(_ line: [Character]) -> Bool {
        for character in line {
            if character == "#" { return true }
            if character != " " && character != "\t" { return false }
        }
        return true
    }

    /// Returns the next line with content, without consuming it, and its indentation.
    mutating func nextContentLine() throws(YAMLError) -> (index: Int, indent: Int)? {
        while position < lines.count {
            let line = lines[position]
            if Self.isBlankOrComment(line) {
                position += 1
                continue
            }
            var indent = 0
            while line[indent] == " " { indent += 1 }
            if line[indent] == "\t" {
                throw invalid("tab characters are not allowed in indentation", position, indent)
            }
            return (position, indent)
        }
        return nil
    }

    func invalid(_ message: String, _ lineIndex: Int, _ columnIndex: Int) -> YAMLError {
        .invalidSyntax(message: message, line: lineIndex + 1, column: columnIndex + 1)
    }

    // MARK: - Block structure

    /// Parses the node that starts on the current line at column `indent`.
    mutating func parseBlock(indent: Int, parentIndent: Int) throws(YAMLError) -> JSONValue {
        blockDepth += 1
        defer { blockDepth -= 1 }
        guard blockDepth <= Self.maximumDepth else {
            throw invalid("nesting deeper than \(Self.maximumDepth) levels", position, indent)
        }
        let line = lines[position]
        if Self.isSequenceEntry(line, at: indent) {
            return try parseSequence(indent: indent)
        }
        if try isMappingEntry(line, at: indent) {
            return try parseMapping(indent: indent)
        }
        return try parseInlineValue(column: indent, parentIndent: parentIndent)
    }

    static func isSequenceEntry(_ line: [Character], at column: Int) -> Bool {
        line.count > column && line[column] == "-"
            && (line.count == column + 1 || line[column + 1] == " ")
    }

    private mutating func parseSequence(indent: Int) throws(YAMLError) -> JSONValue {
        var items: [JSONValue] = []
        while let next = try nextContentLine() {
            if next.indent < indent { break }
            if next.indent > indent {
                throw invalid("unexpected indentation in a sequence", next.index, next.indent)
            }
            guard Self.isSequenceEntry(lines[position], at: indent) else { break }
            var column = indent + 1
            while column < lines[position].count && lines[position][column] == " " {
                column += 1
            }
            if column >= lines[position].count || lines[position][column] == "#" {
                position += 1
                items.append(try parseNestedBlock(parentIndent: indent))
            } else {
                lines[position][indent] = " "
                items.append(try parseBlock(indent: column, parentIndent: indent))
            }
        }
        return .array(items)
    }

    private mutating func parseMapping(indent: Int) throws(YAMLError) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = []
        while let next = try nextContentLine() {
            if next.indent < indent { break }
            if next.indent > indent {
                throw invalid("unexpected indentation in a mapping", next.index, next.indent)
            }
            if Self.isSequenceEntry(lines[position], at: indent) { break }
            guard try isMappingEntry(lines[position], at: indent) else {
                throw invalid("expected 'key: value' in a mapping", next.index, next.indent)
            }
            let (key, afterColon) = try parseKey(at: indent)
            var column = afterColon
            let line = lines[position]
            while column < line.count && line[column] == " " { column += 1 }
            let value: JSONValue
            if column >= line.count || line[column] == "#" {
                position += 1
                value = try parseNestedBlock(parentIndent: indent, allowSequenceAtSameIndent: true)
            } else {
                value = try parseInlineValue(column: column, parentIndent: indent)
            }
            members.append((key, value))
        }
        return .object(members)
    }

    /// Parses the value of a key or sequence entry whose text starts on a following line.
    /// A sequence may sit at the same indentation as its mapping key, as in `tags:\n- a`.
    private mutating func parseNestedBlock(
        parentIndent: Int, allowSequenceAtSameIndent: Bool = false
    ) throws(YAMLError) -> JSONValue {
        guard let next = try nextContentLine() else { return .null }
        if next.indent > parentIndent {
            return try parseBlock(indent: next.indent, parentIndent: parentIndent)
        }
        if allowSequenceAtSameIndent && next.indent == parentIndent
            && Self.isSequenceEntry(lines[position], at: next.indent)
        {
            return try parseSequence(indent: next.indent)
        }
        return .null
    }
}
