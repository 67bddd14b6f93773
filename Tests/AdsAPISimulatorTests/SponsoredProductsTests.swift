import Testing

@testable import AdsAPISimulator

@Suite struct SponsoredProductsTests {
    @Test(arguments: [
        ("application/json", "application/vnd.spCampaign.v3+json"),
        ("application/vnd.spCampaign.v3+json", "application/json"),
    ])
    func wrongMediaTypeIs415(contentType: String, accept: String) throws {
        let session = try Session()
        let response = try fetch(
            "POST", session.api("/sp/campaigns/list"),
            headers: session.headers(
                profile: Session.usProfile, [("Content-Type", contentType), ("Accept", accept)]),
            json: "{}")
        #expect(response.status == 415)
        #expect(response.json?["code"]?.stringValue == "UNSUPPORTED_MEDIA_TYPE")
        #expect(response.json?["message"]?.stringValue != nil)
        #expect(response.header("Content-Type") == "application/json")
    }

    @Test func pagingWithNextTokenReachesEnd() throws {
        let session = try Session()
        var names: [String] = []
        var token: String?
        var pages = 0
        repeat {
            let body =
                token.map { "{\"maxResults\":10,\"nextToken\":\"\($0)\"}" } ?? "{\"maxResults\":10}"
            let response = try fetch(
                "POST", session.api("/sp/campaigns/list"),
                headers: session.headers(profile: Session.usProfile, campaignMedia), json: body)
            #expect(response.status == 200)
            #expect(response.header("Content-Type") == "application/vnd.spCampaign.v3+json")
            let json = try #require(response.json)
            #expect(json["totalResults"]?.int64Value == 25)
            names += json["campaigns"]?.arrayValue?.compactMap { $0["name"]?.stringValue } ?? []
            token = json["nextToken"]?.stringValue
            pages += 1
        } while token != nil && pages < 10
        #expect(pages == 3)
        #expect(names.count == 25)
        #expect(Set(names).count == 25)
        #expect(names.contains("Été 2026 – 🎯"))
    }

    @Test func filtersByStateAndName() throws {
        let session = try Session()
        let response = try fetch(
            "POST", session.api("/sp/campaigns/list"),
            headers: session.headers(profile: Session.usProfile, campaignMedia),
            json: #"{"stateFilter":{"include":["PAUSED"]}}"#)
        let states = response.json?["campaigns"]?.arrayValue?.compactMap {
            $0["state"]?.stringValue
        }
        #expect(states?.isEmpty == false)
        #expect(states?.allSatisfy { $0 == "PAUSED" } == true)
        let named = try fetch(
            "POST", session.api("/sp/campaigns/list"),
            headers: session.headers(profile: Session.usProfile, campaignMedia),
            json: #"{"nameFilter":{"queryTermMatchType":"EXACT_MATCH","include":["été 2026 – 🎯"]}}"#
        )
        #expect(named.json?["totalResults"]?.int64Value == 1)
    }

    @Test func createUpdateDeleteReturn207() throws {
        let session = try Session()
        let headers = session.headers(
            profile: Session.usProfile, campaignMedia + [("Prefer", "return=representation")])
        let created = try fetch(
            "POST", session.api("/sp/campaigns"), headers: headers,
            json: #"""
                {"campaigns":[{"name":"New one","targetingType":"MANUAL","state":"ENABLED",
                "startDate":"2026-12-01","budget":{"budgetType":"DAILY","budget":12}},
                {"name":"Brand - Exact","targetingType":"AUTO","budget":{"budget":5}}]}
                """#)
        #expect(created.status == 207)
        let success = try #require(created.json?["campaigns"]?["success"]?.arrayValue)
        #expect(success.count == 1)
        #expect(success.first?["campaign"]?["name"]?.stringValue == "New one")
        let errors = created.json?["campaigns"]?["error"]?.arrayValue
        #expect(errors?.first?["index"]?.int64Value == 1)
        #expect(
            errors?.first?["errors"]?.arrayValue?.first?["errorType"]?.stringValue
                == "duplicateValueError")
        let id = try #require(success.first?["campaignId"]?.stringValue)

        let updated = try fetch(
            "PUT", session.api("/sp/campaigns"), headers: headers,
            json: #"{"campaigns":[{"campaignId":"\#(id)","state":"PAUSED"},{"campaignId":"1"}]}"#)
        #expect(updated.status == 207)
        #expect(
            updated.json?["campaigns"]?["success"]?.arrayValue?.first?["campaign"]?["state"]?
                .stringValue == "PAUSED")
        #expect(updated.json?["campaigns"]?["error"]?.arrayValue?.count == 1)

        let deleted = try fetch(
            "POST", session.api("/sp/campaigns/delete"), headers: headers,
            json: #"{"campaignIdFilter":{"include":["\#(id)"]}}"#)
        #expect(deleted.status == 207)
        #expect(
            deleted.json?["campaigns"]?["success"]?.arrayValue?.first?["campaign"]?["state"]?
                .stringValue == "ARCHIVED")
    }

    @Test func viewOnlyProfileCannotCreate() throws {
        let session = try Session()
        let response = try fetch(
            "POST", session.api("/sp/campaigns"),
            headers: session.headers(profile: Session.canadaProfile, campaignMedia),
            json: #"{"campaigns":[{"name":"x","targetingType":"AUTO","budget":{"budget":5}}]}"#)
        #expect(response.status == 403)
        #expect(response.json?["code"]?.stringValue == "ACCESS_DENIED")
    }

    @Test func adGroupsListPages() throws {
        let session = try Session()
        let response = try fetch(
            "POST", session.api("/sp/adGroups/list"),
            headers: session.headers(
                profile: Session.usProfile,
                [
                    ("Content-Type", "application/vnd.spAdGroup.v3+json"),
                    ("Accept", "application/vnd.spAdGroup.v3+json"),
                ]),
            json: #"{"maxResults":5}"#)
        #expect(response.status == 200)
        #expect(response.json?["adGroups"]?.arrayValue?.count == 5)
        #expect(response.json?["totalResults"]?.int64Value == 50)
        #expect(response.json?["nextToken"]?.stringValue != nil)
    }

    @Test func invalidNextTokenIs400() throws {
        let session = try Session()
        let response = try fetch(
            "POST", session.api("/sp/campaigns/list"),
            headers: session.headers(profile: Session.usProfile, campaignMedia),
            json: #"{"nextToken":"garbage"}"#)
        #expect(response.status == 400)
        #expect(response.json?["code"]?.stringValue == "INVALID_ARGUMENT")
    }
}
