import Testing

@testable import AdsAPISimulator

@Suite struct LoginWithAmazonTests {
    @Test func refreshGrantReturnsSameRefreshToken() throws {
        let simulator = try APISimulator()
        let response = try fetch(
            "POST", simulator.tokenURL, headers: formHeaders, body: Array(refreshForm().utf8))
        #expect(response.status == 200)
        let json = try #require(response.json)
        #expect(json["token_type"]?.stringValue == "bearer")
        #expect(json["expires_in"]?.int64Value == 3600)
        #expect(json["refresh_token"]?.stringValue == APISimulator.demoRefreshToken)
        let token = try #require(json["access_token"]?.stringValue)
        #expect(token.hasPrefix("Atza|"))
        #expect(token.count >= 350)
        #expect(response.header("Content-Type") == "application/json")
    }

    @Test func accessTokensAreUnpredictable() throws {
        let simulator = try APISimulator()
        let first = try fetch(
            "POST", simulator.tokenURL, headers: formHeaders, body: Array(refreshForm().utf8))
        let second = try fetch(
            "POST", simulator.tokenURL, headers: formHeaders, body: Array(refreshForm().utf8))
        #expect(
            first.json?["access_token"]?.stringValue != second.json?["access_token"]?.stringValue)
    }

    @Test func unknownRefreshTokenIsInvalidGrant() throws {
        let simulator = try APISimulator()
        let response = try fetch(
            "POST", simulator.tokenURL, headers: formHeaders,
            body: Array(refreshForm(refreshToken: "Atzr|nope").utf8))
        #expect(response.status == 400)
        #expect(response.json?["error"]?.stringValue == "invalid_grant")
        #expect(
            response.json?["error_description"]?.stringValue
                == "The request has an invalid grant parameter : refresh_token")
    }

    @Test func wrongClientSecretIsInvalidClient() throws {
        let simulator = try APISimulator()
        let response = try fetch(
            "POST", simulator.tokenURL, headers: formHeaders,
            body: Array(refreshForm(clientSecret: "wrong").utf8))
        #expect(response.status == 401)
        #expect(response.json?["error"]?.stringValue == "invalid_client")
        #expect(response.json?["error_description"]?.stringValue != nil)
    }

    @Test func missingGrantTypeIsInvalidRequest() throws {
        let simulator = try APISimulator()
        let response = try fetch(
            "POST", simulator.tokenURL, headers: formHeaders, body: Array("a=b".utf8))
        #expect(response.status == 400)
        #expect(response.json?["error"]?.stringValue == "invalid_request")
    }

    @Test func unknownGrantTypeIsUnsupported() throws {
        let simulator = try APISimulator()
        let response = try fetch(
            "POST", simulator.tokenURL, headers: formHeaders,
            body: Array("grant_type=password&client_id=x".utf8))
        #expect(response.status == 400)
        #expect(response.json?["error"]?.stringValue == "unsupported_grant_type")
    }

    private func exchange(_ simulator: APISimulator, code: String, redirectURI: String) throws
        -> TestResponse
    {
        let form = FormURLEncoding.encode([
            ("grant_type", "authorization_code"), ("code", code), ("redirect_uri", redirectURI),
            ("client_id", APISimulator.demoClientID),
            ("client_secret", APISimulator.demoClientSecret),
        ])
        return try fetch("POST", simulator.tokenURL, headers: formHeaders, body: Array(form.utf8))
    }

    @Test func authorizationCodeIsSingleUse() throws {
        let simulator = try APISimulator()
        let code = simulator.issueAuthorizationCode(
            clientID: APISimulator.demoClientID, redirectURI: "https://example.com/cb")
        let first = try exchange(simulator, code: code, redirectURI: "https://example.com/cb")
        #expect(first.status == 200)
        let refresh = try #require(first.json?["refresh_token"]?.stringValue)
        #expect(refresh.hasPrefix("Atzr|"))
        #expect(refresh != APISimulator.demoRefreshToken)
        let second = try exchange(simulator, code: code, redirectURI: "https://example.com/cb")
        #expect(second.status == 400)
        #expect(second.json?["error"]?.stringValue == "invalid_grant")
    }

    @Test func authorizationCodeExpiresAfterFiveMinutes() throws {
        let simulator = try APISimulator()
        let code = simulator.issueAuthorizationCode(
            clientID: APISimulator.demoClientID, redirectURI: "https://example.com/cb")
        simulator.advanceClock(by: 301)
        let response = try exchange(simulator, code: code, redirectURI: "https://example.com/cb")
        #expect(response.status == 400)
        #expect(response.json?["error"]?.stringValue == "invalid_grant")
    }

    @Test func authorizationCodeNeedsSameRedirectURI() throws {
        let simulator = try APISimulator()
        let code = simulator.issueAuthorizationCode(
            clientID: APISimulator.demoClientID, redirectURI: "https://example.com/cb")
        let response = try exchange(simulator, code: code, redirectURI: "https://example.com/other")
        #expect(response.status == 400)
        #expect(response.json?["error"]?.stringValue == "invalid_grant")
    }

    @Test func consentPageRedirectsWithCode() throws {
        let simulator = try APISimulator()
        let query = FormURLEncoding.encode([
            ("client_id", APISimulator.demoClientID),
            ("scope", "advertising::campaign_management"), ("response_type", "code"),
            ("redirect_uri", "https://example.com/cb"), ("state", "xyz 1"),
        ])
        let response = try fetch("GET", simulator.authGrantURL + "?" + query)
        #expect(response.status == 302)
        let location = try #require(response.header("Location"))
        #expect(location.hasPrefix("https://example.com/cb?code="))
        let parameters = FormURLEncoding.decode(String(location.split(separator: "?")[1]))
        #expect(parameters.first { $0.name == "state" }?.value == "xyz 1")
        #expect(
            parameters.first { $0.name == "scope" }?.value == "advertising::campaign_management")
        let code = try #require(parameters.first { $0.name == "code" }?.value)
        #expect(
            try exchange(simulator, code: code, redirectURI: "https://example.com/cb").status == 200
        )
    }

    @Test func consentPageRejectsUnknownClient() throws {
        let simulator = try APISimulator()
        let response = try fetch(
            "GET",
            simulator.authGrantURL
                + "?client_id=nobody&scope=advertising%3A%3Acampaign_management"
                + "&response_type=code&redirect_uri=https%3A%2F%2Fexample.com%2Fcb&state=s")
        #expect(response.status == 302)
        let location = try #require(response.header("Location"))
        #expect(location.contains("error=invalid_client"))
        #expect(location.contains("state=s"))
        #expect(!location.contains("code="))
    }

    @Test func accessTokenExpiresAfterLifetime() throws {
        var configuration = SimulatorConfiguration()
        configuration.tokenLifetime = 60
        let session = try Session(configuration)
        let before = try fetch("GET", session.api("/v2/profiles"), headers: session.headers())
        #expect(before.status == 200)
        session.simulator.advanceClock(by: 61)
        let after = try fetch("GET", session.api("/v2/profiles"), headers: session.headers())
        #expect(after.status == 401)
        #expect(after.json?["code"]?.stringValue == "UNAUTHORIZED")
    }
}
