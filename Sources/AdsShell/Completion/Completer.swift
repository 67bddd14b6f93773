/// Tab completion for adsh command lines: a pure function from a line, a cursor and the
/// shell's state to the candidates for the word before the cursor.
///
/// Quoting: a candidate replaces the whole word before the cursor, quotes included. When the
/// word is inside an open quote, each candidate starts with that quote. When a candidate
/// contains a space or a quote character and the word is not quoted, the candidate gets an
/// opening `"`. The closing quote is not part of a candidate. It goes into `suffix`, before
/// the space, when a finished word is inserted alone. So `-H "Accept: app` or
/// `-H Accept: app` both complete to `"Accept: application/json` with suffix `" `.
public struct Completer: Sendable {
    /// Methods offered at the start of a line, matched without regard to case.
    public static let httpMethods = ["DELETE", "GET", "HEAD", "PATCH", "POST", "PUT"]
    static let environmentSubcommands = [
        "copy", "export", "import", "list", "new", "rename", "rm", "use",
    ]
    static let environmentNameSubcommands: Set<String> = ["use", "rm", "copy", "rename", "export"]
    static let specSubcommands = ["list", "load"]
    static let showSubcommands = ["body", "headers", "request", "timing"]
    static let variableCommands: Set<String> = ["set", "unset", "vars"]
    static let responseVariables = ["response.body", "response.headers.", "response.status"]
    static let headerOptions: Set<String> = ["-H", "--header"]

    /// A completion before quoting: the word's new unquoted text and how it ends.
    struct Candidate {
        enum Ending {
            /// A whole word: a space (and a closing quote) may follow.
            case finished
            /// A folder or path segment that goes on: nothing follows.
            case continuing
            /// The name part of `Name: value` inside one word: a space follows, but no quote.
            case valueFollows
        }

        var text: String
        var ending: Ending
    }

    /// Creates a completer. It keeps no state, so one instance can serve every line.
    public init() {}

    /// Returns the candidates for the word that ends at `cursor`, an offset in characters.
    /// Text after the cursor is ignored, except that a `}}` right after it means a completed
    /// variable name needs no closing braces.
    public func complete(line: String, cursor: Int, context: CompletionContext) -> CompletionResult
    {
        let characters = Array(line)
        let cursor = max(0, min(cursor, characters.count))
        let before = characters[..<cursor]
        if let result = completeTemplate(before, after: characters[cursor...], context: context) {
            return result
        }
        let words = TypedWords(before)
        let (candidates, replaceFrom) = candidates(for: words, context: context)
        return Self.result(
            candidates, words: words, cursor: cursor,
            replaceFrom: replaceFrom ?? words.current.start,
            openQuote: replaceFrom == nil ? words.openQuote : nil)
    }

    /// Completes a variable name after an unclosed `{{`, anywhere in the line.
    private func completeTemplate(
        _ before: ArraySlice<Character>, after: ArraySlice<Character>, context: CompletionContext
    ) -> CompletionResult? {
        var index = before.endIndex - 1
        var partial: [Character] = []
        while index > before.startIndex {
            if before[index] == "{" && before[index - 1] == "{" {
                break
            }
            let character = before[index]
            if character == "}" || character == " " || character == "\t" || character == "\"" {
                return nil
            }
            partial.insert(character, at: 0)
            index -= 1
        }
        guard index > before.startIndex else { return nil }
        let typed = String(partial)
        let names = context.variables.keys.map { $0 } + Self.responseVariables
        let matches = Set(names.filter { $0.hasPrefix(typed) }).sorted()
        guard !matches.isEmpty else { return CompletionResult.none }
        let closed = after.starts(with: ["}", "}"])
        let continues = matches.count == 1 && matches[0].hasSuffix(".")
        return CompletionResult(
            replacedCount: partial.count, candidates: matches,
            suffix: closed || continues ? "" : "}}")
    }

    /// Chooses what to offer from the words before the cursor. Returns the candidates and,
    /// when they replace more than the current word, the offset where the replaced text
    /// starts.
    private func candidates(
        for words: TypedWords, context: CompletionContext
    ) -> ([Candidate], Int?) {
        let index = words.currentIndex
        let typed = words.current.text
        if index == 0 {
            return (commandCandidates(typed, context: context), nil)
        }
        if typed.hasPrefix("@") {
            return (fileCandidates(String(typed.dropFirst()), marker: "@", context: context), nil)
        }
        let previousWord = words.previous[index - 1]
        if Self.headerOptions.contains(previousWord.text) && !previousWord.isQuoted {
            return (headerCandidates(typed, words: words, context: context), nil)
        }
        if index >= 2, Self.headerOptions.contains(words.previous[index - 2].text),
            previousWord.text.hasSuffix(":"),
            !previousWord.isQuoted
        {
            let header = previousWord.text + " " + typed
            let values = headerValueCandidates(header, words: words, context: context)
            return (values, previousWord.start)
        }
        let command = words.previous[0].text
        if Self.httpMethods.contains(command.uppercased()) {
            guard index == 1 else { return ([], nil) }
            return (pathCandidates(typed, method: command.uppercased(), context: context), nil)
        }
        return (commandArgumentCandidates(words, command: command, context: context), nil)
    }

    /// Commands that start with the typed text, and HTTP methods. Methods are matched
    /// without regard to case only when no command matches as typed, so `he` completes to
    /// `help` and `ge` to `GET`.
    private func commandCandidates(_ typed: String, context: CompletionContext) -> [Candidate] {
        let commands = context.commands.filter { $0.hasPrefix(typed) }
        let hasCommand = !typed.isEmpty && commands.contains { !Self.httpMethods.contains($0) }
        let upper = typed.uppercased()
        let methods = hasCommand ? [] : Self.httpMethods.filter { $0.hasPrefix(upper) }
        return (commands + methods).map { Candidate(text: $0, ending: .finished) }
    }

    private func commandArgumentCandidates(
        _ words: TypedWords, command: String, context: CompletionContext
    ) -> [Candidate] {
        let index = words.currentIndex
        let typed = words.current.text
        let subcommand = words.text(at: 1) ?? ""
        if index == 1 && context.fileCommands.contains(command)
            || index == 2 && context.fileCommands.contains(command + " " + subcommand)
        {
            return fileCandidates(typed, marker: "", context: context)
        }
        let options: [String]
        switch (command, index) {
        case ("help", 1):
            options = context.helpTopics
        case ("env", 1):
            options = Self.environmentSubcommands
        case ("env", 2) where Self.environmentNameSubcommands.contains(subcommand):
            options = context.environmentNames
        case ("spec", 1):
            options = Self.specSubcommands
        case ("show", 1):
            options = Self.showSubcommands
        case (_, 1) where Self.variableCommands.contains(command):
            options = Array(context.variables.keys)
        case ("send", 1):
            let entries = context.requestNames.map { name in
                name.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
            }
            return Self.segmentCandidates(typed, entries: entries)
        default:
            options = []
        }
        return options.filter { $0.hasPrefix(typed) }.map { Candidate(text: $0, ending: .finished) }
    }
}
