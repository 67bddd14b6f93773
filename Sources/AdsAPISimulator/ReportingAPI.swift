import FoundationEssentials
import Synchronization

/// Reporting v3: `POST /reporting/reports`, then `GET` and `DELETE /reporting/reports/{id}`.
/// A report moves from PENDING to PROCESSING to COMPLETED on the configured schedule, and
/// its file is published on the storage origin when it is first seen completed.
final class ReportingAPI: Sendable {
    static let createMediaType = "application/vnd.createasyncreportrequest.v3+json"
    static let createResponseMediaType = "application/vnd.createasyncreportresponse.v3+json"
    static let getResponseMediaType = "application/vnd.getasyncreportresponse.v3+json"
    /// Amazon allows at most 31 days in one report.
    static let maxDays = 31.0
    /// Pre-signed URLs of report files expire after an hour, Amazon's default.
    static let urlLifetime = 3600

    private struct Report {
        var id: String
        var profile: Profile
        var name: String
        var startDate: String
        var endDate: String
        var configuration: JSONValue
        var fingerprint: String
        var createdAt: Double
        var url: String?
        var urlExpiresAt: Double?
        var fileSize: Int?
        var generatedAt: Double?
    }

    private let clock: SimulatorClock
    private let schedule: ReportSchedule
    private let storage: StorageOrigin
    private let sponsoredProducts: SponsoredProductsAPI
    private let reports = Mutex([String: Report]())

    init(
        clock: SimulatorClock, schedule: ReportSchedule, storage: StorageOrigin,
        sponsoredProducts: SponsoredProductsAPI
    ) {
        self.clock = clock
        self.schedule = schedule
        self.storage = storage
        self.sponsoredProducts = sponsoredProducts
    }

    func handle(_ request: HTTPRequest, profile: Profile) -> HTTPResponse {
        let segments = request.pathSegments
        switch (request.method, segments.count) {
        case ("POST", 2): return create(request, profile: profile)
        case ("GET", 3): return show(request, id: segments[2], profile: profile)
        case ("DELETE", 3): return delete(request, id: segments[2], profile: profile)
        default: return APIError.notFound(request)
        }
    }

    private func create(_ request: HTTPRequest, profile: Profile) -> HTTPResponse {
        if let rejection = APIError.checkMediaType(
            request, expected: Self.createMediaType, checkAccept: false)
        {
            return rejection
        }
        guard profile.editable else {
            return Self.error(
                403, "Profile \(profile.id) is view-only and cannot request reports", request)
        }

        guard let body = try? JSONValue.parse(request.body), body.isObject else {
            return Self.error(400, "The request body is not a JSON object", request)
        }
        guard let startText = body["startDate"]?.stringValue,
            let endText = body["endDate"]?.stringValue,
            let start = SimulatorClock.parseDay(startText),
            let end = SimulatorClock.parseDay(endText)
        else {
            return Self.error(400, "startDate and endDate must be dates as YYYY-MM-DD", request)
        }
        guard start <= end, (end - start) / 86_400 < Self.maxDays else {
            return Self.error(
                400, "endDate must not be before startDate, and the range is at most 31 days",
                request)
        }

        guard let configuration = body["configuration"], configuration.isObject,
            configuration["adProduct"]?.stringValue != nil,
            configuration["reportTypeId"]?.stringValue != nil,
            let columns = configuration["columns"]?.arrayValue, !columns.isEmpty,
            configuration["groupBy"]?.arrayValue != nil
        else {
            return Self.error(
                400, "configuration needs adProduct, reportTypeId, groupBy and columns", request)
        }
        guard ["DAILY", "SUMMARY"].contains(configuration["timeUnit"]?.stringValue ?? "") else {
            return Self.error(400, "configuration.timeUnit must be DAILY or SUMMARY", request)
        }
        guard configuration["format"]?.stringValue == "GZIP_JSON" else {
            return Self.error(400, "configuration.format must be GZIP_JSON", request)
        }

        let fingerprint =
            "\(profile.id) \(startText) \(endText) \(body["name"]?.serialized ?? "") "
            + configuration.serialized
        let now = clock.now
        let outcome: Result<Report, HTTPErrorResponse> = reports.withLock { reports in
            if let duplicate = reports.values.first(where: {
                $0.fingerprint == fingerprint && status(of: $0, at: now) != "COMPLETED"
            }) {
                return .failure(
                    HTTPErrorResponse(
                        response: Self.error(
                            425, "The Request is a duplicate of : \(duplicate.id)", request)))
            }
            let report = Report(
                id: UUID().uuidString.lowercased(), profile: profile,
                name: body["name"]?.stringValue ?? "", startDate: startText, endDate: endText,
                configuration: configuration, fingerprint: fingerprint, createdAt: now)
            reports[report.id] = report
            return .success(report)
        }

        switch outcome {
        case .failure(let error): return error.response
        case .success(let report):
            return .json(200, json(report, at: now), contentType: Self.createResponseMediaType)
        }
    }

    private func show(_ request: HTTPRequest, id: String, profile: Profile) -> HTTPResponse {
        let now = clock.now
        guard var report = reports.withLock({ $0[id] }), report.profile.id == profile.id else {
            return Self.error(404, "Not Found", request)
        }
        if status(of: report, at: now) == "COMPLETED" && (report.urlExpiresAt ?? 0) <= now {
            publish(&report, at: now)
            let published = report
            reports.withLock { $0[id] = published }
        }
        return .json(200, json(report, at: now), contentType: Self.getResponseMediaType)
    }

    private func delete(_ request: HTTPRequest, id: String, profile: Profile) -> HTTPResponse {
        let removed = reports.withLock { reports -> Report? in
            guard let report = reports[id], report.profile.id == profile.id else { return nil }
            return reports.removeValue(forKey: id)
        }
        guard let removed else { return Self.error(404, "Not Found", request) }
        // NOTE: the body Amazon sends for a deleted report was not checked; this sends the
        // report as it was.
        return .json(200, json(removed, at: clock.now), contentType: Self.getResponseMediaType)
    }

    /// Generates the report file and stores it on the storage origin under a fresh URL.
    private func publish(_ report: inout Report, at now: Double) {
        let start = SimulatorClock.parseDay(report.startDate) ?? now
        let end = SimulatorClock.parseDay(report.endDate) ?? now
        let columns = report.configuration["columns"]?.arrayValue?.compactMap(\.stringValue) ?? []
        let rows = ReportFiles.v3Rows(
            columns: columns, timeUnit: report.configuration["timeUnit"]?.stringValue ?? "SUMMARY",
            startDay: start, endDay: end,
            campaigns: sponsoredProducts.withCampaigns(of: report.profile) { $0 })
        let file = Gzip.compress(rows.bytes)
        report.url = storage.publish(
            file, name: "report-\(report.id).json.gz", lifetime: Self.urlLifetime)
        report.urlExpiresAt = now + Double(Self.urlLifetime)
        report.fileSize = file.count
        report.generatedAt = report.generatedAt ?? now
    }

    private func status(of report: Report, at now: Double) -> String {
        let elapsed = now - report.createdAt
        if elapsed < schedule.pendingSeconds { return "PENDING" }
        if elapsed < schedule.pendingSeconds + schedule.processingSeconds { return "PROCESSING" }
        return "COMPLETED"
    }

    private func json(_ report: Report, at now: Double) -> JSONValue {
        let status = status(of: report, at: now)
        let completed = status == "COMPLETED" && report.url != nil
        func time(_ value: Double?) -> JSONValue {
            value.map { .string(SimulatorClock.iso8601($0)) } ?? .null
        }
        let updatedAt: Double
        switch status {
        case "PENDING": updatedAt = report.createdAt
        case "PROCESSING": updatedAt = report.createdAt + schedule.pendingSeconds
        default: updatedAt = report.generatedAt ?? now
        }
        return .object([
            ("configuration", report.configuration),
            ("createdAt", time(report.createdAt)),
            ("endDate", .string(report.endDate)),
            ("failureReason", .null),
            ("fileSize", completed ? .int(Int64(report.fileSize ?? 0)) : .null),
            ("generatedAt", completed ? time(report.generatedAt) : .null),
            ("name", .string(report.name)),
            ("reportId", .string(report.id)),
            ("startDate", .string(report.startDate)),
            ("status", .string(status)),
            ("updatedAt", time(updatedAt)),
            ("url", completed ? .string(report.url!) : .null),
            ("urlExpiresAt", completed ? time(report.urlExpiresAt) : .null),
        ])
    }

    /// Reporting errors use `{code, detail}`, with the status as the code as in Amazon's
    /// published examples.
    private static func error(_ status: Int, _ detail: String, _ request: HTTPRequest)
        -> HTTPResponse
    {
        APIError.response(status, code: String(status), detail, shape: .reporting)
    }
}
