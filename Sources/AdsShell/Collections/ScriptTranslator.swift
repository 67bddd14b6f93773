/// The result of translating one Postman test script.
struct ScriptTranslation: Sendable, Equatable {
    var captures: [ScriptCapture] = []
    /// Statements that were not translated, each on one line. adsh never runs them.
    var skippedLines: [String] = []
}

/// Translates the variable assignments in Postman test scripts into `ScriptCapture` values.
///
/// The translator follows the script statement by statement without running it. It tracks
/// which local variables hold the parsed response body or a path into it
/// (`var res = JSON.parse(responseBody)`, `var id = res.campaigns[0].campaignId`), and which
/// `if` conditions and status assertions guard each assignment. Statements that it cannot
/// express this way, such as `console.log`, `postman.setNextRequest` or loops, are listed as
/// skipped. A whole `if` statement or `pm.test` call that yields no capture is listed as one
/// skipped line.
struct ScriptTranslator {
    /// The value of a local variable or expression, as far as translation can tell.
    enum Value: Equatable {
        /// The response body text (`responseBody`), before `JSON.parse`.
        case bodyText
        /// A path into the parsed JSON body, where an empty path is the whole body.
        case body(ResponsePath)
        /// The HTTP status code (`responseCode.code`, `pm.response.code`).
        case statusCode
        case unknown
    }

    private struct PendingClear {
        var variable: String
        var conditions: [CaptureCondition]
        var text: String
    }

    private static let setFunctions: Set<String> = [
        "postman.setEnvironmentVariable", "pm.environment.set",
    ]
    private static let clearFunctions: Set<String> = [
        "postman.clearEnvironmentVariable", "pm.environment.unset",
    ]

    var locals: [String: Value] = [:]
    private var pendingClears: [PendingClear] = []
    private var result = ScriptTranslation()

    /// Translates the test script `source`.
    static func translate(_ source: String) -> ScriptTranslation {
        var translator = ScriptTranslator()
        translator.run(ScriptParser.parse(source), conditions: [])
        for clear in translator.pendingClears {
            translator.result.skippedLines.append(clear.text)
        }
        return translator.result
    }

    /// Lists the statements of a script that is never run, such as a pre-request script.
    static func statementLines(_ source: String) -> [String] {
        ScriptParser.parse(source).map(\.text)
    }

    /// Reports whether `source` is a token-refresh script like the pre-request script of
    /// Amazon's collection: one that calls `pm.sendRequest` and names `token_expires_at`.
    static func isTokenRefreshScript(_ source: String) -> Bool {
        let tokens = ScriptTokenizer.tokenize(source)
        let sendsRequest = tokens.contains { $0.isIdentifier("sendRequest") }
        let namesExpiry = tokens.contains { $0.kind == .string && $0.text == "token_expires_at" }
        return sendsRequest && namesExpiry
    }

    /// Returns the headers that `source` adds with
    /// `pm.request.headers.add({key: "…", value: "…"})` where both are string literals.
    static func addedHeaders(_ source: String) -> [(name: String, value: String)] {
        let tokens = ScriptTokenizer.tokenize(source)
        var headers: [(name: String, value: String)] = []
        for index in tokens.indices where tokens[index].isIdentifier("add") {
            guard index >= 2, tokens[index - 2].isIdentifier("headers") else { continue }
            // The object literal spans at most the next 12 tokens: `( { key : "…" , value :
            // "…" } )`, with the two members in either order.
            let window = tokens[index...].prefix(12)
            let name = stringMember("key", in: window)
            let value = stringMember("value", in: window)
            if let name, let value { headers.append((name, value)) }
        }
        return headers
    }

    private static func stringMember(_ key: String, in tokens: ArraySlice<ScriptToken>) -> String? {
        for index in tokens.indices.dropLast(2) where tokens[index].isIdentifier(key) {
            let colon = tokens[index + 1]
            let literal = tokens[index + 2]
            if colon.isPunctuator(":"), literal.kind == .string { return literal.text }
        }
        return nil
    }

    private mutating func run(_ statements: [ScriptStatement], conditions: [CaptureCondition]) {
        // Status assertions apply to the statements after them in the same block.
        var conditions = conditions
        for statement in statements {
            switch statement.kind {
            case .declaration(let name, nil):
                locals[name] = .unknown
            case .declaration(let name, .some(let initializer)),
                .assignment(let name, let initializer):
                let value = evaluate(initializer)
                locals[name] = value
                if value == .unknown { result.skippedLines.append(statement.text) }
            case .expression(let expression):
                runExpression(expression, text: statement.text, conditions: &conditions)
            case .conditional(let test, let thenBranch, let elseBranch):
                guard let condition = condition(test) else {
                    result.skippedLines.append(statement.text)
                    continue
                }
                runAsUnit(text: statement.text) { translator in
                    translator.run(thenBranch, conditions: conditions + [condition])
                    translator.run(elseBranch, conditions: conditions + [condition.negated])
                }
            case .block(let body):
                run(body, conditions: conditions)
            case .other:
                result.skippedLines.append(statement.text)
            }
        }
    }

    /// Runs `body` and, when it yields no capture, replaces what it skipped with `text`.
    private mutating func runAsUnit(text: String, _ body: (inout ScriptTranslator) -> Void) {
        let captureCount = result.captures.count
        let skippedCount = result.skippedLines.count
        let clearCount = pendingClears.count
        body(&self)
        guard result.captures.count == captureCount else { return }
        result.skippedLines.removeSubrange(skippedCount...)
        pendingClears.removeSubrange(min(clearCount, pendingClears.count)...)
        result.skippedLines.append(text)
    }

    private mutating func runExpression(
        _ expression: ScriptExpression, text: String, conditions: inout [CaptureCondition]
    ) {
        if let assertion = Self.assertionConditions(expression) {
            conditions += assertion
            return
        }
        guard case .call(let callee, let arguments) = expression,
            let function = callee.dottedName
        else {
            result.skippedLines.append(text)
            return
        }
        let firstString: String? = {
            if case .string(let name)? = arguments.first { return name }
            return nil
        }()
        if Self.setFunctions.contains(function), let variable = firstString,
            arguments.count >= 2, case .body(let path) = evaluate(arguments[1])
        {
            addCapture(variable: variable, path: path, conditions: conditions)
        } else if Self.clearFunctions.contains(function), let variable = firstString {
            pendingClears.append(
                PendingClear(variable: variable, conditions: conditions, text: text))
        } else if function == "pm.test", arguments.count >= 2,
            case .function(let body) = arguments[1]
        {
            runAsUnit(text: text) { translator in
                translator.run(body, conditions: conditions)
            }
        } else {
            result.skippedLines.append(text)
        }
    }

    private mutating func addCapture(
        variable: String, path: ResponsePath, conditions: [CaptureCondition]
    ) {
        // A clear counts when it ran under the same or fewer conditions than this set.
        var clearsFirst = false
        if let index = pendingClears.lastIndex(where: {
            $0.variable == variable && conditions.starts(with: $0.conditions)
        }) {
            clearsFirst = true
            pendingClears.remove(at: index)
        }
        let capture = ScriptCapture(
            variable: variable, query: path.query,
            condition: CaptureCondition.combining(conditions), clearsFirst: clearsFirst)
        result.captures.append(capture)
    }

    /// Returns the conditions that a Postman assertion statement such as
    /// `pm.response.to.have.status(207)` places on the statements after it, because a failed
    /// assertion throws and ends the enclosing function.
    private static func assertionConditions(_ expression: ScriptExpression) -> [CaptureCondition]? {
        switch expression {
        case .call(let callee, let arguments):
            guard callee.dottedName == "pm.response.to.have.status",
                case .number(let text)? = arguments.first, let code = Int(text)
            else { return nil }
            return [.statusCode(.equal, code)]
        default:
            // Postman's response assertions come from chai-postman (postmanlabs/chai-postman,
            // lib/index.js): `ok` is status 200, `success` is any 2xx, and `error` is any 4xx
            // or 5xx.
            switch expression.dottedName {
            case "pm.response.to.be.ok":
                return [.statusCode(.equal, 200)]
            case "pm.response.to.be.success":
                return [.statusCode(.greaterOrEqual, 200), .statusCode(.less, 300)]
            case "pm.response.to.not.be.error":
                return [.statusCode(.less, 400)]
            default:
                return nil
            }
        }
    }
}
