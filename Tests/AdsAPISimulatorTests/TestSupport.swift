@testable import AdsAPISimulator

/// A running simulator with an access token from the demo refresh token.
struct Session {
    let simulator: APISimulator
    let accessToken: String

    static let usProfile: Int64 = 3_382_741_658_212_519
    static let canadaProfile: Int64 = 2_157_393_712_384_640
    static let ukProfile: Int64 = 4_149_238_657_390_211

    init(_ configuration: SimulatorConfiguration = .init()) throws {
        simulator = try APISimulator(configuration: configuration)
        let response = try fetch(
            "POST", simulator.tokenURL,
            headers: [("Content-Type", "application/x-www-form-urlencoded")],
            body: Array(refreshForm().utf8))
        guard response.status == 200, let token = response.json?["access_token"]?.stringValue else {
            throw TestHTTPError.malformed(
                "token request failed: \(response.status) \(response.text)")
        }
        accessToken = token
    }

    /// Returns the client id and bearer headers, plus Scope when `profile` is given.
    func headers(profile: Int64? = nil, _ extra: [(String, String)] = []) -> [(String, String)] {
        var result = [
            ("Amazon-Advertising-API-ClientId", APISimulator.demoClientID),
            ("Authorization", "Bearer \(accessToken)"),
        ]
        if let profile { result.append(("Amazon-Advertising-API-Scope", String(profile))) }
        return result + extra
    }

    func api(_ path: String, region: String = "na") -> String {
        simulator.apiURL(region: region) + path
    }
}

func refreshForm(
    refreshToken: String = APISimulator.demoRefreshToken,
    clientSecret: String = APISimulator.demoClientSecret
) -> String {
    FormURLEncoding.encode([
        ("grant_type", "refresh_token"), ("refresh_token", refreshToken),
        ("client_id", APISimulator.demoClientID), ("client_secret", clientSecret),
    ])
}

let formHeaders = [("Content-Type", "application/x-www-form-urlencoded")]
let campaignMedia = [
    ("Content-Type", "application/vnd.spCampaign.v3+json"),
    ("Accept", "application/vnd.spCampaign.v3+json"),
]
