import FoundationEssentials

/// The fault switches under `/_faults/` on every API listener, which make the server misbehave
/// in one specific way so that client hardening can be tested against one simulator.
enum Faults {
    static let names = [
        "reset", "stall", "wrong-length", "bad-chunked", "bad-gzip", "huge", "many-headers", "slow",
        "redirect", "redirect-loop", "binary", "throttle", "status",
    ]

    static func respond(to request: HTTPRequest) -> HTTPResponse {
        let name = request.pathSegments.dropFirst().first ?? ""
        func number(_ parameter: String, default fallback: Int, max limit: Int) -> Int {
            min(max(Int(request.queryValue(parameter) ?? "") ?? fallback, 0), limit)
        }
        switch name {
        case "reset":
            return raw(fields: "Content-Length: 1000", body: "[{\"partial\":", reset: true)
        case "stall":
            var response = HTTPResponse(status: 200)
            response.delivery = .stall
            return response
        case "wrong-length":
            return raw(fields: "Content-Length: 100", body: "{\"truncated\":", reset: false)
        case "bad-chunked":
            // A valid first chunk, then a chunk size that is not hexadecimal.
            return raw(
                fields: "Transfer-Encoding: chunked", body: "2\r\n[1\r\nzz\r\n,2]\r\n",
                reset: false)
        case "bad-gzip":
            // The first byte is never 0x1f, so the gzip magic number is always wrong.
            var garbage = RandomText.bytes(256)
            garbage[0] = 0x42
            return HTTPResponse(
                status: 200,
                headers: [("Content-Type", "application/json"), ("Content-Encoding", "gzip")],
                body: garbage)
        case "huge":
            var response = HTTPResponse(
                status: 200,
                headers: [("Content-Type", "application/json"), ("Transfer-Encoding", "chunked")])
            response.delivery = .jsonArrayStream(
                byteCount: number("bytes", default: 100_000_000, max: Int.max))
            return response
        case "many-headers":
            let count = number("count", default: 1000, max: 100_000)
            var response = HTTPResponse.json(200, .object([("headers", .int(Int64(count)))]))
            for index in 0..<count {
                response.headers.append(("X-Filler-\(index)", "value-\(index)"))
            }
            return response
        case "slow":
            let milliseconds = number("ms", default: 5000, max: 600_000)
            SimulatorClock.sleep(seconds: Double(milliseconds) / 1000)
            return .json(200, .object([("delayedMilliseconds", .int(Int64(milliseconds)))]))
        case "redirect":
            let status = number("code", default: 307, max: 999)
            guard let target = request.queryValue("to"), [301, 302, 303, 307, 308].contains(status)
            else {
                return .text(400, "redirect needs to=URL and code 301, 302, 303, 307 or 308\n")
            }
            return .redirect(status, to: target)
        case "redirect-loop":
            let hop = number("hop", default: 0, max: Int.max - 1)
            return .redirect(302, to: "/_faults/redirect-loop?hop=\(hop + 1)")
        case "binary":
            let count = number("bytes", default: 1024, max: 64 * 1024 * 1024)
            return HTTPResponse(
                status: 200, headers: [("Content-Type", "application/octet-stream")],
                body: RandomText.bytes(count))
        case "throttle":
            return APIGateway.throttled(
                retryAfter: request.queryValue("retry-after").flatMap { Int($0) })
        case "status":
            let status = number("code", default: 500, max: 599)
            guard status >= 400 else { return .text(400, "status needs code from 400 to 599\n") }
            if status >= 500 { return APIGateway.serverError(status, for: request) }
            return APIError.response(
                status, code: String(status), "Injected status \(status)", for: request)
        default:
            return .text(
                404,
                "Unknown fault switch '\(name)'. Known: " + names.joined(separator: ", ") + "\n")
        }
    }

    /// Builds a 200 response whose bytes are written as given, after a status line, a
    /// JSON `Content-Type`, a request id and the framing header in `fields`.
    private static func raw(fields: String, body: String, reset: Bool) -> HTTPResponse {
        let text =
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
            + "x-amzn-RequestId: \(UUID().uuidString.lowercased())\r\n\(fields)\r\n\r\n\(body)"
        var response = HTTPResponse(status: 200, body: Array(text.utf8))
        response.delivery = .raw(reset: reset)
        return response
    }
}
