import FoundationEssentials
import Synchronization

/// Exports: `POST /{campaigns,adGroups,targets,ads}/export` returns 202 `IN_PROGRESS`, and
/// `GET /exports/{exportId}` turns `COMPLETED` on the report schedule, with a fresh
/// one-hour URL on the storage origin on every request, as Amazon documents.
final class ExportsAPI: Sendable {
    static let kinds = ["campaigns", "adGroups", "targets", "ads"]
    static let urlLifetime = 3600

    private struct Export {
        var id: String
        var kind: String
        var profile: Profile
        var createdAt: Double
    }

    private let clock: SimulatorClock
    private let schedule: ReportSchedule
    private let storage: StorageOrigin
    private let sponsoredProducts: SponsoredProductsAPI
    private let exports = Mutex([String: Export]())

    init(
        clock: SimulatorClock, schedule: ReportSchedule, storage: StorageOrigin,
        sponsoredProducts: SponsoredProductsAPI
    ) {
        self.clock = clock
        self.schedule = schedule
        self.storage = storage
        self.sponsoredProducts = sponsoredProducts
    }

    /// Returns whether the path is an export request or an export status.
    static func serves(_ segments: [String]) -> Bool {
        guard segments.count == 2 else { return false }
        return segments[0] == "exports" || (segments[1] == "export" && kinds.contains(segments[0]))
    }

    /// `application/vnd.campaignsexport.v1+json` and the like.
    static func mediaType(of kind: String) -> String {
        "application/vnd.\(kind.lowercased())export.v1+json"
    }

    func handle(_ request: HTTPRequest, profile: Profile) -> HTTPResponse {
        let segments = request.pathSegments
        switch (request.method, segments[0]) {
        case ("GET", "exports"): return show(request, id: segments[1], profile: profile)
        case ("POST", let kind) where Self.kinds.contains(kind):
            return create(request, kind: kind, profile: profile)
        default: return APIError.notFound(request)
        }
    }

    private func create(_ request: HTTPRequest, kind: String, profile: Profile) -> HTTPResponse {
        let mediaType = Self.mediaType(of: kind)
        if let rejection = APIError.checkMediaType(request, expected: mediaType, checkAccept: true)
        {
            return rejection
        }
        guard request.body.isEmpty || (try? JSONValue.parse(request.body))?.isObject == true else {
            return APIError.invalidJSON(request)
        }
        let id = Data((UUID().uuidString.lowercased() + "," + kind.prefix(1).uppercased()).utf8)
            .base64EncodedString()
        let export = Export(id: id, kind: kind, profile: profile, createdAt: clock.now)
        exports.withLock { $0[id] = export }
        return .json(
            202, .object([("exportId", .string(id)), ("status", .string("IN_PROGRESS"))]),
            contentType: mediaType)
    }

    private func show(_ request: HTTPRequest, id: String, profile: Profile) -> HTTPResponse {
        guard let export = exports.withLock({ $0[id] }), export.profile.id == profile.id else {
            return APIError.response(404, code: "NOT_FOUND", "Export \(id) not found", for: request)
        }
        let now = clock.now
        let completedAt = export.createdAt + schedule.pendingSeconds + schedule.processingSeconds
        var members: [(String, JSONValue)] = [
            ("exportId", .string(export.id)),
            ("createdAt", .string(SimulatorClock.iso8601(export.createdAt))),
        ]
        if now < completedAt {
            members.append(("status", .string("IN_PROGRESS")))
        } else {
            let file = Gzip.compress(JSONValue.array(rows(of: export)).bytes)
            let url = storage.publish(
                file, name: "\(export.kind)-export.json.gz", lifetime: Self.urlLifetime)
            members += [
                ("status", .string("COMPLETED")),
                ("url", .string(url)),
                ("fileSize", .int(Int64(file.count))),
                ("urlExpiresAt", .string(SimulatorClock.iso8601(now + Double(Self.urlLifetime)))),
                ("generatedAt", .string(SimulatorClock.iso8601(completedAt))),
            ]
        }
        return .json(200, .object(members), contentType: Self.mediaType(of: export.kind))
    }

    /// Campaigns and ad groups come from the simulated account. Targets and ads are not
    /// simulated, so their exports are empty arrays.
    private func rows(of export: Export) -> [JSONValue] {
        switch export.kind {
        case "campaigns":
            return sponsoredProducts.withCampaigns(of: export.profile) { $0 }.map(\.json)
        case "adGroups": return sponsoredProducts.adGroups(of: export.profile)
        default: return []
        }
    }
}
