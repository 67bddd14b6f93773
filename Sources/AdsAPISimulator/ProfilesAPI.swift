import Synchronization

/// `GET /v2/profiles`, `GET /v2/profiles/{profileId}` and `PUT /v2/profiles`, each listener
/// seeing only the profiles of its own region.
final class ProfilesAPI: Sendable {
    private let profiles = Mutex(SeedData.profiles)

    func profiles(in region: String) -> [Profile] {
        profiles.withLock { $0.filter { $0.region == region } }
    }

    /// Adds the profile of a new test account.
    func add(_ profile: Profile) {
        profiles.withLock { $0.append(profile) }
    }

    func handle(_ request: HTTPRequest, region: String) -> HTTPResponse {
        let segments = request.pathSegments
        switch (request.method, segments.count) {
        case ("GET", 2): return list(request, region: region)
        case ("GET", 3): return show(request, id: segments[2], region: region)
        case ("PUT", 2): return update(request, region: region)
        default: return APIError.notFound(request)
        }
    }

    /// Lists the region's profiles. As in Amazon's API, `accessLevel` defaults to `edit`, so
    /// view-only profiles appear only with `accessLevel=view`.
    private func list(_ request: HTTPRequest, region: String) -> HTTPResponse {
        var result = profiles(in: region)
        let accessLevel = request.queryValue("accessLevel") ?? "edit"
        guard accessLevel == "edit" || accessLevel == "view" else {
            return APIError.response(
                400, code: "INVALID_ARGUMENT", "accessLevel must be edit or view", for: request)
        }
        if accessLevel == "edit" {
            result.removeAll { !$0.editable }
        }
        if let types = request.queryValue("profileTypeFilter") {
            let allowed = types.split(separator: ",").map { $0.lowercased() }
            result.removeAll { !allowed.contains($0.accountType) }
        }
        return .json(200, .array(result.map(\.json)))
    }

    private func show(_ request: HTTPRequest, id: String, region: String) -> HTTPResponse {
        guard let number = Int64(id),
            let profile = profiles(in: region).first(where: { $0.id == number })
        else {
            return APIError.response(
                404, code: "NOT_FOUND", "Profile \(id) not found in this region", for: request)
        }
        return .json(200, profile.json)
    }

    /// Updates `dailyBudget` of seller profiles from a body `[{"profileId", "dailyBudget"}]`.
    private func update(_ request: HTTPRequest, region: String) -> HTTPResponse {
        guard let body = try? JSONValue.parse(request.body), let items = body.arrayValue else {
            return APIError.response(
                400, code: "INVALID_ARGUMENT", "Body must be a JSON array of profiles",
                for: request)
        }
        let results: [JSONValue] = items.map { item in
            let id = item["profileId"]?.int64Value
            let budget = item["dailyBudget"]?.doubleValue
            let updated = profiles.withLock { all -> Bool in
                guard let id, let budget, budget > 0,
                    let index = all.firstIndex(where: {
                        $0.id == id && $0.region == region && $0.accountType == "seller"
                            && $0.editable
                    })
                else { return false }
                all[index].dailyBudget = budget
                return true
            }
            return .object([
                ("profileId", id.map { .int($0) } ?? .null),
                ("code", .string(updated ? "SUCCESS" : "INVALID_ARGUMENT")),
                (
                    "details",
                    .string(updated ? "Profile updated" : "Profile not found or not editable")
                ),
            ])
        }
        return .json(207, .array(results))
    }
}
