/// An error from parsing or running a `JSONQuery`.
public enum QueryError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The query text does not parse. The message names the column, and `column` is the same
    /// column as a number: one-based, counted in Unicode scalars.
    case syntax(message: String, column: Int)
    /// A filter cannot apply to the value it received, such as `.name` on an array.
    case runtime(message: String)
    /// The document the query runs on is not valid JSON.
    case invalidJSON(JSONParseError)

    public var description: String {
        switch self {
        case .syntax(let message, _):
            return message
        case .runtime(let message):
            return message
        case .invalidJSON(let error):
            return error.description
        }
    }
}
