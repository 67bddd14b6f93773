import AdsAPISimulator
import Testing

@testable import AdsShell

@Suite struct EndToEndTests {
    @Test func profilesRequestCarriesClientIDAndToken() throws {
        let shell = try SimulatedShell()
        #expect(shell.run("set profileId 3382741658212519") == .success)
        #expect(shell.run("GET /v2/profiles") == .success)
        #expect(shell.console.capturedOutput.contains("9007199254740993"))

        let request = try #require(shell.received(on: "api-na").last)
        let token = try #require(shell.environment["access_token"])
        #expect(request.header("Authorization") == "Bearer \(token)")
        #expect(request.header("Amazon-Advertising-API-ClientId") == APISimulator.demoClientID)
        #expect(request.header("Amazon-Advertising-API-Scope") == nil)
    }

    @Test func scopedRequestCarriesAllThreeHeaders() throws {
        let shell = try SimulatedShell()
        shell.run("set profileId 3382741658212519")
        let outcome = shell.run(
            #"POST /sp/campaigns/list -H "Content-Type: application/vnd.spCampaign.v3+json" "#
                + #"-H "Accept: application/vnd.spCampaign.v3+json" {"maxResults": 2}"#)
        #expect(outcome == .success)
        let request = try #require(shell.received(on: "api-na").last)
        #expect(request.header("Authorization")?.hasPrefix("Bearer Atza|") == true)
        #expect(request.header("Amazon-Advertising-API-ClientId") == APISimulator.demoClientID)
        #expect(request.header("Amazon-Advertising-API-Scope") == "3382741658212519")
        #expect(shell.console.capturedOutput.contains("\"nextToken\""))
    }

    @Test func tokenIsRefreshedBeforeExpiry() throws {
        let shell = try SimulatedShell()
        shell.run("GET /v2/profiles")
        let first = try #require(shell.environment["access_token"])
        let soon = currentMilliseconds() + 30_000
        shell.run("set token_expires_at \(soon)")
        shell.simulator.clearRecordedRequests()

        #expect(shell.run("GET /v2/profiles") == .success)
        let origins = shell.simulator.recordedRequests().map(\.origin)
        #expect(origins == ["lwa", "api-na"])
        let second = try #require(shell.environment["access_token"])
        #expect(second != first)
        #expect(shell.console.capturedError.contains("access token refreshed"))
        let expiresAt = try #require(Int64(shell.environment["token_expires_at"] ?? ""))
        #expect(expiresAt > currentMilliseconds() + 3_000_000)
    }

    @Test func freshTokenIsNotRefreshed() throws {
        let shell = try SimulatedShell()
        shell.run("GET /v2/profiles")
        shell.simulator.clearRecordedRequests()
        shell.run("GET /v2/profiles")
        #expect(shell.simulator.recordedRequests().map(\.origin) == ["api-na"])
    }

    @Test func unauthorizedTriggersOneRefreshAndRetry() throws {
        let shell = try SimulatedShell()
        let later = currentMilliseconds() + 3_600_000
        shell.run("set --secret access_token Atza|not-a-token-the-simulator-issued")
        shell.run("set token_expires_at \(later)")
        shell.simulator.clearRecordedRequests()

        #expect(shell.run("GET /v2/profiles") == .success)
        let requests = shell.simulator.recordedRequests()
        #expect(requests.map(\.origin) == ["api-na", "lwa", "api-na"])
        #expect(
            requests.first?.header("Authorization")
                == "Bearer Atza|not-a-token-the-simulator-issued")
        #expect(shell.console.capturedError.contains("401"))
    }

    @Test func failedRefreshSendsNothing() throws {
        let shell = try SimulatedShell()
        shell.run("set client_secret wrong-secret-value")
        shell.simulator.clearRecordedRequests()

        #expect(shell.run("GET /v2/profiles") == .failure)
        #expect(shell.received(on: "api-na").isEmpty)
        #expect(shell.console.capturedError.contains("token refresh failed"))
        #expect(shell.console.capturedError.contains("invalid_client"))
        #expect(!shell.console.capturedError.contains("wrong-secret-value"))
    }

    @Test func otherOriginGetsNoCredentials() throws {
        let shell = try SimulatedShell()
        shell.run("set profileId 3382741658212519")
        shell.run("GET /v2/profiles")
        shell.simulator.clearRecordedRequests()

        shell.run("GET \(shell.simulator.storageURL)/anything")
        let request = try #require(shell.received(on: "storage").last)
        #expect(request.header("Authorization") == nil)
        #expect(request.header("Amazon-Advertising-API-ClientId") == nil)
        #expect(request.header("Amazon-Advertising-API-Scope") == nil)
    }

    @Test func lookalikeHostGetsNoCredentials() throws {
        let shell = try SimulatedShell()
        shell.run("GET /v2/profiles")
        let port = try #require(Origin(url: shell.simulator.apiURL)?.port)
        shell.simulator.clearRecordedRequests()

        // Same server, but `localhost` is a different origin from `127.0.0.1`.
        shell.run("GET http://localhost:\(port)/v2/profiles")
        let request = try #require(shell.received(on: "api-na").last)
        #expect(request.header("Authorization") == nil)
        #expect(request.header("Amazon-Advertising-API-ClientId") == nil)
    }

    @Test func sameOriginWrittenDifferentlyGetsCredentials() throws {
        let shell = try SimulatedShell()
        let port = try #require(Origin(url: shell.simulator.apiURL)?.port)
        shell.run("GET /v2/profiles")
        shell.simulator.clearRecordedRequests()

        shell.run("GET HTTP://127.0.0.1:\(port)/v2/profiles")
        let request = try #require(shell.received(on: "api-na").last)
        #expect(request.header("Authorization")?.hasPrefix("Bearer ") == true)
    }

    @Test func redirectToOtherOriginDropsCredentials() throws {
        let shell = try SimulatedShell()
        shell.run("set profileId 3382741658212519")
        shell.run("GET /v2/profiles")
        shell.simulator.clearRecordedRequests()

        let target = "\(shell.simulator.storageURL)/redirected"
        #expect(shell.run("GET /_faults/redirect?code=307&to=\(target)") != nil)
        let api = try #require(shell.received(on: "api-na").last)
        #expect(api.header("Authorization") != nil)
        let storage = try #require(shell.received(on: "storage").last)
        #expect(storage.target == "/redirected")
        #expect(storage.header("Authorization") == nil)
        #expect(storage.header("Amazon-Advertising-API-ClientId") == nil)
        #expect(storage.header("Amazon-Advertising-API-Scope") == nil)
    }

    @Test func unknownVariableStopsBeforeSending() throws {
        let shell = try SimulatedShell()
        shell.simulator.clearRecordedRequests()
        #expect(shell.run("GET /sp/campaigns/{{campaignID}}") == .failure)
        #expect(shell.simulator.recordedRequests().isEmpty)
        #expect(shell.console.capturedError.contains("unknown variable 'campaignID'"))
    }

    @Test func invalidJSONBodyIsNotSent() throws {
        let shell = try SimulatedShell()
        shell.simulator.clearRecordedRequests()
        #expect(shell.run(#"POST /sp/campaigns/list {"maxResults": 2,}"#) == .failure)
        #expect(shell.simulator.recordedRequests().isEmpty)
        #expect(shell.console.capturedError.contains("invalid JSON body"))
    }

    @Test func refusedConnectionIsAnError() throws {
        let shell = try SimulatedShell()
        #expect(shell.run("GET http://127.0.0.1:9/nothing") == .failure)
        #expect(shell.console.capturedError.contains("could not connect"))
        #expect(shell.run("vars") == .success)
    }

    @Test func timeoutHonoursFractions() throws {
        let shell = try SimulatedShell()
        shell.run("GET /v2/profiles")
        let start = currentMilliseconds()
        #expect(shell.run("GET --timeout 0.3 /_faults/stall") == .failure)
        let elapsed = currentMilliseconds() - start
        #expect(elapsed < 2_000)
        #expect(shell.console.capturedError.contains("timed out after 300 ms"))
    }

    @Test func variablesSurviveARestart() throws {
        let shell = try SimulatedShell()
        shell.run("set profileId 3382741658212519")
        let reloaded = try shell.session.store.load("test")
        #expect(reloaded["profileId"] == "3382741658212519")
    }
}
