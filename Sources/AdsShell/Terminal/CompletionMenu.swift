/// Lays out completion candidates for display below the line being edited.
enum CompletionMenu {
    /// Spaces between two columns.
    static let gap = 2

    /// The longest string that every candidate starts with, compared by `Character`.
    static func commonPrefix(of candidates: [String]) -> String {
        guard var prefix = candidates.first.map(Array.init) else { return "" }
        for candidate in candidates.dropFirst() {
            let length = zip(prefix, candidate).prefix { $0 == $1 }.count
            prefix.removeLast(prefix.count - length)
        }
        return String(prefix)
    }

    /// Lists `candidates` in columns that fit `width` terminal columns, ordered down each
    /// column as `ls` does.
    ///
    /// When they would need more than `maximumRows` lines, only the first candidates are
    /// listed and a last line gives how many more there are.
    static func lines(for candidates: [String], width: Int, maximumRows: Int) -> [String] {
        guard !candidates.isEmpty else { return [] }
        let widest = candidates.map { TerminalText.width(of: $0) }.max() ?? 0
        let columnWidth = widest + gap
        let columns = max(1, (width + gap) / columnWidth)
        let rowLimit = max(1, maximumRows)

        var shown = candidates
        var hiddenCount = 0
        if (candidates.count + columns - 1) / columns > rowLimit {
            shown = Array(candidates.prefix(max(1, rowLimit - 1) * columns))
            hiddenCount = candidates.count - shown.count
        }

        let rows = (shown.count + columns - 1) / columns
        var lines: [String] = []
        for row in 0..<rows {
            var line = ""
            for column in 0..<columns {
                let index = column * rows + row
                guard index < shown.count else { break }
                let candidate = shown[index]
                let isLast = column == columns - 1 || index + rows >= shown.count
                line += candidate
                if !isLast {
                    line += String(
                        repeating: " ", count: columnWidth - TerminalText.width(of: candidate))
                }
            }
            lines.append(line)
        }
        if hiddenCount > 0 {
            lines.append("… \(hiddenCount) more; type more characters to narrow the list")
        }
        return lines
    }
}
