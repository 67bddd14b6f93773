import Synchronization

/// `POST /testAccounts` and `GET /testAccounts[?requestId=]`. Accounts are created at once
/// with status `COMPLETED`, the only status Amazon documents, and each gets a profile in its
/// country's region.
final class TestAccountsAPI: Sendable {
    static let requiredScope = "advertising::test:create_account"
    static let countries: Set<String> = [
        "US", "CA", "MX", "BR", "UK", "DE", "FR", "ES", "IT", "AE", "SA", "NL", "SE", "TR", "PL",
        "BE", "EG", "JP", "AU", "SG",
    ]
    /// Countries where AUTHOR (KDP) test accounts can be created.
    static let authorCountries: Set<String> = ["US", "UK", "IT", "ES", "FR", "DE"]

    private struct Account {
        var requestID: String
        var clientID: String
        var json: JSONValue
        var countryCode: String
        var accountType: String
    }

    private let profiles: ProfilesAPI
    private let accounts = Mutex([Account]())

    init(profiles: ProfilesAPI) {
        self.profiles = profiles
    }

    func handle(_ request: HTTPRequest, caller: APIGateway.Caller) -> HTTPResponse {
        guard request.pathSegments.count == 1 else { return APIError.notFound(request) }
        guard caller.grant.scopes.contains(Self.requiredScope) else {
            return APIError.response(
                403, code: "FORBIDDEN",
                "The access token lacks the \(Self.requiredScope) scope; grant it at the "
                    + "consent page", for: request)
        }
        switch request.method {
        case "POST": return create(request, clientID: caller.clientID)
        case "GET": return list(request, clientID: caller.clientID)
        default: return APIError.notFound(request)
        }
    }

    private func create(_ request: HTTPRequest, clientID: String) -> HTTPResponse {
        func invalid(_ message: String) -> HTTPResponse {
            APIError.response(400, code: "INVALID_ARGUMENT", message, for: request)
        }
        guard let body = try? JSONValue.parse(request.body), body.isObject else {
            return invalid("The request body is not a JSON object")
        }
        guard let country = body["countryCode"]?.stringValue, Self.countries.contains(country)
        else {
            return invalid(
                "countryCode must be one of " + Self.countries.sorted().joined(separator: ", "))
        }
        guard let type = body["accountType"]?.stringValue, ["VENDOR", "AUTHOR"].contains(type)
        else {
            return invalid("accountType must be VENDOR or AUTHOR")
        }
        if type == "AUTHOR" {
            guard Self.authorCountries.contains(country) else {
                return invalid(
                    "AUTHOR accounts are available only in "
                        + Self.authorCountries.sorted().joined(separator: ", "))
            }
        }
        let requestID = RandomText.make(length: 20).uppercased()
        let entity = "ENTITY" + RandomText.make(length: 12).uppercased()
        let asins: [JSONValue] =
            type == "AUTHOR"
            ? (1...3).map { _ in .string("B0" + RandomText.make(length: 8).uppercased()) } : []
        let account = Account(
            requestID: requestID, clientID: clientID,
            json: .object([
                ("countryCode", .string(country)), ("asins", .array(asins)),
                ("accountType", .string(type)), ("id", .string(entity)),
                ("status", .string("COMPLETED")),
            ]), countryCode: country, accountType: type)
        let added = accounts.withLock { accounts -> Bool in
            let duplicateAuthor = accounts.contains {
                $0.clientID == clientID && $0.accountType == "AUTHOR" && type == "AUTHOR"
                    && $0.countryCode == country
            }
            if duplicateAuthor { return false }
            accounts.append(account)
            return true
        }
        guard added else { return invalid("Only one AUTHOR account per marketplace is allowed") }
        let facts = Marketplaces.countries[country]!
        profiles.add(
            Profile(
                id: Int64(RandomText.make(length: 15, alphabet: Array("123456789")))!,
                region: facts.region, countryCode: country, currencyCode: facts.currency,
                timezone: facts.timezone, marketplaceStringID: facts.marketplace,
                accountID: entity, accountType: type == "VENDOR" ? "vendor" : "seller",
                accountName: "Test account \(country)", dailyBudget: nil, editable: true))
        return .json(200, .object([("requestId", .string(requestID))]))
    }

    private func list(_ request: HTTPRequest, clientID: String) -> HTTPResponse {
        var mine = accounts.withLock { $0.filter { $0.clientID == clientID } }
        if let requestID = request.queryValue("requestId") {
            mine.removeAll { $0.requestID != requestID }
            // NOTE: Amazon's response to an unknown requestId is not documented; 404 is a guess.
            if mine.isEmpty {
                return APIError.response(
                    404, code: "NOT_FOUND", "No test account request with requestId \(requestID)",
                    for: request)
            }
        }
        return .json(200, .array(mine.map(\.json)))
    }
}
