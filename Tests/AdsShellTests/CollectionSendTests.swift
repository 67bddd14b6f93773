import AdsAPISimulator
import Testing

@testable import AdsShell

@Suite struct CollectionSendTests {
    private static let officialCollection = SharedFixtures.path(
        "postman/Amazon_Ads_API.postman_collection.json")

    @Test(
        .enabled(
            if: officialCollection != nil,
            "skipped: ../shared/fixtures is absent (a user's clone); the local test covers it"))
    func officialCollectionAgainstItsExamples() throws {
        let path = try #require(Self.officialCollection)
        var configuration = SimulatorConfiguration()
        configuration.examplesCollection = path
        let shell = try SimulatedShell(configuration: configuration)
        if let environmentFile = SharedFixtures.environmentFile {
            let environment = try Environment.parsePostman(
                try FileSystem.readFile(environmentFile), path: environmentFile)
            #expect(environment.variables.count == 13)
        }
        #expect(shell.run("import \(path)") == .success)
        let requests = [
            "Profiles",
            "Sponsored Products/Campaigns/List campaigns",
            "Sponsored Products/Campaigns/Create campaigns",
            "Sponsored Products/Campaigns/Update campaigns",
            "Reporting/Sponsored ads V3/Create report",
            "Reporting/Sponsored ads V3/Report status",
            "First call/List SP campaigns",
            "First call/List SD campaigns",
            "Test accounts/Check account creation status",
            "Exports/Request campaign export",
            "Exports/Exports status",
            "Sponsored Products/Campaigns/Delete campaigns",
        ]
        for request in requests {
            shell.console.clearCapture()
            let outcome = shell.run("send '\(request)'")
            #expect(outcome == .success, "send \(request)")
        }
        #expect(shell.environment["profileId"] != nil)
        #expect(shell.environment["campaignId"] != nil)
        #expect(shell.environment["reportId"] != nil)
        #expect(shell.environment["exportId"] != nil)
        let api = shell.received(on: "api-na")
        #expect(api.count >= requests.count)
        for request in api {
            let authorizations = request.headers.filter { $0.name.lowercased() == "authorization" }
            #expect(authorizations.count == 1)
            #expect(authorizations.first?.value.hasPrefix("Bearer Atza|") == true)
        }
    }

    @Test(.enabled(if: officialCollection != nil, "skipped: ../shared/fixtures is absent"))
    func sponsoredTelevisionGetsBearer() throws {
        let path = try #require(Self.officialCollection)
        var configuration = SimulatorConfiguration()
        configuration.examplesCollection = path
        let shell = try SimulatedShell(configuration: configuration)
        shell.run("import \(path)", "set profileId 3382741658212519")
        shell.simulator.clearRecordedRequests()
        shell.run("send 'Sponsored TV/Campaign/Create Campaign'")
        let request = try #require(shell.received(on: "api-na").last)
        let authorizations = request.headers.filter { $0.name.lowercased() == "authorization" }
        #expect(authorizations.count == 1)
        #expect(authorizations.first?.value.hasPrefix("Bearer ") == true)
    }

    @Test func localCollectionSendsAndCaptures() throws {
        let shell = try SimulatedShell()
        let collection = shell.folder.file("small.postman_collection.json")
        try shell.folder.write(
            """
            {"info": {"name": "small", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
             "item": [
              {"name": "Profiles", "request": {"method": "GET",
                "header": [{"key": "Amazon-Advertising-API-ClientId", "value": "{{client_id}}"},
                           {"key": "Authorization", "value": "{{access_token}}"}],
                "url": "{{api_url}}/v2/profiles"},
               "event": [{"listen": "test", "script": {"exec": [
                 "var res = JSON.parse(responseBody);",
                 "if (res.length > 0) { pm.environment.set(\\"profileId\\", res[0].profileId); }",
                 "console.log('done');"]}}]},
              {"name": "SP", "item": [
                {"name": "List campaigns", "request": {"method": "POST",
                  "header": [{"key": "Amazon-Advertising-API-ClientId", "value": "{{client_id}}"},
                             {"key": "Authorization", "value": "Bearer {{access_token}}"},
                             {"key": "Amazon-Advertising-API-Scope", "value": "{{profileId}}"},
                             {"key": "Content-Type", "value": "application/vnd.spCampaign.v3+json"},
                             {"key": "Accept", "value": "application/vnd.spCampaign.v3+json"}],
                  "body": {"mode": "raw", "raw": "{\\"maxResults\\": 2}"},
                  "url": {"raw": "{{api_url}}/sp/campaigns/list", "host": ["{{api_url}}"],
                          "path": ["sp", "campaigns", "list"]}},
                 "event": [{"listen": "test", "script": {"exec": [
                   "var jsonData = JSON.parse(responseBody);",
                   "if (jsonData.totalResults !== 0) {",
                   "  postman.setEnvironmentVariable(\\"campaignId\\", jsonData.campaigns[0].campaignId);",
                   "}"]}}]}]}]}
            """, to: "small.postman_collection.json")
        #expect(shell.run("import \(collection)") == .success)
        #expect(shell.run("send Profiles") == .success)
        #expect(shell.environment["profileId"] == "3382741658212519")
        #expect(shell.console.capturedError.contains("not run (collection JavaScript)"))
        #expect(shell.run("send SP/'List campaigns'") == .success)
        #expect(shell.environment["campaignId"] == "100000212519001")

        let requests = shell.received(on: "api-na")
        let profiles = try #require(requests.first { $0.target == "/v2/profiles" })
        #expect(profiles.header("Authorization")?.hasPrefix("Bearer Atza|") == true)
        #expect(profiles.header("Amazon-Advertising-API-Scope") == nil)
        let list = try #require(requests.last)
        #expect(list.header("Amazon-Advertising-API-Scope") == "3382741658212519")
        #expect(list.headers.filter { $0.name.lowercased() == "authorization" }.count == 1)
    }

    @Test func sendErrorToFileShowsBody() throws {
        let shell = try SimulatedShell()
        try shell.folder.write(
            """
            {"info": {"name": "errors", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
             "item": [{"name": "Missing profile", "request": {"method": "GET",
               "header": [{"key": "Authorization", "value": "Bearer {{access_token}}"},
                          {"key": "Amazon-Advertising-API-ClientId", "value": "{{client_id}}"}],
               "url": "{{api_url}}/v2/profiles/1"}}]}
            """, to: "errors.postman_collection.json")
        shell.run("import \(shell.folder.file("errors.postman_collection.json"))")
        let target = shell.folder.file("missing.json")
        shell.console.clearCapture()
        #expect(shell.run("send 'Missing profile' > \(target)") == .failure)
        #expect(!FileSystem.exists(target))
        #expect(shell.console.capturedOutput.contains("NOT_FOUND"))
        #expect(shell.console.capturedError.contains("was not written"))
    }

    @Test func sendWithoutCollectionExplains() throws {
        let shell = try SimulatedShell()
        #expect(shell.run("send Profiles") == .failure)
        #expect(shell.console.capturedError.contains("import FILE"))
    }
}
