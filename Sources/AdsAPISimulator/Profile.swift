/// An advertising profile: one advertiser in one marketplace.
struct Profile: Sendable {
    var id: Int64
    var region: String
    var countryCode: String
    var currencyCode: String
    var timezone: String
    var marketplaceStringID: String
    var accountID: String
    /// `seller`, `vendor` or `agency`.
    var accountType: String
    var accountName: String
    var dailyBudget: Double?
    /// Whether writes are allowed with this profile as Scope; view-only profiles get 403.
    var editable: Bool

    /// The shape of `GET /v2/profiles` items. `validPaymentMethod` is only sent for vendors and
    /// `dailyBudget` only for sellers, as in Amazon's Profiles API.
    var json: JSONValue {
        var account: [(String, JSONValue)] = [
            ("marketplaceStringId", .string(marketplaceStringID)),
            ("id", .string(accountID)),
            ("type", .string(accountType)),
            ("name", .string(accountName)),
        ]
        if accountType == "vendor" {
            account.append(("validPaymentMethod", .bool(true)))
        }
        var members: [(String, JSONValue)] = [
            ("profileId", .int(id)),
            ("countryCode", .string(countryCode)),
            ("currencyCode", .string(currencyCode)),
        ]
        if let dailyBudget {
            members.append(("dailyBudget", .double(dailyBudget)))
        }
        members.append(("timezone", .string(timezone)))
        members.append(("accountInfo", .object(account)))
        return .object(members)
    }
}

/// Country facts from Amazon's documentation: region, currency, time zone and marketplace id.
enum Marketplaces {
    struct Country: Sendable {
        var region: String
        var currency: String
        var timezone: String
        var marketplace: String
    }

    static let countries: [String: Country] = [
        "US": Country(
            region: "na", currency: "USD", timezone: "America/Los_Angeles",
            marketplace: "ATVPDKIKX0DER"),
        "CA": Country(
            region: "na", currency: "CAD", timezone: "America/Los_Angeles",
            marketplace: "A2EUQ1WTGCTBG2"),
        "MX": Country(
            region: "na", currency: "MXN", timezone: "America/Los_Angeles",
            marketplace: "A1AM78C64UM0Y8"),
        "BR": Country(
            region: "na", currency: "BRL", timezone: "America/Sao_Paulo",
            marketplace: "A2Q3Y263D00KWC"),
        "UK": Country(
            region: "eu", currency: "GBP", timezone: "Europe/London",
            marketplace: "A1F83G8C2ARO7P"),
        "DE": Country(
            region: "eu", currency: "EUR", timezone: "Europe/Paris", marketplace: "A1PA6795UKMFR9"),
        "FR": Country(
            region: "eu", currency: "EUR", timezone: "Europe/Paris", marketplace: "A13V1IB3VIYZZH"),
        "IT": Country(
            region: "eu", currency: "EUR", timezone: "Europe/Paris", marketplace: "APJ6JRA9NG5V4"),
        "ES": Country(
            region: "eu", currency: "EUR", timezone: "Europe/Paris", marketplace: "A1RKKUPIHCS9HS"),
        "NL": Country(
            region: "eu", currency: "EUR", timezone: "Europe/Amsterdam",
            marketplace: "A1805IZSGTT6HS"),
        "SE": Country(
            region: "eu", currency: "SEK", timezone: "Europe/Stockholm",
            marketplace: "A2NODRKZP88ZB9"),
        "TR": Country(
            region: "eu", currency: "TRY", timezone: "Europe/Istanbul",
            marketplace: "A33AVAJ2PDY3EV"),
        "SA": Country(
            region: "eu", currency: "SAR", timezone: "Asia/Riyadh", marketplace: "A17E79C6D8DWNP"),
        "AE": Country(
            region: "eu", currency: "AED", timezone: "Asia/Dubai", marketplace: "A2VIGQ35RCS4UG"),
        // NOTE: the marketplace ids of PL, BE and EG were not in the sources used; these
        // three are placeholders.
        "PL": Country(
            region: "eu", currency: "PLN", timezone: "Europe/Warsaw",
            marketplace: "A1C3SOZRARQ6R3"),
        "BE": Country(
            region: "eu", currency: "EUR", timezone: "Europe/Brussels", marketplace: "AMEN7PMS3EDWL"
        ),
        "EG": Country(
            region: "eu", currency: "EGP", timezone: "Africa/Cairo", marketplace: "ARBP9OOSHTCHU"),
        "JP": Country(
            region: "fe", currency: "JPY", timezone: "Asia/Tokyo", marketplace: "A1VC38T7YXB528"),
        "AU": Country(
            region: "fe", currency: "AUD", timezone: "Australia/Sydney",
            marketplace: "A39IBJ37TRP1C6"),
        "SG": Country(
            region: "fe", currency: "SGD", timezone: "Asia/Singapore", marketplace: "A19VAU5U5O7RUS"
        ),
    ]
}
