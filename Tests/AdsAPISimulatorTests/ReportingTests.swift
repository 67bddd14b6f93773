import Testing

@testable import AdsAPISimulator

@Suite struct ReportingTests {
    static let reportBody = #"""
        {"name":"SP campaigns","startDate":"2026-11-01","endDate":"2026-11-03",
        "configuration":{"adProduct":"SPONSORED_PRODUCTS","groupBy":["campaign"],
        "columns":["date","campaignId","campaignName","impressions","clicks","cost"],
        "reportTypeId":"spCampaigns","timeUnit":"DAILY","format":"GZIP_JSON"}}
        """#
    static let createHeaders = [
        ("Content-Type", "application/vnd.createasyncreportrequest.v3+json")
    ]

    private func session(pending: Double = 10, processing: Double = 10) throws -> Session {
        var configuration = SimulatorConfiguration()
        configuration.reportSchedule = ReportSchedule(
            pendingSeconds: pending, processingSeconds: processing)
        return try Session(configuration)
    }

    @Test func reportLifecycleToCompleted() throws {
        let session = try session()
        let headers = session.headers(profile: Session.usProfile)
        let created = try fetch(
            "POST", session.api("/reporting/reports"), headers: headers + Self.createHeaders,
            json: Self.reportBody)
        #expect(created.status == 200)
        #expect(
            created.header("Content-Type") == "application/vnd.createasyncreportresponse.v3+json")
        #expect(created.json?["status"]?.stringValue == "PENDING")
        #expect(created.json?["url"].map { if case .null = $0 { true } else { false } } == true)
        let id = try #require(created.json?["reportId"]?.stringValue)

        session.simulator.advanceClock(by: 11)
        let processing = try fetch("GET", session.api("/reporting/reports/\(id)"), headers: headers)
        #expect(processing.json?["status"]?.stringValue == "PROCESSING")

        session.simulator.advanceClock(by: 10)
        let completed = try fetch("GET", session.api("/reporting/reports/\(id)"), headers: headers)
        #expect(completed.status == 200)
        #expect(completed.json?["status"]?.stringValue == "COMPLETED")
        let url = try #require(completed.json?["url"]?.stringValue)
        #expect(url.hasPrefix(session.simulator.storageURL + "/"))

        let download = try fetch("GET", url)
        #expect(download.status == 200)
        #expect(Array(download.body.prefix(2)) == [0x1f, 0x8b])
        #expect(completed.json?["fileSize"]?.int64Value == Int64(download.body.count))
        let rows = try #require(Gzip.decompress(download.body).flatMap { try? JSONValue.parse($0) })
        let array = try #require(rows.arrayValue)
        #expect(!array.isEmpty)
        #expect(array.first?["impressions"]?.int64Value != nil)
        #expect(array.first?["date"]?.stringValue == "2026-11-01")
    }

    @Test func storageRejectsAuthorizationHeader() throws {
        let session = try session(pending: 0, processing: 0)
        let headers = session.headers(profile: Session.usProfile)
        let created = try fetch(
            "POST", session.api("/reporting/reports"), headers: headers + Self.createHeaders,
            json: Self.reportBody)
        let id = try #require(created.json?["reportId"]?.stringValue)
        let status = try fetch("GET", session.api("/reporting/reports/\(id)"), headers: headers)
        let url = try #require(status.json?["url"]?.stringValue)
        let rejected = try fetch(
            "GET", url, headers: [("Authorization", "Bearer \(session.accessToken)")])
        #expect(rejected.status == 400)
        #expect(rejected.header("Content-Type") == "application/xml")
        #expect(rejected.text.contains("<Code>InvalidArgument</Code>"))
        #expect(rejected.text.contains("Only one auth mechanism allowed"))
        #expect(!rejected.text.contains(session.accessToken))

        session.simulator.advanceClock(by: 3601)
        let expired = try fetch("GET", url)
        #expect(expired.status == 403)
        #expect(expired.text.contains("Request has expired"))
        let unknown = try fetch("GET", session.simulator.storageURL + "/nothing?X-Amz-Signature=x")
        #expect(unknown.status == 403)
        #expect(unknown.text.contains("<Code>AccessDenied</Code>"))
    }

    @Test func duplicateInFlightIs425() throws {
        let session = try session()
        let headers = session.headers(profile: Session.usProfile) + Self.createHeaders
        let first = try fetch(
            "POST", session.api("/reporting/reports"), headers: headers, json: Self.reportBody)
        #expect(first.status == 200)
        let second = try fetch(
            "POST", session.api("/reporting/reports"), headers: headers, json: Self.reportBody)
        #expect(second.status == 425)
        let id = try #require(first.json?["reportId"]?.stringValue)
        #expect(second.json?["detail"]?.stringValue?.contains(id) == true)
    }

    @Test func unknownReportIs404AndDeleteRemoves() throws {
        let session = try session()
        let headers = session.headers(profile: Session.usProfile)
        let missing = try fetch("GET", session.api("/reporting/reports/nope"), headers: headers)
        #expect(missing.status == 404)
        #expect(missing.json?["detail"]?.stringValue == "Not Found")
        let created = try fetch(
            "POST", session.api("/reporting/reports"), headers: headers + Self.createHeaders,
            json: Self.reportBody)
        let id = try #require(created.json?["reportId"]?.stringValue)
        #expect(
            try fetch("DELETE", session.api("/reporting/reports/\(id)"), headers: headers).status
                == 200)
        #expect(
            try fetch("GET", session.api("/reporting/reports/\(id)"), headers: headers).status
                == 404)
    }

    @Test func wrongContentTypeIs415() throws {
        let session = try session()
        let response = try fetch(
            "POST", session.api("/reporting/reports"),
            headers: session.headers(
                profile: Session.usProfile, [("Content-Type", "application/json")]),
            json: Self.reportBody)
        #expect(response.status == 415)
        #expect(response.json?["detail"]?.stringValue != nil)
    }

    @Test func v2DownloadRedirectsToStorage() throws {
        let session = try session(pending: 0, processing: 0)
        let headers = session.headers(profile: Session.usProfile)
        let created = try fetch(
            "POST", session.api("/v2/sp/campaigns/report"), headers: headers,
            json: #"{"reportDate":"20261101","metrics":"impressions,clicks,cost"}"#)
        #expect(created.status == 202)
        #expect(created.json?["status"]?.stringValue == "IN_PROGRESS")
        let id = try #require(created.json?["reportId"]?.stringValue)
        let status = try fetch("GET", session.api("/v2/reports/\(id)"), headers: headers)
        #expect(status.json?["status"]?.stringValue == "SUCCESS")
        #expect(status.json?["location"]?.stringValue == session.api("/v2/reports/\(id)/download"))
        let download = try fetch("GET", session.api("/v2/reports/\(id)/download"), headers: headers)
        #expect(download.status == 307)
        let location = try #require(download.header("Location"))
        #expect(location.hasPrefix(session.simulator.storageURL + "/"))
        let file = try fetch("GET", location)
        #expect(file.status == 200)
        let rows = Gzip.decompress(file.body).flatMap { try? JSONValue.parse($0) }?.arrayValue
        #expect(rows?.first?["clicks"]?.int64Value != nil)
    }

    @Test func snapshotDownloadRedirects() throws {
        let session = try session(pending: 0, processing: 0)
        let headers = session.headers(profile: Session.usProfile)
        let created = try fetch(
            "POST", session.api("/v2/sp/campaigns/snapshot"), headers: headers, json: "{}")
        #expect(created.status == 202)
        let id = try #require(created.json?["snapshotId"]?.stringValue)
        let status = try fetch("GET", session.api("/v2/sp/snapshots/\(id)"), headers: headers)
        #expect(status.json?["status"]?.stringValue == "SUCCESS")
        let download = try fetch(
            "GET", session.api("/v2/sp/snapshots/\(id)/download"), headers: headers)
        #expect(download.status == 307)
        #expect(download.header("Location")?.hasPrefix(session.simulator.storageURL) == true)
    }
}

@Suite struct ExportsTests {
    @Test func campaignExportCompletes() throws {
        var configuration = SimulatorConfiguration()
        configuration.reportSchedule = ReportSchedule(pendingSeconds: 5, processingSeconds: 5)
        let session = try Session(configuration)
        let media = "application/vnd.campaignsexport.v1+json"
        let headers = session.headers(profile: Session.usProfile)
        let created = try fetch(
            "POST", session.api("/campaigns/export"),
            headers: headers + [("Content-Type", media), ("Accept", media)],
            json: #"{"adProductFilter":["SPONSORED_PRODUCTS"]}"#)
        #expect(created.status == 202)
        #expect(created.json?["status"]?.stringValue == "IN_PROGRESS")
        let id = try #require(created.json?["exportId"]?.stringValue)
        let pending = try fetch("GET", session.api("/exports/\(id)"), headers: headers)
        #expect(pending.json?["status"]?.stringValue == "IN_PROGRESS")

        session.simulator.advanceClock(by: 11)
        let completed = try fetch("GET", session.api("/exports/\(id)"), headers: headers)
        #expect(completed.json?["status"]?.stringValue == "COMPLETED")
        let url = try #require(completed.json?["url"]?.stringValue)
        let file = try fetch("GET", url)
        let campaigns = Gzip.decompress(file.body).flatMap { try? JSONValue.parse($0) }
        #expect(campaigns?.arrayValue?.count == 25)
    }

    @Test func exportNeedsVendorMediaType() throws {
        let session = try Session()
        let response = try fetch(
            "POST", session.api("/adGroups/export"),
            headers: session.headers(
                profile: Session.usProfile, [("Content-Type", "application/json")]),
            json: "{}")
        #expect(response.status == 415)
    }
}
