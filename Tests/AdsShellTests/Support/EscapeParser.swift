/// Splits terminal output into printable characters, control characters and escape
/// sequences, one Unicode scalar at a time.
struct EscapeParser {
    enum Event: Equatable {
        case printable(Unicode.Scalar)
        case control(Unicode.Scalar)
        /// A CSI sequence: its final character, its numeric parameters, and whether it was
        /// private (`ESC [ ?`).
        case sequence(final: Unicode.Scalar, parameters: [Int], isPrivate: Bool)
    }

    private enum State {
        case text
        case escape
        case characterSet
        case controlSequence
        case operatingSystemCommand
        case operatingSystemEscape
    }

    private var state = State.text
    private var parameterText = ""

    /// Feeds one scalar; returns an event when one is complete, nil inside a sequence.
    mutating func consume(_ scalar: Unicode.Scalar) -> Event? {
        switch state {
        case .text:
            if scalar == "\u{1B}" {
                state = .escape
                return nil
            }
            if scalar.value < 0x20 || scalar.value == 0x7F { return .control(scalar) }
            return .printable(scalar)
        case .escape:
            switch scalar {
            case "[":
                state = .controlSequence
                parameterText = ""
            case "]":
                state = .operatingSystemCommand
            case "(", ")", "*", "+", "#":
                state = .characterSet
            default:
                state = .text
            }
            return nil
        case .characterSet:
            state = .text
            return nil
        case .controlSequence:
            if scalar.value >= 0x40 && scalar.value <= 0x7E {
                state = .text
                let isPrivate = parameterText.hasPrefix("?") || parameterText.hasPrefix(">")
                let numbers = parameterText.drop { $0 == "?" || $0 == ">" }
                    .split(separator: ";", omittingEmptySubsequences: false)
                    .map { Int($0) ?? 0 }
                return .sequence(final: scalar, parameters: numbers, isPrivate: isPrivate)
            }
            parameterText.unicodeScalars.append(scalar)
            return nil
        case .operatingSystemCommand:
            if scalar == "\u{07}" { state = .text }
            if scalar == "\u{1B}" { state = .operatingSystemEscape }
            return nil
        case .operatingSystemEscape:
            state = .text
            return nil
        }
    }

    /// `text` with escape sequences removed and control characters other than line feed
    /// and tab dropped.
    static func strip(_ text: String) -> String {
        var parser = EscapeParser()
        var plain = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch parser.consume(scalar) {
            case .printable(let scalar):
                plain.append(scalar)
            case .control(let scalar) where scalar == "\n" || scalar == "\t":
                plain.append(scalar)
            default:
                break
            }
        }
        return String(plain)
    }
}
