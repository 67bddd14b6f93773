import AdsAPISimulator
import Testing

@testable import AdsShell

/// A whole session that handles secrets, run in-process and through the binary: no secret
/// value may appear in anything adsh writes, and no secret may reach an origin it does not
/// belong to. The suite is serialized because one test forks for a pseudo-terminal, and a
/// fork while another test starts a process could inherit that test's pipes.
@Suite(.serialized) struct CredentialLeakTests {
    static let partnerKey = "pk-LEAKCHECK-7f3a9c21e4b8d6"

    /// Reads lines from an array, as a piped script would supply them.
    final class ScriptReader: LineReader {
        private var lines: [String]

        init(_ lines: [String]) {
            self.lines = lines
        }

        func readLine(prompt: String) -> LineReadResult {
            lines.isEmpty ? .endOfInput : .line(lines.removeFirst())
        }
    }

    /// Commands that touch every secret: refresh, requests, errors (401, 404, refused
    /// connection), inspection, export, a redirect to storage and a login with a wrong code.
    static func sessionLines(simulator: APISimulator, exportPath: String) -> [String] {
        let closedPort = LoopbackPort.unused()
        let partnerHeader = "-H \"X-Partner-Key: {{partner_key}}\""
        return [
            "set --secret partner_key \(partnerKey)",
            "token",
            "GET /v2/profiles",
            "vars",
            "show request",
            "show headers",
            "curl",
            "token",
            "GET /v2/profiles/999999",
            "GET /_faults/status?code=401",
            "show request",
            "GET \(partnerHeader) /v2/profiles",
            "show request",
            "curl",
            "GET \(partnerHeader) /_faults/redirect?code=307&to=\(simulator.storageURL)/redirected",
            "show request",
            "curl",
            "GET \(partnerHeader) http://127.0.0.1:\(closedPort)/refused",
            "GET -H \"Authorization: Bearer {{access_token}}\" /v2/profiles/1",
            "env export test \(exportPath)",
            "login",
            "ANwrongcode0000000000",
            "token refresh",
            "vars",
            "history",
        ]
    }

    /// Collects the secret values of the session: the demo client secret and refresh token,
    /// the partner key, and every access token the API received or the environment contains.
    static func secrets(simulator: APISimulator, environment: Environment) -> Set<String> {
        var values: Set<String> = [
            APISimulator.demoClientSecret, APISimulator.demoRefreshToken, partnerKey,
        ]
        for request in simulator.recordedRequests() {
            if let value = request.header("Authorization"), value.hasPrefix("Bearer ") {
                values.insert(String(value.dropFirst("Bearer ".count)))
            }
        }
        for key in ["access_token", "refresh_token", "client_secret"] {
            if let value = environment[key] { values.insert(value) }
        }
        return values
    }

    /// Fails for each secret found in `text`, as written or percent-encoded.
    static func expectNoSecret(
        _ secrets: Set<String>, in text: String, source: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        for secret in secrets {
            for form in Set([secret, FormEncoding.escape(secret)]) {
                #expect(
                    !text.contains(form), "\(source) contains the secret \(form.prefix(12))…",
                    sourceLocation: sourceLocation)
            }
        }
    }

    /// Text of every file under `folder` except `excluded`, with its path.
    static func files(under folder: String, excluding excluded: String) -> [(String, String)] {
        var found: [(String, String)] = []
        for name in FileSystem.listFolder(folder) {
            let path = folder + "/" + name
            if FileSystem.isFolder(path) {
                found += files(under: path, excluding: excluded)
            } else if path != excluded, let bytes = try? FileSystem.readFile(path) {
                found.append((path, String(decoding: bytes, as: UTF8.self)))
            }
        }
        return found
    }

    /// Checks on the simulator's side that each secret went only where it belongs: client
    /// credentials and refresh tokens to Login with Amazon, access tokens and the partner key
    /// to the API origin.
    static func expectSecretsStayedHome(
        _ simulator: APISimulator, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let lwaOnly = [APISimulator.demoClientSecret, APISimulator.demoRefreshToken]
        var accessTokens: Set<String> = []
        for request in simulator.recordedRequests() {
            if let value = request.header("Authorization"), value.hasPrefix("Bearer ") {
                accessTokens.insert(String(value.dropFirst("Bearer ".count)))
            }
        }
        for request in simulator.recordedRequests() {
            let text =
                request.target + "\n"
                + request.headers.map { "\($0.name): \($0.value)" }.joined(separator: "\n")
                + "\n" + String(decoding: request.body, as: UTF8.self)
            let place = "\(request.method) \(request.target) on \(request.origin)"
            for secret in lwaOnly where request.origin != "lwa" {
                for form in Set([secret, FormEncoding.escape(secret)]) {
                    #expect(
                        !text.contains(form), "\(place) received \(form.prefix(12))…",
                        sourceLocation: sourceLocation)
                }
            }
            if request.origin != "api-na" {
                #expect(
                    request.header("Authorization") == nil, "\(place) received Authorization",
                    sourceLocation: sourceLocation)
                #expect(
                    !text.contains(partnerKey), "\(place) received the partner key",
                    sourceLocation: sourceLocation)
                for token in accessTokens {
                    #expect(
                        !text.contains(token), "\(place) received an access token",
                        sourceLocation: sourceLocation)
                }
            }
        }
    }

    @Test func inProcessSessionLeaksNothing() throws {
        let shell = try SimulatedShell()
        let home = shell.folder.path
        let exportPath = home + "/exported.postman_environment.json"
        let history = HistoryStore(path: shell.session.store.paths.historyFile)
        shell.session.history = history
        let lines = Self.sessionLines(simulator: shell.simulator, exportPath: exportPath)
        // As the interactive shell does: each command goes to history after it ran, redacted.
        _ = shell.shell.run(reader: ScriptReader(lines)) { entry in
            history.add(shell.session.environment.redact(entry))
        }
        try history.save()

        let secrets = Self.secrets(simulator: shell.simulator, environment: shell.environment)
        #expect(secrets.count >= 5)
        let output = shell.console.capturedOutput
        let error = shell.console.capturedError
        #expect(output.contains("$ADS_ACCESS_TOKEN"))
        #expect(error.contains("invalid_grant"), "\(error)")
        #expect(error.contains("could not connect"), "\(error)")
        #expect(FileSystem.exists(shell.session.store.paths.historyFile))
        Self.expectNoSecret(secrets, in: output, source: "standard output")
        Self.expectNoSecret(secrets, in: error, source: "standard error")
        let environmentFile = try shell.session.store.path(for: "test")
        for (path, text) in Self.files(under: home, excluding: environmentFile) {
            Self.expectNoSecret(secrets, in: text, source: path)
        }
        Self.expectSecretsStayedHome(shell.simulator)
    }

    /// Types commands into the interactive binary, raw secret values included, and checks
    /// that the history file it saves on exit contains none of them.
    @Test func interactiveHistoryLeaksNothing() throws {
        let home = try SimulatedHome()
        let port = try #require(Origin(url: home.simulator.apiURL)?.port)
        let prompt = "test 127.0.0.1:\(port)> "
        let terminal = try PseudoTerminal(home: home.path)
        defer { terminal.close() }
        try terminal.waitForPrompt(prompt)
        let commands = [
            "set --secret partner_key \(Self.partnerKey)",
            "GET -H \"X-Partner-Key: \(Self.partnerKey)\" /v2/profiles",
            "set client_secret \(APISimulator.demoClientSecret)",
            "token refresh",
            "curl",
        ]
        for command in commands {
            terminal.send(command + PseudoTerminal.enter)
            try terminal.waitForPrompt(prompt, timeout: 10)
        }
        terminal.send(PseudoTerminal.controlD)
        #expect(try terminal.waitForExit() == 0)

        let environment = try home.store.load("test")
        let secrets = Self.secrets(simulator: home.simulator, environment: environment)
        let history = try home.folder.read("history")
        #expect(history.contains("{{partner_key}}"), "\(history)")
        let environmentFile = try home.store.path(for: "test")
        for (path, text) in Self.files(under: home.path, excluding: environmentFile) {
            Self.expectNoSecret(secrets, in: text, source: path)
        }
        Self.expectSecretsStayedHome(home.simulator)
    }

    @Test func binarySessionLeaksNothing() throws {
        let home = try SimulatedHome()
        let exportFolder = TemporaryFolder()
        let exportPath = exportFolder.file("exported.postman_environment.json")
        let lines = Self.sessionLines(simulator: home.simulator, exportPath: exportPath)
        let result = try home.run(lines)
        #expect(result.status == 1)
        let environment = try home.store.load("test")
        let secrets = Self.secrets(simulator: home.simulator, environment: environment)
        #expect(secrets.count >= 5)
        #expect(result.output.contains("$ADS_ACCESS_TOKEN"))
        #expect(result.error.contains("invalid_grant"), "\(result.error)")
        #expect(FileSystem.exists(exportPath))
        Self.expectNoSecret(secrets, in: result.output, source: "standard output")
        Self.expectNoSecret(secrets, in: result.error, source: "standard error")
        let environmentFile = try home.store.path(for: "test")
        for (path, text) in Self.files(under: home.path, excluding: environmentFile) {
            Self.expectNoSecret(secrets, in: text, source: path)
        }
        for (path, text) in Self.files(under: exportFolder.path, excluding: "") {
            Self.expectNoSecret(secrets, in: text, source: path)
        }
        Self.expectSecretsStayedHome(home.simulator)
    }
}
