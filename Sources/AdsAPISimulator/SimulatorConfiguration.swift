/// Settings for one ``APISimulator``, from code or from `adsh simulate` arguments.
public struct SimulatorConfiguration: Sendable {
    /// The port of the North America API listener; 0 picks a free port. The other listeners
    /// always take free ports.
    public var port: UInt16 = 0
    /// Seconds an access token stays valid.
    public var tokenLifetime: Double = 3600
    public var throttle = ThrottleSettings()
    public var failures = FailureSettings()
    public var reportSchedule = ReportSchedule()
    /// A Postman collection whose saved example responses are sent for matching requests.
    public var examplesCollection: String?
    /// Seconds to wait before every response.
    public var delay: Double?

    public init() {}

    /// Parses `adsh simulate` arguments.
    /// - Throws: ``SimulatorConfigurationError``, with `.helpRequested` for `--help`.
    public static func parse(arguments: [String]) throws -> SimulatorConfiguration {
        var configuration = SimulatorConfiguration()
        var remaining = arguments[...]
        while let argument = remaining.popFirst() {
            var option = argument
            var inlineValue: String?
            if argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") {
                option = String(argument[..<equals])
                inlineValue = String(argument[argument.index(after: equals)...])
            }
            if option == "--help" || option == "-h" {
                throw SimulatorConfigurationError.helpRequested
            }
            guard Self.optionsWithValues.contains(option) else {
                throw SimulatorConfigurationError.unknownOption(argument)
            }
            guard let value = inlineValue ?? remaining.popFirst() else {
                throw SimulatorConfigurationError.missingValue(option: option)
            }
            try configuration.apply(option: option, value: value)
        }
        return configuration
    }

    private static let optionsWithValues: Set<String> = [
        "--port", "--token-ttl", "--throttle", "--fail", "--report-delay", "--examples", "--delay",
    ]

    private mutating func apply(option: String, value: String) throws {
        switch option {
        case "--port":
            guard let number = UInt16(value) else {
                throw SimulatorConfigurationError.invalidValue(
                    option: option, value: value, expected: "a port number from 0 to 65535")
            }
            port = number
        case "--token-ttl":
            tokenLifetime = try Self.seconds(value, option: option, allowZero: false)
        case "--throttle":
            throttle = try ThrottleSettings.parse(value)
        case "--fail":
            failures = try FailureSettings.parse(value)
        case "--report-delay":
            reportSchedule = try ReportSchedule.parse(value)
        case "--examples":
            examplesCollection = value
        default:
            delay = try Self.seconds(value, option: option, allowZero: true)
        }
    }

    private static func seconds(_ value: String, option: String, allowZero: Bool) throws -> Double {
        guard let number = Double(value), number.isFinite, allowZero ? number >= 0 : number > 0
        else {
            throw SimulatorConfigurationError.invalidValue(
                option: option, value: value,
                expected: allowZero
                    ? "a number of seconds, 0 or more" : "a positive number of seconds")
        }
        return number
    }

    /// The help text of `adsh simulate`.
    public static let usage = """
        USAGE: adsh simulate [options]

        Runs a local stand-in for the Amazon Ads API (regions na, eu, fe), Login with Amazon
        and S3 on 127.0.0.1, and prints its URLs and demo credentials.

        OPTIONS:
          --port N               Port of the North America API listener (default: any free
                                 port). The other listeners always take free ports.
          --token-ttl SECONDS    Lifetime of access tokens (default: 3600).
          --throttle N[:SECONDS] Answer every Nth API request with 429 Too Many Requests,
                                 with Retry-After: SECONDS when given, without it otherwise.
          --fail N[:STATUS]      Answer every Nth API request with STATUS (500, 502, 503 or
                                 504; default 500).
          --report-delay S[:S2]  Seconds a report stays PENDING, then PROCESSING (S2, or S
                                 again), before it is COMPLETED (default: 2).
          --examples FILE        Answer requests that match a request in this Postman
                                 collection with its first saved example response. The
                                 header X-Simulator-Example: NAME picks another example.
          --delay SECONDS        Wait this long before every response.
          -h, --help             Show this help.

        ENDPOINTS (on each API listener, besides the fault switches):
          GET /v2/profiles, GET /v2/profiles/{id}, PUT /v2/profiles
          POST /sp/campaigns/list, POST /sp/campaigns, PUT /sp/campaigns,
          POST /sp/campaigns/delete, POST /sp/adGroups/list
          POST /reporting/reports, GET and DELETE /reporting/reports/{id}
          POST /v2/{sp,hsa,sd}/{recordType}/report, GET /v2/reports/{id}[/download]
          POST /v2/{sp,hsa}/{recordType}/snapshot, POST /sd/{recordType}/snapshot,
          GET /v2/{sp,hsa}/snapshots/{id}[/download], GET /sd/snapshots/{id}[/download]
          POST /{campaigns,adGroups,targets,ads}/export, GET /exports/{id}
          POST /testAccounts, GET /testAccounts[?requestId=ID]

        BEHAVIOUR:
          Each API listener lists only its region's profiles. GET /v2/profiles lists the
          view-only profiles (CA, DE, AU) only with ?accessLevel=view, as Amazon does.
          401  Authorization, Amazon-Advertising-API-ClientId or Scope missing, unknown or
               expired; Scope naming a profile of another region.
          403  Writes (campaign changes, report requests) with a view-only profile as Scope:
               the second profile of each region. /testAccounts with a token that lacks the
               advertising::test:create_account scope.
          415  Sponsored Products or reporting requests with the wrong Content-Type or Accept.
          425  A reporting request identical to one still in progress.

        FAULT SWITCHES (any method, no credentials, on every API listener):
          /_faults/reset                  Close the connection in the middle of the body.
          /_faults/stall                  Accept the request and never respond.
          /_faults/wrong-length           Content-Length larger than the body, then close.
          /_faults/bad-chunked            Invalid chunked transfer coding, then close.
          /_faults/bad-gzip               Content-Encoding: gzip with a body that is not gzip.
          /_faults/huge?bytes=N           A chunked JSON array of N bytes (default 100 MB).
          /_faults/many-headers?count=N   N extra response header fields (default 1000).
          /_faults/slow?ms=N              Answer after N milliseconds (default 5000).
          /_faults/redirect?to=URL&code=C Redirect to URL with status C (default 307).
          /_faults/redirect-loop          Redirect to itself forever.
          /_faults/binary?bytes=N         N random bytes as application/octet-stream.
          /_faults/throttle[?retry-after=S]  429 Too Many Requests, with Retry-After if given.
          /_faults/status?code=C          An error response with status C.
        """
}
