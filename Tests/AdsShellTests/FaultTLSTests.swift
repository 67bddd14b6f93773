import Testing

@testable import AdsShell

/// TLS certificate verification is always on, and turned off only by
/// `--insecure-skip-tls-verify` for one request, with a warning.
@Suite(
    .enabled(
        if: LocalTLSServer.opensslPath != nil,
        "openssl is not installed, so no local TLS server can be started"))
struct FaultTLSTests {
    @Test func selfSignedCertificateIsRejected() throws {
        let server = try LocalTLSServer()
        let shell = try SimulatedShell()
        #expect(shell.run("GET --timeout 10 \(server.url)") == .failure)
        let error = shell.console.capturedError
        #expect(error.contains("TLS failed for https://127.0.0.1:\(server.port)"), "\(error)")
        #expect(error.lowercased().contains("certificate"), "\(error)")
        #expect(!error.contains("verification is OFF"), "\(error)")
    }

    @Test func skipFlagWarnsAndAppliesOnce() throws {
        let server = try LocalTLSServer()
        let shell = try SimulatedShell()
        #expect(shell.run("GET --insecure-skip-tls-verify --timeout 10 \(server.url)") == .success)
        let warning = shell.console.capturedError
        #expect(warning.contains("warning: TLS certificate verification is OFF"), "\(warning)")
        #expect(shell.session.lastExchange?.response.status == 200)

        // The next request verifies again and must not reuse the unverified connection.
        shell.console.clearCapture()
        #expect(shell.run("GET --timeout 10 \(server.url)") == .failure)
        let error = shell.console.capturedError
        #expect(error.contains("TLS failed"), "\(error)")
    }

    @Test func skipFlagDoesNotReachTokenRefresh() throws {
        let server = try LocalTLSServer()
        let shell = try SimulatedShell()
        shell.run("set token_url https://127.0.0.1:\(server.port)/auth/o2/token")
        #expect(shell.run("GET --insecure-skip-tls-verify --timeout 10 /v2/profiles") == .failure)
        let error = shell.console.capturedError
        #expect(error.contains("token refresh failed"), "\(error)")
        #expect(error.contains("TLS failed"), "\(error)")
        #expect(shell.received(on: "api-na").isEmpty)
    }
}
