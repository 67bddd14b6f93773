/// `logout`: forgets the tokens.
enum LogoutCommand: ShellCommand {
    static let name = "logout"
    static let synopsis = "logout"
    static let summary = "forget access and refresh tokens"
    static let details = """
        Clears access_token, refresh_token and token_expires_at in the active environment.
        The tokens stay valid at Amazon until they expire or are revoked there.
        """

    static func run(_ invocation: Invocation, in session: Session) throws -> CommandOutcome {
        try invocation.requireArguments(0...0, for: self)
        try session.setVariables([
            ("access_token", ""), ("refresh_token", ""), ("token_expires_at", ""),
        ])
        session.console.notice("tokens forgotten")
        return .success
    }
}
