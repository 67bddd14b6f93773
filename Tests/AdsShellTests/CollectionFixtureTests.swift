import Glibc
import Testing

@testable import AdsShell

/// Paths of the collection files that the collection tests read.
enum CollectionFixtures {
    /// The folder of small hand-written collections next to these tests.
    static let folder: String = {
        var components = "\(#filePath)".split(separator: "/", omittingEmptySubsequences: false)
        components.removeLast()
        return components.joined(separator: "/") + "/Fixtures/collections"
    }()

    static let smallV20 = folder + "/small-v2.0.postman_collection.json"
    static let smallV21 = folder + "/small-v2.1.postman_collection.json"
    static let tinyEnvironment = folder + "/../tiny.postman_environment.json"

    /// Amazon's official collection, present only in the project's shared workspace.
    static let official =
        "/work/shared/fixtures/postman/Amazon_Ads_API.postman_collection.json"
    static let officialEnvironment =
        "/work/shared/fixtures/postman/Amazon_Ads_API_Environment.postman_environment.json"

    static var officialIsReadable: Bool {
        access(official, R_OK) == 0
    }

    /// Amazon's collection, loaded once for all tests because a debug build takes about a
    /// second to parse its 1.6 MB.
    private static let officialResult = Result { () throws(CollectionError) in
        try PostmanCollection.load(path: official)
    }

    static func loadOfficial() throws -> PostmanCollection {
        try officialResult.get()
    }

    static func headerValue(_ request: CollectionRequest, _ name: String) -> String? {
        request.headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }
}

@Suite struct CollectionFixtureTests {
    @Test func smallV20LoadsFoldersAndRequests() throws {
        let collection = try PostmanCollection.load(path: CollectionFixtures.smallV20)
        #expect(collection.name == "Small v2.0")
        #expect(collection.schemaVersion == "2.0.0")
        #expect(collection.description?.hasPrefix("A hand-written collection") == true)
        #expect(
            collection.folders() == [
                "Accounts", "Reporting", "Reporting/V3", "Reporting/V2", "Sponsored TV",
            ])
        #expect(
            collection.requests.map(\.path) == [
                "Accounts/Profiles", "Reporting/V3/Create report", "Reporting/V3/Report status",
                "Reporting/V2/Report status", "Sponsored TV/List Campaign", "Access token",
                "Health",
            ])
        #expect(collection.requests(inFolder: "Reporting").count == 3)
        #expect(collection.requests(inFolder: "Reporting/V3/").count == 2)
        #expect(collection.requests(inFolder: nil).count == 7)
        #expect(collection.requests(inFolder: "Nothing").isEmpty)
    }

    @Test func smallV20StringAndObjectURLs() throws {
        let collection = try PostmanCollection.load(path: CollectionFixtures.smallV20)
        let profiles = try collection.find("Profiles")
        #expect(profiles.url == "{{api_url}}/v2/profiles")
        #expect(profiles.method == "GET")
        let status = try collection.find("Reporting/V3/Report status")
        #expect(status.url == "{{api_url}}/reporting/reports/{{reportId}}")
        let statusV2 = try collection.find("V2/Report status")
        #expect(statusV2.url == "{{api_url}}/v2/reports/{{reportId}}")
        let health = try collection.find("Health")
        #expect(health.method == "GET")
        #expect(health.url == "https://example.com/health")
        #expect(health.headers.isEmpty)
        #expect(health.body == .none)
    }

    @Test func smallV20HeadersAndBodies() throws {
        let collection = try PostmanCollection.load(path: CollectionFixtures.smallV20)
        let profiles = try collection.find("Profiles")
        #expect(
            profiles.headers.map(\.name) == ["Amazon-Advertising-API-ClientId", "Authorization"])
        #expect(profiles.carriesAuthHeaders)
        #expect(profiles.warnings == ["1 enabled header(s) with an empty name are left out"])

        let status = try collection.find("Reporting/V3/Report status")
        #expect(status.headers.map(\.name) == ["Accept", "Content-Type"])
        #expect(CollectionFixtures.headerValue(status, "accept") == "application/json")
        #expect(!status.carriesAuthHeaders)

        let create = try collection.find("Create report")
        #expect(create.body == .raw(#"{"name":"{{reportName}}"}"#, language: "json"))

        let token = try collection.find("Access token")
        #expect(token.method == "POST")
        #expect(token.noAuth)
        let expected: [(name: String, value: String)] = [
            ("grant_type", "refresh_token"), ("refresh_token", "{{refresh_token}}"),
        ]
        #expect(token.body == .urlencoded(expected))
    }

    @Test func smallV20AuthorizationFixAndMisspelling() throws {
        let collection = try PostmanCollection.load(path: CollectionFixtures.smallV20)
        let listCampaign = try collection.find("List Campaign")
        #expect(CollectionFixtures.headerValue(listCampaign, "Authorization") == "{{access_token}}")
        let normalized = listCampaign.normalizedHeaders()
        #expect(normalized.first?.value == "Bearer {{access_token}}")
        #expect(normalized.last?.name == "Content-Tpe")
        #expect(listCampaign.warnings.count == 2)
        #expect(listCampaign.warnings.contains { $0.contains("'Content-Tpe'") })
        #expect(listCampaign.warnings.contains { $0.contains("without the 'Bearer' scheme") })
        #expect(listCampaign.body == .raw("{}", language: nil))
    }

    @Test func smallV20ScriptsAndNotes() throws {
        let collection = try PostmanCollection.load(path: CollectionFixtures.smallV20)
        #expect(collection.scriptNotes.count == 1)
        #expect(collection.scriptNotes.first?.contains("refreshes the access token") == true)
        let profiles = try collection.find("Profiles")
        #expect(
            profiles.captures == [
                ScriptCapture(
                    variable: "profileId", query: ".[0].profileId",
                    condition: .truthy(query: ". | length"))
            ])
        #expect(profiles.skippedScriptLines.count == 1)
        #expect(profiles.skippedScriptLines.first?.hasPrefix("pm.test(") == true)

        let create = try collection.find("Create report")
        #expect(
            create.captures == [
                ScriptCapture(
                    variable: "reportId", query: ".reportId",
                    condition: .value(query: ".status", .equal, .string("PENDING")))
            ])
        #expect(create.skippedScriptLines.count == 1)
    }

    @Test func smallV21URLFromPartsAndBehavior() throws {
        let collection = try PostmanCollection.load(path: CollectionFixtures.smallV21)
        #expect(collection.schemaVersion == "2.1.0")
        let rules = try collection.find("Budget rules")
        #expect(
            rules.url
                == "https://advertising-api.amazon.com:443/sp/campaigns/{{campaignId}}/budgetRules/"
                + "{{ruleId}}?pageSize=30&flag")
        #expect(rules.disabledSystemHeaders == ["accept", "user-agent"])
        #expect(rules.disableBodyPruning)
        #expect(rules.description == "Lists the budget rules of one campaign.")
        #expect(rules.body == .raw(#"{"pageSize": 30}"#, language: nil))
        #expect(!rules.noAuth)
    }

    @Test func smallV21DisabledQueryAndVariable() throws {
        let collection = try PostmanCollection.load(path: CollectionFixtures.smallV21)
        let delete = try collection.find("Campaigns/Delete")
        #expect(delete.url == "{{api_url}}/sp/campaigns/{{campaignId}}")
        let opportunity = try collection.find(#"A\/B test"#)
        #expect(
            opportunity.url
                == "https://advertising-api.amazon.com/partnerOpportunities/{{opportunity_id}}/file"
        )
        #expect(opportunity.path == #"Campaigns/A\/B test"#)
        #expect(opportunity.headers.isEmpty)
    }

    @Test func smallV21FoldersBodiesAndNotes() throws {
        let collection = try PostmanCollection.load(path: CollectionFixtures.smallV21)
        #expect(collection.folders() == ["Campaigns", "Ad groups", "Empty"])
        #expect(collection.variables.map(\.name) == ["api_url", "retries"])
        #expect(collection.variables.map(\.value) == ["https://advertising-api.amazon.com", "3"])
        #expect(collection.requests(inFolder: "Empty").isEmpty)
        #expect(try collection.find("Upload").body == .file("/tmp/banner.png"))
        let form = try collection.find("Form")
        #expect(form.body == .none)
        #expect(
            form.warnings == [
                "body mode 'formdata' is not supported, so the request is sent "
                    + "without a body"
            ])
        #expect(collection.scriptNotes.count == 1)
        #expect(collection.scriptNotes.first?.contains("folder 'Campaigns' test script") == true)
    }

    @Test func smallV21DuplicateNames() throws {
        let collection = try PostmanCollection.load(path: CollectionFixtures.smallV21)
        #expect(
            try collection.find("Ad groups/Delete").url == "{{api_url}}/sp/adGroups/{{adGroupId}}")
        #expect(
            throws: CollectionError.ambiguousRequest(
                reference: "Delete", candidates: ["Campaigns/Delete", "Ad groups/Delete"])
        ) {
            try collection.find("Delete")
        }
    }

    @Test func findWithMethodPrefix() throws {
        let collection = try PostmanCollection.load(path: CollectionFixtures.smallV21)
        #expect(try collection.find("DELETE Ad groups/Delete").folderPath == ["Ad groups"])
        #expect(try collection.find("PUT Upload").name == "Upload")
        #expect(
            throws: CollectionError.requestNotFound(
                reference: "GET Upload", suggestions: ["Ad groups/Upload"])
        ) {
            try collection.find("GET Upload")
        }
    }

    @Test(arguments: [
        ("{{access_token}}", true), (" {{accessToken}} ", true), ("Bearer {{access_token}}", false),
        ("{{auth_header}}", false), ("{{a}}{{token}}", false), ("{{}}", false), ("token", false),
    ])
    func bareTokenTemplate(value: String, expected: Bool) {
        #expect(CollectionRequest.isBareTokenTemplate(value) == expected)
    }

    @Test func parseFromBytesNamesSource() throws {
        let text =
            #"{"info": {"name": "Inline", "schema": "x/collection/v2.1.0/collection.json"}, "item": []}"#
        let collection = try PostmanCollection.parse(Array(text.utf8), source: "inline")
        #expect(collection.name == "Inline")
        #expect(collection.requests.isEmpty)
        #expect(collection.folders().isEmpty)
    }
}
