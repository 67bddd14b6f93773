import Testing

@testable import AdsAPISimulator

@Suite struct ProfilesAndAuthTests {
    @Test(arguments: [("na", ["US", "MX"]), ("eu", ["UK", "FR"]), ("fe", ["JP", "SG"])])
    func profilesPerRegion(region: String, countries: [String]) throws {
        let session = try Session()
        let response = try fetch(
            "GET", session.api("/v2/profiles", region: region), headers: session.headers())
        #expect(response.status == 200)
        let profiles = try #require(response.json?.arrayValue)
        #expect(profiles.compactMap { $0["countryCode"]?.stringValue } == countries)
        for profile in profiles {
            #expect(profile["accountInfo"]?["marketplaceStringId"]?.stringValue != nil)
            #expect(profile["timezone"]?.stringValue != nil)
        }
    }

    @Test func viewOnlyProfilesNeedAccessLevelView() throws {
        let session = try Session()
        let response = try fetch(
            "GET", session.api("/v2/profiles?accessLevel=view"), headers: session.headers())
        let countries = response.json?.arrayValue?.compactMap { $0["countryCode"]?.stringValue }
        #expect(countries == ["US", "CA", "MX"])
    }

    @Test func largeProfileIDIsExactNumber() throws {
        let session = try Session()
        let response = try fetch("GET", session.api("/v2/profiles"), headers: session.headers())
        #expect(response.text.contains("\"profileId\":9007199254740993"))
    }

    @Test func singleProfileByID() throws {
        let session = try Session()
        let found = try fetch(
            "GET", session.api("/v2/profiles/\(Session.usProfile)"), headers: session.headers())
        #expect(found.status == 200)
        #expect(found.json?["profileId"]?.int64Value == Session.usProfile)
        let otherRegion = try fetch(
            "GET", session.api("/v2/profiles/\(Session.ukProfile)"), headers: session.headers())
        #expect(otherRegion.status == 404)
    }

    @Test func missingAuthorizationIs401() throws {
        let session = try Session()
        let response = try fetch(
            "GET", session.api("/v2/profiles"),
            headers: [("Amazon-Advertising-API-ClientId", APISimulator.demoClientID)])
        #expect(response.status == 401)
        let json = try #require(response.json)
        #expect(json["code"]?.stringValue == "UNAUTHORIZED")
        #expect(json["details"]?.stringValue != nil)
        #expect(json["requestId"]?.stringValue == response.header("x-amzn-RequestId"))
    }

    @Test func missingClientIDIs401() throws {
        let session = try Session()
        let response = try fetch(
            "GET", session.api("/v2/profiles"),
            headers: [("Authorization", "Bearer \(session.accessToken)")])
        #expect(response.status == 401)
        #expect(response.json?["details"]?.stringValue?.contains("ClientId") == true)
    }

    @Test func wrongClientIDIs401() throws {
        let session = try Session()
        let response = try fetch(
            "GET", session.api("/v2/profiles"),
            headers: [
                ("Authorization", "Bearer \(session.accessToken)"),
                ("Amazon-Advertising-API-ClientId", "amzn1.application-oa2-client.other"),
            ])
        #expect(response.status == 401)
    }

    @Test func unknownTokenIs401() throws {
        let session = try Session()
        let response = try fetch(
            "GET", session.api("/v2/profiles"),
            headers: [
                ("Authorization", "Bearer Atza|forged"),
                ("Amazon-Advertising-API-ClientId", APISimulator.demoClientID),
            ])
        #expect(response.status == 401)
    }

    @Test func missingScopeIs401() throws {
        let session = try Session()
        let response = try fetch(
            "POST", session.api("/sp/campaigns/list"), headers: session.headers(campaignMedia),
            json: "{}")
        #expect(response.status == 401)
        let json = try #require(response.json)
        #expect(json["code"]?.stringValue == "UNAUTHORIZED")
        #expect(json["message"]?.stringValue == "Scope header is missing")
    }

    @Test func scopeFromOtherRegionIs401() throws {
        let session = try Session()
        let response = try fetch(
            "POST", session.api("/sp/campaigns/list"),
            headers: session.headers(profile: Session.ukProfile, campaignMedia), json: "{}")
        #expect(response.status == 401)
        #expect(response.json?["message"]?.stringValue == "No matching advertiser found for scope")
    }

    @Test func tokenWorksInEveryRegion() throws {
        let session = try Session()
        let response = try fetch(
            "POST", session.api("/sp/campaigns/list", region: "eu"),
            headers: session.headers(profile: Session.ukProfile, campaignMedia), json: "{}")
        #expect(response.status == 200)
    }

    @Test func recordsRequestsWithOrigin() throws {
        let session = try Session()
        _ = try fetch("GET", session.api("/v2/profiles", region: "fe"), headers: session.headers())
        let recorded = session.simulator.recordedRequests()
        #expect(recorded.map(\.origin) == ["lwa", "api-fe"])
        #expect(recorded.last?.target == "/v2/profiles")
        #expect(recorded.last?.header("authorization") == "Bearer \(session.accessToken)")
        session.simulator.clearRecordedRequests()
        #expect(session.simulator.recordedRequests().isEmpty)
    }
}
