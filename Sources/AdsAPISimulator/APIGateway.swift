import Glibc
import Synchronization

/// The checks in front of every API route: injected throttling and failures, then the
/// client id, bearer token and Scope headers.
final class APIGateway: Sendable {
    /// The authenticated client and token grant of a request that passed the checks.
    struct Caller: Sendable {
        var clientID: String
        var grant: LoginWithAmazon.AccessGrant
    }

    private let throttle: ThrottleSettings
    private let failures: FailureSettings
    private let login: LoginWithAmazon
    private let requestCount = Mutex(0)

    init(throttle: ThrottleSettings, failures: FailureSettings, login: LoginWithAmazon) {
        self.throttle = throttle
        self.failures = failures
        self.login = login
    }

    /// Counts the request and returns the injected 429 or 5xx response it is due, if any.
    func injectedFault(for request: HTTPRequest) -> HTTPResponse? {
        let count = requestCount.withLock { count in
            count += 1
            return count
        }
        if throttle.every > 0 && count % throttle.every == 0 {
            return Self.throttled(retryAfter: throttle.retryAfter)
        }
        if failures.every > 0 && count % failures.every == 0 {
            return Self.serverError(failures.status, for: request)
        }
        return nil
    }

    /// Builds the API gateway's 429: the body and headers of a captured Amazon response, with
    /// `Retry-After` only when `retryAfter` is given.
    static func throttled(retryAfter: Int?) -> HTTPResponse {
        var response = HTTPResponse.json(429, .object([("message", .string("Too Many Requests"))]))
        response.setHeader("x-amzn-ErrorType", "AccessDeniedException")
        response.setHeader("amazon-advertising-api-throttled", "true")
        if let retryAfter {
            response.setHeader("Retry-After", String(retryAfter))
        }
        return response
    }

    static func serverError(_ status: Int, for request: HTTPRequest) -> HTTPResponse {
        switch status {
        case 500:
            return APIError.response(
                500, code: "INTERNAL_ERROR", "Internal error (injected by the simulator)",
                for: request)
        default:
            return .json(
                status,
                .object([
                    ("message", .string("\(HTTPResponse.reasonPhrase(status)) (injected)"))
                ]))
        }
    }

    /// Checks `Amazon-Advertising-API-ClientId` and `Authorization: Bearer`. Returns the caller
    /// or the 401 to send.
    func authenticate(_ request: HTTPRequest) -> Result<Caller, HTTPErrorResponse> {
        func reject(_ message: String) -> Result<Caller, HTTPErrorResponse> {
            .failure(
                HTTPErrorResponse(
                    response: APIError.response(401, code: "UNAUTHORIZED", message, for: request)))
        }
        guard let authorization = request.header("Authorization") else {
            return reject("Authorization header is missing")
        }
        guard authorization.lowercased().hasPrefix("bearer ") else {
            return reject("Authorization header must be 'Bearer <access token>'")
        }
        let token = String(authorization.dropFirst(7)).trimmingCharacters(in: " ")
        let grant: LoginWithAmazon.AccessGrant
        switch login.checkAccessToken(token) {
        case .unknown: return reject("Access token is invalid")
        case .expired:
            return reject("Access token has expired; request a new one with the refresh token")
        case .valid(let valid): grant = valid
        }
        guard let clientID = request.header("Amazon-Advertising-API-ClientId") else {
            return reject("Amazon-Advertising-API-ClientId header is missing")
        }
        guard clientID == grant.clientID else {
            return reject(
                "Amazon-Advertising-API-ClientId does not match the access token's client")
        }
        return .success(Caller(clientID: clientID, grant: grant))
    }

    /// Checks `Amazon-Advertising-API-Scope` against the profiles of this region.
    func resolveScope(_ request: HTTPRequest, profiles: [Profile]) -> Result<
        Profile, HTTPErrorResponse
    > {
        guard let scope = request.header("Amazon-Advertising-API-Scope") else {
            return .failure(
                HTTPErrorResponse(
                    response: APIError.response(
                        401, code: "UNAUTHORIZED", "Scope header is missing", for: request)))
        }
        guard let id = Int64(scope.trimmingCharacters(in: " ")),
            let profile = profiles.first(where: { $0.id == id })
        else {
            return .failure(
                HTTPErrorResponse(
                    response: APIError.response(
                        401, code: "UNAUTHORIZED", "No matching advertiser found for scope",
                        for: request)))
        }
        return .success(profile)
    }
}
