/// The outcome of reading one line of input.
public enum LineReadResult: Sendable, Equatable {
    case line(String)
    /// Ctrl-C while editing: the line is discarded and the shell prompts again.
    case interrupted
    /// Ctrl-D on an empty line, or the end of piped input.
    case endOfInput
}

/// A source of command lines: the libedit line editor on a terminal, plain standard input
/// otherwise.
public protocol LineReader: AnyObject {
    /// Reads one line, without its trailing newline.
    /// - Parameter prompt: shown before the line on a terminal; plain readers ignore it.
    func readLine(prompt: String) -> LineReadResult
}

/// Reads lines from standard input with no prompt and no editing, for piped scripts.
public final class PlainLineReader: LineReader {
    public init() {}

    public func readLine(prompt: String) -> LineReadResult {
        guard let line = Swift.readLine(strippingNewline: true) else { return .endOfInput }
        return .line(line)
    }
}
