import Testing

@testable import AdsShell

@Suite struct TemplateExpanderTests {
    private func expander(_ values: [String: String]) -> TemplateExpander {
        TemplateExpander(lookup: { values[$0] }, knownNames: { Array(values.keys) })
    }

    private func expand(_ line: String, _ values: [String: String]) throws -> String {
        let word = try #require(try Tokenizer.tokenize(line).words.last)
        return try expander(values).expand(word)
    }

    @Test func expandsVariables() throws {
        let values = ["api_url": "https://x.test", "id": "42"]
        #expect(try expand("GET {{api_url}}/sp/{{id}}", values) == "https://x.test/sp/42")
    }

    @Test func expandsNestedValues() throws {
        let values = ["base": "https://{{host}}", "host": "x.test"]
        #expect(try expand("GET {{base}}/v2", values) == "https://x.test/v2")
    }

    @Test func unknownVariableSuggestsNearName() {
        #expect(throws: TemplateError.unknownVariable("profileID", suggestion: "profileId")) {
            try expand("GET /x/{{profileID}}", ["profileId": "1"])
        }
    }

    @Test func unknownVariableMessage() {
        let error = TemplateError.unknownVariable("profileID", suggestion: "profileId")
        #expect(error.description.contains("unknown variable 'profileID'"))
        #expect(error.description.contains("did you mean 'profileId'?"))
    }

    @Test func unknownVariableWithoutNearName() {
        #expect(throws: TemplateError.unknownVariable("zzz", suggestion: nil)) {
            try expand("GET /{{zzz}}", ["profileId": "1"])
        }
    }

    @Test func selfReferenceIsACycle() {
        #expect(throws: TemplateError.cycle(["a", "a"])) {
            try expand("GET /{{a}}", ["a": "{{a}}"])
        }
    }

    @Test func mutualReferenceIsACycle() {
        #expect(throws: TemplateError.cycle(["a", "b", "a"])) {
            try expand("GET /{{a}}", ["a": "x{{b}}", "b": "y{{a}}"])
        }
    }

    @Test func valueInJSONStringIsEscaped() throws {
        let body = try expand(#"POST /x {"name": "{{name}}"}"#, ["name": #"say "hi"\"#])
        #expect(body == #"{"name": "say \"hi\"\\"}"#)
        #expect((try? JSONParser.parse(body)) != nil)
    }

    @Test func valueOutsideJSONStringIsRaw() throws {
        let body = try expand(#"POST /x {"maxResults": {{n}}}"#, ["n": "10"])
        #expect(body == #"{"maxResults": 10}"#)
    }

    @Test func responseTemplateWithoutResponse() {
        #expect(throws: TemplateError.noResponse("response.status")) {
            try expand("set x {{response.status}}", [:])
        }
    }
}
