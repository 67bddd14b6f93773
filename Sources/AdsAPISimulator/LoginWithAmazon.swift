import FoundationEssentials
import Synchronization

/// The Login with Amazon stand-in: the consent page `/ap/oa`, which consents at once, and the
/// token endpoint `/auth/o2/token` with the `authorization_code` and `refresh_token` grants.
final class LoginWithAmazon: Sendable {
    struct AccessGrant: Sendable {
        var clientID: String
        var scopes: [String]
        var expiresAt: Double
    }

    enum TokenCheck {
        case valid(AccessGrant)
        case expired
        case unknown
    }

    private struct AuthorizationCode {
        var clientID: String
        var redirectURI: String
        var scope: String
        var expiresAt: Double
    }

    private struct RefreshGrant {
        var clientID: String
        var scope: String
    }

    private struct State {
        var accessTokens: [String: AccessGrant] = [:]
        var refreshTokens: [String: RefreshGrant] = [:]
        var codes: [String: AuthorizationCode] = [:]
    }

    /// Authorization codes expire after 5 minutes, as Amazon documents.
    static let codeLifetime = 300.0
    static let knownScopes: Set<String> = [
        "advertising::campaign_management", "advertising::audiences",
        "advertising::test:create_account", "profile",
    ]
    static let clients = [APISimulator.demoClientID: APISimulator.demoClientSecret]

    private let clock: SimulatorClock
    private let tokenLifetime: Double
    private let state = Mutex(State())

    init(clock: SimulatorClock, tokenLifetime: Double) {
        self.clock = clock
        self.tokenLifetime = tokenLifetime
        state.withLock {
            $0.refreshTokens[APISimulator.demoRefreshToken] = RefreshGrant(
                clientID: APISimulator.demoClientID,
                scope: "advertising::campaign_management advertising::test:create_account")
        }
    }

    func handle(_ request: HTTPRequest) -> HTTPResponse {
        switch (request.method, request.path) {
        case ("GET", "/ap/oa"): return consent(request)
        case ("POST", "/auth/o2/token"): return token(request)
        case (_, "/ap/oa"), (_, "/auth/o2/token"):
            return .json(405, Self.error("invalid_request", "The HTTP method is not supported"))
        default:
            return .json(404, Self.error("invalid_request", "Unknown path \(request.path)"))
        }
    }

    /// Issues a single-use code as if the user had consented, for tests and `--demo`.
    func issueCode(clientID: String, redirectURI: String, scope: String) -> String {
        let code = "ANA" + RandomText.make(length: 17)
        let entry = AuthorizationCode(
            clientID: clientID, redirectURI: redirectURI, scope: scope,
            expiresAt: clock.now + Self.codeLifetime)
        state.withLock { $0.codes[code] = entry }
        return code
    }

    func checkAccessToken(_ token: String) -> TokenCheck {
        guard let grant = state.withLock({ $0.accessTokens[token] }) else { return .unknown }
        return grant.expiresAt > clock.now ? .valid(grant) : .expired
    }

    private func consent(_ request: HTTPRequest) -> HTTPResponse {
        // RFC 6749 section 4.1.2.1: without a usable redirect_uri the error is shown to the
        // user instead of being redirected.
        guard let redirectURI = request.queryValue("redirect_uri"),
            redirectURI.hasPrefix("http://") || redirectURI.hasPrefix("https://")
        else {
            return .text(400, "Missing or invalid redirect_uri.\n")
        }
        var parameters: [(String, String)] = []
        let clientID = request.queryValue("client_id") ?? ""
        let scope = request.queryValue("scope") ?? ""
        let scopes = scope.split(separator: " ").map(String.init)
        if Self.clients[clientID] == nil {
            parameters.append(("error", "invalid_client"))
            parameters.append(("error_description", "Unknown client_id '\(clientID)'"))
        } else if request.queryValue("response_type") != "code" {
            parameters.append(("error", "unsupported_response_type"))
            parameters.append(("error_description", "response_type must be 'code'"))
        } else if scopes.isEmpty || !scopes.allSatisfy(Self.knownScopes.contains) {
            parameters.append(("error", "invalid_scope"))
            parameters.append(("error_description", "An unknown scope was requested"))
        } else {
            let code = issueCode(clientID: clientID, redirectURI: redirectURI, scope: scope)
            parameters.append(("code", code))
            parameters.append(("scope", scope))
        }
        if let value = request.queryValue("state") {
            parameters.append(("state", value))
        }
        let separator = redirectURI.contains("?") ? "&" : "?"
        return .redirect(302, to: redirectURI + separator + FormURLEncoding.encode(parameters))
    }

    private func token(_ request: HTTPRequest) -> HTTPResponse {
        guard request.mediaType == "application/x-www-form-urlencoded" else {
            return .json(
                400,
                Self.error(
                    "invalid_request",
                    "Content-Type must be application/x-www-form-urlencoded"))
        }
        let form = FormURLEncoding.decode(String(decoding: request.body, as: UTF8.self))
        func field(_ name: String) -> String? { form.first { $0.name == name }?.value }
        guard let grantType = field("grant_type") else {
            return .json(400, Self.missing("grant_type"))
        }
        guard grantType == "refresh_token" || grantType == "authorization_code" else {
            return .json(
                400,
                Self.error(
                    "unsupported_grant_type", "The authorization grant type is not supported"))
        }
        var clientID = field("client_id")
        var clientSecret = field("client_secret")
        if let basic = Self.basicCredentials(request) {
            clientID = basic.id
            clientSecret = basic.secret
        }
        // RFC 6749 section 5.2 allows 400 or 401 for invalid_client and requires 401 when the
        // client used the Authorization header. The simulator always sends 401.
        guard let clientID, let clientSecret, Self.clients[clientID] == clientSecret else {
            return .json(401, Self.error("invalid_client", "Client authentication failed"))
        }
        if grantType == "refresh_token" {
            guard let refreshToken = field("refresh_token") else {
                return .json(400, Self.missing("refresh_token"))
            }
            let grant = state.withLock { $0.refreshTokens[refreshToken] }
            guard let grant, grant.clientID == clientID else {
                return .json(400, Self.invalidGrant("refresh_token"))
            }
            return .json(
                200, issueTokens(clientID: clientID, scope: grant.scope, refresh: refreshToken))
        }
        guard let code = field("code") else { return .json(400, Self.missing("code")) }
        guard let redirectURI = field("redirect_uri") else {
            return .json(400, Self.missing("redirect_uri"))
        }
        let now = clock.now
        // A code is removed on first use, whether or not the exchange succeeds.
        let entry = state.withLock { $0.codes.removeValue(forKey: code) }
        guard let entry, entry.clientID == clientID, entry.expiresAt > now else {
            return .json(400, Self.invalidGrant("code"))
        }
        guard entry.redirectURI == redirectURI else {
            return .json(400, Self.invalidGrant("redirect_uri"))
        }
        let refreshToken = "Atzr|" + RandomText.make(length: 380)
        state.withLock {
            $0.refreshTokens[refreshToken] = RefreshGrant(clientID: clientID, scope: entry.scope)
        }
        return .json(
            200, issueTokens(clientID: clientID, scope: entry.scope, refresh: refreshToken))
    }

    private func issueTokens(clientID: String, scope: String, refresh: String) -> JSONValue {
        // Amazon's access tokens are at least 350 characters.
        let accessToken = "Atza|" + RandomText.make(length: 380)
        let grant = AccessGrant(
            clientID: clientID, scopes: scope.split(separator: " ").map(String.init),
            expiresAt: clock.now + tokenLifetime)
        state.withLock { $0.accessTokens[accessToken] = grant }
        return .object([
            ("access_token", .string(accessToken)),
            ("refresh_token", .string(refresh)),
            ("token_type", .string("bearer")),
            ("expires_in", .int(Int64(tokenLifetime.rounded(.up)))),
        ])
    }

    private static func basicCredentials(_ request: HTTPRequest) -> (id: String, secret: String)? {
        guard let value = request.header("Authorization"), value.hasPrefix("Basic "),
            let decoded = Data(base64Encoded: String(value.dropFirst(6))),
            let text = String(data: decoded, encoding: .utf8),
            let colon = text.firstIndex(of: ":")
        else { return nil }
        return (String(text[..<colon]), String(text[text.index(after: colon)...]))
    }

    static func error(_ code: String, _ description: String) -> JSONValue {
        .object([("error_description", .string(description)), ("error", .string(code))])
    }

    private static func missing(_ name: String) -> JSONValue {
        error("invalid_request", "The request is missing a required parameter : \(name)")
    }

    private static func invalidGrant(_ name: String) -> JSONValue {
        error("invalid_grant", "The request has an invalid grant parameter : \(name)")
    }
}
