/// An error from loading a Postman collection or looking up one of its requests.
public enum CollectionError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file could not be opened or read. `reason` is the system's error text.
    case unreadableFile(path: String, reason: String)
    /// The file is not valid JSON. `detail` gives the position of the first error.
    case invalidJSON(source: String, detail: String)
    /// The JSON is not a Postman collection. `found` names what it looks like instead, and
    /// `hint` is the next step for the user.
    case notACollection(source: String, found: String, hint: String)
    /// An item of the collection has a shape that cannot be read.
    case invalidItem(source: String, itemPath: String, problem: String)
    /// No request matches the reference. `suggestions` contains references to near matches.
    case requestNotFound(reference: String, suggestions: [String])
    /// A reference matches several requests. `candidates` contains a reference to each of
    /// them, which starts with the method when two requests share a path.
    case ambiguousRequest(reference: String, candidates: [String])

    public var description: String {
        switch self {
        case .unreadableFile(let path, let reason):
            return "failed to read collection file '\(path)': \(reason) (check the path and "
                + "its permissions)"
        case .invalidJSON(let source, let detail):
            return "collection '\(source)' is not valid JSON: \(detail) (export the collection "
                + "again from Postman as Collection v2.1)"
        case .notACollection(let source, let found, let hint):
            return "'\(source)' is not a Postman collection: \(found) (\(hint))"
        case .invalidItem(let source, let itemPath, let problem):
            return "invalid item '\(itemPath)' in collection '\(source)': \(problem) (fix the "
                + "item in Postman and export the collection again)"
        case .requestNotFound(let reference, let suggestions):
            guard !suggestions.isEmpty else {
                return "request '\(reference)' not found in the collection (list the "
                    + "requests to see their paths)"
            }
            let quoted = suggestions.map { "'\($0)'" }.joined(separator: ", ")
            return "request '\(reference)' not found in the collection (did you mean "
                + "\(quoted)?)"
        case .ambiguousRequest(let reference, let candidates):
            let quoted = candidates.map { "'\($0)'" }.joined(separator: ", ")
            return "request '\(reference)' matches \(candidates.count) requests: \(quoted) "
                + "(give one of these instead)"
        }
    }
}
