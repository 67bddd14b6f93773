/// A YAML document that `YAMLParser` cannot read. Lines and columns are one-based and count
/// characters.
public enum YAMLError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Valid YAML that this parser does not implement, such as anchors, tags or several
    /// documents in one file.
    case unsupported(feature: String, line: Int, column: Int)
    /// Text that is not valid YAML, or not valid in the place where it appears.
    case invalidSyntax(message: String, line: Int, column: Int)

    /// One-based line of the problem.
    public var line: Int {
        switch self {
        case .unsupported(_, let line, _), .invalidSyntax(_, let line, _):
            return line
        }
    }

    /// One-based column of the problem, in characters.
    public var column: Int {
        switch self {
        case .unsupported(_, _, let column), .invalidSyntax(_, _, let column):
            return column
        }
    }

    public var description: String {
        switch self {
        case .unsupported(let feature, let line, let column):
            return "line \(line), column \(column): \(feature) not supported; "
                + "rewrite the file without it or convert it to JSON"
        case .invalidSyntax(let message, let line, let column):
            return "line \(line), column \(column): \(message)"
        }
    }
}
