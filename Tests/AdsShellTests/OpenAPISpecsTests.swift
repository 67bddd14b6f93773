import AdsShell
import Glibc
import Testing

/// Loads Amazon's published OpenAPI files when a checkout has them next to the project.
/// A user's clone has no such folder, so these tests skip with a message.
@Suite struct OpenAPISpecsTests {
    static let folder = "/work/shared/fixtures/openapi/"

    static let specs: [(file: String, minimumEndpoints: Int)] = [
        ("SponsoredProducts_prod_3p.json", 80),
        ("OfflineReport_prod_3p.json", 3),
        ("Profiles_prod_3p.yaml", 3),
        ("AmazonAdsAPIALLMerged_prod_3p.json", 39),
    ]

    @Test(arguments: specs.map(\.file))
    func officialSpecLoads(file: String) throws {
        let path = Self.folder + file
        guard access(path, R_OK) == 0 else {
            print("skipped: \(path) is not present (Amazon's specs are not part of the clone)")
            return
        }
        let start = ContinuousClock.now
        let catalog = try EndpointCatalog.load(openAPIFile: path)
        let elapsed = ContinuousClock.now - start
        let minimum = Self.specs.first(where: { $0.file == file })!.minimumEndpoints
        print("\(file): \(catalog.endpoints.count) endpoints loaded in \(elapsed)")
        #expect(catalog.endpoints.count >= minimum)
        #expect(catalog.endpoints.allSatisfy { !$0.summary.isEmpty })
    }
}
