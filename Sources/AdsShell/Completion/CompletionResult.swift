/// What Tab completion offers for the word before the cursor.
public struct CompletionResult: Sendable, Equatable {
    /// How many characters before the cursor the chosen candidate replaces.
    public var replacedCount: Int
    /// Full replacement texts for the word, sorted for display.
    public var candidates: [String]
    /// Text appended after a single candidate is inserted: a space after a finished word,
    /// nothing after a path segment that can go on, `}}` after a variable name.
    public var suffix: String

    public init(replacedCount: Int, candidates: [String], suffix: String = " ") {
        self.replacedCount = replacedCount
        self.candidates = candidates
        self.suffix = suffix
    }

    public static let none = CompletionResult(replacedCount: 0, candidates: [], suffix: "")
}
