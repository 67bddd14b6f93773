import Glibc

@testable import AdsAPISimulator

/// A response as the test client read it.
struct TestResponse {
    var status: Int
    var headers: [(name: String, value: String)]
    var body: [UInt8]

    func header(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }

    var text: String { String(decoding: body, as: UTF8.self) }

    var json: JSONValue? { try? JSONValue.parse(body) }
}

enum TestHTTPError: Error, CustomStringConvertible {
    case connectFailed(port: UInt16)
    case closed(received: Int)
    case malformed(String)

    var description: String {
        switch self {
        case .connectFailed(let port): return "cannot connect to 127.0.0.1:\(port)"
        case .closed(let received): return "connection closed after \(received) bytes"
        case .malformed(let reason): return "malformed response: \(reason)"
        }
    }
}

/// A blocking HTTP/1.1 client connection to 127.0.0.1, for tests only. Reads time out after
/// 10 seconds so that a broken server fails a test instead of hanging it.
final class TestConnection {
    let socketFD: Int32
    private var buffer: [UInt8] = []

    init(port: UInt16) throws {
        socketFD = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(socketFD, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else {
            close(socketFD)
            throw TestHTTPError.connectFailed(port: port)
        }
        var timeout = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(
            socketFD, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    }

    deinit {
        close(socketFD)
    }

    func send(_ text: String) {
        send(Array(text.utf8))
    }

    func send(_ bytes: [UInt8]) {
        var offset = 0
        while offset < bytes.count {
            let sent = bytes.withUnsafeBytes {
                Glibc.send(
                    socketFD, $0.baseAddress! + offset, $0.count - offset, Int32(MSG_NOSIGNAL))
            }
            if sent <= 0 { return }
            offset += sent
        }
    }

    /// Sends one request with `Host` and `Content-Length` added.
    func sendRequest(
        _ method: String, _ target: String, headers: [(String, String)] = [], body: [UInt8] = []
    ) {
        var text = "\(method) \(target) HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        for (name, value) in headers { text += "\(name): \(value)\r\n" }
        if !body.isEmpty || method == "POST" || method == "PUT" {
            text += "Content-Length: \(body.count)\r\n"
        }
        send(Array((text + "\r\n").utf8) + body)
    }

    /// Reads one response, framed by `Content-Length`, chunked coding or the end of stream.
    func readResponse(method: String = "GET") throws -> TestResponse {
        let head = try readHead()
        var lines = head.split(separator: "\r\n").map(String.init)
        let statusLine = lines.removeFirst().split(separator: " ")
        guard statusLine.count >= 2, let status = Int(statusLine[1]) else {
            throw TestHTTPError.malformed("status line '\(statusLine)'")
        }
        let headers = lines.map { line -> (String, String) in
            let colon = line.firstIndex(of: ":")!
            return (
                String(line[..<colon]),
                line[line.index(after: colon)...].trimmingCharacters(in: " ")
            )
        }
        var response = TestResponse(status: status, headers: headers, body: [])
        if status == 100 { return try readResponse(method: method) }
        if method == "HEAD" || status == 204 || status == 304 { return response }
        if response.header("Transfer-Encoding")?.lowercased() == "chunked" {
            while true {
                let sizeLine = try readLine()
                guard let size = Int(sizeLine, radix: 16) else {
                    throw TestHTTPError.malformed("chunk size '\(sizeLine)'")
                }
                if size == 0 {
                    _ = try readLine()
                    break
                }
                response.body += try readBytes(size)
                _ = try readLine()
            }
        } else if let length = response.header("Content-Length").flatMap({ Int($0) }) {
            response.body = try readBytes(length)
        } else {
            while try fill() {}
            response.body = buffer
            buffer = []
        }
        return response
    }

    /// Reads until the peer closes; returns whether it closed (rather than timing out).
    func waitForClose() -> Bool {
        while true {
            var chunk = [UInt8](repeating: 0, count: 4096)
            let received = chunk.withUnsafeMutableBytes {
                recv(socketFD, $0.baseAddress, $0.count, 0)
            }
            if received == 0 { return true }
            if received < 0 { return errno == ECONNRESET }
        }
    }

    private func readHead() throws -> String {
        while true {
            if let end = findEnd() {
                let head = String(decoding: buffer[0..<end], as: UTF8.self)
                buffer.removeFirst(end + 4)
                return head
            }
            guard try fill() else { throw TestHTTPError.closed(received: buffer.count) }
        }
    }

    private func findEnd() -> Int? {
        guard buffer.count >= 4 else { return nil }
        for index in 0...(buffer.count - 4)
        where buffer[index] == 13 && buffer[index + 1] == 10 && buffer[index + 2] == 13
            && buffer[index + 3] == 10
        {
            return index
        }
        return nil
    }

    private func readLine() throws -> String {
        while true {
            if let index = buffer.firstIndex(of: 10), index > 0, buffer[index - 1] == 13 {
                let line = String(decoding: buffer[0..<(index - 1)], as: UTF8.self)
                buffer.removeFirst(index + 1)
                return line
            }
            guard try fill() else { throw TestHTTPError.closed(received: buffer.count) }
        }
    }

    private func readBytes(_ count: Int) throws -> [UInt8] {
        while buffer.count < count {
            guard try fill() else { throw TestHTTPError.closed(received: buffer.count) }
        }
        let bytes = Array(buffer[0..<count])
        buffer.removeFirst(count)
        return bytes
    }

    private func fill() throws -> Bool {
        var chunk = [UInt8](repeating: 0, count: 65536)
        let received = chunk.withUnsafeMutableBytes { recv(socketFD, $0.baseAddress, $0.count, 0) }
        if received > 0 {
            buffer += chunk[0..<received]
            return true
        }
        if received < 0 && errno == ECONNRESET {
            throw TestHTTPError.closed(received: buffer.count)
        }
        return false
    }
}

/// Sends one request on a new connection. `url` is absolute, on 127.0.0.1.
func fetch(
    _ method: String, _ url: String, headers: [(String, String)] = [], body: [UInt8] = []
) throws -> TestResponse {
    let (port, target) = splitURL(url)
    let connection = try TestConnection(port: port)
    connection.sendRequest(method, target, headers: headers + [("Connection", "close")], body: body)
    return try connection.readResponse(method: method)
}

func fetch(_ method: String, _ url: String, headers: [(String, String)] = [], json: String)
    throws -> TestResponse
{
    try fetch(method, url, headers: headers, body: Array(json.utf8))
}

/// Splits `http://127.0.0.1:PORT/path?query` into the port and the path with query.
func splitURL(_ url: String) -> (port: UInt16, target: String) {
    let withoutScheme = url.dropFirst("http://".count)
    let authority = withoutScheme.prefix { $0 != "/" }
    let target = withoutScheme.dropFirst(authority.count)
    let port = UInt16(authority.split(separator: ":").last!)!
    return (port, target.isEmpty ? "/" : String(target))
}
