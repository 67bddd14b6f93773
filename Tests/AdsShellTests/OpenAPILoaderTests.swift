import AdsShell
import Testing

@Suite struct OpenAPILoaderTests {
    /// The folder of this project's OpenAPI fixtures, found from this file's path so the
    /// tests run from any working directory.
    static let fixtures: String = {
        let file = #filePath
        let folder = file[..<file.lastIndex(of: "/")!]
        return folder + "/Fixtures/openapi/"
    }()

    static let expected: [Endpoint] = [
        Endpoint(
            method: "POST", pathTemplate: "/widgets/list",
            contentType: "application/vnd.widget.v1+json",
            accept: "application/vnd.widget.v1+json", summary: "List widgets.",
            requiresScope: true),
        Endpoint(
            method: "GET", pathTemplate: "/widgets/{widgetId}",
            accept: "application/vnd.widget.v1+json", summary: "getWidget", requiresScope: true),
        Endpoint(
            method: "DELETE", pathTemplate: "/widgets/{widgetId}", summary: "Delete a widget",
            requiresScope: true),
        Endpoint(
            method: "PUT", pathTemplate: "/public/ping", contentType: "text/plain",
            accept: "application/json", summary: "Replace the ping text", requiresScope: false),
        Endpoint(
            method: "HEAD", pathTemplate: "/public/ping",
            summary: "Check that the service answers", requiresScope: false),
    ]

    @Test(arguments: ["widgets.json", "widgets.yaml"])
    func fixtureLoads(file: String) throws {
        let catalog = try EndpointCatalog.load(openAPIFile: Self.fixtures + file)
        #expect(catalog.endpoints.count == Self.expected.count)
        for (loaded, expected) in zip(catalog.endpoints, Self.expected) {
            #expect(loaded == expected)
        }
    }

    @Test func loadedEndpointsMatchPaths() throws {
        let catalog = try EndpointCatalog.load(openAPIFile: Self.fixtures + "widgets.yaml")
        #expect(catalog.match(method: "GET", path: "/widgets/w-1")?.summary == "getWidget")
        #expect(catalog.match(method: "POST", path: "/widgets/list")?.summary == "List widgets.")
    }

    @Test func missingFileIsReported() {
        let path = Self.fixtures + "absent.json"
        #expect(throws: OpenAPIError.unreadableFile(path: path, errno: 2)) {
            try EndpointCatalog.load(openAPIFile: path)
        }
    }

    @Test func unknownExtensionIsRejected() {
        let path = Self.fixtures + "widgets.txt"
        #expect(throws: OpenAPIError.unsupportedExtension(path: path)) {
            try EndpointCatalog.load(openAPIFile: path)
        }
    }

    @Test func documentWithoutPathsIsRejected() {
        let path = Self.fixtures + "no-paths.yaml"
        #expect(throws: OpenAPIError.missingPaths(path: path)) {
            try EndpointCatalog.load(openAPIFile: path)
        }
    }

    @Test func yamlErrorKeepsPosition() {
        let path = Self.fixtures + "anchored.yaml"
        let error = YAMLError.unsupported(feature: "anchors (&name)", line: 3, column: 10)
        #expect(throws: OpenAPIError.invalidYAML(path: path, error)) {
            try EndpointCatalog.load(openAPIFile: path)
        }
        #expect(OpenAPIError.invalidYAML(path: path, error).description.contains("line 3"))
    }

    @Test func specEntriesWinOverBuiltIn() throws {
        var catalog = EndpointCatalog.builtIn
        let before = catalog.endpoints.count
        catalog.merge(
            EndpointCatalog(endpoints: [
                Endpoint(
                    method: "GET", pathTemplate: "/v2/profiles", accept: "application/json",
                    summary: "from a spec", requiresScope: false)
            ]))
        #expect(catalog.endpoints.count == before)
        #expect(catalog.match(method: "GET", path: "/v2/profiles")?.summary == "from a spec")
    }
}
