import AdsAPISimulator
import Testing

@testable import AdsShell

@Suite struct AmazonBehaviourTests {
    private static let reportBody =
        #"{"name": "t", "startDate": "2026-11-01", "endDate": "2026-11-07", "configuration": "#
        + #"{"adProduct": "SPONSORED_PRODUCTS", "groupBy": ["campaign"], "columns": "#
        + #"["campaignId", "impressions"], "reportTypeId": "spCampaigns", "#
        + #""timeUnit": "SUMMARY", "format": "GZIP_JSON"}}"#

    private func fastReports() -> SimulatorConfiguration {
        var configuration = SimulatorConfiguration()
        configuration.reportSchedule = ReportSchedule(pendingSeconds: 0.2, processingSeconds: 0.2)
        return configuration
    }

    private func scopedShell(_ configuration: SimulatorConfiguration = SimulatorConfiguration())
        throws -> SimulatedShell
    {
        let shell = try SimulatedShell(configuration: configuration)
        shell.run("GET /v2/profiles", "set profileId from .[0].profileId")
        return shell
    }

    @Test func reportFlowDownloadsWithoutCredentials() throws {
        let shell = try scopedShell(fastReports())
        let path = shell.folder.file("rows.json")
        #expect(
            shell.run("report \(Self.reportBody) every 100ms timeout 10s > \(path)") == .success)
        let rows = try JSONParser.parse(try FileSystem.readFile(path))
        #expect((rows.arrayValue?.count ?? 0) > 0)
        #expect(rows[0]?["campaignId"] != nil)
        #expect(shell.environment["reportId"] != nil)

        let storage = shell.received(on: "storage")
        #expect(storage.count == 1)
        for request in storage {
            #expect(request.header("Authorization") == nil)
            #expect(request.header("Amazon-Advertising-API-ClientId") == nil)
            #expect(request.header("Amazon-Advertising-API-Scope") == nil)
        }
        let create = try #require(shell.received(on: "api-na").first { $0.method == "POST" })
        #expect(create.header("Content-Type") == "application/vnd.createasyncreportrequest.v3+json")
    }

    @Test func duplicateReportWaitsForTheFirst() throws {
        let shell = try scopedShell(fastReports())
        #expect(shell.run("POST /reporting/reports \(Self.reportBody)") == .success)
        let first = try #require(
            shell.session.lastExchange.map {
                try JSONParser.parse($0.response.body)["reportId"]?.stringValue
            } ?? nil)
        #expect(shell.run("report \(Self.reportBody) every 100ms timeout 10s | length") == .success)
        #expect(shell.console.capturedError.contains("identical report is in progress"))
        #expect(shell.environment["reportId"] == first)
    }

    @Test func storageRejectsAuthorizationHeader() throws {
        let shell = try scopedShell(fastReports())
        shell.run("report \(Self.reportBody) every 100ms timeout 10s | length")
        shell.run("GET /reporting/reports/{{reportId}}", "set url from .url")
        #expect(shell.run("GET {{url}}") == .success)
        shell.console.clearCapture()
        #expect(shell.run("GET {{url}} -H 'Authorization: Bearer typed-by-hand'") == .failure)
        #expect(shell.console.capturedOutput.contains("InvalidArgument"))
    }

    @Test func legacyDownloadFollows307WithoutCredentials() throws {
        let shell = try scopedShell(fastReports())
        #expect(
            shell.run(
                #"POST /v2/sp/campaigns/report {"reportDate": "20261101", "metrics": "impressions,clicks"}"#
            )
                == .success)
        shell.run("set reportId from .reportId")
        #expect(shell.run(#"GET /v2/reports/{{reportId}} "#) == .success)
        shell.run(#"wait .status == "SUCCESS" every 100ms timeout 10s"#)
        shell.simulator.clearRecordedRequests()
        let path = shell.folder.file("v2.json.gz")
        #expect(shell.run("GET /v2/reports/{{reportId}}/download > \(path)") == .success)
        let api = try #require(shell.received(on: "api-na").last)
        #expect(api.header("Authorization") != nil)
        let storage = try #require(shell.received(on: "storage").last)
        #expect(storage.header("Authorization") == nil)
        #expect(storage.header("Amazon-Advertising-API-Scope") == nil)
        let bytes = try FileSystem.readFile(path)
        #expect(Gzip.isGzip(bytes))
    }

    @Test func regionSwitchChangesProfiles() throws {
        let shell = try SimulatedShell()
        shell.session.regions = Region.all.map { region in
            var simulated = region
            simulated.apiURL = shell.simulator.apiURL(region: region.name)
            simulated.tokenURL = shell.simulator.tokenURL
            simulated.authGrantURL = shell.simulator.authGrantURL
            return simulated
        }
        #expect(shell.run("region eu") == .success)
        #expect(shell.environment["api_url"] == shell.simulator.apiURL(region: "eu"))
        #expect(shell.session.regionLabel == "eu")
        shell.console.clearCapture()
        #expect(shell.run("profiles") == .success)
        #expect(shell.console.capturedOutput.contains("UK"))
        #expect(!shell.console.capturedOutput.contains("Demo Seller US"))
        #expect(shell.run("use 3382741658212519") == .failure)
        #expect(shell.console.capturedError.contains("not in region eu"))
        #expect(shell.run("region xx") == .failure)
    }

    @Test func vendorTypeComesFromCatalog() throws {
        let shell = try scopedShell()
        #expect(shell.run(#"POST /sp/campaigns/list {"maxResults": 1}"#) == .success)
        let request = try #require(shell.received(on: "api-na").last)
        #expect(request.header("Content-Type") == "application/vnd.spCampaign.v3+json")
        #expect(request.header("Accept") == "application/vnd.spCampaign.v3+json")
        let typed =
            #"POST /sp/campaigns/list -H 'Content-Type: application/json' {"maxResults": 1}"#
        #expect(shell.run(typed) == .failure)
        #expect(shell.session.lastExchange?.response.status == 415)
    }

    @Test func redirectLoopStops() throws {
        let shell = try scopedShell()
        #expect(shell.run("GET /_faults/redirect-loop") == .failure)
        #expect(shell.console.capturedError.contains("redirects"))
        #expect(shell.run("GET /v2/profiles") == .success)
    }

    @Test func redirect307KeepsMethodAndBody() throws {
        let shell = try scopedShell()
        let target = shell.simulator.storageURL + "/echo"
        shell.simulator.clearRecordedRequests()
        shell.run(#"POST /_faults/redirect?code=307&to=\#(target) {"keep": true}"#)
        let hop = try #require(shell.received(on: "storage").last)
        #expect(hop.method == "POST")
        #expect(String(decoding: hop.body, as: UTF8.self) == #"{"keep": true}"#)

        shell.simulator.clearRecordedRequests()
        shell.run(#"POST /_faults/redirect?code=303&to=\#(target) {"keep": true}"#)
        let seeOther = try #require(shell.received(on: "storage").last)
        #expect(seeOther.method == "GET")
        #expect(seeOther.body.isEmpty)
    }

    @Test func secretInBodyIsNotRedirectedAway() throws {
        let shell = try scopedShell()
        shell.run("set --secret partner_key pk-very-secret-value")
        let target = shell.simulator.storageURL + "/collect"
        shell.simulator.clearRecordedRequests()
        let line = #"POST /_faults/redirect?code=307&to=\#(target) {"key": "{{partner_key}}"}"#
        #expect(shell.run(line) == .failure)
        #expect(shell.received(on: "storage").isEmpty)
        #expect(shell.console.capturedError.contains("secret variable 'partner_key'"))
        #expect(!shell.console.capturedError.contains("pk-very-secret-value"))
    }

    @Test func testAccountsTakeNoScope() throws {
        let shell = try scopedShell()
        #expect(
            shell.run(#"POST /testAccounts {"countryCode": "US", "accountType": "VENDOR"}"#)
                == .success)
        let request = try #require(shell.received(on: "api-na").last)
        #expect(request.header("Amazon-Advertising-API-Scope") == nil)
        #expect(request.header("Authorization") != nil)
    }
}
