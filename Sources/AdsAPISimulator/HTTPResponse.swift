/// One HTTP response, plus its delivery mode, which fault switches use to send broken responses.
struct HTTPResponse: Sendable {
    /// The way the server writes the response to the socket.
    enum Delivery: Sendable {
        /// Status line, headers with `Content-Length`, body, in one `send`.
        case standard
        /// `body` already contains the complete bytes to write, framing included. The server
        /// writes them and closes the connection, with a TCP reset when `reset` is true.
        case raw(reset: Bool)
        /// The server never responds and keeps the connection open until the client or `stop()`
        /// closes it.
        case stall
        /// A chunked JSON array of exactly `byteCount` bytes, generated while it is sent so
        /// that it is never held in memory.
        case jsonArrayStream(byteCount: Int)
    }

    var status: Int
    var headers: [(name: String, value: String)]
    var body: [UInt8]
    var delivery: Delivery = .standard

    init(status: Int, headers: [(name: String, value: String)] = [], body: [UInt8] = []) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    static func json(
        _ status: Int, _ value: JSONValue, contentType: String = "application/json"
    ) -> HTTPResponse {
        HTTPResponse(status: status, headers: [("Content-Type", contentType)], body: value.bytes)
    }

    static func text(_ status: Int, _ text: String, contentType: String = "text/plain")
        -> HTTPResponse
    {
        HTTPResponse(
            status: status, headers: [("Content-Type", contentType + "; charset=utf-8")],
            body: Array(text.utf8))
    }

    static func redirect(_ status: Int, to location: String) -> HTTPResponse {
        HTTPResponse(
            status: status, headers: [("Location", location), ("Content-Type", "text/plain")])
    }

    func header(_ name: String) -> String? {
        let lowered = name.lowercased()
        return headers.first { $0.name.lowercased() == lowered }?.value
    }

    mutating func setHeader(_ name: String, _ value: String) {
        let lowered = name.lowercased()
        headers.removeAll { $0.name.lowercased() == lowered }
        headers.append((name, value))
    }

    /// Serializes the status line and header section, ending with the blank line.
    /// `Content-Length` is added unless the response frames itself with `Transfer-Encoding`.
    func head(closing: Bool) -> [UInt8] {
        var text = "HTTP/1.1 \(status) \(Self.reasonPhrase(status))\r\n"
        for field in headers {
            text += "\(field.name): \(field.value)\r\n"
        }
        if header("Transfer-Encoding") == nil && header("Content-Length") == nil {
            text += "Content-Length: \(body.count)\r\n"
        }
        if closing && header("Connection") == nil {
            text += "Connection: close\r\n"
        }
        text += "\r\n"
        return Array(text.utf8)
    }

    /// Returns the reason phrase from RFC 9110 section 15, and RFC 8470 for 425.
    static func reasonPhrase(_ status: Int) -> String {
        switch status {
        case 100: return "Continue"
        case 200: return "OK"
        case 202: return "Accepted"
        case 204: return "No Content"
        case 207: return "Multi-Status"
        case 301: return "Moved Permanently"
        case 302: return "Found"
        case 303: return "See Other"
        case 307: return "Temporary Redirect"
        case 308: return "Permanent Redirect"
        case 400: return "Bad Request"
        case 401: return "Unauthorized"
        case 403: return "Forbidden"
        case 404: return "Not Found"
        case 405: return "Method Not Allowed"
        case 406: return "Not Acceptable"
        case 413: return "Content Too Large"
        case 415: return "Unsupported Media Type"
        case 422: return "Unprocessable Content"
        case 425: return "Too Early"
        case 429: return "Too Many Requests"
        case 431: return "Request Header Fields Too Large"
        case 500: return "Internal Server Error"
        case 502: return "Bad Gateway"
        case 503: return "Service Unavailable"
        case 504: return "Gateway Timeout"
        default: return "Status \(status)"
        }
    }
}
