/// Country facts from Amazon's documentation: region, currency, time zone and marketplace id.
enum Marketplaces {
    struct Country: Sendable {
        var region: String
        var currency: String
        var timezone: String
        var marketplace: String
    }

    static let countries: [String: Country] = [
        "US": Country(
            region: "na", currency: "USD", timezone: "America/Los_Angeles",
            marketplace: "ATVPDKIKX0DER"),
        "CA": Country(
            region: "na", currency: "CAD", timezone: "America/Los_Angeles",
            marketplace: "A2EUQ1WTGCTBG2"),
        "MX": Country(
            region: "na", currency: "MXN", timezone: "America/Los_Angeles",
            marketplace: "A1AM78C64UM0Y8"),
        "BR": Country(
            region: "na", currency: "BRL", timezone: "America/Sao_Paulo",
            marketplace: "A2Q3Y263D00KWC"),
        "UK": Country(
            region: "eu", currency: "GBP", timezone: "Europe/London",
            marketplace: "A1F83G8C2ARO7P"),
        "DE": Country(
            region: "eu", currency: "EUR", timezone: "Europe/Paris", marketplace: "A1PA6795UKMFR9"),
        "FR": Country(
            region: "eu", currency: "EUR", timezone: "Europe/Paris", marketplace: "A13V1IB3VIYZZH"),
        "IT": Country(
            region: "eu", currency: "EUR", timezone: "Europe/Paris", marketplace: "APJ6JRA9NG5V4"),
        "ES": Country(
            region: "eu", currency: "EUR", timezone: "Europe/Paris", marketplace: "A1RKKUPIHCS9HS"),
        "NL": Country(
            region: "eu", currency: "EUR", timezone: "Europe/Amsterdam",
            marketplace: "A1805IZSGTT6HS"),
        "SE": Country(
            region: "eu", currency: "SEK", timezone: "Europe/Stockholm",
            marketplace: "A2NODRKZP88ZB9"),
        "TR": Country(
            region: "eu", currency: "TRY", timezone: "Europe/Istanbul",
            marketplace: "A33AVAJ2PDY3EV"),
        "SA": Country(
            region: "eu", currency: "SAR", timezone: "Asia/Riyadh", marketplace: "A17E79C6D8DWNP"),
        "AE": Country(
            region: "eu", currency: "AED", timezone: "Asia/Dubai", marketplace: "A2VIGQ35RCS4UG"),
        // NOTE: the marketplace ids of PL, BE, EG and SG (below) were not in the sources
        // checked, which list the other ids; these four may be wrong.
        "PL": Country(
            region: "eu", currency: "PLN", timezone: "Europe/Warsaw",
            marketplace: "A1C3SOZRARQ6R3"),
        "BE": Country(
            region: "eu", currency: "EUR", timezone: "Europe/Brussels", marketplace: "AMEN7PMS3EDWL"
        ),
        "EG": Country(
            region: "eu", currency: "EGP", timezone: "Africa/Cairo", marketplace: "ARBP9OOSHTCHU"),
        "JP": Country(
            region: "fe", currency: "JPY", timezone: "Asia/Tokyo", marketplace: "A1VC38T7YXB528"),
        "AU": Country(
            region: "fe", currency: "AUD", timezone: "Australia/Sydney",
            marketplace: "A39IBJ37TRP1C6"),
        "SG": Country(
            region: "fe", currency: "SGD", timezone: "Asia/Singapore", marketplace: "A19VAU5U5O7RUS"
        ),
    ]
}
