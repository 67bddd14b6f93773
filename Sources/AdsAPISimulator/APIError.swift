import FoundationEssentials

/// Error bodies in the shape each API family uses: `{code, details, requestId}` for profiles,
/// v2 and test accounts, `{code, message}` for Sponsored Products v3, `{code, detail}` for
/// reporting v3.
enum APIError {
    enum Shape {
        case generic
        case sponsoredProducts
        case reporting

        init(path: String) {
            if path.hasPrefix("/sp/") {
                self = .sponsoredProducts
            } else if path.hasPrefix("/reporting/") {
                self = .reporting
            } else {
                self = .generic
            }
        }
    }

    /// Builds an error response with a fresh request id in both the body (generic shape) and the
    /// `x-amzn-RequestId` header.
    static func response(_ status: Int, code: String, _ message: String, shape: Shape)
        -> HTTPResponse
    {
        let requestID = UUID().uuidString.lowercased()
        let body: JSONValue
        switch shape {
        case .generic:
            body = .object([
                ("code", .string(code)), ("details", .string(message)),
                ("requestId", .string(requestID)),
            ])
        case .sponsoredProducts:
            body = .object([("code", .string(code)), ("message", .string(message))])
        case .reporting:
            body = .object([("code", .string(code)), ("detail", .string(message))])
        }
        var response = HTTPResponse.json(status, body)
        response.setHeader("x-amzn-RequestId", requestID)
        return response
    }

    static func response(_ status: Int, code: String, _ message: String, for request: HTTPRequest)
        -> HTTPResponse
    {
        response(status, code: code, message, shape: Shape(path: request.path))
    }

    static func notFound(_ request: HTTPRequest) -> HTTPResponse {
        response(
            404, code: "NOT_FOUND", "No resource at \(request.method) \(request.path)",
            for: request)
    }

    static func invalidJSON(_ request: HTTPRequest) -> HTTPResponse {
        response(400, code: "INVALID_ARGUMENT", "The request body is not valid JSON", for: request)
    }

    /// Returns the 415 that SP v3 and reporting v3 send when `Content-Type` or `Accept` is not
    /// the vendor media type.
    static func checkMediaType(_ request: HTTPRequest, expected: String, checkAccept: Bool)
        -> HTTPResponse?
    {
        let contentType = request.mediaType
        if contentType != expected.lowercased() {
            return response(
                415, code: "UNSUPPORTED_MEDIA_TYPE",
                "Content-Type '\(contentType ?? "")' is not supported; send \(expected)",
                for: request)
        }
        if checkAccept {
            let accepted = (request.header("Accept") ?? "").split(separator: ",").map {
                HTTPRequest.bareMediaType(String($0))
            }
            if !accepted.contains(expected.lowercased()) && !accepted.contains("*/*") {
                return response(
                    415, code: "UNSUPPORTED_MEDIA_TYPE",
                    "Accept '\(request.header("Accept") ?? "")' is not supported; send \(expected)",
                    for: request)
            }
        }
        return nil
    }
}
