import FoundationEssentials
import Glibc
import Synchronization

/// A loopback HTTP/1.1 server: one thread accepts, one thread per connection reads requests
/// and writes responses, with persistent connections.
final class HTTPServer: Sendable {
    typealias Handler = @Sendable (HTTPRequest) -> HTTPResponse

    private struct State {
        var stopped = false
        var connections: Set<Int32> = []
        var activeConnections = 0
        var acceptThread: pthread_t?
    }

    let port: UInt16
    private let listener: Int32
    private let state = Mutex(State())

    /// Binds 127.0.0.1:`port` (0 picks a free port). Connections wait in the backlog until
    /// ``start(handler:)``.
    init(port: UInt16) throws {
        let socketFD = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socketFD >= 0 else { throw SimulatorError.socketFailed(errno: errno) }
        var reuse: Int32 = 1
        setsockopt(socketFD, SOL_SOCKET, SO_REUSEADDR, &reuse, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(socketFD, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard bound == 0 else {
            let code = errno
            close(socketFD)
            throw SimulatorError.bindFailed(port: port, errno: code)
        }
        guard listen(socketFD, 128) == 0 else {
            let code = errno
            close(socketFD)
            throw SimulatorError.listenFailed(errno: code)
        }
        var actual = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &actual) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                getsockname(socketFD, $0, &length)
            }
        }
        self.port = UInt16(bigEndian: actual.sin_port)
        self.listener = socketFD
    }

    /// Starts accepting connections and responding to each request with `handler`.
    func start(handler: @escaping Handler) throws {
        guard let thread = ThreadLauncher.start({ [self] in acceptLoop(handler: handler) }) else {
            throw SimulatorError.threadFailed
        }
        state.withLock { $0.acceptThread = thread }
    }

    /// Closes the listener and every open connection, then waits up to two seconds for the
    /// connection threads to finish. Calling it again does nothing.
    func stop() {
        let (alreadyStopped, acceptThread): (Bool, pthread_t?) = state.withLock { state in
            guard !state.stopped else { return (true, nil) }
            state.stopped = true
            for connection in state.connections {
                shutdown(connection, Int32(SHUT_RDWR))
            }
            defer { state.acceptThread = nil }
            return (false, state.acceptThread)
        }
        guard !alreadyStopped else { return }
        shutdown(listener, Int32(SHUT_RDWR))
        if let acceptThread {
            pthread_join(acceptThread, nil)
        }
        close(listener)
        for _ in 0..<200 {
            if state.withLock({ $0.activeConnections }) == 0 { break }
            usleep(10_000)
        }
    }

    private func acceptLoop(handler: @escaping Handler) {
        while true {
            let connection = accept(listener, nil, nil)
            if connection < 0 {
                if state.withLock({ $0.stopped }) { return }
                if errno == EINTR || errno == ECONNABORTED { continue }
                // Out of descriptors or memory: wait for connections to close.
                usleep(10_000)
                continue
            }
            let admitted = state.withLock { state in
                guard !state.stopped else { return false }
                state.connections.insert(connection)
                state.activeConnections += 1
                return true
            }
            guard admitted else {
                close(connection)
                continue
            }
            var noDelay: Int32 = 1
            setsockopt(
                connection, Int32(IPPROTO_TCP), TCP_NODELAY, &noDelay,
                socklen_t(MemoryLayout<Int32>.size))
            let started = ThreadLauncher.startDetached { [self] in
                serve(connection, handler: handler)
                finish(connection, reset: false)
            }
            if !started { finish(connection, reset: false) }
        }
    }

    private func finish(_ connection: Int32, reset: Bool) {
        state.withLock { state in
            guard state.connections.remove(connection) != nil else { return }
            state.activeConnections -= 1
            if reset {
                var linger = Glibc.linger(l_onoff: 1, l_linger: 0)
                setsockopt(
                    connection, SOL_SOCKET, SO_LINGER, &linger,
                    socklen_t(MemoryLayout<Glibc.linger>.size))
            }
            close(connection)
        }
    }

    private func serve(_ connection: Int32, handler: Handler) {
        let parser = HTTPRequestParser(socket: connection)
        while true {
            let request: HTTPRequest
            do {
                guard
                    let next = try parser.nextRequest(sendInterim: { Self.sendAll(connection, $0) })
                else { return }
                request = next
            } catch let error as HTTPParseError {
                if case .connectionClosed = error { return }
                var response = HTTPResponse.json(
                    error.status,
                    .object([
                        ("code", .string("BAD_REQUEST")), ("details", .string(error.description)),
                    ]))
                response.setHeader("x-amzn-RequestId", UUID().uuidString.lowercased())
                Self.sendAll(connection, response.head(closing: true) + response.body)
                return
            } catch {
                return
            }
            var response = handler(request)
            if response.header("x-amzn-RequestId") == nil {
                response.setHeader("x-amzn-RequestId", UUID().uuidString.lowercased())
            }
            if response.header("Date") == nil {
                response.setHeader("Date", SimulatorClock.httpDate())
            }
            if !deliver(response, for: request, on: connection) { return }
        }
    }

    /// Writes one response. Returns whether the connection stays open for another request.
    private func deliver(_ response: HTTPResponse, for request: HTTPRequest, on connection: Int32)
        -> Bool
    {
        let keepAlive = request.keepsAlive
        switch response.delivery {
        case .standard:
            let bytes = response.head(closing: !keepAlive)
            let withBody = request.method == "HEAD" ? bytes : bytes + response.body
            return Self.sendAll(connection, withBody) && keepAlive
        case .raw(let reset):
            Self.sendAll(connection, response.body)
            if reset {
                finish(connection, reset: true)
            }
            return false
        case .stall:
            var scratch = [UInt8](repeating: 0, count: 4096)
            while scratch.withUnsafeMutableBytes({ recv(connection, $0.baseAddress, $0.count, 0) })
                > 0
            {}
            return false
        case .jsonArrayStream(let byteCount):
            guard Self.sendAll(connection, response.head(closing: !keepAlive)) else { return false }
            return JSONArrayStream.write(byteCount: byteCount) { Self.sendAll(connection, $0) }
                && keepAlive
        }
    }

    /// Sends every byte, retrying short writes. Returns false when the peer has gone.
    @discardableResult
    static func sendAll(_ connection: Int32, _ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let sent = bytes.withUnsafeBytes {
                send(connection, $0.baseAddress! + offset, $0.count - offset, Int32(MSG_NOSIGNAL))
            }
            if sent < 0 && errno == EINTR { continue }
            guard sent > 0 else { return false }
            offset += sent
        }
        return true
    }
}
