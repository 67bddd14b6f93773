/// `use PROFILE_ID`: chooses the profile sent as the Scope header.
enum UseCommand: ShellCommand {
    static let name = "use"
    static let synopsis = "use PROFILE_ID"
    static let summary = "set profileId after checking the profile exists in this region"
    static let details = """
        Fetches GET /v2/profiles and sets profileId when PROFILE_ID is among them. The
        profile must belong to the region of api_url; `region` switches regions.
        """

    static func run(_ invocation: Invocation, in session: Session) throws -> CommandOutcome {
        try invocation.requireArguments(1...1, for: self)
        let wanted = try session.expander.expand(invocation.arguments[0])
        let profiles = try ProfilesCommand.fetch(session)
        guard let profile = profiles.first(where: { $0["profileId"]?.plainText == wanted })
        else {
            let ids = profiles.compactMap { $0["profileId"]?.plainText }
            let list = ids.isEmpty ? "none" : ids.joined(separator: ", ")
            throw ShellError.message(
                "use: profile \(wanted) is not in region \(session.regionLabel) "
                    + "(profiles here: \(list))")
        }
        try session.setVariable("profileId", to: wanted)
        let account = profile["accountInfo"]?["name"]?.plainText ?? ""
        let country = profile["countryCode"]?.plainText ?? ""
        session.console.notice("using profile \(wanted) (\(country) \(account))")
        return .success
    }
}
