/// The 207 multi-status create, update and delete operations of Sponsored Products v3
/// campaigns. Batches are not atomic: each item succeeds or fails on its own.
enum CampaignMutations {
    typealias Outcome = Result<Campaign, ItemError>

    struct ItemError: Error {
        var selector: String
        var reason: String
        var message: String

        var json: JSONValue {
            .object([
                ("errorType", .string(selector)),
                (
                    "errorValue",
                    .object([
                        (
                            selector,
                            .object([("reason", .string(reason)), ("message", .string(message))])
                        )
                    ])
                ),
            ])
        }
    }

    static func create(
        _ request: HTTPRequest, _ body: JSONValue, _ profile: Profile, _ api: SponsoredProductsAPI
    ) -> HTTPResponse {
        guard let items = batch(body["campaigns"]) else {
            return invalidBatch(request, "campaigns")
        }
        let outcomes: [Outcome] = api.withCampaigns(of: profile) { campaigns in
            items.map { item in
                guard let name = item["name"]?.stringValue, !name.isEmpty else {
                    return .failure(missing("name"))
                }
                guard !campaigns.contains(where: { $0.name == name && $0.state != "ARCHIVED" })
                else {
                    return .failure(
                        ItemError(
                            selector: "duplicateValueError", reason: "DUPLICATE_VALUE",
                            message: "A campaign named '\(name)' already exists"))
                }
                guard let targeting = item["targetingType"]?.stringValue,
                    ["AUTO", "MANUAL"].contains(targeting)
                else { return .failure(malformed("targetingType must be AUTO or MANUAL")) }
                let state = item["state"]?.stringValue ?? "ENABLED"
                guard ["ENABLED", "PAUSED"].contains(state) else {
                    return .failure(malformed("state must be ENABLED or PAUSED"))
                }
                guard let budget = item["budget"]?["budget"]?.doubleValue, budget >= 1 else {
                    return .failure(missing("budget.budget"))
                }
                let startDate = item["startDate"]?.stringValue ?? "2026-01-01"
                guard SimulatorClock.parseDay(startDate) != nil else {
                    return .failure(malformed("startDate must be YYYY-MM-DD"))
                }
                let campaign = Campaign(
                    campaignId: RandomText.make(length: 15, alphabet: Array("123456789")),
                    name: name, state: state, targetingType: targeting, startDate: startDate,
                    endDate: item["endDate"]?.stringValue, budget: budget,
                    portfolioId: item["portfolioId"]?.stringValue,
                    biddingStrategy: item["dynamicBidding"]?["strategy"]?.stringValue
                        ?? "LEGACY_FOR_SALES")
                campaigns.append(campaign)
                return .success(campaign)
            }
        }
        return multiStatus(outcomes, request: request)
    }

    static func update(
        _ request: HTTPRequest, _ body: JSONValue, _ profile: Profile, _ api: SponsoredProductsAPI
    ) -> HTTPResponse {
        guard let items = batch(body["campaigns"]) else {
            return invalidBatch(request, "campaigns")
        }
        let outcomes: [Outcome] = api.withCampaigns(of: profile) { campaigns in
            items.map { item in
                guard let id = item["campaignId"]?.stringValue else {
                    return .failure(missing("campaignId"))
                }
                guard let index = campaigns.firstIndex(where: { $0.campaignId == id }) else {
                    return .failure(notFound(id))
                }
                var campaign = campaigns[index]
                if let name = item["name"]?.stringValue { campaign.name = name }
                if let state = item["state"]?.stringValue {
                    guard ["ENABLED", "PAUSED"].contains(state), campaign.state != "ARCHIVED" else {
                        return .failure(malformed("state must be ENABLED or PAUSED"))
                    }
                    campaign.state = state
                }
                if let budget = item["budget"]?["budget"]?.doubleValue {
                    guard budget >= 1 else {
                        return .failure(malformed("budget must be at least 1"))
                    }
                    campaign.budget = budget
                }
                if let endDate = item["endDate"]?.stringValue { campaign.endDate = endDate }
                campaigns[index] = campaign
                return .success(campaign)
            }
        }
        return multiStatus(outcomes, request: request)
    }

    /// Archives the campaigns in `campaignIdFilter.include`, which is what Amazon's delete does.
    static func delete(
        _ request: HTTPRequest, _ body: JSONValue, _ profile: Profile, _ api: SponsoredProductsAPI
    ) -> HTTPResponse {
        guard let items = batch(body["campaignIdFilter"]?["include"]) else {
            return invalidBatch(request, "campaignIdFilter.include")
        }
        let outcomes: [Outcome] = api.withCampaigns(of: profile) { campaigns in
            items.map { item in
                let id = item.stringValue ?? item.int64Value.map(String.init) ?? ""
                guard let index = campaigns.firstIndex(where: { $0.campaignId == id }) else {
                    return .failure(notFound(id))
                }
                campaigns[index].state = "ARCHIVED"
                return .success(campaigns[index])
            }
        }
        return multiStatus(outcomes, request: request)
    }

    private static func batch(_ value: JSONValue?) -> [JSONValue]? {
        guard let items = value?.arrayValue, !items.isEmpty,
            items.count <= SponsoredProductsAPI.maxBatchSize
        else { return nil }
        return items
    }

    private static func invalidBatch(_ request: HTTPRequest, _ field: String) -> HTTPResponse {
        APIError.response(
            400, code: "INVALID_ARGUMENT",
            "\(field) must be an array of 1 to \(SponsoredProductsAPI.maxBatchSize) items",
            for: request)
    }

    private static func multiStatus(_ outcomes: [Outcome], request: HTTPRequest) -> HTTPResponse {
        let representation = (request.header("Prefer") ?? "").contains("return=representation")
        var successes: [JSONValue] = []
        var errors: [JSONValue] = []
        for (index, outcome) in outcomes.enumerated() {
            switch outcome {
            case .success(let campaign):
                var members: [(String, JSONValue)] = [("campaignId", .string(campaign.campaignId))]
                if representation { members.append(("campaign", campaign.json)) }
                members.append(("index", .int(Int64(index))))
                successes.append(.object(members))
            case .failure(let error):
                errors.append(
                    .object([("errors", .array([error.json])), ("index", .int(Int64(index)))]))
            }
        }
        let body = JSONValue.object([
            ("campaigns", .object([("error", .array(errors)), ("success", .array(successes))]))
        ])
        return .json(207, body, contentType: SponsoredProductsAPI.campaignMediaType)
    }

    private static func missing(_ field: String) -> ItemError {
        ItemError(
            selector: "missingValueError", reason: "MISSING_VALUE", message: "\(field) is required")
    }

    private static func malformed(_ message: String) -> ItemError {
        ItemError(selector: "malformedValueError", reason: "MALFORMED_VALUE", message: message)
    }

    private static func notFound(_ id: String) -> ItemError {
        ItemError(
            selector: "entityNotFoundError", reason: "ENTITY_NOT_FOUND",
            message: "Campaign \(id) not found")
    }
}
