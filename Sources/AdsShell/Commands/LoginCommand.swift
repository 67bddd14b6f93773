/// `login`: Login with Amazon's authorization-code grant, from consent URL to stored tokens.
enum LoginCommand: ShellCommand {
    static let name = "login"
    static let synopsis = "login"
    static let summary = "sign in with Login with Amazon and store the tokens"
    static let details = """
        Prints the consent URL for the region (auth_grant_url) with client_id,
        permission_scope, redirect_uri and a random state. Open it in a browser, sign in and
        allow access; the browser then lands on redirect_uri with ?code=… in the address.
        Paste that whole address (or only the code) at the prompt. adsh checks the state,
        exchanges the code at token_url, and stores access_token, refresh_token and
        token_expires_at. Codes are single use and expire after 5 minutes.
        Needs client_id, client_secret, redirect_uri (as registered with Amazon) and
        auth_grant_url and token_url (set by `region`).
        """

    static func run(_ invocation: Invocation, in session: Session) throws -> CommandOutcome {
        try invocation.requireArguments(0...0, for: self)
        let environment = session.environment
        let required = [
            "client_id", "client_secret", "redirect_uri", "auth_grant_url", "token_url",
        ]
        let missing = required.filter { environment[$0] == nil }
        guard missing.isEmpty else {
            throw ShellError.message(
                "login: \(missing.joined(separator: ", ")) not set; set them with `set`, "
                    + "or `region na|eu|fe` for the URLs")
        }
        let expander = session.expander
        let redirectURI = try expander.expand(text: environment["redirect_uri"]!)
        let scope = try expander.expand(
            text: environment["permission_scope"] ?? "advertising::campaign_management")
        let state = randomState()
        let consentURL =
            try expander.expand(text: environment["auth_grant_url"]!) + "?"
            + FormEncoding.encode([
                ("client_id", environment["client_id"]!), ("scope", scope),
                ("response_type", "code"), ("redirect_uri", redirectURI), ("state", state),
            ])
        session.console.printError("Open this address in a browser, sign in and allow access:")
        // The consent URL holds only the client id, which Amazon shows in the browser anyway.
        session.console.printRevealed(consentURL)
        guard let pasted = session.readInput("paste the redirected address or the code: "),
            !pasted.trimmingSpaces().isEmpty
        else {
            throw ShellError.message("login: no code given; nothing changed")
        }
        let code = try extractCode(pasted.trimmingSpaces(), expectedState: state)
        try exchange(code: code, redirectURI: redirectURI, session: session)
        return .success
    }

    /// The code from a pasted redirect address or a bare code.
    /// - Throws: when the address carries an error, no code, or another login's state.
    static func extractCode(_ pasted: String, expectedState: String) throws(ShellError)
        -> String
    {
        let isAddress = pasted.contains("?") || pasted.contains("code=")
        guard isAddress else { return pasted }
        let query = pasted.split(separator: "?", maxSplits: 1).last.map(String.init) ?? pasted
        var values: [String: String] = [:]
        for pair in query.split(separator: "#").first?.split(separator: "&") ?? [] {
            let parts = pair.split(separator: "=", maxSplits: 1)
            let key = FormEncoding.unescape(String(parts[0]))
            values[key] = parts.count > 1 ? FormEncoding.unescape(String(parts[1])) : ""
        }
        if let error = values["error"] {
            let description = values["error_description"].map { ": \($0)" } ?? ""
            throw .message("login: Amazon rejected the sign-in: \(error)\(description)")
        }
        guard values["state"] == expectedState else {
            throw .message(
                "login: the address has state '\(values["state"] ?? "none")', not this "
                    + "login's; it belongs to another sign-in, so it was rejected. Run "
                    + "`login` again and paste the address it leads to")
        }
        guard let code = values["code"], !code.isEmpty else {
            throw .message("login: the address has no code parameter")
        }
        return code
    }

    private static func exchange(code: String, redirectURI: String, session: Session) throws {
        let environment = session.environment
        let refresher = TokenRefresher(session: session)
        let response = try refresher.postGrant([
            ("grant_type", "authorization_code"), ("code", code),
            ("redirect_uri", redirectURI), ("client_id", environment["client_id"]!),
            ("client_secret", environment["client_secret"]!),
        ])
        let saved = try TokenRefresher(session: session).store(response, action: "login")
        let name = session.environment.name
        session.console.notice(
            saved
                ? "signed in; tokens stored in '\(name)'"
                : "signed in; the tokens are saved to '\(name)' with its next successful write")
    }

    /// 128 random bits as hex, unguessable by another site (RFC 6749 §10.12).
    private static func randomState() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<2).map { _ in
            let hex = String(generator.next() as UInt64, radix: 16)
            return String(repeating: "0", count: 16 - hex.count) + hex
        }.joined()
    }
}
