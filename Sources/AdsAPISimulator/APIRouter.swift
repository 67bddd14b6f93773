/// Dispatches a request on an API listener: fault switches first, then injected throttling and
/// failures, authentication, examples mode, the routes without Scope, Scope, and the rest.
struct APIRouter: Sendable {
    var gateway: APIGateway
    var profiles: ProfilesAPI
    var sponsoredProducts: SponsoredProductsAPI
    var reporting: ReportingAPI
    var legacyReports: LegacyReportsAPI
    var exports: ExportsAPI
    var testAccounts: TestAccountsAPI
    var examples: ExampleResponder?

    func handle(_ request: HTTPRequest, region: String, apiURL: String) -> HTTPResponse {
        let segments = request.pathSegments
        if segments.first == "_faults" {
            return Faults.respond(to: request)
        }

        if let fault = gateway.injectedFault(for: request) {
            return fault
        }

        let caller: APIGateway.Caller
        switch gateway.authenticate(request) {
        case .failure(let rejection): return rejection.response
        case .success(let authenticated): caller = authenticated
        }

        if let examples, let response = examples.respond(to: request) {
            return response
        }

        if segments.count >= 2 && segments[0] == "v2" && segments[1] == "profiles" {
            return profiles.handle(request, region: region)
        }
        if segments.first == "testAccounts" {
            return testAccounts.handle(request, caller: caller)
        }

        let profile: Profile
        switch gateway.resolveScope(request, profiles: profiles.profiles(in: region)) {
        case .failure(let rejection): return rejection.response
        case .success(let resolved): profile = resolved
        }

        if segments.first == "sp" {
            return sponsoredProducts.handle(request, profile: profile)
        }
        if segments.count >= 2 && segments[0] == "reporting" && segments[1] == "reports" {
            return reporting.handle(request, profile: profile)
        }
        if ExportsAPI.serves(segments) {
            return exports.handle(request, profile: profile)
        }

        if LegacyReportsAPI.serves(segments) {
            return legacyReports.handle(request, profile: profile, apiURL: apiURL)
        }
        return APIError.notFound(request)
    }
}
