import AdsAPISimulator

@testable import AdsShell

/// An `ADSH_HOME` folder for the `adsh` binary whose active environment, `test`, points at
/// a simulator running in the test process, so a test can read what the simulator received.
final class SimulatedHome {
    let simulator: APISimulator
    let folder = TemporaryFolder()
    let store: EnvironmentStore

    init(configuration: SimulatorConfiguration = SimulatorConfiguration()) throws {
        simulator = try APISimulator(configuration: configuration)
        store = EnvironmentStore(paths: ShellPaths(home: folder.path))
        var environment = Environment.northAmericaDefaults(name: "test")
        environment.set("api_url", to: simulator.apiURL)
        environment.set("token_url", to: simulator.tokenURL)
        environment.set("auth_grant_url", to: simulator.authGrantURL)
        environment.set("client_id", to: APISimulator.demoClientID)
        environment.set("client_secret", to: APISimulator.demoClientSecret)
        environment.set("refresh_token", to: APISimulator.demoRefreshToken)
        try store.save(environment)
        try store.setActive("test")
    }

    deinit {
        simulator.stop()
    }

    var path: String { folder.path }

    /// Requests the simulator received on `origin` (`api-na`, `lwa`, `storage`, …).
    func received(on origin: String) -> [RecordedRequest] {
        simulator.recordedRequests().filter { $0.origin == origin }
    }

    /// Runs the binary with `lines` as its piped standard input.
    func run(_ lines: [String], arguments: [String] = []) throws -> AdshProcess.Result {
        try AdshProcess.run(
            arguments, input: lines.joined(separator: "\n") + "\n", home: folder.path)
    }
}
