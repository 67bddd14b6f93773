import Synchronization

/// Sponsored Products v3 campaigns (list, create, update, delete) and ad group listing, per
/// profile, starting from ``SeedData``.
final class SponsoredProductsAPI: Sendable {
    static let campaignMediaType = "application/vnd.spCampaign.v3+json"
    static let adGroupMediaType = "application/vnd.spAdGroup.v3+json"
    /// The SP v3 limit on items in one create, update or delete request.
    static let maxBatchSize = 1000

    private let campaigns = Mutex([Int64: [Campaign]]())

    func handle(_ request: HTTPRequest, profile: Profile) -> HTTPResponse {
        let route = (request.method, request.path)
        let isAdGroups = route == ("POST", "/sp/adGroups/list")
        let isCampaigns = ["/sp/campaigns", "/sp/campaigns/list", "/sp/campaigns/delete"].contains(
            request.path)
        guard isAdGroups || isCampaigns else { return APIError.notFound(request) }

        let mediaType = isAdGroups ? Self.adGroupMediaType : Self.campaignMediaType
        if let rejection = APIError.checkMediaType(request, expected: mediaType, checkAccept: true)
        {
            return rejection
        }

        let body: JSONValue
        if request.body.isEmpty {
            body = .object([])
        } else {
            guard let parsed = try? JSONValue.parse(request.body), parsed.isObject else {
                return APIError.invalidJSON(request)
            }
            body = parsed
        }

        switch route {
        case ("POST", "/sp/campaigns/list"): return list(request, body: body, profile: profile)
        case ("POST", "/sp/adGroups/list"):
            return listAdGroups(request, body: body, profile: profile)
        default: break
        }

        guard profile.editable else {
            return APIError.response(
                403, code: "ACCESS_DENIED",
                "Profile \(profile.id) is view-only; campaigns cannot be changed", for: request)
        }

        switch route {
        case ("POST", "/sp/campaigns"):
            return CampaignMutations.create(request, body, profile, self)
        case ("PUT", "/sp/campaigns"): return CampaignMutations.update(request, body, profile, self)
        case ("POST", "/sp/campaigns/delete"):
            return CampaignMutations.delete(request, body, profile, self)
        default:
            return APIError.response(
                405, code: "INVALID_ARGUMENT",
                "\(request.method) is not supported on \(request.path)",
                for: request)
        }
    }

    /// Runs `body` on the profile's campaigns, seeding them on first use.
    func withCampaigns<T>(of profile: Profile, _ body: (inout [Campaign]) -> T) -> T {
        campaigns.withLock { all in
            var list = all[profile.id] ?? SeedData.campaigns(for: profile.id)
            defer { all[profile.id] = list }
            return body(&list)
        }
    }

    private func list(_ request: HTTPRequest, body: JSONValue, profile: Profile) -> HTTPResponse {
        let matching = withCampaigns(of: profile) { $0 }.filter { campaign in
            ListPaging.passes(body["stateFilter"], value: campaign.state, ignoringCase: true)
                && ListPaging.passes(body["campaignIdFilter"], value: campaign.campaignId)
                && ListPaging.passes(body["portfolioIdFilter"], value: campaign.portfolioId ?? "")
                && ListPaging.passesName(body["nameFilter"], name: campaign.name)
        }
        return ListPaging.page(
            matching.map(\.json), key: "campaigns", body: body, request: request,
            mediaType: Self.campaignMediaType)
    }

    /// Two ad groups per campaign, derived from the campaign so that they need no storage.
    func adGroups(of profile: Profile) -> [JSONValue] {
        withCampaigns(of: profile) { $0 }.flatMap { campaign in
            (1...2).map { number -> JSONValue in
                .object([
                    ("adGroupId", .string(campaign.campaignId + "0\(number)")),
                    ("campaignId", .string(campaign.campaignId)),
                    ("defaultBid", .double(0.75)),
                    ("name", .string("\(campaign.name) - Ad group \(number)")),
                    ("state", .string(campaign.state == "ARCHIVED" ? "ARCHIVED" : "ENABLED")),
                ])
            }
        }
    }

    private func listAdGroups(_ request: HTTPRequest, body: JSONValue, profile: Profile)
        -> HTTPResponse
    {
        let matching = adGroups(of: profile).filter { group in
            func field(_ name: String) -> String { group[name]?.stringValue ?? "" }
            return ListPaging.passes(body["stateFilter"], value: field("state"), ignoringCase: true)
                && ListPaging.passes(body["campaignIdFilter"], value: field("campaignId"))
                && ListPaging.passes(body["adGroupIdFilter"], value: field("adGroupId"))
                && ListPaging.passesName(body["nameFilter"], name: field("name"))
        }
        return ListPaging.page(
            matching, key: "adGroups", body: body, request: request,
            mediaType: Self.adGroupMediaType)
    }
}
