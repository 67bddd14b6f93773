import AdsShell
import Testing

@Suite struct CatalogTests {
    static let matchCases: [(method: String, path: String, template: String?)] = [
        ("GET", "/v2/profiles", "/v2/profiles"),
        ("GET", "/v2/profiles/42", "/v2/profiles/{profileId}"),
        ("POST", "/sp/campaigns/list", "/sp/campaigns/list"),
        ("POST", "/sp/campaigns/list?maxResults=10", "/sp/campaigns/list"),
        ("post", "/sp/campaigns/555/budgetRules", "/sp/campaigns/{campaignId}/budgetRules"),
        ("GET", "/reporting/reports/abc-123", "/reporting/reports/{reportId}"),
        ("DELETE", "/reporting/reports/abc-123#top", "/reporting/reports/{reportId}"),
        ("GET", "https://advertising-api.amazon.com/v2/profiles", "/v2/profiles"),
        ("GET", "{{api_url}}/v2/reports/r1/download", "/v2/reports/{reportId}/download"),
        (
            "GET", "/amc/reporting/inst/workflows/wf",
            "/amc/reporting/{instanceId}/workflows/{workflowId}"
        ),
        ("GET", "/unknown/path", nil),
        ("PATCH", "/sp/campaigns", nil),
        ("GET", "/", nil),
        ("GET", "/v2/profiles/42/extra", nil),
    ]

    @Test(arguments: matchCases.indices)
    func matchFindsTemplate(_ index: Int) {
        let example = Self.matchCases[index]
        let endpoint = EndpointCatalog.builtIn.match(method: example.method, path: example.path)
        #expect(endpoint?.pathTemplate == example.template, "\(example.method) \(example.path)")
    }

    @Test func builtInHasEnoughEntries() {
        let count = EndpointCatalog.builtIn.endpoints.count
        print("built-in catalog: \(count) endpoints")
        #expect(count >= 100)
    }

    @Test func builtInHasNoDuplicates() {
        var seen: Set<String> = []
        for endpoint in EndpointCatalog.builtIn.endpoints {
            let key = endpoint.method + " " + endpoint.pathTemplate
            #expect(seen.insert(key).inserted, "duplicate \(key)")
        }
    }

    @Test func builtInEntriesAreWellFormed() {
        for endpoint in EndpointCatalog.builtIn.endpoints {
            #expect(endpoint.pathTemplate.hasPrefix("/"), "\(endpoint.pathTemplate)")
            #expect(!endpoint.pathTemplate.contains(":"), "\(endpoint.pathTemplate)")
            #expect(!endpoint.pathTemplate.contains("{{"), "\(endpoint.pathTemplate)")
            #expect(!endpoint.summary.isEmpty, "\(endpoint.pathTemplate)")
            #expect(["GET", "POST", "PUT", "DELETE"].contains(endpoint.method))
        }
    }

    @Test func spCampaignListHasVendorTypes() throws {
        let endpoint = try #require(
            EndpointCatalog.builtIn.match(method: "POST", path: "/sp/campaigns/list"))
        #expect(endpoint.contentType == "application/vnd.spCampaign.v3+json")
        #expect(endpoint.accept == "application/vnd.spCampaign.v3+json")
        #expect(endpoint.requiresScope)
    }

    @Test func reportCreationHasVendorTypes() throws {
        let endpoint = try #require(
            EndpointCatalog.builtIn.match(method: "POST", path: "/reporting/reports"))
        #expect(endpoint.contentType == "application/vnd.createasyncreportrequest.v3+json")
        #expect(endpoint.accept == "application/vnd.createasyncreportresponse.v3+json")
    }

    @Test(arguments: [("GET", "/v2/profiles"), ("GET", "/testAccounts"), ("POST", "/testAccounts")])
    func scopeNotRequired(method: String, path: String) throws {
        let endpoint = try #require(EndpointCatalog.builtIn.match(method: method, path: path))
        #expect(!endpoint.requiresScope)
    }

    @Test func mergeLetsNewEntriesWin() {
        var catalog = EndpointCatalog(endpoints: [
            Endpoint(method: "GET", pathTemplate: "/a", summary: "old a"),
            Endpoint(method: "GET", pathTemplate: "/b", summary: "old b"),
        ])
        catalog.merge(
            EndpointCatalog(endpoints: [
                Endpoint(method: "GET", pathTemplate: "/b", accept: "x/y", summary: "new b"),
                Endpoint(method: "POST", pathTemplate: "/b", summary: "new post b"),
            ]))
        #expect(catalog.endpoints.map(\.summary) == ["old a", "new b", "new post b"])
        #expect(catalog.match(method: "GET", path: "/b")?.accept == "x/y")
        #expect(catalog.match(method: "POST", path: "/b")?.summary == "new post b")
    }

    @Test func literalSegmentBeatsParameter() {
        let catalog = EndpointCatalog(endpoints: [
            Endpoint(method: "GET", pathTemplate: "/items/{itemId}", summary: "one item"),
            Endpoint(method: "GET", pathTemplate: "/items/recent", summary: "recent items"),
            Endpoint(method: "GET", pathTemplate: "/{tenant}/items", summary: "tenant items"),
        ])
        #expect(catalog.match(method: "GET", path: "/items/recent")?.summary == "recent items")
        #expect(catalog.match(method: "GET", path: "/items/7")?.summary == "one item")
        #expect(catalog.match(method: "GET", path: "/acme/items")?.summary == "tenant items")
    }
}
