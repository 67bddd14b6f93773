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
