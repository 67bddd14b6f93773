/// A script split into commands: one per line, except that a JSON body left open continues
/// on the following lines, as at the prompt. Blank lines and comments are dropped.
struct ScriptFile {
    struct Command {
        /// One-based number of the command's first line.
        var line: Int
        var text: String
    }

    var path: String
    var commands: [Command]

    /// Reads and splits a script file.
    static func load(_ path: String) throws -> ScriptFile {
        let bytes: [UInt8]
        do {
            bytes = try FileSystem.readFile(FileSystem.expandingTilde(path), limit: 64 << 20)
        } catch {
            throw ShellError.message("cannot read script \(error)")
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw ShellError.message("cannot read script \(path): it is not UTF-8 text")
        }
        return ScriptFile(path: path, text: text)
    }

    init(path: String, text: String) {
        self.path = path
        var commands: [Command] = []
        var buffer = ""
        var start = 0
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false)
            .enumerated()
        {
            let line = rawLine.hasSuffix("\r") ? String(rawLine.dropLast()) : String(rawLine)
            if buffer.isEmpty {
                start = index + 1
                buffer = line
            } else {
                buffer += "\n" + line
            }
            if Tokenizer.needsContinuation(buffer) { continue }
            if Self.hasWords(buffer) { commands.append(Command(line: start, text: buffer)) }
            buffer = ""
        }
        if !buffer.isEmpty && Self.hasWords(buffer) {
            commands.append(Command(line: start, text: buffer))
        }
        self.commands = commands
    }

    /// Whether `text` has anything but blanks and a comment; text that does not tokenize
    /// counts, so its error is reported when it runs.
    private static func hasWords(_ text: String) -> Bool {
        guard let line = try? Tokenizer.tokenize(text) else { return true }
        return !line.words.isEmpty
    }
}
