import Testing

@testable import AdsShell

@Suite struct PipedRunTests {
    @Test func demoProfilesExitZero() throws {
        let folder = TemporaryFolder()
        let result = try AdshProcess.run(["--demo"], input: "GET /v2/profiles\n", home: folder.path)
        #expect(result.status == 0)
        #expect(result.output.contains("\"profileId\": 3382741658212519"))
        #expect(result.output.contains("Demo Seller US"))
        #expect(result.error.contains("200 OK"))
        #expect(!result.output.contains("> "))
    }

    @Test func failedCommandExitsOne() throws {
        let folder = TemporaryFolder()
        let result = try AdshProcess.run(
            ["--demo"], input: "GET /v2/profiles\nGET /{{nope}}\nvars\n", home: folder.path)
        #expect(result.status == 1)
        #expect(result.error.contains("unknown variable 'nope'"))
        #expect(result.output.contains("api_url"))
    }

    @Test func errorStatusExitsOne() throws {
        let folder = TemporaryFolder()
        let result = try AdshProcess.run(
            ["--demo"], input: "GET /v2/profiles/1\n", home: folder.path)
        #expect(result.status == 1)
    }

    @Test func variablesPersistAcrossRuns() throws {
        let folder = TemporaryFolder()
        let first = try AdshProcess.run(
            ["--demo"], input: "set profileId 3382741658212519\n", home: folder.path)
        #expect(first.status == 0)
        let second = try AdshProcess.run(["--demo"], input: "vars profile\n", home: folder.path)
        #expect(second.output.contains("3382741658212519"))
    }

    @Test func secretsNeverPrinted() throws {
        let folder = TemporaryFolder()
        let result = try AdshProcess.run(
            ["--demo"], input: "GET /v2/profiles\nvars\ntoken\ncurl\nshow request\n",
            home: folder.path)
        #expect(result.status == 0)
        let environment = try EnvironmentStore(paths: ShellPaths(home: folder.path)).load("demo")
        let secrets = try ["access_token", "refresh_token", "client_secret", "client_id"].map {
            try #require(environment[$0])
        }
        for secret in secrets {
            #expect(!result.output.contains(secret))
            #expect(!result.error.contains(secret))
        }
        #expect(result.output.contains("$ADS_ACCESS_TOKEN"))
    }

    @Test func officialEnvironmentFileImports() throws {
        let folder = TemporaryFolder()
        let path =
            SharedFixtures.environmentFile
            ?? LocalFixtures.path(
                "tiny.postman_environment.json")
        let result = try AdshProcess.run(["--env-file", path], input: "vars\n", home: folder.path)
        #expect(result.status == 0)
        #expect(result.error.contains("imported environment"))
        #expect(result.output.contains("api_url"))
    }

    @Test func badArgumentExitsTwo() throws {
        let folder = TemporaryFolder()
        let result = try AdshProcess.run(["--bogus"], input: "", home: folder.path)
        #expect(result.status == 2)
        #expect(result.error.contains("unknown argument '--bogus'"))
    }
}
