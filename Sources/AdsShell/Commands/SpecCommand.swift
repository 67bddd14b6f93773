/// `spec load FILE` and `spec list`: extends the endpoint catalog from OpenAPI files.
enum SpecCommand: ShellCommand {
    static let name = "spec"
    static let synopsis = "spec load FILE | spec list"
    static let summary = "load an OpenAPI 3 file (JSON or YAML) into the endpoint catalog"
    static let details = """
        The endpoint catalog drives path completion and the default Content-Type and Accept
        of requests. It starts with the main Amazon Ads endpoints built in.
          spec load FILE   add the operations of an OpenAPI 3 file (.json, .yaml or .yml),
                           such as Amazon's published Sponsored Products spec; its entries
                           replace built-in ones with the same method and path
          spec list        show how many endpoints are known and which files were loaded
        """

    static func run(_ invocation: Invocation, in session: Session) throws -> CommandOutcome {
        let words = invocation.arguments.map { $0.literalText ?? $0.source }
        switch words.first {
        case "load":
            guard words.count == 2 else {
                throw ShellError.usage(
                    command: "spec load", synopsis: "spec load FILE",
                    problem: words.count < 2 ? "missing FILE" : "too many arguments")
            }
            let path = FileSystem.expandingTilde(words[1])
            let loaded = try EndpointCatalog.load(openAPIFile: path)
            session.catalog.merge(loaded)
            session.loadedSpecs.append((path, loaded.endpoints.count))
            session.console.notice(
                "loaded \(loaded.endpoints.count) endpoints from \(path); "
                    + "\(session.catalog.endpoints.count) known in all")
        case "list":
            session.console.print("\(session.catalog.endpoints.count) endpoints known")
            for spec in session.loadedSpecs {
                session.console.print("  \(spec.path): \(spec.count) endpoints")
            }
        default:
            throw ShellError.usage(
                command: name, synopsis: synopsis, problem: "expected load or list")
        }
        return .success
    }
}
