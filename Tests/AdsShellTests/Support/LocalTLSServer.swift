import Foundation
import Glibc

@testable import AdsShell

/// `openssl s_server -www` on a 127.0.0.1 port with a fresh self-signed certificate, for TLS
/// tests; stopped when the value is released.
final class LocalTLSServer {
    /// The openssl executable, or nil when it is not installed.
    static let opensslPath: String? = [
        "/usr/bin/openssl", "/usr/local/bin/openssl", "/bin/openssl",
    ]
    .first { access($0, X_OK) == 0 }

    let port: Int
    private let folder = TemporaryFolder()
    private let server = Process()

    /// Makes a certificate for 127.0.0.1 and starts serving it.
    /// - Throws: when openssl fails or the server does not accept connections within 10 s.
    init() throws {
        guard let openssl = Self.opensslPath else {
            throw FileError(path: "openssl", operation: "find", code: ENOENT)
        }
        let certificate = folder.file("cert.pem")
        let key = folder.file("key.pem")
        let generate = Process()
        generate.executableURL = URL(fileURLWithPath: openssl)
        generate.arguments = [
            "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj",
            "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", key,
            "-out", certificate,
        ]
        generate.standardOutput = FileHandle.nullDevice
        generate.standardError = FileHandle.nullDevice
        try generate.run()
        generate.waitUntilExit()
        guard generate.terminationStatus == 0 else {
            throw FileError(path: certificate, operation: "create with openssl", code: EIO)
        }

        port = LoopbackPort.unused()
        server.executableURL = URL(fileURLWithPath: openssl)
        server.arguments = [
            "s_server", "-accept", "127.0.0.1:\(port)", "-cert", certificate, "-key", key,
            "-www", "-quiet",
        ]
        server.standardInput = Pipe()
        server.standardOutput = FileHandle.nullDevice
        server.standardError = FileHandle.nullDevice
        try server.run()
        for _ in 0..<200 {
            if Self.accepts(port: port) { return }
            usleep(50_000)
        }
        stop()
        throw FileError(
            path: "127.0.0.1:\(port)", operation: "start openssl s_server on", code: ETIMEDOUT)
    }

    deinit {
        stop()
    }

    /// Stops the server with SIGKILL, because the child inherits the test runner's blocked
    /// signals and so never receives the SIGTERM of `Process.terminate()`.
    private func stop() {
        if server.isRunning {
            kill(server.processIdentifier, SIGKILL)
            server.waitUntilExit()
        }
    }

    var url: String { "https://127.0.0.1:\(port)/" }

    /// Returns whether a TCP connection to 127.0.0.1:`port` succeeds.
    private static func accepts(port: Int) -> Bool {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = UInt16(port).bigEndian
        return withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0
            }
        }
    }
}
