import AdsShell
import Testing

/// One completion case: the line, the cursor (nil for the end of the line) and the result.
struct CompletionCase: Sendable, CustomTestStringConvertible {
    var line: String
    var cursor: Int?
    var candidates: [String]
    var replacedCount: Int
    var suffix: String

    init(
        _ line: String, cursor: Int? = nil, _ candidates: [String], replaced: Int,
        suffix: String
    ) {
        self.line = line
        self.cursor = cursor
        self.candidates = candidates
        self.replacedCount = replaced
        self.suffix = suffix
    }

    var testDescription: String { "\(line) @\(cursor.map(String.init) ?? "end")" }
}

@Suite struct CompleterTests {
    static let context = CompletionContext(
        commands: [
            "env", "exit", "help", "save", "send", "set", "show", "source", "spec", "unset",
            "vars",
        ],
        helpTopics: ["env", "headers", "variables"],
        variables: [
            "campaignId": "123", "profileId": "42", "api_url": "https://advertising-api.amazon.com",
        ],
        catalog: .builtIn,
        requestNames: [
            "Accounts/Profiles", "Sponsored Products/Campaigns/List campaigns",
            "Sponsored Products/Campaigns/Create campaigns", "Café/Menü",
        ],
        listDirectory: { folder in
            switch folder {
            case "": return [".hidden", "bodies/", "body.json", "script.adsh"]
            case "bodies/": return ["a.json", "b.json"]
            default: return []
            }
        },
        environmentNames: ["prod-eu", "prod-na", "sandbox"])

    static let commandCases: [CompletionCase] = [
        CompletionCase("se", ["send", "set"], replaced: 2, suffix: " "),
        CompletionCase("G", ["GET"], replaced: 1, suffix: " "),
        CompletionCase("p", ["PATCH", "POST", "PUT"], replaced: 1, suffix: " "),
        CompletionCase("help v", ["variables"], replaced: 1, suffix: " "),
        CompletionCase(
            "env ", ["copy", "export", "import", "list", "new", "rename", "rm", "use"], replaced: 0,
            suffix: " "),
        CompletionCase("env u", ["use"], replaced: 1, suffix: " "),
        CompletionCase("env use pr", ["prod-eu", "prod-na"], replaced: 2, suffix: " "),
        CompletionCase("env rename s", ["sandbox"], replaced: 1, suffix: " "),
        CompletionCase("spec l", ["list", "load"], replaced: 1, suffix: " "),
        CompletionCase("show h", ["headers"], replaced: 1, suffix: " "),
        CompletionCase("set camp", ["campaignId"], replaced: 4, suffix: " "),
        CompletionCase("unset ", ["api_url", "campaignId", "profileId"], replaced: 0, suffix: " "),
        CompletionCase("vars p", ["profileId"], replaced: 1, suffix: " "),
    ]

    static let variableCases: [CompletionCase] = [
        CompletionCase("GET {{camp", ["campaignId"], replaced: 4, suffix: "}}"),
        CompletionCase(
            "set id {{resp", ["response.body", "response.headers.", "response.status"],
            replaced: 4, suffix: "}}"),
        CompletionCase("set x {{response.h", ["response.headers."], replaced: 10, suffix: ""),
        CompletionCase("GET {{camp}}", cursor: 10, ["campaignId"], replaced: 4, suffix: ""),
        CompletionCase(
            #"POST /sp/campaigns/delete {"campaignIdFilter":{"include":["{{camp"#,
            ["campaignId"], replaced: 4, suffix: "}}"),
        CompletionCase("GET {{zz", [], replaced: 0, suffix: ""),
    ]

    static let pathCases: [CompletionCase] = [
        CompletionCase("GET /v2/pr", ["/v2/profiles", "/v2/profiles/"], replaced: 6, suffix: ""),
        CompletionCase("GET /v2/profiles/", ["/v2/profiles/42"], replaced: 13, suffix: " "),
        CompletionCase(
            "POST /sp/campaigns/",
            [
                "/sp/campaigns/123/", "/sp/campaigns/budget/",
                "/sp/campaigns/budgetRecommendations", "/sp/campaigns/budgetRules/",
                "/sp/campaigns/delete", "/sp/campaigns/initialBudgetRecommendation",
                "/sp/campaigns/list",
            ], replaced: 14, suffix: ""),
        CompletionCase("POST /sp/campaigns/l", ["/sp/campaigns/list"], replaced: 15, suffix: " "),
        CompletionCase("GET /sp/campaigns/", ["/sp/campaigns/123/"], replaced: 14, suffix: ""),
        CompletionCase(
            "GET {{api_url}}/v2/pr", ["{{api_url}}/v2/profiles", "{{api_url}}/v2/profiles/"],
            replaced: 17, suffix: ""),
        CompletionCase(
            "DELETE /reporting/reports/", ["/reporting/reports/{reportId}"], replaced: 19,
            suffix: " "),
        CompletionCase("get /testA", ["/testAccounts"], replaced: 6, suffix: " "),
        CompletionCase("PATCH /sp/", [], replaced: 0, suffix: ""),
        CompletionCase("GET /nothing/", [], replaced: 0, suffix: ""),
        CompletionCase("GET /v2/profiles?api", [], replaced: 0, suffix: ""),
    ]

    static let headerCases: [CompletionCase] = [
        CompletionCase(
            "GET /v2/profiles -H Amazon-Advertising-API-S", ["Amazon-Advertising-API-Scope:"],
            replaced: 24, suffix: " "),
        CompletionCase(
            "GET /v2/profiles -H \"auth", ["\"Authorization:"], replaced: 5, suffix: " "),
        CompletionCase(
            "POST /sp/campaigns/list -H \"Content-Type: app",
            [
                "\"Content-Type: application/json",
                "\"Content-Type: application/vnd.spCampaign.v3+json",
            ], replaced: 18, suffix: "\" "),
        CompletionCase(
            "POST /sp/campaigns/list -H Accept: application/vnd",
            ["\"Accept: application/vnd.spCampaign.v3+json"], replaced: 23, suffix: "\" "),
        CompletionCase(
            "POST /reporting/reports -H Content-Type:",
            [
                "\"Content-Type: application/json",
                "\"Content-Type: application/vnd.createasyncreportrequest.v3+json",
            ], replaced: 13, suffix: "\" "),
        CompletionCase(
            "POST /sp/campaigns -H 'Prefer: r", ["'Prefer: return=representation"],
            replaced: 10, suffix: "' "),
        CompletionCase("GET /v2/profiles -H X-Unknown", [], replaced: 0, suffix: ""),
        CompletionCase("GET /v2/profiles --header Pre", ["Prefer:"], replaced: 3, suffix: " "),
        CompletionCase(
            "GET /v2/profiles -H Accept: \"application/j", ["\"Accept: application/json"],
            replaced: 22, suffix: "\" "),
        CompletionCase(
            "GET /sp/campaigns/{{campaignId}}/",
            [
                "/sp/campaigns/{{campaignId}}/budgetRules",
                "/sp/campaigns/{{campaignId}}/budgetRules/",
            ], replaced: 29, suffix: ""),
        CompletionCase(
            "GET {{api_url}}/te", ["{{api_url}}/testAccounts"], replaced: 14, suffix: " "),
    ]

    static let nameCases: [CompletionCase] = [
        CompletionCase("send Spon", ["\"Sponsored Products/"], replaced: 4, suffix: ""),
        CompletionCase(
            "send \"Sponsored Products/Campaigns/L",
            ["\"Sponsored Products/Campaigns/List campaigns"], replaced: 31, suffix: "\" "),
        CompletionCase("send Acc", ["Accounts/"], replaced: 3, suffix: ""),
        CompletionCase("send Café/M", ["Café/Menü"], replaced: 6, suffix: " "),
        CompletionCase("source b", ["bodies/", "body.json"], replaced: 1, suffix: ""),
        CompletionCase("source bodies/a", ["bodies/a.json"], replaced: 8, suffix: " "),
        CompletionCase("source .", [".hidden"], replaced: 1, suffix: " "),
        CompletionCase("spec load s", ["script.adsh"], replaced: 1, suffix: " "),
        CompletionCase(
            "POST /sp/campaigns @bo", ["@bodies/", "@body.json"], replaced: 3, suffix: ""),
    ]

    static let positionCases: [CompletionCase] = [
        CompletionCase(
            "GET /v2/pr -H Accept: x", cursor: 10, ["/v2/profiles", "/v2/profiles/"], replaced: 6,
            suffix: ""),
        CompletionCase(
            "env use pr more", cursor: 10, ["prod-eu", "prod-na"], replaced: 2, suffix: " "),
        CompletionCase("set é {{camp", ["campaignId"], replaced: 4, suffix: "}}"),
        CompletionCase("set note 🎉 {{pro", ["profileId"], replaced: 3, suffix: "}}"),
        CompletionCase("set naïve 'pro", cursor: 13, [], replaced: 0, suffix: ""),
        CompletionCase("unset 'camp", ["'campaignId"], replaced: 5, suffix: "' "),
        CompletionCase("xyz", [], replaced: 0, suffix: ""),
        CompletionCase("help zz", [], replaced: 0, suffix: ""),
        CompletionCase(
            "",
            [
                "DELETE", "GET", "HEAD", "PATCH", "POST", "PUT", "env", "exit", "help",
                "save", "send", "set", "show", "source", "spec", "unset", "vars",
            ], replaced: 0,
            suffix: " "),
    ]

    @Test(
        arguments: commandCases + variableCases + pathCases + headerCases + nameCases
            + positionCases)
    func completes(_ example: CompletionCase) {
        let cursor = example.cursor ?? example.line.count
        let result = Completer().complete(
            line: example.line, cursor: cursor, context: Self.context)
        #expect(result.candidates == example.candidates)
        #expect(result.replacedCount == example.replacedCount)
        #expect(result.suffix == example.suffix)
    }

    @Test func pathParameterWithoutVariable() {
        var context = Self.context
        context.variables = [:]
        let result = Completer().complete(
            line: "GET /sp/campaigns/", cursor: 18, context: context)
        #expect(result.candidates == ["/sp/campaigns/{campaignId}/"])
    }

    @Test func originAloneOffersFirstSegments() {
        let result = Completer().complete(
            line: "GET {{api_url}}", cursor: 15, context: Self.context)
        #expect(result.replacedCount == 11)
        #expect(result.candidates.contains("{{api_url}}/v2/"))
        #expect(result.candidates.contains("{{api_url}}/testAccounts"))
        #expect(result.candidates.allSatisfy { $0.hasPrefix("{{api_url}}/") })
    }

    @Test func prefixOffersNextSegments() {
        let result = Completer().complete(line: "POST /sp/", cursor: 9, context: Self.context)
        #expect(result.replacedCount == 4)
        #expect(result.suffix == "")
        for expected in ["/sp/campaigns/", "/sp/adGroups/", "/sp/keywords/", "/sp/targets/"] {
            #expect(result.candidates.contains(expected), "\(expected)")
        }
        #expect(result.candidates.contains("/sp/campaigns"))
        #expect(!result.candidates.contains("/sp/campaign/"), "GET-only path offered for POST")
        #expect(result.candidates.allSatisfy { $0.hasPrefix("/sp/") })
    }

    @Test func cursorBeyondLineIsClamped() {
        let result = Completer().complete(line: "se", cursor: 99, context: Self.context)
        #expect(result.candidates == ["send", "set"])
    }
}

@Suite struct CompleterFuzzTests {
    static let pieces = [
        "GET", "POST", " ", "/", "sp", "campaigns", "{{", "}}", "\"", "'", "\\", "-H", "Accept:",
        "@", "send", "env", "use", "é", "🎉", "{", "}", "?", "https://", "Content-Type: ", "set",
    ]

    /// Completes random lines at random cursors and checks that the replaced text always lies
    /// before the cursor.
    @Test func randomLinesStayInBounds() {
        var generator = SeededGenerator(state: 7)
        for _ in 0..<5000 {
            var line = ""
            for _ in 0..<Int.random(in: 0...8, using: &generator) {
                line += Self.pieces.randomElement(using: &generator)!
            }
            let cursor = Int.random(in: -2...(line.count + 2), using: &generator)
            let result = Completer().complete(
                line: line, cursor: cursor, context: CompleterTests.context)
            let limit = max(0, min(cursor, line.count))
            #expect(result.replacedCount >= 0, "\(line.debugDescription) @\(cursor)")
            #expect(result.replacedCount <= limit, "\(line.debugDescription) @\(cursor)")
            #expect(result.candidates == result.candidates.sorted())
        }
    }
}
