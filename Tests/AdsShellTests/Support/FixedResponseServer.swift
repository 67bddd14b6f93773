import Glibc

@testable import AdsShell

/// A loopback HTTP server that answers every request with the same response and closes the
/// connection, for cases the simulator does not produce, such as a nextToken that repeats.
final class FixedResponseServer: @unchecked Sendable {
    // @unchecked Sendable: `listener` and `port` are set once in init; the accept thread only
    // reads them, and `stop()` closes the socket to end that thread.
    let port: UInt16
    private let listener: Int32
    private let response: [UInt8]
    private var thread: pthread_t?

    init(status: Int = 200, contentType: String = "application/json", body: String) throws {
        let bodyBytes = Array(body.utf8)
        response =
            Array(
                ("HTTP/1.1 \(status) OK\r\nContent-Type: \(contentType)\r\nContent-Length: "
                    + "\(bodyBytes.count)\r\nConnection: close\r\n\r\n").utf8) + bodyBytes
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        self.listener = listener
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(listener, $0, length)
            }
        }
        guard bound == 0, listen(listener, 16) == 0 else {
            close(listener)
            throw FileError(path: "127.0.0.1", operation: "listen on")
        }
        withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                _ = getsockname(listener, $0, &length)
            }
        }
        port = UInt16(bigEndian: address.sin_port)
        thread = nil
        let context = Unmanaged.passRetained(self).toOpaque()
        var handle = pthread_t()
        pthread_create(
            &handle, nil,
            { context in
                let server = Unmanaged<FixedResponseServer>.fromOpaque(context!).takeRetainedValue()
                server.serve()
                return nil
            }, context)
        thread = handle
    }

    var url: String { "http://127.0.0.1:\(port)" }

    func stop() {
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
        if let thread { pthread_join(thread, nil) }
        thread = nil
    }

    private func serve() {
        while true {
            let connection = accept(listener, nil, nil)
            if connection < 0 { return }
            var buffer = [UInt8](repeating: 0, count: 65536)
            _ = buffer.withUnsafeMutableBytes { recv(connection, $0.baseAddress, $0.count, 0) }
            _ = response.withUnsafeBytes {
                send(connection, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL))
            }
            close(connection)
        }
    }
}
