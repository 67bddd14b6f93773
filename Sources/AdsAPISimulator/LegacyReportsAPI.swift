import Synchronization

/// v2 reports and snapshots: created with 202 `IN_PROGRESS`, then `SUCCESS` with a
/// `location`, whose `/download` redirects with 307 to a short-lived URL on the storage origin.
final class LegacyReportsAPI: Sendable {
    /// Amazon's v2 download redirects point at URLs that expire in about 30 seconds.
    static let downloadLifetime = 30

    private enum Kind {
        case report
        case snapshot

        var idField: String { self == .report ? "reportId" : "snapshotId" }
    }

    private struct Job {
        var id: String
        var kind: Kind
        var recordType: String
        var metrics: [String]
        var profile: Profile
        var createdAt: Double
        /// The API path prefix before the id, for the `location` field.
        var locationPrefix: String
    }

    private let clock: SimulatorClock
    private let schedule: ReportSchedule
    private let storage: StorageOrigin
    private let sponsoredProducts: SponsoredProductsAPI
    private let jobs = Mutex([String: Job]())

    init(
        clock: SimulatorClock, schedule: ReportSchedule, storage: StorageOrigin,
        sponsoredProducts: SponsoredProductsAPI
    ) {
        self.clock = clock
        self.schedule = schedule
        self.storage = storage
        self.sponsoredProducts = sponsoredProducts
    }

    /// Returns whether this type serves the path: `/v2/{sp,hsa,sd}/{recordType}/report`,
    /// `/v2/{sp,hsa}/{recordType}/snapshot`, `/sd/{recordType}/snapshot`, `/v2/reports/…`,
    /// `/v2/{sp,hsa}/snapshots/…` and `/sd/snapshots/…`.
    static func serves(_ segments: [String]) -> Bool {
        let isV2 = segments.first == "v2"
        let rest = isV2 ? Array(segments.dropFirst()) : segments
        if rest.first == "reports" { return isV2 }
        guard let product = rest.first, rest.count >= 2 else { return false }
        let products = isV2 ? ["sp", "hsa", "sd"] : ["sd"]
        guard products.contains(product) else { return false }
        return rest[1] == "snapshots" || ["report", "snapshot"].contains(rest.last!)
    }

    func handle(_ request: HTTPRequest, profile: Profile, apiURL: String) -> HTTPResponse {
        var segments = request.pathSegments
        if segments.first == "v2" { segments.removeFirst() }
        if request.method == "POST", segments.count == 3, segments[0] != "reports",
            ["report", "snapshot"].contains(segments[2])
        {
            return create(request, segments: segments, profile: profile)
        }

        guard request.method == "GET" else { return APIError.notFound(request) }
        let idIndex = segments.first == "reports" ? 1 : 2
        guard segments.count > idIndex, segments.count <= idIndex + 2,
            segments.count == idIndex + 1 || segments.last == "download"
        else { return APIError.notFound(request) }

        let id = segments[idIndex]
        guard let job = jobs.withLock({ $0[id] }), job.profile.id == profile.id else {
            return APIError.response(
                404, code: "NOT_FOUND", "No report or snapshot \(id)", for: request)
        }

        let done = clock.now - job.createdAt >= schedule.pendingSeconds + schedule.processingSeconds
        if segments.count == idIndex + 2 {
            guard done else {
                return APIError.response(
                    404, code: "NOT_FOUND", "\(id) is still IN_PROGRESS", for: request)
            }
            return .redirect(307, to: publish(job))
        }

        var members: [(String, JSONValue)] = [
            (job.kind.idField, .string(job.id)),
            ("recordType", .string(job.recordType)),
            ("status", .string(done ? "SUCCESS" : "IN_PROGRESS")),
        ]
        if done {
            members.append(("statusDetails", .string("Report has been successfully generated.")))
            members.append(
                ("location", .string(apiURL + job.locationPrefix + job.id + "/download")))
            members.append(("fileSize", .int(Int64(file(for: job).count))))
            let expiration = (clock.now + 86_400) * 1000
            members.append(("expiration", .int(Int64(expiration))))
        } else {
            members.append(("statusDetails", .string("Report is being generated.")))
        }
        return .json(200, .object(members))
    }

    private func create(_ request: HTTPRequest, segments: [String], profile: Profile)
        -> HTTPResponse
    {
        guard profile.editable else {
            return APIError.response(
                403, code: "FORBIDDEN", "Profile \(profile.id) is view-only", for: request)
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
        let kind: Kind = segments[2] == "report" ? .report : .snapshot
        let metrics = body["metrics"]?.stringValue?.split(separator: ",").map(String.init) ?? []
        if kind == .report && metrics.isEmpty {
            return APIError.response(
                400, code: "INVALID_ARGUMENT", "metrics is required, as a comma-separated list",
                for: request)
        }
        let prefix = segments[0] == "sd" ? "sd" : "v2/\(segments[0])"
        let job = Job(
            id: (kind == .report ? "amzn1.clicksAPI.v1.p1." : "amzn1.sdAPI.v1.p1.")
                + RandomText.make(length: 8).uppercased() + "."
                + RandomText.make(length: 27, alphabet: Array("0123456789abcdef")),
            kind: kind, recordType: segments[1], metrics: metrics, profile: profile,
            createdAt: clock.now,
            locationPrefix: kind == .report ? "/v2/reports/" : "/\(prefix)/snapshots/")
        jobs.withLock { $0[job.id] = job }
        let details =
            kind == .report ? "Report is being generated." : "Snapshot is being generated."
        return .json(
            202,
            .object([
                (kind.idField, .string(job.id)), ("recordType", .string(job.recordType)),
                ("status", .string("IN_PROGRESS")), ("statusDetails", .string(details)),
            ]))
    }

    private func file(for job: Job) -> [UInt8] {
        let campaigns = sponsoredProducts.withCampaigns(of: job.profile) { $0 }
        let content =
            job.kind == .report
            ? ReportFiles.v2Rows(metrics: job.metrics, campaigns: campaigns, day: job.createdAt)
            : ReportFiles.snapshot(campaigns: campaigns)
        return Gzip.compress(content.bytes)
    }

    private func publish(_ job: Job) -> String {
        let name = job.kind == .report ? "report.json.gz" : "snapshot.json.gz"
        return storage.publish(file(for: job), name: name, lifetime: Self.downloadLifetime)
    }
}
