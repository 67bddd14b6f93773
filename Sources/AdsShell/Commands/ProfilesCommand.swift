/// `profiles`: lists the advertising profiles of the current region as a table.
enum ProfilesCommand: ShellCommand {
    static let name = "profiles"
    static let synopsis = "profiles"
    static let summary = "list this region's profiles (GET /v2/profiles) as a table"
    static let details = """
        Sends GET /v2/profiles and shows id, country, currency, account type and name.
        Choose one with `use PROFILE_ID`; it sets profileId, sent as the
        Amazon-Advertising-API-Scope header.
        """

    static func run(_ invocation: Invocation, in session: Session) throws -> CommandOutcome {
        try invocation.requireArguments(0...0, for: self)
        let profiles = try fetch(session)
        let console = session.console
        if profiles.isEmpty {
            console.notice(
                "no profiles in region \(session.regionLabel); profiles of other regions are "
                    + "listed after `region na|eu|fe`")
            return .success
        }
        let rows = profiles.map { profile -> [String] in
            let account = profile["accountInfo"]
            return [
                profile["profileId"]?.plainText ?? "",
                profile["countryCode"]?.plainText ?? "",
                profile["currencyCode"]?.plainText ?? "",
                account?["type"]?.plainText ?? "",
                account?["name"]?.plainText ?? "",
            ]
        }
        let current = session.environment["profileId"]
        let table = TextTable(header: ["ID", "COUNTRY", "CURRENCY", "TYPE", "NAME"], rows: rows)
        for (index, line) in table.lines().enumerated() {
            let isCurrent = index > 0 && rows[index - 1][0] == current
            let marker = isCurrent ? console.style("*", .green) : " "
            console.print(index == 0 ? "  " + console.style(line, .bold) : "\(marker) \(line)")
        }
        return .success
    }

    /// Fetches the profile list of the current region.
    static func fetch(_ session: Session) throws -> [JSONValue] {
        let request = try RequestBuilder(session: session).build(
            RequestCommand.Parsed(
                method: "GET", target: .literal("/v2/profiles"), options: session.httpOptions))
        let exchange = try RequestExecutor(session: session).send(
            request, options: session.httpOptions)
        let response = exchange.response
        guard response.isSuccess else {
            ResponseRenderer(console: session.console).render(response, query: nil)
            throw ShellError.message(
                "profiles: GET /v2/profiles failed with status \(response.status)")
        }
        guard let list = (try? JSONParser.parse(response.body))?.arrayValue else {
            throw ShellError.message("profiles: the response is not a JSON array")
        }
        return list
    }
}

/// Columns of text, each as wide as its widest cell.
struct TextTable {
    var header: [String]
    var rows: [[String]]

    func lines() -> [String] {
        var widths = header.map(\.count)
        for row in rows {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], cell.count)
            }
        }
        func format(_ cells: [String]) -> String {
            cells.enumerated().map { index, cell in
                index == cells.count - 1 ? cell : cell.padding(to: widths[index])
            }.joined(separator: "  ")
        }
        return [format(header)] + rows.map(format)
    }
}
