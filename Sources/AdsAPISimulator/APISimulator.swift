/// A loopback stand-in for the Amazon Ads API in three regions, Login with Amazon and S3,
/// each on its own 127.0.0.1 port. Tests and `adsh --demo` talk real HTTP/1.1 to it.
public final class APISimulator: Sendable {
    /// The one registered client. Use it with ``demoRefreshToken`` or with codes from
    /// ``issueAuthorizationCode(clientID:redirectURI:)`` or the consent page.
    public static let demoClientID = "amzn1.application-oa2-client.adshsimulatordemo00000000000"
    public static let demoClientSecret =
        "amzn1.oa2-cs.v1.adsh-simulator-demo-secret-not-for-real-use"
    /// A refresh token that is valid from the start, with the campaign management and
    /// test-account scopes.
    public static let demoRefreshToken =
        "Atzr|IwEBIAdshSimulatorDemoRefreshToken-valid-only-against-the-local-simulator"
    public static let regions = ["na", "eu", "fe"]

    public let configuration: SimulatorConfiguration
    private let apiServers: [String: HTTPServer]
    private let loginServer: HTTPServer
    private let storageServer: HTTPServer
    private let clock = SimulatorClock()
    private let login: LoginWithAmazon
    private let log = RequestLog()

    /// Binds every listener and starts serving.
    /// - Throws: ``SimulatorError`` when a port cannot be bound, ``ExamplesError`` when the
    ///   examples collection cannot be loaded.
    public init(configuration: SimulatorConfiguration = .init()) throws {
        self.configuration = configuration
        let examples = try configuration.examplesCollection.map { try ExampleResponder(path: $0) }
        var servers: [HTTPServer] = []
        do {
            for region in Self.regions {
                servers.append(try HTTPServer(port: region == "na" ? configuration.port : 0))
            }
            servers.append(try HTTPServer(port: 0))
            servers.append(try HTTPServer(port: 0))
        } catch {
            for server in servers { server.stop() }
            throw error
        }
        apiServers = Dictionary(uniqueKeysWithValues: zip(Self.regions, servers))
        loginServer = servers[3]
        storageServer = servers[4]
        login = LoginWithAmazon(clock: clock, tokenLifetime: configuration.tokenLifetime)

        let storage = StorageOrigin(clock: clock, baseURL: "http://127.0.0.1:\(servers[4].port)")
        let profiles = ProfilesAPI()
        let sponsoredProducts = SponsoredProductsAPI()
        let router = APIRouter(
            gateway: APIGateway(
                throttle: configuration.throttle, failures: configuration.failures, login: login),
            profiles: profiles, sponsoredProducts: sponsoredProducts,
            reporting: ReportingAPI(
                clock: clock, schedule: configuration.reportSchedule, storage: storage,
                sponsoredProducts: sponsoredProducts),
            legacyReports: LegacyReportsAPI(
                clock: clock, schedule: configuration.reportSchedule, storage: storage,
                sponsoredProducts: sponsoredProducts),
            exports: ExportsAPI(
                clock: clock, schedule: configuration.reportSchedule, storage: storage,
                sponsoredProducts: sponsoredProducts),
            testAccounts: TestAccountsAPI(profiles: profiles), examples: examples)
        let log = log
        let delay = configuration.delay ?? 0
        let receive: @Sendable (HTTPRequest, String) -> Void = { request, origin in
            log.append(request, origin: origin)
            if delay > 0 && !request.path.hasPrefix("/_faults/") {
                SimulatorClock.sleep(seconds: delay)
            }
        }
        do {
            for region in Self.regions {
                let url = "http://127.0.0.1:\(apiServers[region]!.port)"
                try apiServers[region]!.start { request in
                    receive(request, "api-" + region)
                    return router.handle(request, region: region, apiURL: url)
                }
            }
            try loginServer.start { [login] request in
                receive(request, "lwa")
                return login.handle(request)
            }
            try storageServer.start { request in
                receive(request, "storage")
                return storage.handle(request)
            }
        } catch {
            stop()
            throw error
        }
    }

    deinit {
        stop()
    }

    /// Closes every listener and connection, cutting off requests in progress. It waits up to
    /// two seconds per listener for handlers, so a handler still sleeping in the `slow` fault or
    /// `delay` ends later on its own thread.
    public func stop() {
        for server in apiServers.values { server.stop() }
        loginServer.stop()
        storageServer.stop()
    }

    /// The North America API origin, for example `http://127.0.0.1:8080`.
    public var apiURL: String { apiURL(region: "na") }

    /// Returns the API origin of region `na`, `eu` or `fe`.
    public func apiURL(region: String) -> String {
        guard let server = apiServers[region.lowercased()] else {
            preconditionFailure("unknown region '\(region)'; expected na, eu or fe")
        }
        return "http://127.0.0.1:\(server.port)"
    }

    /// The Login with Amazon token endpoint.
    public var tokenURL: String { "http://127.0.0.1:\(loginServer.port)/auth/o2/token" }
    /// The consent page, which consents at once and redirects with a code.
    public var authGrantURL: String { "http://127.0.0.1:\(loginServer.port)/ap/oa" }
    /// The S3 stand-in that serves report files.
    public var storageURL: String { "http://127.0.0.1:\(storageServer.port)" }

    /// Issues a single-use authorization code, valid for 5 minutes, as if the user had
    /// consented to `advertising::campaign_management` and `advertising::test:create_account`.
    public func issueAuthorizationCode(clientID: String, redirectURI: String) -> String {
        login.issueCode(
            clientID: clientID, redirectURI: redirectURI,
            scope: "advertising::campaign_management advertising::test:create_account")
    }

    /// Moves the simulator's clock forward, so that codes, tokens, reports and download URLs
    /// expire without waiting.
    public func advanceClock(by seconds: Double) {
        clock.advance(by: seconds)
    }

    /// Returns every request received so far, in order of arrival.
    public func recordedRequests() -> [RecordedRequest] {
        log.all
    }

    public func clearRecordedRequests() {
        log.removeAll()
    }

    /// The URLs and demo credentials, for `adsh simulate` to print.
    public var banner: String {
        """
        Amazon Ads API simulator (loopback only)
          API na         \(apiURL(region: "na"))
          API eu         \(apiURL(region: "eu"))
          API fe         \(apiURL(region: "fe"))
          token_url      \(tokenURL)
          auth_grant_url \(authGrantURL)
          storage        \(storageURL)
        Demo credentials (valid only here):
          client_id      \(Self.demoClientID)
          client_secret  \(Self.demoClientSecret)
          refresh_token  \(Self.demoRefreshToken)
        Fault switches: \(apiURL)/_faults/NAME (see --help)
        """
    }
}
