import Testing

@testable import AdsShell

@Suite struct CollectionErrorTests {
    private func parseError(_ text: String) -> CollectionError? {
        do {
            _ = try PostmanCollection.parse(Array(text.utf8), source: "test.json")
            return nil
        } catch {
            return error
        }
    }

    @Test func missingFileNamesPath() {
        #expect(
            throws: CollectionError.unreadableFile(
                path: "/nonexistent/c.json", reason: "no such file or directory")
        ) {
            try PostmanCollection.load(path: "/nonexistent/c.json")
        }
        let message = CollectionError.unreadableFile(path: "/x", reason: "no such file").description
        #expect(
            message == "failed to read collection file '/x': no such file (check the path "
                + "and its permissions)")
    }

    @Test func notJSON() throws {
        let error = try #require(parseError("{\"info\": "))
        guard case .invalidJSON(let source, let detail) = error else {
            Issue.record("expected invalidJSON, got \(error)")
            return
        }
        #expect(source == "test.json")
        #expect(detail.contains("line 1"))
        #expect(error.description.hasPrefix("collection 'test.json' is not valid JSON: "))
    }

    @Test func environmentGivenByMistake() throws {
        let error = try #require(
            throws: CollectionError.self
        ) {
            try PostmanCollection.load(path: CollectionFixtures.tinyEnvironment)
        }
        guard case .notACollection(_, let found, let hint) = error else {
            Issue.record("expected notACollection, got \(error)")
            return
        }
        #expect(found == "it is a Postman environment file")
        #expect(hint.contains("load it as an environment"))
    }

    @Test(
        .enabled(
            if: CollectionFixtures.officialIsReadable,
            "Amazon's environment file is not at /work/shared/fixtures/postman"))
    func officialEnvironmentGivenByMistake() throws {
        let error = try #require(throws: CollectionError.self) {
            try PostmanCollection.load(path: CollectionFixtures.officialEnvironment)
        }
        #expect(error.description.contains("is a Postman environment file"))
    }

    @Test(arguments: [
        (#"[1, 2]"#, "the top level is not a JSON object"),
        (#"{"openapi": "3.0.1", "paths": {}}"#, "it is an OpenAPI document"),
        (
            #"{"name": "old", "requests": [], "order": []}"#,
            "it uses the Postman Collection v1 format"
        ),
        (#"{"name": "x"}"#, "it has no 'info' object and 'item' list"),
        (
            #"{"info": {"name": "x"}, "item": []}"#,
            "it has no 'info.schema' with the format version"
        ),
        (
            #"{"info": {"schema": "https://example.com/schema.json"}, "item": []}"#,
            "its schema 'https://example.com/schema.json' is not a collection schema"
        ),
        (
            #"{"info": {"schema": "https://x/collection/v1.0.0/c.json"}, "item": []}"#,
            "it uses collection format 1.0.0, which adsh does not read"
        ),
    ])
    func notACollection(text: String, found: String) throws {
        let error = try #require(parseError(text))
        guard case .notACollection(let source, let actual, _) = error else {
            Issue.record("expected notACollection, got \(error)")
            return
        }
        #expect(source == "test.json")
        #expect(actual == found)
    }

    @Test func invalidItemNamesItsPath() throws {
        let text = """
            {"info": {"schema": "https://x/collection/v2.1.0/c.json"},
             "item": [{"name": "Folder", "item": [{"name": "Broken"}]}]}
            """
        let error = try #require(parseError(text))
        #expect(
            error
                == .invalidItem(
                    source: "test.json", itemPath: "Folder/Broken",
                    problem: "the item has neither 'request' nor 'item'"))
        #expect(
            error.description.hasPrefix("invalid item 'Folder/Broken' in collection 'test.json'"))
    }

    @Test func unknownRequestSuggestsNearMatches() throws {
        let collection = try PostmanCollection.load(path: CollectionFixtures.smallV20)
        let error = try #require(throws: CollectionError.self) {
            try collection.find("Profils")
        }
        #expect(error == .requestNotFound(reference: "Profils", suggestions: ["Accounts/Profiles"]))
        #expect(
            error.description == "request 'Profils' not found in the collection (did you "
                + "mean 'Accounts/Profiles'?)")
        let unrelated = try #require(throws: CollectionError.self) {
            try collection.find("Quantum flux")
        }
        #expect(unrelated == .requestNotFound(reference: "Quantum flux", suggestions: []))
    }

    @Test func wrongCaseIsSuggested() throws {
        let collection = try PostmanCollection.load(path: CollectionFixtures.smallV20)
        #expect(
            throws: CollectionError.requestNotFound(
                reference: "reporting/v3/report status",
                suggestions: ["Reporting/V3/Report status"])
        ) {
            try collection.find("reporting/v3/report status")
        }
    }

    @Test func ambiguousNameListsPaths() throws {
        let collection = try PostmanCollection.load(path: CollectionFixtures.smallV20)
        let error = try #require(throws: CollectionError.self) {
            try collection.find("Report status")
        }
        #expect(
            error
                == .ambiguousRequest(
                    reference: "Report status",
                    candidates: ["Reporting/V3/Report status", "Reporting/V2/Report status"]))
        #expect(
            error.description == "request 'Report status' matches 2 requests: "
                + "'Reporting/V3/Report status', 'Reporting/V2/Report status' (give one of these "
                + "instead)")
    }
}
