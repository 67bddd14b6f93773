/// A problem loading the collection given to examples mode.
public enum ExamplesError: Error, CustomStringConvertible {
    case unreadable(path: String, reason: String)
    case invalidCollection(path: String, reason: String)

    public var description: String {
        switch self {
        case .unreadable(let path, let reason):
            return "cannot read the examples collection '\(path)': \(reason)"
        case .invalidCollection(let path, let reason):
            return "'\(path)' is not a Postman collection: \(reason)"
        }
    }
}
