/// A command line that cannot be split into words. Columns are one-based and counted in
/// characters of the line.
public enum TokenizerError: Error, Sendable, Equatable, CustomStringConvertible {
    case unterminatedSingleQuote(column: Int)
    case unterminatedDoubleQuote(column: Int)
    case unterminatedTemplate(column: Int)
    case emptyTemplate(column: Int)
    case unterminatedJSON(column: Int)
    case unexpectedClosingBracket(Character, column: Int)
    case textAfterJSON(column: Int)
    case danglingEscape(column: Int)

    public var column: Int {
        switch self {
        case .unterminatedSingleQuote(let column), .unterminatedDoubleQuote(let column),
            .unterminatedTemplate(let column), .emptyTemplate(let column),
            .unterminatedJSON(let column), .unexpectedClosingBracket(_, let column),
            .textAfterJSON(let column), .danglingEscape(let column):
            return column
        }
    }

    /// Whether more lines could complete the input: a JSON body still open.
    public var isIncomplete: Bool {
        switch self {
        case .unterminatedJSON:
            return true
        default:
            return false
        }
    }

    public var description: String {
        switch self {
        case .unterminatedSingleQuote(let column):
            return "unterminated single quote at column \(column)"
        case .unterminatedDoubleQuote(let column):
            return "unterminated double quote at column \(column)"
        case .unterminatedTemplate(let column):
            return "unterminated template at column \(column): close it with '}}'"
        case .emptyTemplate(let column):
            return "empty template '{{}}' at column \(column): put a variable name inside"
        case .unterminatedJSON(let column):
            return "unterminated JSON body starting at column \(column): a bracket is not closed"
        case .unexpectedClosingBracket(let bracket, let column):
            return "unexpected '\(bracket)' at column \(column) in JSON body"
        case .textAfterJSON(let column):
            return "unexpected text after the JSON body at column \(column): add a space"
        case .danglingEscape(let column):
            return "backslash at the end of the line at column \(column): nothing to escape"
        }
    }
}
