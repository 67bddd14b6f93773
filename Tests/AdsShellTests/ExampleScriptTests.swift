import Testing

@testable import AdsShell

@Suite struct ExampleScriptTests {
    static let folder: String = {
        var path = #filePath
        for _ in 0..<3 { path = FileSystem.parentFolder(of: path) }
        return path + "/examples"
    }()

    static let scripts: [String] = FileSystem.listFolder(folder).filter { $0.hasSuffix(".adsh") }

    @Test func examplesExist() {
        #expect(Self.scripts.count >= 4)
    }

    @Test(arguments: scripts)
    func examplePassesAgainstSimulator(name: String) throws {
        let home = TemporaryFolder()
        let result = try AdshProcess.run(
            ["run", Self.folder + "/" + name, "--demo"], input: "", home: home.path)
        #expect(result.status == 0, "\(name): \(result.error)")
        #expect(result.output.contains(" passed, 0 failed"))
    }

    @Test func failingExpectExitsOneWithMessage() throws {
        let home = TemporaryFolder()
        try home.write(
            "GET /v2/profiles\nexpect .[0].countryCode == \"FR\"\nGET /v2/profiles\n",
            to: "fails.adsh")
        let junit = home.file("report.xml")
        let result = try AdshProcess.run(
            ["run", home.file("fails.adsh"), "--demo", "--junit", junit], input: "",
            home: home.path)
        #expect(result.status == 1)
        #expect(result.output.contains("1 passed, 1 failed"))
        #expect(result.error.contains(#"expected .[0].countryCode == "FR", actual "US""#))
        let report = try home.read("report.xml")
        #expect(report.contains(#"<testsuites name="adsh run" tests="2" failures="1">"#))
        #expect(report.contains("<failure message="))
    }

    @Test func failureStopsOnlyThatScript() throws {
        let home = TemporaryFolder()
        try home.write("expect status 200\n", to: "first.adsh")
        try home.write("GET /v2/profiles\nexpect status 200\n", to: "second.adsh")
        let result = try AdshProcess.run(
            ["run", home.file("first.adsh"), home.file("second.adsh"), "--demo"], input: "",
            home: home.path)
        #expect(result.status == 1)
        #expect(result.output.contains("2 passed, 1 failed"))

        let stopped = try AdshProcess.run(
            [
                "run", home.file("first.adsh"), home.file("second.adsh"), "--demo",
                "--stop-on-failure",
            ], input: "", home: home.path)
        #expect(stopped.output.contains("0 passed, 1 failed"))
    }

    @Test func varOptionSetsVariables() throws {
        let home = TemporaryFolder()
        try home.write("GET /v2/profiles/{{id}}\nexpect .countryCode == MX\n", to: "var.adsh")
        let result = try AdshProcess.run(
            ["run", home.file("var.adsh"), "--demo", "--var", "id=9007199254740993"], input: "",
            home: home.path)
        #expect(result.status == 0, "\(result.error)")
    }

    @Test func nextTokenGoesInBodyOrQuery() throws {
        let shell = try SimulatedShell()
        let paginator = Paginator(session: shell.session, maximumPages: 3)
        let next = try paginator.withToken(
            "abc",
            request: HTTPRequest(
                method: "POST", url: shell.simulator.apiURL + "/sp/campaigns/list",
                body: Array(#"{"maxResults": 2, "nextToken": "old"}"#.utf8)))
        let body = try JSONParser.parse(try #require(next.body))
        #expect(body["nextToken"] == .string("abc"))
        #expect(body["maxResults"] == .number("2"))
        let get = try paginator.withToken(
            "a b",
            request: HTTPRequest(method: "GET", url: "http://127.0.0.1:1/x?nextToken=old&n=1"))
        #expect(get.url == "http://127.0.0.1:1/x?n=1&nextToken=a+b")
    }

    @Test func repeatedTokenStopsPagination() throws {
        let server = try FixedResponseServer(body: #"{"items": [1, 2], "nextToken": "same"}"#)
        defer { server.stop() }
        let shell = try SimulatedShell()
        #expect(shell.run("GET --all \(server.url)/list") == .failure)
        #expect(shell.console.capturedError.contains("nextToken 'same' came back a second time"))
        #expect(shell.run("vars") == .success)
    }

    @Test func pageLimitStopsPagination() throws {
        let shell = try SimulatedShell()
        shell.run("GET /v2/profiles", "set profileId from .[0].profileId")
        #expect(shell.run(#"POST /sp/campaigns/list --max-pages 2 {"maxResults": 5}"#) == .failure)
        #expect(shell.console.capturedError.contains("stopped after 2 pages"))
        #expect(shell.run(#"POST /sp/campaigns/list --all {"maxResults": 5}"#) == .success)
        #expect(shell.run("expect .campaigns | length == 25") == .success)
    }

    @Test func pollingTimesOutCleanly() throws {
        let shell = try SimulatedShell()
        shell.run("GET /v2/profiles")
        let start = currentMilliseconds()
        #expect(shell.run(#"wait .[0].countryCode == "JP" every 100ms timeout 500ms"#) == .failure)
        #expect(currentMilliseconds() - start < 2_000)
        #expect(shell.console.capturedError.contains("did not hold within 500 ms"))
        #expect(shell.console.capturedError.contains(#"actual "US""#))
        #expect(shell.received(on: "api-na").count >= 3)
    }
}
