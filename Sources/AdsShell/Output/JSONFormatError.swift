/// The first invalid byte found by `JSONFormatter`, with its position in the whole input.
public struct JSONFormatError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    /// Zero-based byte offset from the start of the input, across all chunks.
    public var offset: Int
    /// One-based line number.
    public var line: Int
    /// One-based column, counted in bytes.
    public var column: Int

    public init(message: String, offset: Int, line: Int, column: Int) {
        self.message = message
        self.offset = offset
        self.line = line
        self.column = column
    }

    public var description: String {
        "invalid JSON at line \(line), column \(column): \(message)"
    }
}
