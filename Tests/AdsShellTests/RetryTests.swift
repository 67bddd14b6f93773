import AdsAPISimulator
import Testing

@testable import AdsShell

@Suite struct RetryTests {
    private func throttledShell(retryAfter: Int?) throws -> SimulatedShell {
        var configuration = SimulatorConfiguration()
        configuration.throttle = ThrottleSettings(every: 2, retryAfter: retryAfter)
        let shell = try SimulatedShell(configuration: configuration)
        shell.run("settings retry-base-delay 0.05")
        return shell
    }

    @Test func honoursRetryAfter() throws {
        let shell = try throttledShell(retryAfter: 1)
        #expect(shell.run("GET /v2/profiles") == .success)
        let start = currentMilliseconds()
        #expect(shell.run("GET /v2/profiles") == .success)
        let elapsed = currentMilliseconds() - start
        #expect(elapsed >= 950)
        #expect(shell.received(on: "api-na").count == 3)
        #expect(shell.console.capturedError.contains("429"))
        #expect(shell.console.capturedError.contains("Retry-After: 1"))
    }

    @Test func backsOffWithoutRetryAfter() throws {
        let shell = try throttledShell(retryAfter: nil)
        shell.run("GET /v2/profiles")
        let start = currentMilliseconds()
        #expect(shell.run("GET /v2/profiles") == .success)
        #expect(currentMilliseconds() - start < 900)
        #expect(shell.received(on: "api-na").count == 3)
        #expect(shell.console.capturedError.contains("backoff"))
    }

    @Test func givesUpAfterConfiguredAttempts() throws {
        let shell = try SimulatedShell()
        shell.run("settings retry-attempts 3", "settings retry-base-delay 0.01")
        shell.run("GET /v2/profiles")
        shell.simulator.clearRecordedRequests()
        #expect(shell.run("GET /_faults/throttle") == .failure)
        #expect(shell.received(on: "api-na").count == 3)
    }

    @Test func serverErrorRetriedForGetOnly() throws {
        let shell = try SimulatedShell()
        shell.run("settings retry-attempts 3", "settings retry-base-delay 0.01")
        shell.run("GET /v2/profiles")
        shell.simulator.clearRecordedRequests()
        #expect(shell.run("GET /_faults/status?code=503") == .failure)
        #expect(shell.received(on: "api-na").count == 3)

        shell.simulator.clearRecordedRequests()
        #expect(shell.run("POST /_faults/status?code=503 {}") == .failure)
        #expect(shell.received(on: "api-na").count == 1)
    }

    @Test func postRetriedOn429() throws {
        let shell = try SimulatedShell()
        shell.run("settings retry-attempts 2", "settings retry-base-delay 0.01")
        shell.run("GET /v2/profiles")
        shell.simulator.clearRecordedRequests()
        #expect(shell.run("POST /_faults/throttle {}") == .failure)
        #expect(shell.received(on: "api-na").count == 2)
    }

    @Test func totalWaitCapStopsRetrying() throws {
        let shell = try SimulatedShell()
        shell.run("settings retry-total-wait 0.5")
        shell.run("GET /v2/profiles")
        shell.simulator.clearRecordedRequests()
        let start = currentMilliseconds()
        #expect(shell.run("GET /_faults/throttle?retry-after=2") == .failure)
        #expect(currentMilliseconds() - start < 1_000)
        #expect(shell.received(on: "api-na").count == 1)
    }

    @Test func settingsRejectBadValues() throws {
        let shell = try SimulatedShell()
        #expect(shell.run("settings retry-attempts zero") == .failure)
        #expect(shell.run("settings timeuot 3") == .failure)
        #expect(shell.console.capturedError.contains("did you mean 'timeout'"))
        #expect(shell.run("settings timeout 2.5") == .success)
        #expect(shell.session.settings.timeout == 2.5)
        #expect(shell.session.store.loadSettings().timeout == 2.5)
    }
}
