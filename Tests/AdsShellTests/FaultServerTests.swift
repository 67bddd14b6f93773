import Glibc
import Testing

@testable import AdsShell

/// Servers that misbehave, through the simulator's `/_faults/` switches: each request ends
/// in a clear error or a bounded result within its timeout, and the next command works.
@Suite struct FaultServerTests {
    /// A fault switch, the `--timeout` given, and text the error must contain (lower case).
    struct Case: Sendable, CustomTestStringConvertible {
        var path: String
        var timeout: Double
        var expected: String

        var testDescription: String { path }
    }

    static let failingCases: [Case] = [
        Case(path: "/_faults/reset", timeout: 5, expected: "connection reset"),
        Case(path: "/_faults/wrong-length", timeout: 5, expected: "bytes remaining"),
        Case(path: "/_faults/bad-chunked", timeout: 5, expected: "chunked"),
        Case(path: "/_faults/bad-gzip", timeout: 5, expected: "content-encoding"),
        Case(path: "/_faults/stall", timeout: 0.5, expected: "timed out after 500 ms"),
        Case(path: "/_faults/slow?ms=5000", timeout: 0.5, expected: "timed out after 500 ms"),
        Case(path: "/_faults/redirect-loop", timeout: 5, expected: "redirects"),
    ]

    @Test(arguments: failingCases)
    func faultEndsInClearError(_ fault: Case) throws {
        let shell = try SimulatedShell()
        #expect(shell.run("GET /v2/profiles") == .success)
        shell.console.clearCapture()

        let start = currentMilliseconds()
        #expect(shell.run("GET --timeout \(fault.timeout) \(fault.path)") == .failure)
        let elapsed = Double(currentMilliseconds() - start) / 1000
        #expect(elapsed < fault.timeout + 1.5, "took \(elapsed) s")
        let error = shell.console.capturedError.lowercased()
        #expect(error.contains("error: "), "\(error)")
        #expect(error.contains(fault.expected), "\(error)")

        shell.console.clearCapture()
        #expect(shell.run("GET /v2/profiles | length") == .success)
        #expect(shell.console.capturedOutput == "2\n")
    }

    @Test func refusedConnectionThenNextWorks() throws {
        let shell = try SimulatedShell()
        let port = LoopbackPort.unused()
        let start = currentMilliseconds()
        #expect(shell.run("GET http://127.0.0.1:\(port)/v2/profiles") == .failure)
        #expect(currentMilliseconds() - start < 5_000)
        let error = shell.console.capturedError
        #expect(error.contains("could not connect to http://127.0.0.1:\(port)"), "\(error)")
        #expect(shell.run("GET /v2/profiles") == .success)
    }

    @Test func tenThousandHeadersAreBounded() throws {
        let shell = try SimulatedShell()
        let start = currentMilliseconds()
        #expect(shell.run("GET --timeout 10 /_faults/many-headers?count=10000") == .success)
        #expect(currentMilliseconds() - start < 10_000)
        let headers = try #require(shell.session.lastExchange?.response.headers)
        #expect(headers.fields.count >= 10_000)
        #expect(headers["X-Filler-9999"] == "value-9999")
        shell.console.clearCapture()
        #expect(shell.run("show headers") == .success)
        #expect(shell.console.capturedOutput.contains("X-Filler-9999: value-9999"))
        #expect(shell.run("GET /v2/profiles") == .success)
    }

    @Test func hundredThousandHeadersEndClearly() throws {
        let shell = try SimulatedShell()
        let outcome = shell.run("GET --timeout 10 /_faults/many-headers?count=100000")
        if outcome == .failure {
            let error = shell.console.capturedError.lowercased()
            #expect(error.contains("header"), "\(error)")
        }
        #expect(shell.run("GET /v2/profiles") == .success)
    }

    @Test func stalledTokenEndpointTimesOut() throws {
        let shell = try SimulatedShell()
        shell.run("settings timeout 0.5")
        shell.run("set token_url \(shell.simulator.apiURL)/_faults/stall")
        let start = currentMilliseconds()
        #expect(shell.run("GET /v2/profiles") == .failure)
        #expect(currentMilliseconds() - start < 2_000)
        let error = shell.console.capturedError
        #expect(error.contains("token refresh failed"), "\(error)")
        #expect(error.contains("timed out after 500 ms"), "\(error)")
        #expect(shell.received(on: "api-na").allSatisfy { $0.target.hasPrefix("/_faults/") })

        shell.run("set token_url \(shell.simulator.tokenURL)")
        #expect(shell.run("GET /v2/profiles") == .success)
    }

    @Test func resetTokenEndpointSendsNothing() throws {
        let shell = try SimulatedShell()
        shell.run("set token_url \(shell.simulator.apiURL)/_faults/reset")
        #expect(shell.run("GET /v2/profiles") == .failure)
        let error = shell.console.capturedError
        #expect(error.contains("token refresh failed"), "\(error)")
        #expect(error.contains("nothing else was sent"), "\(error)")
        #expect(!shell.received(on: "api-na").contains { $0.target == "/v2/profiles" })
    }

    @Test func simulateBannerReachesAFile() throws {
        let folder = TemporaryFolder()
        try folder.write("", to: "empty")
        let child = try SpawnedAdsh(
            ["simulate", "--port", "0"], home: folder.path, inputFile: folder.file("empty"),
            outputFolder: folder.path)
        var output = ""
        for _ in 0..<50 where !output.contains("storage") {
            usleep(100_000)
            output = child.output
        }
        child.kill(SIGINT)
        let termination = child.wait(seconds: 5)
        #expect(output.contains("API na         http://127.0.0.1:"), "\(output)")
        #expect(output.contains("storage"), "\(output)")
        #expect(termination?.exitStatus == 0, "adsh simulate did not stop on SIGINT")
    }

    // MARK: - A 1 GiB body, through the binary so that its peak memory can be read

    static let gibibyte = 1 << 30

    @Test func hugeBodyInMemoryStopsClearly() throws {
        let home = try SimulatedHome()
        let folder = TemporaryFolder()
        let script = folder.file("script")
        try folder.write(
            "GET /_faults/huge?bytes=\(Self.gibibyte)\nGET /v2/profiles | length\n",
            to: "script")
        let child = try SpawnedAdsh(
            [], home: home.path, inputFile: script, outputFolder: folder.path)
        let termination = child.wait()
        #expect(termination.exitStatus == 1)
        #expect(child.error.contains("larger than 256.0 MB"), "\(child.error)")
        #expect(child.error.contains("`> FILE`"), "\(child.error)")
        #expect(child.output == "2\n")
        // The body limit is 256 MiB. NOTE: runs of a debug build peaked at either about
        // 290 MB or about 548 MB, so the bound is twice the limit plus 64 MiB. What uses
        // the second 256 MiB in some runs is not known.
        #expect(termination.peakResidentKilobytes < (2 * 256 + 64) * 1024)
    }

    @Test func hugeBodyStreamsToFileInConstantMemory() throws {
        let home = try SimulatedHome()
        let folder = TemporaryFolder()
        let target = folder.file("huge.json")
        try folder.write(
            "GET /_faults/huge?bytes=\(Self.gibibyte) > \(target)\nGET /v2/profiles | length\n",
            to: "script")
        let child = try SpawnedAdsh(
            [], home: home.path, inputFile: folder.file("script"), outputFolder: folder.path)
        let termination = child.wait()
        defer { unlink(target) }
        #expect(termination.exitStatus == 0, "\(child.error)")
        var info = stat()
        #expect(stat(target, &info) == 0)
        #expect(Int(info.st_size) == Self.gibibyte)
        #expect(child.output == "2\n")
        // A quarter of the body: a client that kept the body would need all 1 GiB. NOTE: a
        // run alone peaked at about 26 MB (`/usr/bin/time -v adsh --demo`), but runs beside
        // the whole suite reached about 160 MB for reasons not found.
        #expect(termination.peakResidentKilobytes < 256 * 1024)
    }
}
