import AdsAPISimulator
import Testing

@testable import AdsShell

@Suite struct LoginTests {
    /// A shell with no tokens yet, whose `login` prompt is answered by `answer`, which gets
    /// the consent URL that `login` printed.
    private func loginShell() throws -> SimulatedShell {
        let shell = try SimulatedShell()
        shell.run("logout")
        shell.run("set redirect_uri https://app.example/callback")
        return shell
    }

    /// Follows the simulator's consent page once, returning the redirect address the browser
    /// would land on.
    private func consent(_ url: String) throws -> String {
        let response = try HTTPClient().send(HTTPRequest(method: "GET", url: url))
        #expect(response.status == 302)
        return try #require(response.headers["Location"])
    }

    private func consentURL(in output: String) throws -> String {
        try #require(output.split(separator: "\n").last { $0.contains("/ap/oa?") }.map(String.init))
    }

    @Test func roundTripWithPastedAddress() throws {
        let shell = try loginShell()
        shell.session.readInput = { [unowned shell] _ in
            let url = try? self.consentURL(in: shell.console.capturedOutput)
            return url.flatMap { try? self.consent($0) }
        }
        #expect(shell.run("login") == .success)
        let printed = try consentURL(in: shell.console.capturedOutput)
        #expect(printed.contains("response_type=code"))
        #expect(printed.contains("scope=advertising%3A%3Acampaign_management"))
        #expect(printed.contains("redirect_uri=https%3A%2F%2Fapp.example%2Fcallback"))
        #expect(printed.contains("state="))
        #expect(shell.environment["access_token"]?.hasPrefix("Atza|") == true)
        #expect(shell.environment["refresh_token"]?.hasPrefix("Atzr|") == true)
        #expect(shell.run("GET /v2/profiles") == .success)
    }

    @Test func wrongStateIsRejected() throws {
        let shell = try loginShell()
        shell.session.readInput = { [unowned shell] _ in
            guard let url = try? self.consentURL(in: shell.console.capturedOutput),
                let redirect = try? self.consent(url)
            else { return nil }
            return redirect.replacing("state=", with: "state=forged")
        }
        shell.simulator.clearRecordedRequests()
        #expect(shell.run("login") == .failure)
        #expect(shell.console.capturedError.contains("state"))
        #expect(shell.received(on: "lwa").filter { $0.method == "POST" }.isEmpty)
        #expect(shell.environment["access_token"] == nil)
    }

    @Test func codeIsSingleUse() throws {
        let shell = try loginShell()
        var pasted: String?
        shell.session.readInput = { [unowned shell] _ in
            if pasted == nil,
                let url = try? self.consentURL(in: shell.console.capturedOutput),
                let redirect = try? self.consent(url)
            {
                pasted = String(redirect.split(separator: "code=")[1].prefix { $0 != "&" })
            }
            return pasted
        }
        #expect(shell.run("login") == .success)
        #expect(shell.run("login") == .failure)
        #expect(shell.console.capturedError.contains("invalid_grant"))
    }

    @Test func amazonErrorInAddressIsShown() {
        #expect(throws: ShellError.self) {
            try LoginCommand.extractCode(
                "https://app.example/callback?error=access_denied&error_description=User+said+no",
                expectedState: "abc")
        }
    }

    @Test func bareCodeIsAccepted() throws {
        #expect(
            try LoginCommand.extractCode("ANdNAVhyhqirUelHGEHA", expectedState: "x")
                == "ANdNAVhyhqirUelHGEHA")
    }

    @Test func missingSettingsAreNamed() throws {
        let shell = try SimulatedShell()
        shell.run("unset redirect_uri")
        #expect(shell.run("login") == .failure)
        #expect(shell.console.capturedError.contains("redirect_uri"))
    }
}
