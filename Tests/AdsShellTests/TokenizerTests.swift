import Testing

@testable import AdsShell

@Suite struct TokenizerTests {
    /// Each word's expanded-template form, for compact expectations.
    private func words(_ line: String) throws -> [String] {
        try Tokenizer.tokenize(line).words.map(\.templateText)
    }

    @Test(arguments: [
        ("set profileId 123", ["set", "profileId", "123"]),
        ("  GET   /v2/profiles  ", ["GET", "/v2/profiles"]),
        ("set name 'two words'", ["set", "name", "two words"]),
        ("set name \"say \\\"hi\\\"\"", ["set", "name", "say \"hi\""]),
        ("set a\\ b c", ["set", "a b", "c"]),
        ("set x 'it''s'", ["set", "x", "its"]),
        ("set x \"a\\nb\"", ["set", "x", "a\nb"]),
        ("set x 'a\\nb'", ["set", "x", "a\\nb"]),
        ("GET /x # a comment", ["GET", "/x"]),
        ("# only a comment", []),
        ("GET /x#frag", ["GET", "/x#frag"]),
        ("", []),
        ("GET {{api_url}}/v2/profiles", ["GET", "{{api_url}}/v2/profiles"]),
        ("GET /sp/{{ campaignId }}", ["GET", "/sp/{{campaignId}}"]),
        (
            #"POST /sp/campaigns/list {"stateFilter": {"include": ["ENABLED"]}}"#,
            ["POST", "/sp/campaigns/list", #"{"stateFilter": {"include": ["ENABLED"]}}"#]
        ),
        (#"POST /x [1, {"a": "}]"}]"#, ["POST", "/x", #"[1, {"a": "}]"}]"#]),
        (#"POST /x {"n": {{count}}}"#, ["POST", "/x", #"{"n": {{count}}}"#]),
        (#"POST /x {"a": "x # y"}"#, ["POST", "/x", #"{"a": "x # y"}"#]),
        ("set x 'Été 2026 – 🎯'", ["set", "x", "Été 2026 – 🎯"]),
    ])
    func splitsWords(line: String, expected: [String]) throws {
        #expect(try words(line) == expected)
    }

    @Test(arguments: [
        ("set name \"unterminated", TokenizerError.unterminatedDoubleQuote(column: 10)),
        ("set name 'open", .unterminatedSingleQuote(column: 10)),
        ("GET /x/{{id", .unterminatedTemplate(column: 8)),
        ("GET /x/{{ }}", .emptyTemplate(column: 8)),
        (#"POST /x {"a": [1, 2}"#, .unexpectedClosingBracket("}", column: 20)),
        (#"POST /x {"a": 1"#, .unterminatedJSON(column: 9)),
        (#"POST /x {"a": 1}x"#, .textAfterJSON(column: 17)),
        ("set x abc\\", .danglingEscape(column: 10)),
        ("set «é» \"x", .unterminatedDoubleQuote(column: 9)),
    ])
    func reportsErrorColumns(line: String, expected: TokenizerError) {
        #expect(throws: expected) { try Tokenizer.tokenize(line) }
    }

    @Test func errorMessageNamesColumn() {
        let error = TokenizerError.unterminatedDoubleQuote(column: 14)
        #expect(error.description == "unterminated double quote at column 14")
    }

    @Test func templatePartsAreSeparate() throws {
        let word = try #require(try Tokenizer.tokenize("GET {{api_url}}/v2/{{id}}").words.last)
        #expect(
            word.parts == [
                .template("api_url", inJSONString: false), .literal("/v2/"),
                .template("id", inJSONString: false),
            ])
        #expect(word.templateNames == ["api_url", "id"])
    }

    @Test func singleQuotesKeepTemplatesLiteral() throws {
        let word = try #require(try Tokenizer.tokenize("set x '{{y}}'").words.last)
        #expect(word.parts == [.literal("{{y}}")])
    }

    @Test func templateInsideJSONStringIsMarked() throws {
        let word = try #require(
            try Tokenizer.tokenize(#"POST /x {"id": "{{campaignId}}", "n": {{n}}}"#).words.last)
        #expect(word.isJSON)
        #expect(word.parts.contains(.template("campaignId", inJSONString: true)))
        #expect(word.parts.contains(.template("n", inJSONString: false)))
    }

    @Test func queryAndRedirectEndings() throws {
        let line = try Tokenizer.tokenize("GET /v2/profiles > out.json | .[0].profileId")
        #expect(line.words.map(\.templateText) == ["GET", "/v2/profiles"])
        #expect(line.redirect?.templateText == "out.json")
        #expect(line.query == ".[0].profileId")
        #expect(line.queryColumn == 31)
    }

    @Test func quotedOperatorsArePlainWords() throws {
        let line = try Tokenizer.tokenize("set x '|' \">\"")
        #expect(line.words.map(\.templateText) == ["set", "x", "|", ">"])
        #expect(line.query == nil)
        #expect(line.redirect == nil)
    }

    @Test(arguments: [
        (#"POST /x {"a":"#, true),
        (#"POST /x {"a": [1,"#, true),
        (#"POST /x {"a": "{"#, true),
        (#"POST /x {"a": 1}"#, false),
        ("set x \"open", false),
        ("GET /x", false),
    ])
    func continuation(text: String, expected: Bool) {
        #expect(Tokenizer.needsContinuation(text) == expected)
    }

    @Test func multiLineBodyJoins() throws {
        let text = "POST /x {\n  \"a\": [1,\n 2]\n}"
        let line = try Tokenizer.tokenize(text)
        #expect(line.words.count == 3)
        #expect(line.words[2].isJSON)
    }

    @Test func longLineTokenizes() throws {
        let value = String(repeating: "x", count: 200_000)
        #expect(try words("set big \(value)") == ["set", "big", value])
    }
}
