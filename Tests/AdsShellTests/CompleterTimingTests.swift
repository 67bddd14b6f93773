import AdsShell
import Glibc
import Testing

/// Prints how long one completion takes with Amazon's Sponsored Products spec merged into
/// the built-in catalog. It prints a figure and asserts nothing about time, because shared
/// test machines vary too much for a timed assertion.
@Suite struct CompleterTimingTests {
    static let lines = [
        "POST /sp/campaigns/", "GET /v2/pr", "POST /sp/campaigns/list -H Accept: app",
        "set x {{camp", "se", "PUT {{api_url}}/sp/", "send Spon",
    ]

    @Test func completionTimeWithSpecMerged() throws {
        let path = OpenAPISpecsTests.folder + "SponsoredProducts_prod_3p.json"
        guard access(path, R_OK) == 0 else {
            print("skipped: \(path) is not present (Amazon's specs are not part of the clone)")
            return
        }
        var catalog = EndpointCatalog.builtIn
        catalog.merge(try EndpointCatalog.load(openAPIFile: path))
        var context = CompleterTests.context
        context.catalog = catalog
        let completer = Completer()
        let rounds = 200
        var candidateCount = 0
        let start = ContinuousClock.now
        for _ in 0..<rounds {
            for line in Self.lines {
                let result = completer.complete(line: line, cursor: line.count, context: context)
                candidateCount += result.candidates.count
            }
        }
        let elapsed = ContinuousClock.now - start
        let perCompletion = elapsed / (rounds * Self.lines.count)
        print(
            "completion with \(catalog.endpoints.count) endpoints: \(perCompletion) each "
                + "(\(rounds * Self.lines.count) completions, \(candidateCount) candidates)")
        #expect(candidateCount > 0)
    }
}
