/// `report BODY [every D] [timeout D] [> FILE]`: runs the whole reporting v3 flow.
enum ReportCommand: ShellCommand {
    static let name = "report"
    static let synopsis = "report BODY [every 10s] [timeout 3h] [> FILE]"
    static let summary = "create a v3 report, wait for it, download and show or save it"
    static let details = """
        Sends POST /reporting/reports with the JSON BODY, stores reportId, polls
        GET /reporting/reports/{reportId} until COMPLETED (or FAILED), downloads the file
        from its pre-signed url without any credentials, decompresses the gzip, and shows
        the rows, or writes them to FILE. A duplicate request (425) waits for the report
        already in progress. Example:
          report {"name": "SP campaigns", "startDate": "2026-11-01", "endDate": "2026-11-07",
                  "configuration": {"adProduct": "SPONSORED_PRODUCTS", "groupBy": ["campaign"],
                  "columns": ["campaignId", "impressions", "clicks", "cost"],
                  "reportTypeId": "spCampaigns", "timeUnit": "SUMMARY", "format": "GZIP_JSON"}}
        Amazon takes minutes to hours to build a report; Ctrl-C stops waiting.
        """

    static func run(_ invocation: Invocation, in session: Session) throws -> CommandOutcome {
        guard let body = invocation.arguments.first, body.isJSON else {
            throw ShellError.usage(command: name, synopsis: synopsis, problem: "missing JSON BODY")
        }
        let optionText = invocation.arguments.dropFirst().map(\.source).joined(separator: " ")
        let (rest, interval, timeout) = try WaitCommand.splitOptions(
            optionText.isEmpty ? "" : "x " + optionText)
        guard rest == "x" || rest.isEmpty else {
            throw ShellError.usage(
                command: name, synopsis: synopsis, problem: "unexpected '\(rest.dropFirst(2))'")
        }
        let console = session.console
        let builder = RequestBuilder(session: session)
        let create = try builder.build(
            RequestCommand.Parsed(
                method: "POST", target: .literal("/reporting/reports"), body: body,
                options: session.httpOptions))
        let created = try RequestExecutor(session: session).send(
            create, options: session.httpOptions)
        let document = try? JSONParser.parse(created.response.body)
        var reportID = document?["reportId"]?.stringValue
        if created.response.status == 425, let detail = document?["detail"]?.stringValue {
            reportID = detail.split(separator: " ").last.map(String.init)
            console.notice(
                "an identical report is in progress (\(reportID ?? "?")); waiting for it")
        }
        guard let reportID, created.response.status == 200 || created.response.status == 425
        else {
            ResponseRenderer(console: console).render(created.response, query: nil)
            throw ShellError.message("report: creating the report failed")
        }
        try session.setVariable("reportId", to: reportID)
        console.notice("report \(reportID) created")

        let status = try builder.build(
            RequestCommand.Parsed(
                method: "GET", target: .literal("/reporting/reports/\(reportID)"),
                options: session.httpOptions))
        _ = try RequestExecutor(session: session).send(status, options: session.httpOptions)
        let finished = Check.anyOf([
            .value(query: ".status", .equal, .string("COMPLETED")),
            .value(query: ".status", .equal, .string("FAILED")),
        ])
        let waited = try WaitCommand.poll(
            finished, description: "report \(reportID) finished", interval: interval,
            timeout: timeout, session: session, showsResponse: false)
        guard waited == .success else { return .failure }
        let report = try JSONParser.parse(session.lastExchange!.response.body)
        guard report["status"]?.stringValue == "COMPLETED", let url = report["url"]?.stringValue
        else {
            throw failure(session)
        }
        let download = try RequestExecutor(session: session).send(
            HTTPRequest(method: "GET", url: url), options: session.httpOptions)
        guard download.response.isSuccess else {
            ResponseRenderer(console: console).render(download.response, query: nil)
            throw ShellError.message("report: downloading the report file failed")
        }
        let rows = try BodyDecoding.decodedBody(download.response)
        if let target = invocation.line.redirect {
            let path = FileSystem.expandingTilde(try session.expander.expand(target))
            do {
                try FileSystem.writeAtomically(rows, to: path, mode: 0o644)
            } catch {
                throw ShellError.message("report: \(error)")
            }
            console.notice("wrote \(formatByteCount(rows.count)) of report rows to \(path)")
            return .success
        }
        console.printError(ResponseRenderer(console: console).statusLine(download.response))
        if let query = invocation.line.query {
            ResponseRenderer(console: console).renderQuery(query, body: rows)
        } else {
            ResponseRenderer(console: console).renderBody(rows, contentType: "application/json")
        }
        return .success
    }

    private static func failure(_ session: Session) -> ShellError {
        let report = try? JSONParser.parse(session.lastExchange?.response.body ?? [])
        let reason = report?["failureReason"]?.plainText ?? "no failureReason given"
        return .message("report: the report FAILED: \(reason)")
    }
}
