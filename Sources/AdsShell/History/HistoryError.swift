/// A history file that cannot be read, parsed or written.
public enum HistoryError: Error, Equatable, CustomStringConvertible {
    /// The file exists but is not a history file adsh can read.
    case invalid(path: String, reason: String)
    /// A system call on the file or its lock failed.
    case file(FileError)

    public var description: String {
        switch self {
        case .invalid(let path, let reason):
            return "history file \(path) is not valid: \(reason)"
        case .file(let error):
            return "history: \(error)"
        }
    }
}
