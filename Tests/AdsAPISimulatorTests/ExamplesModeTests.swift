import Foundation
import Testing

@testable import AdsAPISimulator

@Suite struct ExamplesModeTests {
    static let officialCollection =
        "/work/shared/fixtures/postman/Amazon_Ads_API.postman_collection.json"

    /// A small collection with both URL forms, a `:param` segment, a `{{var}}` segment, a
    /// request without examples and a request on another origin.
    static let inlineCollection = #"""
        {"info":{"name":"tiny","schema":
          "https://schema.getpostman.com/json/collection/v2.0.0/collection.json"},
         "item":[
          {"name":"Folder","item":[
            {"name":"Get portfolio","request":{"method":"GET","url":{
               "raw":"{{api_url}}/portfolios/:portfolioId","host":["{{api_url}}"],
               "path":["portfolios",":portfolioId"],
               "variable":[{"key":"portfolioId","value":"{{portfolioId}}"}]}},
             "response":[
               {"name":"Found","code":200,
                "header":[{"key":"Content-Type","value":"application/json"},
                 {"key":"Content-Length","value":"999"}],"body":"{\"portfolioId\":1}"},
               {"name":"Second","code":200,"header":[],"body":"{\"portfolioId\":2}"}]},
            {"name":"Export status",
             "request":{"method":"GET","url":"{{api_url}}/exports/{{exportId}}"},
             "response":[{"name":"Done","code":200,"header":[
               {"key":"Content-Type","value":"application/vnd.campaignsexport.v1+json"}],
               "body":"{\"status\":\"COMPLETED\"}"}]},
            {"name":"No examples","request":{"method":"GET","url":"{{api_url}}/nothing"},
             "response":[]},
            {"name":"Token","request":{"method":"POST","url":"{{token_url}}"},
             "response":[{"name":"x","code":200,"body":"{}"}]}
          ]},
          {"name":"Profiles","request":{"method":"GET","url":"{{api_url}}/v2/profiles"},
           "response":[{"name":"List","code":200,"header":[],"body":"[{\"profileId\":42}]"}]}
         ]}
        """#

    private func inlineSession() throws -> Session {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("adsh-examples-\(UUID().uuidString).json").path
        try Self.inlineCollection.write(toFile: path, atomically: true, encoding: .utf8)
        var configuration = SimulatorConfiguration()
        configuration.examplesCollection = path
        return try Session(configuration)
    }

    @Test func pathParameterMatchesAnySegment() throws {
        let session = try inlineSession()
        let response = try fetch("GET", session.api("/portfolios/777"), headers: session.headers())
        #expect(response.status == 200)
        #expect(response.text == #"{"portfolioId":1}"#)
        #expect(response.header("Content-Length") == "17")
    }

    @Test func headerSelectsAnotherExample() throws {
        let session = try inlineSession()
        let response = try fetch(
            "GET", session.api("/portfolios/1"),
            headers: session.headers(profile: nil, [("X-Simulator-Example", "Second")]))
        #expect(response.text == #"{"portfolioId":2}"#)
    }

    @Test func templateSegmentAndContentType() throws {
        let session = try inlineSession()
        let response = try fetch("GET", session.api("/exports/abc"), headers: session.headers())
        #expect(response.header("Content-Type") == "application/vnd.campaignsexport.v1+json")
    }

    @Test func examplesTakePriorityButAuthIsChecked() throws {
        let session = try inlineSession()
        #expect(
            try fetch("GET", session.api("/v2/profiles"), headers: session.headers()).text
                == #"[{"profileId":42}]"#)
        #expect(try fetch("GET", session.api("/portfolios/1")).status == 401)
    }

    @Test func unmatchedFallsBackToSimulator() throws {
        let session = try inlineSession()
        let response = try fetch(
            "GET", session.api("/nothing"), headers: session.headers(profile: Session.usProfile))
        #expect(response.status == 404)
    }

    @Test func unreadableCollectionThrows() {
        var configuration = SimulatorConfiguration()
        configuration.examplesCollection = "/nonexistent/collection.json"
        #expect(throws: ExamplesError.self) { try APISimulator(configuration: configuration) }
    }

    @Test(
        .enabled(
            if: FileManager.default.fileExists(atPath: officialCollection),
            "Amazon's Postman collection is not present at \(officialCollection)"))
    func officialCollectionExamplesReachable() throws {
        let responder = try ExampleResponder(path: Self.officialCollection)
        let total = responder.routes.reduce(0) { $0 + $1.examples.count }
        var reachable = 0
        for route in responder.routes {
            let segments = route.segments.map { $0 ?? "123" }
            guard let chosen = responder.route(method: route.method, segments: segments),
                chosen.name == route.name, chosen.segments == route.segments
            else { continue }
            reachable += Set(route.examples.map(\.name)).count
        }
        print("Examples reachable in Amazon's collection: \(reachable) of \(total)")
        #expect(total >= 230)
        #expect(reachable >= total * 3 / 4)
    }

    @Test(
        .enabled(
            if: FileManager.default.fileExists(atPath: officialCollection),
            "Amazon's Postman collection is not present at \(officialCollection)"))
    func officialCollectionServesOverHTTP() throws {
        var configuration = SimulatorConfiguration()
        configuration.examplesCollection = Self.officialCollection
        let session = try Session(configuration)
        let response = try fetch(
            "POST", session.api("/sp/campaigns/list"),
            headers: session.headers(profile: Session.usProfile, campaignMedia), json: "{}")
        #expect(response.status == 200)
        #expect(response.header("X-Simulator-Example-Name") != nil)
        #expect(response.json?["campaigns"]?.arrayValue != nil)
        let unauthenticated = try fetch("POST", session.api("/sp/campaigns/list"), json: "{}")
        #expect(unauthenticated.status == 401)
    }
}
