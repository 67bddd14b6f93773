/// ANSI SGR parameters for each kind of JSON token, such as `"1;34"` for bold blue.
///
/// The formatter writes `ESC [ parameters m` before a token and `ESC [ 0 m` after it. An empty
/// parameter string leaves that kind of token uncoloured.
public struct JSONColors: Sendable, Equatable {
    /// Object keys, quotes included.
    public var key: String
    /// String values, quotes included.
    public var string: String
    public var number: String
    /// `true` and `false`.
    public var bool: String
    public var null: String
    /// Brackets, braces, commas and colons.
    public var punctuation: String

    public init(
        key: String, string: String, number: String, bool: String, null: String,
        punctuation: String
    ) {
        self.key = key
        self.string = string
        self.number = number
        self.bool = bool
        self.null = null
        self.punctuation = punctuation
    }

    /// Bold blue keys, green strings, cyan numbers, yellow booleans, grey null and
    /// uncoloured punctuation, readable on dark and light terminals alike.
    public static let `default` = JSONColors(
        key: "1;34", string: "32", number: "36", bool: "33", null: "90", punctuation: "")

    /// The escape sequences to write, as bytes, one table entry per token kind.
    var palette: JSONPalette {
        JSONPalette(
            key: Self.sequence(key), string: Self.sequence(string),
            number: Self.sequence(number), bool: Self.sequence(bool),
            null: Self.sequence(null), punctuation: Self.sequence(punctuation))
    }

    private static func sequence(_ parameters: String) -> [UInt8] {
        if parameters.isEmpty { return [] }
        return Array("\u{1B}[\(parameters)m".utf8)
    }
}

/// Escape sequences ready to copy into the output; an empty entry means no colour.
struct JSONPalette: Sendable {
    var key: [UInt8] = []
    var string: [UInt8] = []
    var number: [UInt8] = []
    var bool: [UInt8] = []
    var null: [UInt8] = []
    var punctuation: [UInt8] = []

    static let reset: [UInt8] = Array("\u{1B}[0m".utf8)
}
