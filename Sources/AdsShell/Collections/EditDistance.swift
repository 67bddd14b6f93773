/// The Levenshtein distance between strings, used to suggest near matches and to spot
/// misspelled header names.
enum EditDistance {
    /// Returns the number of single-character insertions, deletions and substitutions that
    /// turn `source` into `target`, compared case-insensitively.
    static func between(_ source: String, _ target: String) -> Int {
        let source = Array(source.lowercased())
        let target = Array(target.lowercased())
        if source.isEmpty { return target.count }
        if target.isEmpty { return source.count }
        var previous = Array(0...target.count)
        var current = [Int](repeating: 0, count: target.count + 1)
        for sourceIndex in 1...source.count {
            current[0] = sourceIndex
            for targetIndex in 1...target.count {
                let substitution = source[sourceIndex - 1] == target[targetIndex - 1] ? 0 : 1
                current[targetIndex] = min(
                    previous[targetIndex] + 1,
                    current[targetIndex - 1] + 1,
                    previous[targetIndex - 1] + substitution)
            }
            swap(&previous, &current)
        }
        return previous[target.count]
    }
}
