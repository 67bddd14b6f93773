import Testing

@testable import AdsShell

/// Tests against Amazon's official collection. They are skipped where the shared workspace
/// with that file is absent, such as in a user's clone. The small fixtures cover the same
/// cases everywhere.
@Suite(
    .enabled(
        if: CollectionFixtures.officialIsReadable,
        "Amazon's collection is not at /work/shared/fixtures/postman, so these tests are skipped"
    ))
struct CollectionOfficialTests {
    let collection: PostmanCollection

    init() throws {
        collection = try CollectionFixtures.loadOfficial()
    }

    @Test func loadsAllRequestsAndFolders() {
        #expect(collection.name == "Amazon Ads API")
        #expect(collection.schemaVersion == "2.0.0")
        #expect(collection.requests.count == 244)
        #expect(collection.folders().count == 70)
        #expect(collection.variables.isEmpty)
        #expect(collection.folders().contains("Sponsored Products/Campaigns"))
        #expect(collection.requests(inFolder: "Sponsored Products").count == 47)
        #expect(collection.requests(inFolder: "Sponsored TV").count == 17)
    }

    @Test(arguments: [("POST", 135), ("GET", 67), ("PUT", 31), ("DELETE", 11)])
    func countsByMethod(method: String, count: Int) {
        #expect(collection.requests.filter { $0.method == method }.count == count)
    }

    @Test func duplicateNamesResolveByPath() throws {
        var counts: [String: Int] = [:]
        for request in collection.requests { counts[request.name, default: 0] += 1 }
        let duplicates = counts.filter { $0.value > 1 }.keys.sorted()
        #expect(duplicates.count == 20)
        for name in duplicates {
            #expect(throws: CollectionError.self) { try collection.find(name) }
            for request in collection.requests where request.name == name {
                let reference = collection.reference(for: request)
                let found = try collection.find(reference)
                #expect(found.path == request.path)
                #expect(found.method == request.method)
            }
        }
    }

    @Test func sameFolderDuplicateNeedsMethod() throws {
        let path = "Sponsored Display/Locations/Locations"
        #expect(
            throws: CollectionError.ambiguousRequest(
                reference: path, candidates: ["POST " + path, "GET " + path])
        ) {
            try collection.find(path)
        }
        #expect(try collection.find("GET " + path).method == "GET")
    }

    @Test func pathVariablesAndQueries() throws {
        let status = try collection.find("Reporting/Sponsored ads V3/Report status")
        #expect(status.url == "{{api_url}}/reporting/reports/{{reportId}}")
        let opportunity = try collection.find("Get opportunity file")
        #expect(
            opportunity.url
                == "https://advertising-api.amazon.com/partnerOpportunities/{{opportunity_id}}/file"
        )
        let opportunities = try collection.find("List opportunities")
        #expect(
            opportunities.url
                == "https://advertising-api.amazon.com/partnerOpportunities?maxResults=10&locale=en_US"
        )
        let rules = try collection.find("Budget rules/SP/All budget rules")
        #expect(rules.url == "{{api_url}}/sp/budgetRules?pageSize=30")
        let testAccounts = try collection.find("Check account creation status")
        #expect(testAccounts.url == "{{api_url}}/testAccounts")
        #expect(!collection.requests.contains { $0.url.contains("/:") })
    }

    @Test func noAuthRequests() {
        let noAuth = collection.requests.filter(\.noAuth)
        #expect(noAuth.count == 7)
        #expect(noAuth.filter { $0.folderPath == ["Sponsored Products", "Keywords"] }.count == 4)
        #expect(noAuth.filter { $0.folderPath == ["Sponsored Display", "Creatives"] }.count == 3)
        #expect(noAuth.allSatisfy { $0.carriesAuthHeaders })
    }

    @Test func sponsoredTVAuthorizationIsFixed() {
        let changed = collection.requests.filter { request in
            let before = request.headers.map(\.value)
            let after = request.normalizedHeaders().map(\.value)
            return before != after
        }
        #expect(changed.count == 17)
        #expect(changed.allSatisfy { $0.folderPath.first == "Sponsored TV" })
        for request in changed {
            let authorization = request.normalizedHeaders().first { $0.name == "Authorization" }
            #expect(authorization?.value == "Bearer {{access_token}}")
        }
    }

    @Test func misspelledContentTypeIsReported() throws {
        let request = try collection.find("Sponsored Products/Product ads/Delete product ads")
        #expect(request.headers.contains { $0.name == "Content-Tpe" })
        #expect(request.normalizedHeaders().contains { $0.name == "Content-Tpe" })
        #expect(request.warnings.contains { $0.contains("'Content-Tpe'") })
        let misspelled = collection.requests.filter { request in
            request.warnings.contains { $0.contains("misspelling") }
        }
        #expect(misspelled.count == 1)
    }

    @Test func bodiesAndBehavior() throws {
        let modes = collection.requests.map { request -> String in
            switch request.body {
            case .none: return "none"
            case .raw: return "raw"
            case .urlencoded: return "urlencoded"
            case .file: return "file"
            }
        }
        #expect(modes.filter { $0 == "urlencoded" }.count == 2)
        #expect(modes.filter { $0 == "file" }.count == 1)
        #expect(collection.requests.filter { !$0.disabledSystemHeaders.isEmpty }.count > 0)
        let token = try collection.find("Access token from refresh token")
        guard case .urlencoded(let fields) = token.body else {
            Issue.record("expected a urlencoded body, got \(token.body)")
            return
        }
        #expect(
            fields.map(\.name) == ["grant_type", "refresh_token", "client_id", "client_secret"])
    }

    @Test func collectionScriptIsHandledNatively() {
        #expect(collection.scriptNotes.count == 2)
        #expect(collection.scriptNotes.first?.contains("refreshes the access token") == true)
        #expect(
            collection.scriptNotes.last
                == "the collection pre-request script adds the header 'Postman-Collection: "
                + "Amazon-Ads-API-v1.6' to each request, which adsh does not send")
        let mentionsRefresh = collection.requests.contains { request in
            request.skippedScriptLines.contains { $0.contains("sendRequest") }
        }
        #expect(!mentionsRefresh)
    }
}
