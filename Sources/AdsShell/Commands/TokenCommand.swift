/// `token [refresh]`: shows whether an access token is present and when it expires.
enum TokenCommand: ShellCommand {
    static let name = "token"
    static let synopsis = "token [refresh]"
    static let summary = "show the access token's state (never its value), or refresh it"
    static let details = """
        Shows whether access_token and refresh_token are set and when the access token
        expires. `token refresh` runs the refresh-token grant now. Values are never shown;
        use `vars --reveal access_token` for that.
        """

    static func run(_ invocation: Invocation, in session: Session) throws -> CommandOutcome {
        try invocation.requireArguments(0...1, for: self)
        if let word = invocation.arguments.first {
            guard word.literalText == "refresh" else {
                throw ShellError.usage(
                    command: name, synopsis: synopsis, problem: "unknown '\(word.source)'")
            }
            try TokenRefresher(session: session).refresh(reason: "requested")
            return .success
        }
        let environment = session.environment
        let console = session.console
        if environment["access_token"] == nil {
            console.print("access token: none")
        } else if let text = environment["token_expires_at"], let expiresAt = Int64(text) {
            let seconds = Double(expiresAt - currentMilliseconds()) / 1000
            if seconds > 0 {
                console.print("access token: present, expires in \(formatSeconds(seconds))")
            } else {
                console.print(
                    "access token: present, expired \(formatSeconds(-seconds)) ago; it is "
                        + "refreshed before the next request")
            }
        } else {
            console.print("access token: present, expiry unknown (token_expires_at not set)")
        }
        console.print(
            "refresh token: " + (environment["refresh_token"] == nil ? "none" : "present"))
        return .success
    }
}
