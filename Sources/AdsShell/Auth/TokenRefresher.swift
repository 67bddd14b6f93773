import FoundationEssentials

/// Keeps `access_token` fresh with Login with Amazon's refresh-token grant (a form-encoded
/// POST to `token_url` with `grant_type=refresh_token`, `refresh_token`, `client_id` and
/// `client_secret`), and stores the new tokens and `token_expires_at` (epoch milliseconds, as
/// Amazon's Postman collection keeps it).
struct TokenRefresher {
    /// Refresh when the token expires within this many milliseconds.
    static let refreshMargin: Int64 = 60_000
    let session: Session

    var environment: Environment { session.environment }

    /// Whether the refresh-token grant has everything it needs.
    var canRefresh: Bool {
        environment["refresh_token"] != nil && environment["token_url"] != nil
            && environment["client_id"] != nil && environment["client_secret"] != nil
    }

    /// Whether the access token is missing, has no readable expiry, or expires within a
    /// minute.
    func needsRefresh(now: Int64 = currentMilliseconds()) -> Bool {
        guard environment["access_token"] != nil else { return true }
        guard let text = environment["token_expires_at"], let expiresAt = Int64(text) else {
            return true
        }
        return expiresAt - now < Self.refreshMargin
    }

    /// Refreshes the access token when `needsRefresh` returns true and a refresh is possible.
    func refreshIfNeeded() throws {
        if canRefresh && needsRefresh() { try refresh(reason: nil) }
    }

    /// Runs the refresh-token grant and stores the result.
    /// - Throws: `ShellError` with Login with Amazon's error when the grant fails; nothing
    ///   else is sent then.
    func refresh(reason: String?) throws {
        guard canRefresh else {
            let missing = ["refresh_token", "token_url", "client_id", "client_secret"]
                .filter { environment[$0] == nil }
            throw ShellError.message(
                "cannot refresh the access token: \(missing.joined(separator: ", ")) "
                    + "not set; run `login`, or set them with `set`")
        }
        let response: HTTPResponse
        do {
            response = try postGrant([
                ("grant_type", "refresh_token"),
                ("refresh_token", environment["refresh_token"]!),
                ("client_id", environment["client_id"]!),
                ("client_secret", environment["client_secret"]!),
            ])
        } catch let error as HTTPError {
            throw ShellError.message("token refresh failed: \(error); nothing else was sent")
        }
        try store(response, action: "refresh", reason: reason)
    }

    /// Sends a grant to `token_url` as a form-encoded POST: the only request that carries
    /// the client secret, and only to that origin.
    func postGrant(_ fields: [(String, String)]) throws -> HTTPResponse {
        let tokenURL = try session.expander.expand(text: environment["token_url"] ?? "")
        var headers = HTTPHeaders()
        headers.add("Content-Type", "application/x-www-form-urlencoded")
        headers.add("Accept", "application/json")
        let request = HTTPRequest(
            method: "POST", url: tokenURL, headers: headers,
            body: Array(FormEncoding.encode(fields).utf8))
        return try session.http.send(request, options: session.httpOptions)
    }

    /// Stores a token response from either grant. The new tokens are kept in memory even when
    /// saving them fails, since they are valid for the requests of this shell.
    /// - Parameter action: `refresh` or `login`, named in messages.
    /// - Returns: whether the tokens were saved to the environment file.
    @discardableResult
    func store(_ response: HTTPResponse, action: String, reason: String? = nil) throws -> Bool {
        let document = try? JSONParser.parse(response.body)
        guard response.status == 200, let document,
            let accessToken = document["access_token"]?.stringValue
        else {
            let code = document?["error"]?.stringValue ?? "HTTP \(response.status)"
            let detail =
                document?["error_description"]?.stringValue
                ?? String(decoding: response.body.prefix(300), as: UTF8.self)
            let hint =
                action == "login"
                ? "codes are single use and expire after 5 minutes; run `login` again"
                : "check client_id, client_secret and refresh_token, or run `login` again"
            throw ShellError.message(
                "token \(action) failed: \(code): \(detail); nothing else was sent. \(hint)")
        }
        let lifetime = Int64(document["expires_in"]?.numberText ?? "") ?? 3600
        var values: [(key: String, value: String)] = [
            ("access_token", accessToken),
            ("token_expires_at", String(currentMilliseconds() + lifetime * 1000)),
        ]
        if let refreshToken = document["refresh_token"]?.stringValue {
            values.append(("refresh_token", refreshToken))
        }
        var saved = true
        do {
            try session.setVariables(values)
        } catch {
            session.console.warning("the new tokens are kept in memory only: \(error)")
            saved = false
        }
        guard action == "refresh" else { return saved }
        let because = reason.map { " (\($0))" } ?? ""
        session.console.notice(
            "access token refreshed\(because); it expires in \(formatSeconds(Double(lifetime)))")
        return saved
    }
}

/// Milliseconds since the Unix epoch.
func currentMilliseconds() -> Int64 {
    Int64((Date().timeIntervalSince1970 * 1000).rounded())
}

/// `application/x-www-form-urlencoded` encoding (WHATWG URL standard, section 5).
enum FormEncoding {
    static func encode(_ pairs: [(String, String)]) -> String {
        pairs.map { "\(escape($0.0))=\(escape($0.1))" }.joined(separator: "&")
    }

    /// Decodes `%XX` escapes and `+` as a space; invalid escapes are kept as written.
    static func unescape(_ text: String) -> String {
        var bytes: [UInt8] = []
        var iterator = Array(text.utf8)[...]
        while let byte = iterator.popFirst() {
            if byte == UInt8(ascii: "+") {
                bytes.append(UInt8(ascii: " "))
            } else if byte == UInt8(ascii: "%"), iterator.count >= 2,
                let value = UInt8(String(decoding: iterator.prefix(2), as: UTF8.self), radix: 16)
            {
                bytes.append(value)
                iterator = iterator.dropFirst(2)
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func escape(_ text: String) -> String {
        var output = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "*"), UInt8(ascii: "-"),
                UInt8(ascii: "."), UInt8(ascii: "_"):
                output.unicodeScalars.append(Unicode.Scalar(byte))
            case UInt8(ascii: " "):
                output += "+"
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                output += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return output
    }
}
