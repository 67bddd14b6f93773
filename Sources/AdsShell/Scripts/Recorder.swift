import FoundationEssentials
import Glibc

/// Appends each command that succeeds to a script file, as typed, so the script reruns the
/// session. Templates stay `{{name}}`; a `set` of a secret becomes a comment naming the
/// variable the script needs, and any secret value left in a line is replaced by its
/// `{{name}}`.
final class Recorder {
    let path: String
    private let descriptor: Int32

    /// Commands that shape the recording itself or need a person, never recorded.
    static let skippedCommands: Set<String> = ["record", "history", "exit", "login", "help"]

    init(path: String, environmentName: String) throws {
        self.path = path
        descriptor = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw ShellError.message("record: \(FileError(path: path, operation: "open"))")
        }
        let date = Date().formatted(.iso8601)
        append(
            "# adsh \(ShellVersion.number) recording, started \(date), environment "
                + "'\(environmentName)'\n# replay with: adsh run \(path)\n"
        )
    }

    deinit {
        close(descriptor)
    }

    /// Records a command that succeeded.
    func record(_ text: String, line: TokenizedLine, environment: Environment) {
        guard let name = line.words.first?.literalText, !Self.skippedCommands.contains(name)
        else { return }
        if name == "set", let key = secretKeySet(by: line, environment: environment) {
            append(
                "# this script needs the secret variable '\(key)': set it before running "
                    + "(set --secret \(key) VALUE)\n")
            return
        }
        append(environment.redact(text) + "\n")
    }

    /// The key of a `set` that stores a secret value, typed literally.
    private func secretKeySet(by line: TokenizedLine, environment: Environment) -> String? {
        let words = line.words.dropFirst().filter { !$0.isBare("--secret") }
        guard let key = words.first?.literalText else { return nil }
        let secretFlag = line.words.contains { $0.isBare("--secret") }
        return secretFlag || environment.isSecret(key) ? key : nil
    }

    /// Writes `text` with one `write` call, so a crash cannot leave half a line.
    private func append(_ text: String) {
        var text = text
        text.withUTF8 { bytes in _ = write(descriptor, bytes.baseAddress, bytes.count) }
    }
}
