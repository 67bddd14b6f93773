import Testing

@testable import AdsShell

/// Script translation checked on Amazon's collection, skipped where that file is absent.
@Suite(
    .enabled(
        if: CollectionFixtures.officialIsReadable,
        "Amazon's collection is not at /work/shared/fixtures/postman, so these tests are skipped"
    ))
struct CollectionOfficialCaptureTests {
    let collection: PostmanCollection

    init() throws {
        collection = try CollectionFixtures.loadOfficial()
    }

    @Test func profilesCapturesFirstProfile() throws {
        let profiles = try collection.find("Accounts/Profiles")
        #expect(
            profiles.captures == [
                ScriptCapture(
                    variable: "profileId", query: ".[0].profileId",
                    condition: .truthy(query: ". | length"))
            ])
    }

    @Test func listCampaignsGuardedByTotalResults() throws {
        let list = try collection.find("Sponsored Products/Campaigns/List campaigns")
        #expect(
            list.captures == [
                ScriptCapture(
                    variable: "campaignId", query: ".campaigns[0].campaignId",
                    condition: .allOf([
                        .value(query: ".totalResults", .notEqual, .number("0")),
                        .statusCode(.equal, 200),
                    ]),
                    clearsFirst: true)
            ])
        #expect(list.skippedScriptLines.contains { $0.hasPrefix("console.info(") })
    }

    @Test func reportCreateCapturesWhenPending() throws {
        let create = try collection.find("Reporting/Sponsored ads V3/Create report")
        #expect(
            create.captures == [
                ScriptCapture(
                    variable: "reportId", query: ".reportId",
                    condition: .value(query: ".status", .equal, .string("PENDING")))
            ])
    }

    @Test(arguments: ["SP", "SD", "SB"])
    func snapshotCapturesWhenInProgress(product: String) throws {
        let request = try collection.find("Request \(product) snapshot")
        #expect(
            request.captures == [
                ScriptCapture(
                    variable: "snapshotId", query: ".snapshotId",
                    condition: .value(query: ".status", .equal, .string("IN_PROGRESS")),
                    clearsFirst: true)
            ])
        #expect(request.skippedScriptLines.contains { $0.contains("setNextRequest") })
    }

    @Test func sponsoredTVCaptureInsideTest() throws {
        let create = try collection.find("Sponsored TV/Campaign/Create Campaign")
        #expect(
            create.captures == [
                ScriptCapture(
                    variable: "e.campaign.id", query: ".campaigns.success[0].campaignId",
                    condition: .statusCode(.equal, 207))
            ])
    }

    @Test func amcAccountCapturesTwoVariables() throws {
        let accounts = try collection.find("List all AMC accounts")
        #expect(accounts.captures.map(\.variable) == ["advertiser_id", "marketplace_id"])
        #expect(
            accounts.captures.map(\.query) == [
                ".amcAccounts[0].accountId", ".amcAccounts[0].marketplaceId",
            ])
    }

    @Test func tokenRequestCapturesTokens() throws {
        let token = try collection.find("Access token from refresh token")
        #expect(token.captures.map(\.variable) == ["access_token", "refresh_token"])
        #expect(token.skippedScriptLines.contains { $0.contains("token_expires_at") })
    }

    @Test func authGrantPreRequestIsListed() throws {
        let login = try collection.find("Auth grant login")
        #expect(login.skippedScriptLines.contains { $0.hasPrefix("(pre-request) const jar") })
    }

    @Test func everyCaptureQueryIsAPath() {
        let captures = collection.requests.flatMap(\.captures)
        #expect(captures.count > 50)
        for capture in captures {
            #expect(capture.query.hasPrefix("."), "\(capture)")
            #expect(!capture.variable.isEmpty)
        }
    }
}
