/// `region [na|eu|fe]`: shows or sets the region's three URLs together.
enum RegionCommand: ShellCommand {
    static let name = "region"
    static let synopsis = "region [na|eu|fe]"
    static let summary = "show the region, or switch api_url, token_url and auth_grant_url"
    static let details = """
        Without an argument, shows the region of api_url. With one, sets api_url,
        token_url and auth_grant_url to that region's Amazon hosts:
          na  North America (US, CA, MX, BR)
          eu  Europe (UK, FR, IT, ES, DE, NL, AE, PL, TR, EG, SA, SE, BE, IN, ZA)
          fe  Far East (JP, AU, SG)
        Profiles belong to one region: a profileId from another region is rejected by the
        API, so choose a profile again with `profiles` and `use` after switching.
        """

    static func run(_ invocation: Invocation, in session: Session) throws -> CommandOutcome {
        try invocation.requireArguments(0...1, for: self)
        guard let name = invocation.arguments.first?.literalText?.lowercased() else {
            session.console.print(session.regionLabel)
            return .success
        }
        guard let region = session.regions.first(where: { $0.name == name }) else {
            throw ShellError.message(
                "region: unknown region '\(name)'; use na, eu or fe")
        }
        try session.setVariables([
            ("api_url", region.apiURL), ("token_url", region.tokenURL),
            ("auth_grant_url", region.authGrantURL),
        ])
        session.console.notice("region \(region.name): api_url is \(region.apiURL)")
        if session.environment["profileId"] != nil {
            session.console.notice(
                "profileId is still \(session.environment["profileId"]!); run `profiles` to "
                    + "see this region's profiles")
        }
        return .success
    }
}
