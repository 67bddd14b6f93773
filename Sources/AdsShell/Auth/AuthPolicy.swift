/// Decides which credentials a request may carry, by origin.
///
/// Only a request whose scheme, host and port equal those of `api_url` gets the Amazon Ads
/// headers. Every other origin, pre-signed S3 links included, gets none, and a redirect to
/// another origin drops them again.
struct AuthPolicy {
    /// Header names that carry credentials or the account scope; removed whenever a request
    /// moves to another origin.
    static let credentialHeaders: Set<String> = [
        "authorization", "amazon-advertising-api-clientid", "amazon-advertising-api-scope",
        "amazon-advertising-api-advertiserid", "amazon-advertising-api-marketplaceid",
        "amazon-advertising-api-manager-account", "cookie", "proxy-authorization",
    ]

    /// Paths that take no Scope header (Amazon Ads API documentation, "Authorization
    /// overview": profiles and test accounts are not scoped to a profile).
    static let unscopedPathPrefixes = ["/v2/profiles", "/testAccounts"]

    let environment: Environment
    /// Which of the three headers may be added; a collection request names the ones it
    /// carried, so adsh adds no header the request did not have.
    var allowedHeaders: Set<String> = AuthPolicy.standardHeaders

    /// The headers added to API requests, in lower case.
    static let standardHeaders: Set<String> = [
        "authorization", "amazon-advertising-api-clientid", "amazon-advertising-api-scope",
    ]

    /// The origin of `api_url`, when it is set and parses.
    var apiOrigin: Origin? {
        guard let apiURL = environment["api_url"] else { return nil }
        return Origin(url: apiURL)
    }

    /// Whether `url` is on the API origin.
    func isAPIRequest(_ url: String) -> Bool {
        guard let apiOrigin, let origin = Origin(url: url) else { return false }
        return origin == apiOrigin
    }

    /// `request` with the Amazon Ads headers added when its URL is on the API origin. A header
    /// the request already has (typed with -H, or from a collection) is left as it is.
    func authorize(_ request: HTTPRequest) -> HTTPRequest {
        guard let parts = URLParts(request.url), let apiOrigin, parts.origin == apiOrigin,
            !parts.hasUserInfo
        else {
            return request
        }
        var request = request
        if let token = environment["access_token"], allowedHeaders.contains("authorization") {
            request.headers.addIfMissing("Authorization", "Bearer \(token)")
        }
        if let clientID = environment["client_id"],
            allowedHeaders.contains("amazon-advertising-api-clientid")
        {
            request.headers.addIfMissing("Amazon-Advertising-API-ClientId", clientID)
        }
        let path = parts.pathAndQuery
        let unscoped = Self.unscopedPathPrefixes.contains { prefix in
            path == prefix || path.hasPrefix(prefix + "/") || path.hasPrefix(prefix + "?")
        }
        // A collection request that carried Scope keeps it whatever its path.
        let wantsScope =
            allowedHeaders == Self.standardHeaders
            ? !unscoped : allowedHeaders.contains("amazon-advertising-api-scope")
        if wantsScope, let profileID = environment["profileId"] {
            request.headers.addIfMissing("Amazon-Advertising-API-Scope", profileID)
        }
        return request
    }

    /// `headers` without any credential header, for a hop to another origin. A header whose
    /// value contains one of `secretValues` is a credential too, whatever its name, such as
    /// `-H "X-Api-Key: {{partner_key}}"` with `partner_key` marked secret.
    static func strippingCredentials(_ headers: HTTPHeaders, secretValues: [String] = [])
        -> HTTPHeaders
    {
        HTTPHeaders(
            headers.fields.filter { field in
                !credentialHeaders.contains(field.name.lowercased())
                    && !secretValues.contains { field.value.contains($0) }
            })
    }
}
