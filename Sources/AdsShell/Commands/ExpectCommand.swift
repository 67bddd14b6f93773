/// `expect …`: checks the last response, for scripts that test themselves.
enum ExpectCommand: ShellCommand {
    static let name = "expect"
    static let synopsis =
        "expect status CODE | QUERY OP VALUE | QUERY exists | header NAME OP TEXT | time < DURATION"
    static let summary = "check the last response; a failed check fails the command"
    static let details = """
          expect status 200            the status code; 2xx, 4xx… and 200-299 match ranges
          expect QUERY == VALUE        a value picked by QUERY (see `help query`) compared
                                       with VALUE; also != < <= > >=
          expect QUERY exists          QUERY picks at least one value that is not null
          expect QUERY                 QUERY's first value is neither false nor null, such
                                       as `expect .nextToken | not`
          expect header NAME contains TEXT
                                       a response header; also == and !=
          expect time < 500ms          the total time; ms, s or m
        VALUE is JSON (12, "text", true, null) or a bare word taken as text. A failed check
        shows the expected and the actual value, and in `adsh run` fails the script.
        """

    static func run(_ invocation: Invocation, in session: Session) throws -> CommandOutcome {
        guard let exchange = session.lastExchange else {
            throw ShellError.message("expect: no response to check yet; send a request first")
        }
        let text = checkText(invocation)
        guard !text.isEmpty else {
            throw ShellError.usage(command: name, synopsis: synopsis, problem: "missing check")
        }
        let check = try Check.parse(text)
        let result = try check.evaluate(exchange.response)
        let console = session.console
        if let failure = result {
            console.error("expect \(text): \(failure)")
            return .failure
        }
        console.notice(console.style("✔", .green) + " expect \(text)")
        return .success
    }

    /// The text after `expect`, as typed, since queries and operators need no quoting.
    private static func checkText(_ invocation: Invocation) -> String {
        let source = invocation.source.trimmingSpaces()
        guard let range = source.firstRange(of: invocation.name) else { return "" }
        var text = String(source[range.upperBound...])
        if let hash = commentStart(in: text) { text = String(text[..<hash]) }
        return text.trimmingSpaces()
    }

    /// Where an unquoted ` #` comment starts.
    private static func commentStart(in text: String) -> String.Index? {
        var quote: Character?
        var previous: Character = " "
        for index in text.indices {
            let character = text[index]
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == "#" && previous == " " {
                return index
            }
            previous = character
        }
        return nil
    }
}

/// One parsed `expect` check.
enum Check {
    case status(ClosedRange<Int>, text: String)
    case value(query: String, ComparisonKind, JSONValue)
    case exists(query: String)
    /// The query's first result is neither false nor null, as jq's `select` decides.
    case truthy(query: String)
    case header(name: String, ComparisonKind, String)
    case time(ComparisonKind, seconds: Double)
    /// Holds when any of the checks holds.
    indirect case anyOf([Check])

    enum ComparisonKind: String {
        case equal = "=="
        case notEqual = "!="
        case lessOrEqual = "<="
        case greaterOrEqual = ">="
        case less = "<"
        case greater = ">"
        case contains = "contains"
    }

    static func parse(_ text: String) throws(ShellError) -> Check {
        if text.hasPrefix("status ") {
            return try parseStatus(String(text.dropFirst(7)).trimmingSpaces())
        }
        if text.hasPrefix("header ") {
            let rest = String(text.dropFirst(7)).trimmingSpaces()
            let parts = rest.split(separator: " ", maxSplits: 2).map(String.init)
            guard parts.count == 3, let kind = ComparisonKind(rawValue: parts[1]),
                [.equal, .notEqual, .contains].contains(kind)
            else {
                throw .message("expect header: write `expect header NAME contains TEXT` (or == !=)")
            }
            return .header(name: parts[0], kind, unquoted(parts[2]))
        }
        if text.hasPrefix("time ") {
            let parts = String(text.dropFirst(5)).split(separator: " ").map(String.init)
            guard parts.count == 2, let kind = ComparisonKind(rawValue: parts[0]),
                kind != .contains, let seconds = duration(parts[1])
            else {
                throw .message("expect time: write `expect time < 500ms` (units ms, s, m)")
            }
            return .time(kind, seconds: seconds)
        }
        if text.hasSuffix(" exists") {
            return .exists(query: String(text.dropLast(7)).trimmingSpaces())
        }
        guard let (query, kind, value) = splitComparison(text) else {
            guard text.hasPrefix(".") else {
                throw .message(
                    "expect: cannot read '\(text)'; write `expect QUERY == VALUE`, `expect "
                        + "QUERY exists` or `expect status 200` (see `help expect`)")
            }
            return .truthy(query: text)
        }
        let literal = (try? JSONParser.parse(value)) ?? .string(unquoted(value))
        return .value(query: query, kind, literal)
    }

    private static func parseStatus(_ text: String) throws(ShellError) -> Check {
        let lowered = text.lowercased()
        if lowered.count == 3, lowered.hasSuffix("xx"), let digit = Int(lowered.prefix(1)),
            (1...5).contains(digit)
        {
            return .status(digit * 100...digit * 100 + 99, text: text)
        }
        let bounds = text.split(separator: "-").map { Int(String($0).trimmingSpaces()) }
        if bounds.count == 2, let low = bounds[0], let high = bounds[1], low <= high {
            return .status(low...high, text: text)
        }
        if let code = Int(text), (100...599).contains(code) {
            return .status(code...code, text: text)
        }
        throw .message("expect status: '\(text)' is not a status; use 200, 2xx or 200-299")
    }

    /// Splits `QUERY OP VALUE` at the last comparison operator outside quotes, brackets and
    /// parentheses, so a `select(.a == 1)` inside the query is left alone.
    private static func splitComparison(_ text: String) -> (String, ComparisonKind, String)? {
        let characters = Array(text)
        var depth = 0
        var quote: Character?
        var found: (index: Int, kind: ComparisonKind)?
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if let open = quote {
                if character == "\\" { index += 1 } else if character == open { quote = nil }
            } else if character == "\"" {
                quote = character
            } else if "([{".contains(character) {
                depth += 1
            } else if ")]}".contains(character) {
                depth -= 1
            } else if depth == 0 {
                for kind in [
                    ComparisonKind.equal, .notEqual, .lessOrEqual, .greaterOrEqual, .less, .greater,
                ] {
                    let symbol = Array(kind.rawValue)
                    if index + symbol.count <= characters.count,
                        Array(characters[index..<index + symbol.count]) == symbol
                    {
                        found = (index, kind)
                        index += symbol.count - 1
                        break
                    }
                }
            }
            index += 1
        }
        guard let found else { return nil }
        let query = String(characters[..<found.index]).trimmingSpaces()
        let value = String(characters[(found.index + found.kind.rawValue.count)...])
            .trimmingSpaces()
        guard !query.isEmpty, !value.isEmpty else { return nil }
        return (query, found.kind, value)
    }

    private static func unquoted(_ text: String) -> String {
        if text.count >= 2, let first = text.first, first == text.last,
            first == "\"" || first == "'"
        {
            return String(text.dropFirst().dropLast())
        }
        return text
    }

    /// Seconds in `500ms`, `2s`, `1.5m`.
    static func duration(_ text: String) -> Double? {
        let units: [(String, Double)] = [("ms", 0.001), ("s", 1), ("m", 60), ("h", 3600)]
        for (suffix, scale) in units where text.hasSuffix(suffix) {
            guard let number = Double(text.dropLast(suffix.count)), number >= 0 else { return nil }
            return number * scale
        }
        return nil
    }

    /// Nil when the check holds, else a message with the expected and actual values.
    func evaluate(_ response: HTTPResponse) throws -> String? {
        switch self {
        case .anyOf(let checks):
            var failures: [String] = []
            for check in checks {
                guard let failure = try check.evaluate(response) else { return nil }
                failures.append(failure)
            }
            return failures.joined(separator: "; ")
        case .status(let range, let text):
            return range.contains(response.status)
                ? nil : "expected status \(text), actual \(response.status)"
        case .exists(let query):
            let results = try values(query, response)
            return results.contains { $0 != .null }
                ? nil : "expected \(query) to exist, but it selects nothing"
        case .truthy(let query):
            let first = try values(query, response).first ?? .null
            return first != .null && first != .bool(false)
                ? nil : "expected \(query) to be true, actual \(first.compactText)"
        case .value(let query, let kind, let expected):
            let results = try values(query, response)
            guard let actual = results.first else {
                return
                    "expected \(query) \(kind.rawValue) \(expected.compactText), but \(query) selects nothing"
            }
            let holds = Self.compare(actual, kind, expected)
            return holds
                ? nil
                : "expected \(query) \(kind.rawValue) \(expected.compactText), actual \(actual.compactText)"
        case .header(let name, let kind, let text):
            let actual = response.headers[name]
            let holds: Bool
            switch kind {
            case .contains: holds = actual?.contains(text) ?? false
            case .notEqual: holds = actual != text
            default: holds = actual == text
            }
            return holds
                ? nil
                : "expected header \(name) \(kind.rawValue) '\(text)', actual "
                    + (actual.map { "'\($0)'" } ?? "no such header")
        case .time(let kind, let seconds):
            let actual = response.timings.total
            let holds = Self.compare(.number(String(actual)), kind, .number(String(seconds)))
            return holds
                ? nil
                : "expected time \(kind.rawValue) \(formatSeconds(seconds)), actual \(formatSeconds(actual))"
        }
    }

    private func values(_ query: String, _ response: HTTPResponse) throws -> [JSONValue] {
        let body = try BodyDecoding.decodedBody(response)
        do {
            return try JSONQuery(query).evaluate(json: body)
        } catch {
            throw ShellError.message("expect: \(error)")
        }
    }

    static func compare(_ actual: JSONValue, _ kind: ComparisonKind, _ expected: JSONValue) -> Bool
    {
        // A number written as a string (v3 ids are strings) equals the same number.
        let left = actual.numberText ?? actual.stringValue
        let right = expected.numberText ?? expected.stringValue
        switch kind {
        case .equal:
            return actual == expected || (left != nil && left == right)
        case .notEqual:
            return !(actual == expected || (left != nil && left == right))
        case .contains:
            return left.map { text in right.map { text.contains($0) } ?? false } ?? false
        default:
            guard let left, let right else { return false }
            let order: Int
            if let x = Double(left), let y = Double(right) {
                order = x < y ? -1 : (x > y ? 1 : 0)
            } else {
                order = left < right ? -1 : (left > right ? 1 : 0)
            }
            switch kind {
            case .less: return order < 0
            case .lessOrEqual: return order <= 0
            case .greater: return order > 0
            default: return order >= 0
            }
        }
    }
}
