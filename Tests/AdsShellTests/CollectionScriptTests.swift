import Testing

@testable import AdsShell

/// One script and what translation should make of it.
struct ScriptCase: Sendable, CustomTestStringConvertible {
    var label: String
    var script: String
    var captures: [ScriptCapture]
    var skipped: [String]

    var testDescription: String { label }
}

@Suite struct CollectionScriptTests {
    static let cases: [ScriptCase] = [
        ScriptCase(
            label: "pm.environment.set with pm.response.json",
            script: """
                var jsonData = pm.response.json();
                pm.environment.set("campaignId", jsonData.campaigns[0].campaignId);
                """,
            captures: [ScriptCapture(variable: "campaignId", query: ".campaigns[0].campaignId")],
            skipped: []),
        ScriptCase(
            label: "clear then set through a local variable",
            script: """
                var response = JSON.parse(responseBody);
                var adId = response.ads[0].adId
                postman.clearEnvironmentVariable("adId");
                postman.setEnvironmentVariable("adId", adId);
                """,
            captures: [ScriptCapture(variable: "adId", query: ".ads[0].adId", clearsFirst: true)],
            skipped: []),
        ScriptCase(
            label: "status code guard with else branch",
            script: """
                if (pm.response.code === 207) {
                    var result = JSON.parse(responseBody);
                    pm.environment.set("keywordId", result.keywords.success[0].keywordId);
                } else {
                    console.log(responseBody);
                }
                """,
            captures: [
                ScriptCapture(
                    variable: "keywordId", query: ".keywords.success[0].keywordId",
                    condition: .statusCode(.equal, 207))
            ],
            skipped: ["console.log(responseBody);"]),
        ScriptCase(
            label: "totalResults guard nested with status",
            script: """
                var response = JSON.parse(responseBody);
                if(response.totalResults === 0) {
                    console.info("No campaigns were returned.");
                } else {
                    if(responseCode.code === 200) {
                        postman.setEnvironmentVariable("campaignId", response.campaigns[0].campaignId);
                    }
                }
                """,
            captures: [
                ScriptCapture(
                    variable: "campaignId", query: ".campaigns[0].campaignId",
                    condition: .allOf([
                        .value(query: ".totalResults", .notEqual, .number("0")),
                        .statusCode(.equal, 200),
                    ]))
            ],
            skipped: [#"console.info("No campaigns were returned.");"#]),
        ScriptCase(
            label: "length comparison and negated truthiness",
            script: """
                const res = pm.response.json()
                if (res.length > 0) { pm.environment.set("first", res[0]["profile-id"]) }
                if (!res[0].missing) { pm.environment.set("second", res[1].id) }
                """,
            captures: [
                ScriptCapture(
                    variable: "first", query: #".[0]["profile-id"]"#,
                    condition: .value(query: ". | length", .greater, .number("0"))),
                ScriptCapture(
                    variable: "second", query: ".[1].id",
                    condition: .falsy(query: ".[0].missing")),
            ],
            skipped: []),
        ScriptCase(
            label: "status assertion inside pm.test",
            script: """
                pm.test("Status test", function () {
                    pm.response.to.have.status(207);
                    var jsonData = JSON.parse(responseBody);
                    pm.environment.set("e.ad.group.id", jsonData.adGroups.success[0].adGroupId);
                    console.log("AdGroupId: " + jsonData.adGroups.success[0].adGroupId);
                });
                """,
            captures: [
                ScriptCapture(
                    variable: "e.ad.group.id", query: ".adGroups.success[0].adGroupId",
                    condition: .statusCode(.equal, 207))
            ],
            skipped: [#"console.log("AdGroupId: " + jsonData.adGroups.success[0].adGroupId);"#]),
        ScriptCase(
            label: "unconditional clear before a guarded set",
            script: """
                postman.clearEnvironmentVariable("snapshotId");
                var response = JSON.parse(responseBody);
                if (response && response.status === 'IN_PROGRESS') {
                    postman.setEnvironmentVariable("snapshotId", response.snapshotId);
                    postman.setNextRequest("SP snapshot status")
                }
                """,
            captures: [
                ScriptCapture(
                    variable: "snapshotId", query: ".snapshotId",
                    condition: .value(query: ".status", .equal, .string("IN_PROGRESS")),
                    clearsFirst: true)
            ],
            skipped: [#"postman.setNextRequest("SP snapshot status")"#]),
        ScriptCase(
            label: "polling script is skipped whole",
            script: """
                /* wait and poll */
                const sleepBetweenTries = 30000;
                const jsonResponse = JSON.parse(responseBody);
                if (jsonResponse.status === "SUCCESS") {
                    postman.setNextRequest("Download SP snapshot");
                } else {
                    setTimeout(function() {}, sleepBetweenTries);
                }
                """,
            captures: [],
            skipped: [
                "const sleepBetweenTries = 30000;",
                #"if (jsonResponse.status === "SUCCESS") { postman.setNextRequest("Download SP snapshot"); } else { setTimeout(function() {}, sleepBetweenTries); }"#,
            ]),
        ScriptCase(
            label: "loops, untranslatable values and conditions",
            script: """
                for (var i = 0; i < 3; i++) { console.log(i) }
                pm.environment.set("stamp", Date.now())
                if (pm.info.requestName.startsWith("Access")) { pm.environment.set("a", 1) }
                pm.collectionVariables.set("x", pm.response.json().id)
                """,
            captures: [],
            skipped: [
                "for (var i = 0; i < 3; i++) { console.log(i) }",
                #"pm.environment.set("stamp", Date.now())"#,
                #"if (pm.info.requestName.startsWith("Access")) { pm.environment.set("a", 1) }"#,
                #"pm.collectionVariables.set("x", pm.response.json().id)"#,
            ]),
        ScriptCase(
            label: "token response with two conditions",
            script: """
                const res = JSON.parse(responseBody);
                if (res.access_token && res.refresh_token) {
                    postman.setEnvironmentVariable("access_token", res.access_token);
                    postman.setEnvironmentVariable("token_expires_at", Date.now() + (res.expires_in * 1000))
                } else {
                    console.log('Authorization failed.')
                }
                """,
            captures: [
                ScriptCapture(
                    variable: "access_token", query: ".access_token",
                    condition: .allOf([
                        .truthy(query: ".access_token"), .truthy(query: ".refresh_token"),
                    ]))
            ],
            skipped: [
                #"postman.setEnvironmentVariable("token_expires_at", Date.now() + (res.expires_in * 1000))"#,
                "console.log('Authorization failed.')",
            ]),
        ScriptCase(
            label: "clear without a set is listed",
            script: #"postman.clearEnvironmentVariable("reportId") // reset"#,
            captures: [],
            skipped: [#"postman.clearEnvironmentVariable("reportId")"#]),
        ScriptCase(
            label: "template literal across lines",
            script: "console.log(`first\nsecond ${value}`)",
            captures: [],
            skipped: [#"console.log(`first\nsecond ${value}`)"#]),
        ScriptCase(
            label: "stray closing brace", script: "} x = 1", captures: [], skipped: ["}", "x = 1"]),
        ScriptCase(
            label: "optional chaining",
            script: #"pm.environment.set("id", pm.response.json()?.items?.[0]?.id)"#,
            captures: [ScriptCapture(variable: "id", query: ".items[0].id")],
            skipped: []),
        ScriptCase(
            label: "empty script", script: "\n\n", captures: [], skipped: []),
    ]

    @Test(arguments: cases)
    func translation(of scriptCase: ScriptCase) {
        let translation = ScriptTranslator.translate(scriptCase.script)
        #expect(translation.captures == scriptCase.captures)
        #expect(translation.skippedLines == scriptCase.skipped)
    }

    @Test(arguments: [
        "if (", "pm.environment.set(\"a\", ", "var x = {a: [1, 2", "`unterminated ${x",
        "'open string", "/* open comment", "}}}{{{)))(((", "a.b.c.d.(((", "=> => =>",
        String(repeating: "(", count: 5_000), String(repeating: "{", count: 5_000),
        String(repeating: "!", count: 5_000) + "x",
    ])
    func malformedScriptsDoNotFail(script: String) {
        let translation = ScriptTranslator.translate(script)
        #expect(translation.captures.isEmpty)
    }

    @Test func conditionDescriptions() {
        let condition = CaptureCondition.allOf([
            .value(query: ".totalResults", .notEqual, .number("0")), .statusCode(.equal, 200),
        ])
        #expect(condition.description == ".totalResults != 0 and status == 200")
        #expect(condition.negated.description == "(.totalResults == 0 or status != 200)")
        let capture = ScriptCapture(
            variable: "reportId", query: ".reportId",
            condition: .value(query: ".status", .equal, .string("PENDING")), clearsFirst: true)
        #expect(
            capture.description
                == #"reportId = .reportId when .status == "PENDING" (cleared first)"#)
    }

    @Test func tokenizerKeepsStatementText() {
        let lines = ScriptTranslator.statementLines(
            "const jar = pm.cookies.jar()\n\njar.clear(pm.request.url, function (error) {\n})")
        #expect(
            lines == [
                "const jar = pm.cookies.jar()", "jar.clear(pm.request.url, function (error) { })",
            ])
    }
}
