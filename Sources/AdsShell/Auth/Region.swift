/// An Amazon Ads region: its API host and its Login with Amazon consent and token URLs.
///
/// Source: Amazon Ads API documentation, "API overview" (API endpoints table) and
/// "Authorization grants" / "Access tokens" (LWA URLs per region).
public struct Region: Sendable, Equatable {
    public var name: String
    public var apiURL: String
    public var authGrantURL: String
    public var tokenURL: String
    public var marketplaces: [String]

    public static let northAmerica = Region(
        name: "na", apiURL: "https://advertising-api.amazon.com",
        authGrantURL: "https://www.amazon.com/ap/oa",
        tokenURL: "https://api.amazon.com/auth/o2/token",
        marketplaces: ["US", "CA", "MX", "BR"])
    public static let europe = Region(
        name: "eu", apiURL: "https://advertising-api-eu.amazon.com",
        authGrantURL: "https://eu.account.amazon.com/ap/oa",
        tokenURL: "https://api.amazon.co.uk/auth/o2/token",
        marketplaces: [
            "UK", "FR", "IT", "ES", "DE", "NL", "AE", "PL", "TR", "EG", "SA", "SE", "BE", "IN",
            "ZA",
        ])
    public static let farEast = Region(
        name: "fe", apiURL: "https://advertising-api-fe.amazon.com",
        authGrantURL: "https://apac.account.amazon.com/ap/oa",
        tokenURL: "https://api.amazon.co.jp/auth/o2/token",
        marketplaces: ["JP", "AU", "SG"])

    public static let all = [northAmerica, europe, farEast]

    /// The region whose API host is `host`.
    public static func region(forAPIHost host: String) -> Region? {
        all.first { Origin(url: $0.apiURL)?.host == host }
    }
}
