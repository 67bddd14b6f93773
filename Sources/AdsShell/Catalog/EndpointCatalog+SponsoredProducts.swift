// Sponsored Products operations of the built-in catalog. Methods, paths and media types
// follow Amazon's published Sponsored Products OpenAPI file (SponsoredProducts_prod_3p.json);
// the summaries are this project's own.

extension EndpointCatalog {
    /// Sponsored Products v3 entities: each one has list, create, update and delete, all
    /// sending and accepting the same vendor media type.
    private static let sponsoredProductsEntities: [(path: String, media: String, noun: String)] = [
        ("campaigns", "spCampaign.v3", "campaigns"),
        ("adGroups", "spAdGroup.v3", "ad groups"),
        ("productAds", "spProductAd.v3", "product ads"),
        ("keywords", "spKeyword.v3", "keywords"),
        ("negativeKeywords", "spNegativeKeyword.v3", "ad group negative keywords"),
        ("targets", "spTargetingClause.v3", "product and category targets"),
        ("negativeTargets", "spNegativeTargetingClause.v3", "ad group negative targets"),
        ("campaignNegativeKeywords", "spCampaignNegativeKeyword.v3", "campaign negative keywords"),
        (
            "campaignNegativeTargets", "spCampaignNegativeTargetingClause.v3",
            "campaign negative targets"
        ),
    ]

    static var sponsoredProductsEndpoints: [Endpoint] {
        var result: [Endpoint] = []
        for entity in sponsoredProductsEntities {
            let base = "/sp/" + entity.path
            let media = "application/vnd.\(entity.media)+json"
            result += [
                Endpoint(
                    method: "POST", pathTemplate: base + "/list", contentType: media,
                    accept: media, summary: "List Sponsored Products \(entity.noun), with filters"),
                Endpoint(
                    method: "POST", pathTemplate: base, contentType: media, accept: media,
                    summary: "Create Sponsored Products \(entity.noun) in a batch"),
                Endpoint(
                    method: "PUT", pathTemplate: base, contentType: media, accept: media,
                    summary: "Update Sponsored Products \(entity.noun) in a batch"),
                Endpoint(
                    method: "POST", pathTemplate: base + "/delete", contentType: media,
                    accept: media, summary: "Archive Sponsored Products \(entity.noun) by id"),
            ]
        }
        return result + sponsoredProductsOtherEndpoints
    }

    private static func vendor(_ name: String) -> String {
        "application/vnd.\(name)+json"
    }

    private static let json = "application/json"

    private static var sponsoredProductsOtherEndpoints: [Endpoint] {
        [
            Endpoint(
                method: "POST", pathTemplate: "/sp/targets/products/recommendations",
                contentType: vendor("spproductrecommendation.v3"),
                accept: vendor("spproductrecommendationresponse.asins.v3"),
                summary: "Recommend ASINs to target for the given products"),
            Endpoint(
                method: "POST", pathTemplate: "/sp/targets/products/count",
                contentType: vendor("spproducttargeting.v3"),
                accept: vendor("spproducttargetingresponse.v3"),
                summary: "Count the products that a category refinement would target"),
            Endpoint(
                method: "POST", pathTemplate: "/sp/targets/categories/recommendations",
                contentType: vendor("spproducttargeting.v3"),
                accept: vendor("spproducttargetingresponse.v3"),
                summary: "Recommend categories to target for the given products"),
            Endpoint(
                method: "GET", pathTemplate: "/sp/targets/categories",
                accept: vendor("spproducttargetingresponse.v3"),
                summary: "List the category tree available for product targeting"),
            Endpoint(
                method: "GET", pathTemplate: "/sp/targets/category/{categoryId}/refinements",
                accept: vendor("spproducttargetingresponse.v3"),
                summary: "List brands, price and rating refinements of one category"),
            Endpoint(
                method: "POST", pathTemplate: "/sp/targets/keywords/recommendations",
                contentType: vendor("spkeywordsrecommendation.v3"),
                accept: vendor("spkeywordsrecommendation.v3"),
                summary: "Recommend keywords for an ad group or a list of ASINs"),
            Endpoint(
                method: "POST", pathTemplate: "/sp/targets/bid/recommendations",
                contentType: vendor("spthemebasedbidrecommendation.v3"),
                accept: vendor("spthemebasedbidrecommendation.v3"),
                summary: "Suggest bids by theme for targets of an ad group"),
            Endpoint(
                method: "GET", pathTemplate: "/sp/negativeTargets/brands/recommendations",
                accept: vendor("spproducttargetingresponse.v3"),
                summary: "Recommend brands to exclude with negative targets"),
            Endpoint(
                method: "POST", pathTemplate: "/sp/negativeTargets/brands/search",
                contentType: vendor("spproducttargeting.v3"),
                accept: vendor("spproducttargetingresponse.v3"),
                summary: "Search brands by name for negative targeting"),
            Endpoint(
                method: "POST", pathTemplate: "/sp/campaigns/budgetRecommendations",
                contentType: vendor("budgetrecommendation.v3"),
                accept: vendor("budgetrecommendation.v3"),
                summary: "Suggest daily budgets and the sales missed below them"),
            Endpoint(
                method: "POST", pathTemplate: "/sp/campaigns/initialBudgetRecommendation",
                contentType: vendor("spinitialbudgetrecommendation.v3.4"),
                accept: vendor("spinitialbudgetrecommendation.v3.4"),
                summary: "Suggest a starting budget for a campaign not yet created"),
            Endpoint(
                method: "POST", pathTemplate: "/sp/campaigns/budget/usage",
                contentType: vendor("spcampaignbudgetusage.v1"),
                accept: vendor("spcampaignbudgetusage.v1"),
                summary: "Show how much of today's budget campaigns have spent"),
            Endpoint(
                method: "POST", pathTemplate: "/sp/campaigns/budgetRules/recommendations",
                contentType: vendor("spbudgetrulesrecommendation.v3"),
                accept: vendor("spbudgetrulesrecommendation.v3"),
                summary: "Suggest events, such as sales days, for budget rules"),
            Endpoint(
                method: "GET", pathTemplate: "/sp/campaign/recommendations",
                accept: vendor("spgetcampaignrecommendationsresponse.v1"),
                summary: "List campaign recommendations for the advertiser"),
            Endpoint(
                method: "POST", pathTemplate: "/sp/global/targets/keywords/recommendations/list",
                contentType: vendor("spkeywordsrecommendation.v5"),
                accept: vendor("spkeywordsrecommendation.v5"),
                summary: "Recommend keywords across several marketplaces"),
            Endpoint(
                method: "POST", pathTemplate: "/sp/budgetRules", contentType: json,
                accept: json, summary: "Create Sponsored Products budget rules"),
            Endpoint(
                method: "PUT", pathTemplate: "/sp/budgetRules", contentType: json,
                accept: json, summary: "Update Sponsored Products budget rules"),
            Endpoint(
                method: "GET", pathTemplate: "/sp/budgetRules", accept: json,
                summary: "List the advertiser's Sponsored Products budget rules"),
            Endpoint(
                method: "GET", pathTemplate: "/sp/budgetRules/{budgetRuleId}", accept: json,
                summary: "Get one Sponsored Products budget rule"),
            Endpoint(
                method: "GET", pathTemplate: "/sp/budgetRules/{budgetRuleId}/campaigns",
                accept: json, summary: "List the campaigns that use a budget rule"),
            Endpoint(
                method: "POST", pathTemplate: "/sp/campaigns/{campaignId}/budgetRules",
                contentType: json, accept: json,
                summary: "Attach budget rules to a Sponsored Products campaign"),
            Endpoint(
                method: "GET", pathTemplate: "/sp/campaigns/{campaignId}/budgetRules",
                accept: json, summary: "List the budget rules of a Sponsored Products campaign"),
            Endpoint(
                method: "DELETE",
                pathTemplate: "/sp/campaigns/{campaignId}/budgetRules/{budgetRuleId}",
                accept: json, summary: "Detach a budget rule from a Sponsored Products campaign"),
            Endpoint(
                method: "GET",
                pathTemplate: "/sp/campaigns/{campaignId}/budgetRules/budgetHistory",
                accept: json, summary: "Show the budget changes that rules made to a campaign"),
        ]
    }
}
