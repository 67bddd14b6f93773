import Glibc

/// The interactive line editor over libedit.
///
/// NOTE: this first version prints the prompt and reads plain lines; libedit editing,
/// completion and history replace it.
public final class LineEditor: LineReader {
    let completion: (String, Int) -> CompletionResult

    /// - Parameters:
    ///   - programName: the name libedit reads settings for in `~/.editrc`.
    ///   - historyFile: where history is loaded from and saved to; nil keeps it in memory.
    ///   - completion: returns candidates for a line and a cursor position in characters.
    public init(
        programName: String, historyFile: String?,
        completion: @escaping (String, Int) -> CompletionResult
    ) {
        self.completion = completion
    }

    public func readLine(prompt: String) -> LineReadResult {
        var text = prompt
        text.withUTF8 { _ = fwriteOut($0) }
        guard let line = Swift.readLine(strippingNewline: true) else { return .endOfInput }
        return .line(line)
    }

    /// Adds an entry, already redacted by the caller, to history.
    public func addHistory(_ entry: String) {}

    /// Writes history to its file.
    public func saveHistory() {}
}

private func fwriteOut(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    write(1, bytes.baseAddress, bytes.count)
}
