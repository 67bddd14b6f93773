// Sponsored TV and Amazon DSP persona-builder operations of the built-in catalog, from
// Amazon's Postman collection (amzn/ads-advanced-tools-docs, postman/). The collection sets no
// media types for them, so plain JSON is assumed. The summaries are this project's own.

extension EndpointCatalog {
    static var sponsoredTelevisionEndpoints: [Endpoint] {
        let json = "application/json"
        let entities = [
            ("campaigns", "campaigns"), ("adGroups", "ad groups"), ("ads", "ads"),
        ]
        var result: [Endpoint] = []
        for (path, noun) in entities {
            let base = "/st/" + path
            result += [
                Endpoint(
                    method: "POST", pathTemplate: base + "/list", contentType: json,
                    accept: json, summary: "List Sponsored TV \(noun), with filters"),
                Endpoint(
                    method: "POST", pathTemplate: base, contentType: json, accept: json,
                    summary: "Create Sponsored TV \(noun) in a batch"),
                Endpoint(
                    method: "PUT", pathTemplate: base, contentType: json, accept: json,
                    summary: "Update Sponsored TV \(noun) in a batch"),
                Endpoint(
                    method: "POST", pathTemplate: base + "/delete", contentType: json,
                    accept: json, summary: "Archive Sponsored TV \(noun) by id"),
            ]
        }
        result += [
            Endpoint(
                method: "POST", pathTemplate: "/st/creatives", contentType: json, accept: json,
                summary: "Create Sponsored TV video creatives"),
            Endpoint(
                method: "POST", pathTemplate: "/st/creatives/list", contentType: json,
                accept: json, summary: "List Sponsored TV creatives"),
            Endpoint(
                method: "POST", pathTemplate: "/st/creatives/moderations/list",
                contentType: json, accept: json,
                summary: "List the moderation results of Sponsored TV creatives"),
            Endpoint(
                method: "POST", pathTemplate: "/st/creatives/moderations/policyViolations/list",
                contentType: json, accept: json,
                summary: "List the policy violations found in Sponsored TV creatives"),
            Endpoint(
                method: "POST", pathTemplate: "/st/creatives/preview", contentType: json,
                accept: json, summary: "Render a preview of a Sponsored TV creative"),
        ]
        return result
    }

    static var personaBuilderEndpoints: [Endpoint] {
        let json = "application/json"
        let insights = [
            ("bandedSize", "Estimate the size of an audience in bands"),
            ("demographics", "Describe the demographics of an audience"),
            ("primeVideo", "Describe what an audience watches on Prime Video"),
            ("topCategoriesPurchased", "List the categories that an audience buys most"),
            ("topOverlappingAudiences", "List the audiences that overlap most with one"),
        ]
        return insights.map { path, summary in
            Endpoint(
                method: "POST", pathTemplate: "/insights/" + path, contentType: json,
                accept: json, summary: summary + " (DSP persona builder)")
        }
    }
}
