/// A small stand-in for Tab completion: command names at the start of a line, and variable
/// names after `{{`.
///
/// TODO: replace with the full `Completer` (paths, options, headers) once it is merged. The
/// launcher passes this only because no completer exists yet.
enum BasicCompletion {
    static func complete(line: String, cursor: Int, variableNames: [String]) -> CompletionResult {
        let before = Array(line.prefix(cursor))
        if let word = openTemplateName(before) {
            let names = variableNames.filter { $0.hasPrefix(word) }.sorted()
            return CompletionResult(replacedCount: word.count, candidates: names, suffix: "}}")
        }
        guard !before.contains(where: \.isWhitespace) else { return .none }
        let word = String(before)
        var names = CommandRegistry.names.filter { $0.hasPrefix(word) }
        if names.isEmpty {
            // HTTP methods may be typed in lower case: `ge` completes to `GET`.
            names = CommandRegistry.methods.filter { $0.hasPrefix(word.uppercased()) }
        }
        return CompletionResult(replacedCount: word.count, candidates: names.sorted())
    }

    /// Finds the partial variable name after the last `{{` before the cursor; nil when the
    /// cursor is not inside a template.
    private static func openTemplateName(_ before: [Character]) -> String? {
        var index = before.count - 2
        while index >= 0 {
            if before[index] == "{" && before[index + 1] == "{" {
                let name = before[(index + 2)...]
                guard !name.contains("}"), !name.contains(where: \.isWhitespace) else {
                    return nil
                }
                return String(name)
            }
            index -= 1
        }
        return nil
    }
}
