/// A path into a JSON response body, built from JavaScript member and index expressions.
struct ResponsePath: Sendable, Equatable {
    enum Step: Sendable, Equatable {
        case key(String)
        case index(Int)
        /// JavaScript's `.length`, which is jq's `length` filter.
        case length
    }

    var steps: [Step] = []

    /// Whether the path ends in `.length`, after which no further step is translated.
    var endsInLength: Bool {
        steps.last == .length
    }

    func appending(_ step: Step) -> ResponsePath {
        ResponsePath(steps: steps + [step])
    }

    /// The path as a jq query: `.` for the whole body, `.campaigns[0].campaignId`,
    /// `.["key-with-dash"]`, and `.adGroups | length` for a length.
    var query: String {
        var text = ""
        for step in steps {
            switch step {
            case .key(let name) where Self.isPlainKey(name):
                text += "." + name
            case .key(let name):
                text += (text.isEmpty ? "." : "") + "[" + JSONValue.quoted(name) + "]"
            case .index(let index):
                text += (text.isEmpty ? "." : "") + "[\(index)]"
            case .length:
                text = (text.isEmpty ? "." : text) + " | length"
            }
        }
        return text.isEmpty ? "." : text
    }

    /// Reports whether jq accepts `name` after a dot without quotes.
    private static func isPlainKey(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, !("0"..."9").contains(first) else {
            return false
        }
        return name.unicodeScalars.allSatisfy { scalar in
            ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
                || ("0"..."9").contains(scalar) || scalar == "_"
        }
    }
}
