import Testing

@testable import AdsShell

/// Credentials are attached exactly when a request's origin is the API origin, however the
/// URL is written, and environment names cannot leave the environments folder.
@Suite struct CredentialOriginTests {
    /// A URL and whether the Amazon Ads headers belong on it.
    struct URLCase: Sendable, CustomTestStringConvertible {
        var url: String
        var getsCredentials: Bool

        var testDescription: String { url }
    }

    static let apiURL = "https://advertising-api.amazon.com"

    /// Checked without a network, against Amazon's North American API origin.
    static let amazonCases: [URLCase] = [
        URLCase(url: "https://advertising-api.amazon.com/v2/profiles", getsCredentials: true),
        URLCase(url: "HTTPS://ADVERTISING-API.AMAZON.COM/v2/profiles", getsCredentials: true),
        URLCase(url: "https://advertising-api.amazon.com:443/v2/profiles", getsCredentials: true),
        URLCase(url: "https://advertising-api.amazon.com./v2/profiles", getsCredentials: true),
        URLCase(url: "https://Advertising-Api.Amazon.Com.:443/x", getsCredentials: true),
        URLCase(url: "http://advertising-api.amazon.com/v2/profiles", getsCredentials: false),
        URLCase(url: "https://advertising-api.amazon.com:8443/v2", getsCredentials: false),
        URLCase(url: "https://advertising-api.amazon.com.evil.test/", getsCredentials: false),
        URLCase(url: "https://advertising-api.amazon.co/v2/profiles", getsCredentials: false),
        URLCase(url: "https://evil.test/advertising-api.amazon.com", getsCredentials: false),
        URLCase(
            url: "https://evil.test/?https://advertising-api.amazon.com", getsCredentials: false),
        URLCase(url: "https://advertising-api.amazon.com@evil.test/", getsCredentials: false),
        URLCase(url: "https://advertising-api.amazon.com:443@evil.test/", getsCredentials: false),
        URLCase(url: "https://evil.test#@advertising-api.amazon.com/", getsCredentials: false),
        URLCase(url: "https://evil.test\\@advertising-api.amazon.com/", getsCredentials: false),
        URLCase(url: "https://advertising-api.amazon.com%2eevil.test/", getsCredentials: false),
        // Userinfo on the API origin: the user supplied credentials, so none are added.
        URLCase(url: "https://user:pass@advertising-api.amazon.com/", getsCredentials: false),
    ]

    @Test(arguments: amazonCases)
    func policyAttachesByOrigin(_ testCase: URLCase) {
        var environment = Environment.northAmericaDefaults(name: "origin")
        environment.set("api_url", to: Self.apiURL)
        environment.set("access_token", to: "Atza|origin-check-token")
        environment.set("client_id", to: "amzn1.application-oa2-client.origin")
        environment.set("profileId", to: "123")
        let policy = AuthPolicy(environment: environment)
        let request = HTTPRequest(method: "GET", url: testCase.url, headers: HTTPHeaders())
        let authorized = policy.authorize(request)
        let hasAuthorization = authorized.headers["Authorization"] != nil
        let hasClientID = authorized.headers["Amazon-Advertising-API-ClientId"] != nil
        #expect(hasAuthorization == testCase.getsCredentials)
        #expect(hasClientID == testCase.getsCredentials)
    }

    /// URL forms sent over loopback. Every one connects to 127.0.0.1, whatever it looks like.
    /// A trailing dot is checked only in `amazonCases`, because libcurl here cannot resolve
    /// `localhost.`, and `127.0.0.1.` is not an address.
    static func loopbackCases(apiPort: Int, otherPort: Int) -> [URLCase] {
        [
            URLCase(url: "http://127.0.0.1:\(apiPort)/v2/profiles", getsCredentials: true),
            URLCase(url: "HTTP://127.0.0.1:\(apiPort)/v2/profiles", getsCredentials: true),
            URLCase(url: "http://127.0.0.1:\(apiPort)#@evil.test/", getsCredentials: true),
            URLCase(url: "http://127.0.0.1:\(otherPort)/v2/profiles", getsCredentials: false),
            URLCase(url: "http://localhost:\(apiPort)/v2/profiles", getsCredentials: false),
            URLCase(
                url: "http://evil.test@127.0.0.1:\(apiPort)/v2/profiles", getsCredentials: false),
            URLCase(
                url: "http://evil.test:\(apiPort)@127.0.0.1:\(apiPort)/v2/profiles",
                getsCredentials: false),
        ]
    }

    @Test func loopbackFormsGetCredentialsByOrigin() throws {
        let shell = try SimulatedShell()
        let apiPort = try #require(Origin(url: shell.simulator.apiURL)?.port)
        let otherPort = try #require(Origin(url: shell.simulator.apiURL(region: "eu"))?.port)
        #expect(shell.run("GET /v2/profiles") == .success)
        for testCase in Self.loopbackCases(apiPort: apiPort, otherPort: otherPort) {
            shell.simulator.clearRecordedRequests()
            shell.run("GET \(testCase.url)")
            let request = try #require(
                shell.simulator.recordedRequests().last, "nothing received for \(testCase.url)")
            #expect(request.origin.hasPrefix("api-"), "\(testCase.url) went to \(request.origin)")
            // libcurl sends userinfo as Basic authorization by itself, so look for the token.
            let bearer = request.header("Authorization")?.hasPrefix("Bearer ") == true
            #expect(bearer == testCase.getsCredentials, "\(testCase.url)")
            let clientID = request.header("Amazon-Advertising-API-ClientId") != nil
            #expect(clientID == testCase.getsCredentials, "\(testCase.url)")
        }
    }

    @Test func redirectToSameOriginKeepsCredentials() throws {
        let shell = try SimulatedShell()
        let port = try #require(Origin(url: shell.simulator.apiURL)?.port)
        shell.run("GET /v2/profiles")
        shell.simulator.clearRecordedRequests()
        let target = "HTTP://127.0.0.1:\(port)/v2/profiles"
        #expect(shell.run("GET /_faults/redirect?code=302&to=\(target)") == .success)
        let last = try #require(shell.received(on: "api-na").last)
        #expect(last.target == "/v2/profiles")
        #expect(last.header("Authorization") != nil)
    }

    @Test func redirectToOtherPortDropsCredentials() throws {
        let shell = try SimulatedShell()
        shell.run("GET /v2/profiles")
        shell.simulator.clearRecordedRequests()
        let target = shell.simulator.apiURL(region: "eu") + "/v2/profiles"
        shell.run("GET /_faults/redirect?code=307&to=\(target)")
        let last = try #require(shell.received(on: "api-eu").last)
        #expect(last.header("Authorization") == nil)
        #expect(last.header("Amazon-Advertising-API-ClientId") == nil)
    }

    // MARK: - Environment names

    static let escapingNames = ["../x", "../../x", "a/b", "/tmp/abs", "..", ".", "a\\b"]

    @Test(arguments: escapingNames)
    func escapingNameIsRejected(_ name: String) throws {
        let shell = try SimulatedShell()
        let quoted = "'\(name)'"
        let commands = [
            "env new \(quoted)", "env use \(quoted)", "env copy test \(quoted)",
            "env copy \(quoted) other", "env rename test \(quoted)",
            "env export \(quoted) \(shell.folder.path)/out.json",
        ]
        for command in commands {
            shell.console.clearCapture()
            #expect(shell.run(command) == .failure, "\(command)")
            let error = shell.console.capturedError
            #expect(error.contains("invalid environment name"), "\(command): \(error)")
        }
        #expect(shell.session.environment.name == "test")
        #expect(shell.session.store.names() == ["test"])
        let suffix = EnvironmentStore.fileSuffix
        let escaped = [
            shell.folder.file("x" + suffix),
            FileSystem.parentFolder(of: shell.folder.path)
                + "/x" + suffix, "/tmp/abs" + suffix, shell.folder.file("environments/a"),
        ]
        for path in escaped {
            #expect(!FileSystem.exists(path), "\(path) was created")
        }
        #expect(
            FileSystem.listFolder(shell.folder.path + "/environments").allSatisfy {
                $0 == "test.postman_environment.json" || $0.hasPrefix(".")
            })
    }

    @Test(arguments: ["../../x", "a/b", "/tmp/adsh-escape-absolute", ".."])
    func importedEscapingNameIsRejected(_ name: String) throws {
        let shell = try SimulatedShell()
        let file = shell.folder.file("import.json")
        let text = """
            {"name": \(JSONValue.quoted(name)), "values": [
              {"key": "api_url", "value": "http://127.0.0.1:1", "enabled": true}
            ]}
            """
        try FileSystem.writeAtomically(Array(text.utf8), to: file)
        #expect(shell.run("env import \(file)") == .failure)
        let error = shell.console.capturedError
        #expect(error.contains("invalid environment name"), "\(error)")
        #expect(shell.session.store.names() == ["test"])
        #expect(!FileSystem.exists("/tmp/adsh-escape-absolute.postman_environment.json"))
        #expect(!FileSystem.exists(shell.folder.path + "/x.postman_environment.json"))
    }

    @Test func escapingNameOnCommandLineIsRejected() throws {
        let folder = TemporaryFolder()
        for arguments in [["--env", "../x"], ["--env", "/tmp/x"]] {
            let result = try AdshProcess.run(arguments, input: "vars\n", home: folder.path)
            #expect(result.status != 0, "\(arguments)")
            #expect(result.error.contains("invalid environment name"), "\(result.error)")
        }
    }
}
