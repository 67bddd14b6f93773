import Testing

@testable import AdsAPISimulator

@Suite struct ConfigurationTests {
    @Test func parsesEveryOption() throws {
        let configuration = try SimulatorConfiguration.parse(arguments: [
            "--port", "0", "--token-ttl", "60", "--throttle", "5:2", "--fail=4:503",
            "--report-delay", "1:3", "--examples", "c.json", "--delay", "0.5",
        ])
        #expect(configuration.tokenLifetime == 60)
        #expect(configuration.throttle == ThrottleSettings(every: 5, retryAfter: 2))
        #expect(configuration.failures == FailureSettings(every: 4, status: 503))
        #expect(
            configuration.reportSchedule == ReportSchedule(pendingSeconds: 1, processingSeconds: 3))
        #expect(configuration.examplesCollection == "c.json")
        #expect(configuration.delay == 0.5)
    }

    @Test(arguments: [
        ["--port", "70000"], ["--throttle", "x"], ["--fail", "3:404"], ["--token-ttl", "0"],
        ["--report-delay", "-1"], ["--port"], ["--bogus"],
    ])
    func rejectsInvalidArguments(arguments: [String]) {
        #expect(throws: SimulatorConfigurationError.self) {
            try SimulatorConfiguration.parse(arguments: arguments)
        }
    }

    @Test func helpIsRequested() {
        #expect(throws: SimulatorConfigurationError.helpRequested) {
            try SimulatorConfiguration.parse(arguments: ["--help"])
        }
        #expect(SimulatorConfiguration.usage.contains("/_faults/redirect-loop"))
    }

    @Test func bannerListsURLsAndCredentials() throws {
        let simulator = try APISimulator()
        #expect(simulator.banner.contains(simulator.apiURL(region: "eu")))
        #expect(simulator.banner.contains(simulator.tokenURL))
        #expect(simulator.banner.contains(APISimulator.demoRefreshToken))
        #expect(simulator.apiURL.hasPrefix("http://127.0.0.1:"))
        #expect(simulator.storageURL != simulator.apiURL)
    }
}
