/// An OpenAPI file that `EndpointCatalog.load(openAPIFile:)` cannot turn into endpoints.
public enum OpenAPIError: Error, Sendable, Equatable, CustomStringConvertible {
    case unreadableFile(path: String, errno: Int32)
    case unsupportedExtension(path: String)
    case invalidJSON(path: String, JSONParseError)
    case invalidYAML(path: String, YAMLError)
    /// The document has no `paths` object, so it is not an OpenAPI 3 description.
    case missingPaths(path: String)

    public var description: String {
        switch self {
        case .unreadableFile(let path, let errno):
            return "cannot read '\(path)' (errno \(errno)); check the path and permissions"
        case .unsupportedExtension(let path):
            return "'\(path)' is not an OpenAPI file; use a .json, .yaml or .yml file"
        case .invalidJSON(let path, let error):
            return "invalid JSON in '\(path)': \(error)"
        case .invalidYAML(let path, let error):
            return "invalid YAML in '\(path)': \(error)"
        case .missingPaths(let path):
            return "'\(path)' has no 'paths' object; is it an OpenAPI 3 description?"
        }
    }
}
