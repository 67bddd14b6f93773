// Sponsored Brands and Sponsored Display operations of the built-in catalog. Methods, paths
// and media types follow the requests of Amazon's Postman collection
// (amzn/ads-advanced-tools-docs, postman/); the summaries are this project's own.

extension EndpointCatalog {
    static var sponsoredBrandsEndpoints: [Endpoint] {
        let campaign = "application/vnd.sbcampaignresource.v4+json"
        let adGroup = "application/vnd.sbadgroupresource.v4+json"
        let ad = "application/vnd.sbadresource.v4+json"
        let creative = "application/vnd.sbAdCreativeResource.v4+json"
        let json = "application/json"
        // NOTE: the Postman collection sends only `Accept` for most SB v4 calls, so the
        // request type here is assumed to be the same vendor type as the response.
        var result: [Endpoint] = [
            Endpoint(
                method: "POST", pathTemplate: "/sb/v4/campaigns/list", contentType: campaign,
                accept: campaign, summary: "List Sponsored Brands campaigns, with filters"),
            Endpoint(
                method: "POST", pathTemplate: "/sb/v4/campaigns", contentType: campaign,
                accept: campaign, summary: "Create Sponsored Brands campaigns in a batch"),
            Endpoint(
                method: "PUT", pathTemplate: "/sb/v4/campaigns", contentType: json,
                accept: "application/vnd.updatecampaignsresponse.v4+json",
                summary: "Update Sponsored Brands campaigns in a batch"),
            Endpoint(
                method: "POST", pathTemplate: "/sb/v4/campaigns/delete", contentType: json,
                accept: json, summary: "Archive Sponsored Brands campaigns by id"),
            Endpoint(
                method: "POST", pathTemplate: "/sb/v4/adGroups/list", contentType: adGroup,
                accept: adGroup, summary: "List Sponsored Brands ad groups, with filters"),
            Endpoint(
                method: "POST", pathTemplate: "/sb/v4/adGroups", contentType: adGroup,
                accept: adGroup, summary: "Create Sponsored Brands ad groups in a batch"),
            Endpoint(
                method: "PUT", pathTemplate: "/sb/beta/adGroups", contentType: adGroup,
                accept: adGroup, summary: "Update Sponsored Brands ad groups (beta path)"),
            Endpoint(
                method: "POST", pathTemplate: "/sb/beta/adGroups/delete", contentType: adGroup,
                accept: adGroup, summary: "Archive Sponsored Brands ad groups (beta path)"),
            Endpoint(
                method: "POST", pathTemplate: "/sb/v4/ads/list", contentType: ad, accept: ad,
                summary: "List Sponsored Brands ads, with filters"),
            Endpoint(
                method: "PUT", pathTemplate: "/sb/v4/ads", contentType: ad, accept: ad,
                summary: "Update Sponsored Brands ads in a batch"),
            Endpoint(
                method: "POST", pathTemplate: "/sb/v4/ads/delete", contentType: ad, accept: ad,
                summary: "Archive Sponsored Brands ads by id"),
            Endpoint(
                method: "POST", pathTemplate: "/sb/ads/creatives/list", contentType: creative,
                accept: creative, summary: "List the creative versions of Sponsored Brands ads"),
            Endpoint(
                method: "GET", pathTemplate: "/sb/adGroups", accept: json,
                summary: "List Sponsored Brands ad groups (v3 path)"),
            Endpoint(
                method: "GET", pathTemplate: "/brands",
                accept: "application/vnd.brand.v3+json",
                summary: "List the brands that the advertiser may promote"),
            Endpoint(
                method: "GET", pathTemplate: "/pageAsins", accept: json,
                summary: "List the ASINs shown on a store or landing page"),
        ]
        let adFormats = [
            ("productCollection", "product collection"),
            ("productCollectionExtended", "extended product collection"),
            ("video", "video"), ("brandVideo", "brand video"),
            ("storeSpotlight", "store spotlight"),
        ]
        for (path, noun) in adFormats {
            result.append(
                Endpoint(
                    method: "POST", pathTemplate: "/sb/v4/ads/" + path, contentType: ad,
                    accept: ad, summary: "Create Sponsored Brands \(noun) ads"))
            result.append(
                Endpoint(
                    method: "POST", pathTemplate: "/sb/ads/creatives/" + path,
                    contentType: creative, accept: creative,
                    summary: "Add a new \(noun) creative version to an existing ad"))
        }
        let targetingEntities = [
            ("keywords", "keywordId", "keywords"),
            ("negativeKeywords", "negativeKeywordId", "negative keywords"),
            ("targets", "targetId", "product targets"),
            ("negativeTargets", "negativeTargetId", "negative product targets"),
        ]
        for (path, parameter, noun) in targetingEntities {
            let base = "/sb/" + path
            let single = "\(base)/{\(parameter)}"
            result += [
                Endpoint(
                    method: "POST", pathTemplate: base, contentType: json, accept: json,
                    summary: "Create Sponsored Brands \(noun)"),
                Endpoint(
                    method: "PUT", pathTemplate: base, contentType: json, accept: json,
                    summary: "Update Sponsored Brands \(noun)"),
                Endpoint(
                    method: "GET", pathTemplate: single, accept: json,
                    summary: "Get one of the Sponsored Brands \(noun) by id"),
                Endpoint(
                    method: "DELETE", pathTemplate: single, accept: json,
                    summary: "Archive one of the Sponsored Brands \(noun) by id"),
            ]
        }
        result += [
            Endpoint(
                method: "POST", pathTemplate: "/sb/themes", contentType: json, accept: json,
                summary: "Create theme targets for Sponsored Brands ad groups"),
            Endpoint(
                method: "PUT", pathTemplate: "/sb/themes", contentType: json, accept: json,
                summary: "Update Sponsored Brands theme targets"),
            Endpoint(
                method: "POST", pathTemplate: "/sb/themes/list", contentType: json,
                accept: json, summary: "List Sponsored Brands theme targets"),
            Endpoint(
                method: "GET", pathTemplate: "/sb/targets/categories", accept: json,
                summary: "List categories available to Sponsored Brands targets"),
            Endpoint(
                method: "GET",
                pathTemplate: "/sb/targets/categories/{categoryRefinementId}/refinements",
                accept: json, summary: "List the refinements of a Sponsored Brands category"),
            Endpoint(
                method: "POST", pathTemplate: "/sb/recommendations/keyword", contentType: json,
                accept: json, summary: "Recommend keywords for Sponsored Brands"),
            Endpoint(
                method: "POST", pathTemplate: "/sb/recommendations/bids", contentType: json,
                accept: json, summary: "Recommend bids for Sponsored Brands targets"),
            Endpoint(
                method: "POST", pathTemplate: "/sb/recommendations/targets/category",
                contentType: json, accept: json,
                summary: "Recommend categories for Sponsored Brands targets"),
            Endpoint(
                method: "POST", pathTemplate: "/sb/recommendations/targets/product/list",
                contentType: json, accept: json,
                summary: "Recommend products for Sponsored Brands targets"),
        ]
        return result
    }

    static var sponsoredDisplayEndpoints: [Endpoint] {
        let json = "application/json"
        let entities = [
            ("campaigns", "campaigns"), ("adGroups", "ad groups"),
            ("productAds", "product ads"), ("targets", "targets"),
            ("creatives", "creatives"),
        ]
        var result: [Endpoint] = []
        // NOTE: the Postman collection has only GET and POST for these collections (and PUT
        // for creatives). PUT for the others, and GET and DELETE of one campaign, are not in
        // the collection or the bundled specs, so those entries are unverified here.
        for (path, noun) in entities {
            result += [
                Endpoint(
                    method: "GET", pathTemplate: "/sd/" + path, accept: json,
                    summary: "List Sponsored Display \(noun)"),
                Endpoint(
                    method: "POST", pathTemplate: "/sd/" + path, contentType: json,
                    accept: json, summary: "Create Sponsored Display \(noun)"),
                Endpoint(
                    method: "PUT", pathTemplate: "/sd/" + path, contentType: json,
                    accept: json, summary: "Update Sponsored Display \(noun)"),
            ]
        }
        result += [
            Endpoint(
                method: "GET", pathTemplate: "/sd/campaigns/{campaignId}", accept: json,
                summary: "Get one Sponsored Display campaign"),
            Endpoint(
                method: "DELETE", pathTemplate: "/sd/campaigns/{campaignId}", accept: json,
                summary: "Archive one Sponsored Display campaign"),
            Endpoint(
                method: "GET", pathTemplate: "/sd/locations", accept: json,
                summary: "List location targets of Sponsored Display ad groups"),
            Endpoint(
                method: "POST", pathTemplate: "/sd/locations", contentType: json, accept: json,
                summary: "Add location targets to Sponsored Display ad groups"),
            Endpoint(
                method: "POST", pathTemplate: "/sd/campaigns/budget/usage", contentType: json,
                accept: json, summary: "Show today's budget usage of Sponsored Display campaigns"),
            Endpoint(
                method: "POST", pathTemplate: "/audiences/taxonomy/list", contentType: json,
                accept: json, summary: "Browse the categories of targetable audiences"),
            Endpoint(
                method: "POST", pathTemplate: "/audiences/list", contentType: json,
                accept: json, summary: "Search the audiences available for targeting"),
        ]
        return result
    }
}
