/// A Sponsored Products campaign in the v3 shape, with the id as a string.
struct Campaign: Sendable {
    var campaignId: String
    var name: String
    /// `ENABLED`, `PAUSED` or `ARCHIVED`.
    var state: String
    /// `AUTO` or `MANUAL`.
    var targetingType: String
    var startDate: String
    var endDate: String?
    var budget: Double
    var portfolioId: String?
    var biddingStrategy: String

    var json: JSONValue {
        var members: [(String, JSONValue)] = [
            ("budget", .object([("budget", .double(budget)), ("budgetType", .string("DAILY"))])),
            ("campaignId", .string(campaignId)),
            (
                "dynamicBidding",
                .object([
                    ("placementBidding", .array([])), ("strategy", .string(biddingStrategy)),
                ])
            ),
            ("name", .string(name)),
        ]
        if let portfolioId {
            members.append(("portfolioId", .string(portfolioId)))
        }
        members.append(("startDate", .string(startDate)))
        if let endDate {
            members.append(("endDate", .string(endDate)))
        }
        members.append(("state", .string(state)))
        members.append(("tags", .object([])))
        members.append(("targetingType", .string(targetingType)))
        return .object(members)
    }
}
