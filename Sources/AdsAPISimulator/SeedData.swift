/// The profiles and campaigns every simulator starts with.
enum SeedData {
    /// Three profiles per region. The second of each is view-only. The MX profile id is above
    /// 2^53, so a client that parses ids as `Double` rounds it to a different number.
    static let profiles: [Profile] = [
        profile(3_382_741_658_212_519, "US", "seller", "Demo Seller US", editable: true),
        profile(2_157_393_712_384_640, "CA", "seller", "Demo Seller CA", editable: false),
        profile(9_007_199_254_740_993, "MX", "vendor", "Demo Vendor MX", editable: true),
        profile(4_149_238_657_390_211, "UK", "seller", "Demo Seller UK", editable: true),
        profile(1_838_403_981_762_015, "DE", "vendor", "Demo Vendor DE", editable: false),
        profile(3_712_960_825_561_120, "FR", "seller", "Demo Seller FR", editable: true),
        profile(2_874_119_835_770_042, "JP", "seller", "Demo Seller JP", editable: true),
        profile(1_102_947_385_619_273, "AU", "seller", "Demo Seller AU", editable: false),
        profile(3_901_827_364_550_918, "SG", "seller", "Demo Seller SG", editable: true),
    ]

    static func profile(
        _ id: Int64, _ country: String, _ type: String, _ name: String, editable: Bool
    ) -> Profile {
        let facts = Marketplaces.countries[country]!
        let entity = "ENTITY" + String(String(id, radix: 36).uppercased().prefix(12))
        return Profile(
            id: id, region: facts.region, countryCode: country, currencyCode: facts.currency,
            timezone: facts.timezone, marketplaceStringID: facts.marketplace, accountID: entity,
            accountType: type, accountName: name, dailyBudget: type == "seller" ? 999_999_999 : nil,
            editable: editable)
    }

    static let campaignNames = [
        "Brand - Exact", "Brand - Phrase", "Generic - Broad", "Competitor - Exact",
        "Auto - Discovery", "Holiday 2026", "Back to School", "Prime Day Push", "Clearance",
        "New Arrivals", "Top Sellers", "Long Tail", "Été 2026 – 🎯", "Category - Kitchen",
        "Category - Garden", "Category - Toys", "Defensive - ASIN", "Retargeting Test",
        "Launch - Widget Pro", "Launch - Widget Mini", "Bundles", "Seasonal - Winter",
        "Seasonal - Spring", "Evergreen", "Archive Candidate",
    ]

    /// About 25 campaigns per profile, with ids unique per profile and states that cover
    /// ENABLED, PAUSED and ARCHIVED.
    static func campaigns(for profileID: Int64) -> [Campaign] {
        let base = 100_000_000_000_000 + (profileID % 1_000_000) * 1_000
        return campaignNames.enumerated().map { index, name in
            let state = index % 7 == 5 ? "ARCHIVED" : (index % 3 == 2 ? "PAUSED" : "ENABLED")
            return Campaign(
                campaignId: String(base + Int64(index) + 1), name: name, state: state,
                targetingType: index % 4 == 0 ? "AUTO" : "MANUAL",
                startDate: "2026-0\(1 + index % 9)-01",
                endDate: index % 5 == 4 ? "2026-12-31" : nil,
                budget: Double(10 + index * 5), portfolioId: nil,
                biddingStrategy: index % 2 == 0 ? "LEGACY_FOR_SALES" : "AUTO_FOR_SALES")
        }
    }
}
