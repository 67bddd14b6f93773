import AdsAPISimulator

@testable import AdsShell

/// A shell session in a temporary folder, pointed at a fresh simulator on loopback with the
/// demo credentials, writing to a capturing console.
final class SimulatedShell {
    let simulator: APISimulator
    let folder = TemporaryFolder()
    let session: Session
    let shell: Shell

    init(configuration: SimulatorConfiguration = SimulatorConfiguration()) throws {
        simulator = try APISimulator(configuration: configuration)
        let store = EnvironmentStore(paths: ShellPaths(home: folder.path))
        var environment = Environment.northAmericaDefaults(name: "test")
        environment.set("api_url", to: simulator.apiURL)
        environment.set("token_url", to: simulator.tokenURL)
        environment.set("auth_grant_url", to: simulator.authGrantURL)
        environment.set("client_id", to: APISimulator.demoClientID)
        environment.set("client_secret", to: APISimulator.demoClientSecret)
        environment.set("refresh_token", to: APISimulator.demoRefreshToken)
        try store.save(environment)
        session = Session(environment: environment, store: store, console: .capturing())
        shell = Shell(session: session)
    }

    deinit {
        simulator.stop()
    }

    var console: Console { session.console }
    var environment: Environment { session.environment }

    /// Runs each line as a command; returns the outcome of the last.
    @discardableResult
    func run(_ lines: String...) -> CommandOutcome {
        var outcome = CommandOutcome.success
        for line in lines { outcome = shell.execute(line) }
        return outcome
    }

    /// Requests the simulator received on `origin` (`api-na`, `lwa`, `storage`, …).
    func received(on origin: String) -> [RecordedRequest] {
        simulator.recordedRequests().filter { $0.origin == origin }
    }
}
