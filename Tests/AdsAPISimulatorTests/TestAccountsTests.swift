import Testing

@testable import AdsAPISimulator

@Suite struct TestAccountsTests {
    @Test func createAndListAccount() throws {
        let session = try Session()
        let created = try fetch(
            "POST", session.api("/testAccounts"), headers: session.headers(),
            json: #"{"countryCode":"US","accountType":"AUTHOR"}"#)
        #expect(created.status == 200)
        let requestID = try #require(created.json?["requestId"]?.stringValue)
        let listed = try fetch(
            "GET", session.api("/testAccounts?requestId=\(requestID)"), headers: session.headers())
        #expect(listed.status == 200)
        let account = try #require(listed.json?.arrayValue?.first)
        #expect(account["status"]?.stringValue == "COMPLETED")
        #expect(account["asins"]?.arrayValue?.count == 3)
        let all = try fetch("GET", session.api("/testAccounts"), headers: session.headers())
        #expect(all.json?.arrayValue?.count == 1)
        let profiles = try fetch("GET", session.api("/v2/profiles"), headers: session.headers())
        let ids = profiles.json?.arrayValue?.compactMap { $0["accountInfo"]?["id"]?.stringValue }
        #expect(ids?.contains(account["id"]?.stringValue ?? "-") == true)
    }

    @Test(arguments: [
        #"{"countryCode":"XX","accountType":"VENDOR"}"#,
        #"{"countryCode":"US","accountType":"SELLER"}"#,
        #"{"countryCode":"JP","accountType":"AUTHOR"}"#,
        "not json",
    ])
    func invalidRequestIs400(body: String) throws {
        let session = try Session()
        let response = try fetch(
            "POST", session.api("/testAccounts"), headers: session.headers(), json: body)
        #expect(response.status == 400)
        #expect(response.json?["details"]?.stringValue != nil)
    }

    @Test func secondAuthorInMarketplaceIs400() throws {
        let session = try Session()
        let body = #"{"countryCode":"DE","accountType":"AUTHOR"}"#
        #expect(
            try fetch("POST", session.api("/testAccounts"), headers: session.headers(), json: body)
                .status == 200)
        #expect(
            try fetch("POST", session.api("/testAccounts"), headers: session.headers(), json: body)
                .status == 400)
    }
}

@Suite struct TestAccountScopeTests {
    @Test func tokenWithoutTestScopeIs403() throws {
        let simulator = try APISimulator()
        let query = FormURLEncoding.encode([
            ("client_id", APISimulator.demoClientID),
            ("scope", "advertising::campaign_management"), ("response_type", "code"),
            ("redirect_uri", "https://example.com/cb"),
        ])
        let consent = try fetch("GET", simulator.authGrantURL + "?" + query)
        let location = try #require(consent.header("Location"))
        let parameters = FormURLEncoding.decode(String(location.split(separator: "?")[1]))
        let code = try #require(parameters.first { $0.name == "code" }?.value)
        let form = FormURLEncoding.encode([
            ("grant_type", "authorization_code"), ("code", code),
            ("redirect_uri", "https://example.com/cb"), ("client_id", APISimulator.demoClientID),
            ("client_secret", APISimulator.demoClientSecret),
        ])
        let token = try fetch(
            "POST", simulator.tokenURL, headers: formHeaders, body: Array(form.utf8))
        let accessToken = try #require(token.json?["access_token"]?.stringValue)
        let response = try fetch(
            "GET", simulator.apiURL + "/testAccounts",
            headers: [
                ("Amazon-Advertising-API-ClientId", APISimulator.demoClientID),
                ("Authorization", "Bearer \(accessToken)"),
            ])
        #expect(response.status == 403)
    }
}
