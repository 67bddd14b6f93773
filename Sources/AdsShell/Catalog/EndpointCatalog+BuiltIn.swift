// The built-in catalog: operations from Amazon's Postman collection
// (amzn/ads-advanced-tools-docs, postman/) and from the published OpenAPI files for Sponsored
// Products, reporting v3 and profiles. Methods, paths and media types are copied as facts;
// the summaries are this project's own.

extension EndpointCatalog {
    /// Amazon Ads operations available without loading a spec.
    public static let builtIn = EndpointCatalog(
        endpoints: accountEndpoints + sponsoredProductsEndpoints + sponsoredBrandsEndpoints
            + sponsoredDisplayEndpoints + budgetRuleEndpoints + reportingEndpoints
            + marketingStreamEndpoints + marketingCloudEndpoints + sponsoredTelevisionEndpoints
            + personaBuilderEndpoints + otherEndpoints)

    private static let json = "application/json"

    private static var accountEndpoints: [Endpoint] {
        [
            Endpoint(
                method: "GET", pathTemplate: "/v2/profiles", accept: json,
                summary: "List the profiles (advertiser accounts) of this region",
                requiresScope: false),
            Endpoint(
                method: "GET", pathTemplate: "/v2/profiles/{profileId}", accept: json,
                summary: "Get one profile by id", requiresScope: false),
            Endpoint(
                method: "PUT", pathTemplate: "/v2/profiles", contentType: json, accept: json,
                summary: "Change the daily budget of seller profiles", requiresScope: false),
            Endpoint(
                method: "GET", pathTemplate: "/managerAccounts", accept: json,
                summary: "List the manager accounts that the user belongs to",
                requiresScope: false),
            Endpoint(
                method: "POST", pathTemplate: "/testAccounts", contentType: json, accept: json,
                summary: "Request a new test account for a marketplace", requiresScope: false),
            Endpoint(
                method: "GET", pathTemplate: "/testAccounts", accept: json,
                summary: "List test accounts, or one creation request by requestId",
                requiresScope: false),
        ]
    }

    private static var budgetRuleEndpoints: [Endpoint] {
        var result: [Endpoint] = []
        // The Postman collection sends "Update budget rules" for SB to the /sp path by
        // mistake. The /sb path here follows the pattern of the other two products.
        for (product, name) in [("sb", "Sponsored Brands"), ("sd", "Sponsored Display")] {
            let rules = "/\(product)/budgetRules"
            let campaignRules = "/\(product)/campaigns/{campaignId}/budgetRules"
            result += [
                Endpoint(
                    method: "POST", pathTemplate: rules, contentType: json, accept: json,
                    summary: "Create \(name) budget rules"),
                Endpoint(
                    method: "PUT", pathTemplate: rules, contentType: json, accept: json,
                    summary: "Update \(name) budget rules"),
                Endpoint(
                    method: "GET", pathTemplate: rules, accept: json,
                    summary: "List the advertiser's \(name) budget rules"),
                Endpoint(
                    method: "GET", pathTemplate: rules + "/{budgetRuleId}", accept: json,
                    summary: "Get one \(name) budget rule"),
                Endpoint(
                    method: "GET", pathTemplate: rules + "/{budgetRuleId}/campaigns",
                    accept: json, summary: "List the \(name) campaigns that use a rule"),
                Endpoint(
                    method: "POST", pathTemplate: campaignRules, contentType: json,
                    accept: json, summary: "Attach budget rules to a \(name) campaign"),
                Endpoint(
                    method: "GET", pathTemplate: campaignRules, accept: json,
                    summary: "List the budget rules of a \(name) campaign"),
                Endpoint(
                    method: "DELETE", pathTemplate: campaignRules + "/{budgetRuleId}",
                    accept: json, summary: "Detach a budget rule from a \(name) campaign"),
            ]
        }
        result.append(
            Endpoint(
                method: "POST", pathTemplate: "/sb/campaigns/budgetRules/recommendations",
                contentType: json,
                accept: "application/vnd.sbbudgetrulesrecommendation.v3+json",
                summary: "Suggest events for Sponsored Brands budget rules"))
        return result
    }

    private static var reportingEndpoints: [Endpoint] {
        var result: [Endpoint] = [
            Endpoint(
                method: "POST", pathTemplate: "/reporting/reports",
                contentType: "application/vnd.createasyncreportrequest.v3+json",
                accept: "application/vnd.createasyncreportresponse.v3+json",
                summary: "Start an asynchronous v3 report"),
            Endpoint(
                method: "GET", pathTemplate: "/reporting/reports/{reportId}",
                accept: "application/vnd.getasyncreportresponse.v3+json",
                summary: "Get a v3 report's status and, when done, its download URL"),
            Endpoint(
                method: "DELETE", pathTemplate: "/reporting/reports/{reportId}",
                accept: "application/vnd.deleteasyncreportresponse.v3+json",
                summary: "Cancel a v3 report that has not finished"),
            Endpoint(
                method: "POST", pathTemplate: "/v2/hsa/{recordType}/report", contentType: json,
                accept: json, summary: "Start a v2 Sponsored Brands report for a record type"),
            Endpoint(
                method: "POST", pathTemplate: "/v2/sd/{recordType}/report", contentType: json,
                accept: json, summary: "Start a v2 Sponsored Display report for a record type"),
            Endpoint(
                method: "GET", pathTemplate: "/v2/reports/{reportId}", accept: json,
                summary: "Get a v2 report's status"),
            Endpoint(
                method: "GET", pathTemplate: "/v2/reports/{reportId}/download",
                summary: "Download a finished v2 report (redirects to a signed URL)"),
            Endpoint(
                method: "POST", pathTemplate: "/accounts/{dspAccountId}/dsp/reports",
                contentType: json, accept: "application/vnd.dspcreatereports.v3+json",
                summary: "Start a DSP report for an advertiser account", requiresScope: false),
            Endpoint(
                method: "GET", pathTemplate: "/accounts/{dspAccountId}/dsp/reports/{reportId}",
                accept: "application/vnd.dspgetreports.v3+json",
                summary: "Get a DSP report's status", requiresScope: false),
        ]
        let snapshotBases = [
            ("/v2/sp", "Sponsored Products"), ("/sd", "Sponsored Display"),
            ("/v2/hsa", "Sponsored Brands"),
        ]
        for (base, name) in snapshotBases {
            result += [
                Endpoint(
                    method: "POST", pathTemplate: base + "/{recordType}/snapshot",
                    contentType: json, accept: json,
                    summary: "Start a \(name) snapshot of one record type"),
                Endpoint(
                    method: "GET", pathTemplate: base + "/snapshots/{snapshotId}", accept: json,
                    summary: "Get a \(name) snapshot's status"),
                Endpoint(
                    method: "GET", pathTemplate: base + "/snapshots/{snapshotId}/download",
                    summary: "Download a finished \(name) snapshot"),
            ]
        }
        let exports = [
            ("campaigns", "campaignsexport", "campaigns"),
            ("adGroups", "adgroupsexport", "ad groups"),
            ("targets", "targetsexport", "targets"), ("ads", "adsexport", "ads"),
        ]
        for (path, media, noun) in exports {
            let type = "application/vnd.\(media).v1+json"
            result.append(
                Endpoint(
                    method: "POST", pathTemplate: "/\(path)/export", contentType: type,
                    accept: type, summary: "Start an export of all \(noun) of the profile"))
        }
        // NOTE: the status call's Accept is the vendor type of the export's kind (the
        // Postman collection sends the targets type for all four), so no single type is set.
        result.append(
            Endpoint(
                method: "GET", pathTemplate: "/exports/{exportId}",
                summary: "Get an export's status and, when done, its download URL"))
        return result
    }

    private static var marketingStreamEndpoints: [Endpoint] {
        let stream =
            "application/vnd.MarketingStreamSubscriptions.StreamSubscriptionResource.v1.0+json"
        return [
            Endpoint(
                method: "POST", pathTemplate: "/streams/subscriptions", contentType: stream,
                accept: stream, summary: "Subscribe an SQS queue to a Marketing Stream dataset"),
            Endpoint(
                method: "GET", pathTemplate: "/streams/subscriptions", accept: stream,
                summary: "List Marketing Stream subscriptions"),
            Endpoint(
                method: "GET", pathTemplate: "/streams/subscriptions/{subscriptionId}",
                accept: stream, summary: "Get one Marketing Stream subscription"),
            Endpoint(
                method: "PUT", pathTemplate: "/streams/subscriptions/{subscriptionId}",
                contentType: stream, accept: json,
                summary: "Change or archive a Marketing Stream subscription"),
        ]
    }

    private static var otherEndpoints: [Endpoint] {
        [
            Endpoint(
                method: "POST", pathTemplate: "/assets/upload", contentType: json, accept: json,
                summary: "Get a signed URL to upload a creative asset file"),
            Endpoint(
                method: "POST", pathTemplate: "/assets/register", contentType: json,
                accept: json, summary: "Register an uploaded file in the asset library"),
            Endpoint(
                method: "GET", pathTemplate: "/assets", accept: json,
                summary: "Get one asset of the creative asset library"),
            Endpoint(
                method: "POST", pathTemplate: "/assets/search", contentType: json,
                accept: json, summary: "Search the creative asset library"),
            Endpoint(
                method: "POST", pathTemplate: "/locations/list", contentType: json,
                accept: json, summary: "Browse the locations available for targeting"),
            Endpoint(
                method: "GET", pathTemplate: "/v2/stores", accept: json,
                summary: "List the advertiser's Amazon Stores"),
            Endpoint(
                method: "POST", pathTemplate: "/stores/{brandEntityId}/insights",
                contentType: json, accept: json, summary: "Get traffic metrics of a Store"),
            Endpoint(
                method: "POST", pathTemplate: "/product/metadata", contentType: json,
                accept: json, summary: "Get titles, prices and images of products"),
            Endpoint(
                method: "POST", pathTemplate: "/eligibility/product/list", contentType: json,
                accept: json, summary: "Check whether products may be advertised"),
            Endpoint(
                method: "GET", pathTemplate: "/partnerOpportunities",
                accept: "application/vnd.partneropportunity.v1+json",
                summary: "List partner opportunities of a manager account",
                requiresScope: false),
            Endpoint(
                method: "GET", pathTemplate: "/partnerOpportunities/{opportunityId}/file",
                accept: "application/vnd.partneropportunity.v1+json",
                summary: "Download the file of a partner opportunity", requiresScope: false),
        ]
    }
}
