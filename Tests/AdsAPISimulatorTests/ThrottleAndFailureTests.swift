import Testing

@testable import AdsAPISimulator

@Suite struct ThrottleAndFailureTests {
    @Test(arguments: [nil, 3] as [Int?])
    func everyNthRequestIsThrottled(retryAfter: Int?) throws {
        var configuration = SimulatorConfiguration()
        configuration.throttle = ThrottleSettings(every: 2, retryAfter: retryAfter)
        let session = try Session(configuration)
        let first = try fetch("GET", session.api("/v2/profiles"), headers: session.headers())
        #expect(first.status == 200)
        let second = try fetch("GET", session.api("/v2/profiles"), headers: session.headers())
        #expect(second.status == 429)
        #expect(second.text == #"{"message":"Too Many Requests"}"#)
        #expect(second.header("amazon-advertising-api-throttled") == "true")
        #expect(second.header("Retry-After") == retryAfter.map(String.init))
    }

    @Test func throttleSwitchWithAndWithoutRetryAfter() throws {
        let simulator = try APISimulator()
        let without = try fetch("GET", simulator.apiURL + "/_faults/throttle")
        #expect(without.status == 429)
        #expect(without.header("Retry-After") == nil)
        let with = try fetch("GET", simulator.apiURL + "/_faults/throttle?retry-after=7")
        #expect(with.header("Retry-After") == "7")
    }

    @Test func everyNthRequestFails() throws {
        var configuration = SimulatorConfiguration()
        configuration.failures = FailureSettings(every: 1, status: 503)
        let session = try Session(configuration)
        let response = try fetch("GET", session.api("/v2/profiles"), headers: session.headers())
        #expect(response.status == 503)
    }

    @Test func injected500HasInternalError() throws {
        var configuration = SimulatorConfiguration()
        configuration.failures = FailureSettings(every: 1)
        let session = try Session(configuration)
        let response = try fetch("GET", session.api("/v2/profiles"), headers: session.headers())
        #expect(response.status == 500)
        #expect(response.json?["code"]?.stringValue == "INTERNAL_ERROR")
    }
}
