/// Failures of reading, writing and naming environments.
public enum EnvironmentError: Error, Sendable, Equatable, CustomStringConvertible {
    case invalidFile(path: String, reason: String)
    case readFailed(path: String, reason: String)
    case writeFailed(path: String, reason: String)
    /// config.json could not be read or written; nothing in memory waits to be saved to it.
    case configWriteFailed(path: String, reason: String)
    case invalidName(String, reason: String)
    case notFound(String, available: [String])
    case alreadyExists(String)
    case readOnly(name: String, path: String)

    public var description: String {
        switch self {
        case .invalidFile(let path, let reason):
            return "cannot read environment file \(path): \(reason)"
        case .readFailed(let path, let reason):
            return "cannot read \(path): \(reason)"
        case .writeFailed(let path, let reason):
            return "cannot save \(path): \(reason); the change is kept in memory and saved "
                + "with the next successful write"
        case .configWriteFailed(let path, let reason):
            return "cannot save \(path): \(reason)"
        case .invalidName(let name, let reason):
            return "invalid environment name '\(name)': \(reason)"
        case .notFound(let name, let available):
            let list = available.isEmpty ? "none yet" : available.joined(separator: ", ")
            return "environment '\(name)' not found (available: \(list))"
        case .alreadyExists(let name):
            return "environment '\(name)' already exists; pick another name or remove it first"
        case .readOnly(let name, let path):
            return "environment '\(name)' was not saved because \(path) could not be read; "
                + "fix or move that file, then run `env use \(name)` again"
        }
    }
}
