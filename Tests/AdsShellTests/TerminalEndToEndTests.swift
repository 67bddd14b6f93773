import Glibc
import Testing

/// Runs the real `adsh` binary in a pseudo-terminal and types into it.
///
/// The suite is serialized: each test forks a process, and a fork while another test's
/// pseudo-terminal is being set up could inherit its descriptors.
@Suite(.serialized)
struct TerminalEndToEndTests {
    static let prompt = "default na> "

    private func start(_ folder: TemporaryFolder, environment: [String: String] = [:]) throws
        -> PseudoTerminal
    {
        let terminal = try PseudoTerminal(home: folder.path, environment: environment)
        try terminal.waitForPrompt(Self.prompt)
        return terminal
    }

    /// Runs `command` and waits for the next prompt.
    private func run(_ command: String, in terminal: PseudoTerminal) throws {
        terminal.send(command + PseudoTerminal.enter)
        try terminal.waitFor(command)
        try terminal.waitForPrompt(Self.prompt)
    }

    private func historyText(_ folder: TemporaryFolder) -> String {
        (try? folder.read("history")) ?? ""
    }

    @Test func tabCompletesCommandName() throws {
        let folder = TemporaryFolder()
        let terminal = try start(folder)
        terminal.send("hist" + PseudoTerminal.tab)
        try terminal.waitUntil("history completed") {
            $0.screen.cursorLine == Self.prompt + "history"
        }
        #expect(terminal.screen.column == Self.prompt.count + 8)
    }

    @Test func tabPrefersCommandOverMethod() throws {
        let folder = TemporaryFolder()
        let terminal = try start(folder)
        // `he` matches the command `help` as typed, so HEAD is not offered.
        terminal.send("he" + PseudoTerminal.tab)
        try terminal.waitUntil("help completed") {
            $0.screen.cursorLine == Self.prompt + "help"
                && $0.screen.column == Self.prompt.count + 5
        }
    }

    @Test func tabCompletesMethodWithoutCase() throws {
        let folder = TemporaryFolder()
        let terminal = try start(folder)
        terminal.send("ge" + PseudoTerminal.tab)
        try terminal.waitUntil("GET completed") {
            $0.screen.cursorLine == Self.prompt + "GET" && $0.screen.column == Self.prompt.count + 4
        }
    }

    @Test func tabCompletesVariableAfterBraces() throws {
        let folder = TemporaryFolder()
        let terminal = try start(folder)
        terminal.send("vars {{api_u" + PseudoTerminal.tab)
        try terminal.waitUntil("api_url completed") {
            $0.screen.cursorLine == Self.prompt + "vars {{api_url}}"
        }
    }

    @Test func tabListsSeveralCandidatesAgain() throws {
        let folder = TemporaryFolder()
        let terminal = try start(folder)
        terminal.send("vars {{to" + PseudoTerminal.tab)
        try terminal.waitUntil("list shown") {
            $0.screen.lines.contains { $0.hasPrefix("token_expires_at  token_url") }
        }
        try terminal.waitUntil("common prefix inserted") {
            $0.screen.cursorLine == Self.prompt + "vars {{token_"
        }
        terminal.send(PseudoTerminal.tab)
        try terminal.waitUntil("list shown twice, prompt redrawn") { terminal in
            terminal.screen.lines.filter { $0.hasPrefix("token_expires_at  token_url") }.count
                == 2 && terminal.screen.cursorLine == Self.prompt + "vars {{token_"
        }
    }

    @Test func upArrowRecallsEarlierCommands() throws {
        let folder = TemporaryFolder()
        let terminal = try start(folder)
        try run("set first 1", in: terminal)
        try run("set second 2", in: terminal)
        terminal.send(PseudoTerminal.up + PseudoTerminal.up)
        try terminal.waitUntil("first command recalled") {
            $0.screen.cursorLine == Self.prompt + "set first 1"
        }
    }

    @Test func controlRFindsEarlierCommand() throws {
        let folder = TemporaryFolder()
        let terminal = try start(folder)
        try run("set alpha 1", in: terminal)
        try run("set beta 2", in: terminal)
        terminal.send(PseudoTerminal.controlR + "alp")
        try terminal.waitUntil("search result shown") {
            $0.screen.lines.contains(Self.prompt + "set alpha 1")
        }
        terminal.send(PseudoTerminal.enter)
        try terminal.waitForPrompt(Self.prompt)
        try run("vars alpha", in: terminal)
        #expect(terminal.screen.text.contains("alpha  1"))
    }

    @Test func jsonBodyContinuesOnNextLine() throws {
        let folder = TemporaryFolder()
        let server = try SilentServer(listening: false)
        let terminal = try start(folder)
        let request = "POST http://127.0.0.1:\(server.port)/x {\"a\":"
        terminal.send(request + PseudoTerminal.enter)
        try terminal.waitForPrompt("... ")
        terminal.send("1}" + PseudoTerminal.enter)
        try terminal.waitFor("error:")
        try terminal.waitForPrompt(Self.prompt)
        terminal.send(PseudoTerminal.controlD)
        try terminal.waitForExit()
        #expect(historyText(folder).contains(request + "\\n1}\n"))
        #expect(terminal.transcript.components(separatedBy: "error:").count == 2)
    }

    @Test func upArrowRecallsMultilineCommand() throws {
        let folder = TemporaryFolder()
        let server = try SilentServer(listening: false)
        let terminal = try start(folder)
        let request = "POST http://127.0.0.1:\(server.port)/x {\"a\":"
        terminal.send(request + PseudoTerminal.enter)
        try terminal.waitForPrompt("... ")
        terminal.send("1}" + PseudoTerminal.enter)
        try terminal.waitFor("error:")
        try terminal.waitForPrompt(Self.prompt)
        terminal.send(PseudoTerminal.up)
        try terminal.waitUntil("both lines recalled") { terminal in
            let lines = terminal.screen.lines
            guard let index = lines.lastIndex(of: Self.prompt + request) else { return false }
            return index + 1 < lines.count && lines[index + 1] == "1}"
        }
        terminal.send(PseudoTerminal.enter)
        try terminal.waitFor("error:")
        try terminal.waitForPrompt(Self.prompt)
        terminal.send(PseudoTerminal.controlD)
        try terminal.waitForExit()
        #expect(historyText(folder) == "#adsh-history v1\n" + request + "\\n1}\n")
    }

    @Test func controlCDiscardsLine() throws {
        let folder = TemporaryFolder()
        let terminal = try start(folder)
        terminal.send("vars nothing_here")
        try terminal.waitFor("nothing_here")
        terminal.send(PseudoTerminal.controlC)
        try terminal.waitFor("^C")
        try terminal.waitForPrompt(Self.prompt)
        try run("vars api", in: terminal)
        #expect(!terminal.transcript.contains("no variables start with 'nothing_here'"))
        #expect(terminal.screen.lines.contains(Self.prompt + "vars nothing_here^C"))
    }

    @Test func controlCTwiceAtEmptyPromptKeepsShell() throws {
        let folder = TemporaryFolder()
        let terminal = try start(folder)
        terminal.send(PseudoTerminal.controlC)
        try terminal.waitFor("^C")
        try terminal.waitForPrompt(Self.prompt)
        terminal.send(PseudoTerminal.controlC)
        try terminal.waitFor("^C")
        try terminal.waitForPrompt(Self.prompt)
        try run("vars api_url", in: terminal)
        #expect(terminal.exitStatus == nil)
        #expect(terminal.transcript.contains("https://advertising-api.amazon.com"))
    }

    @Test func controlCCancelsSlowRequest() throws {
        let folder = TemporaryFolder()
        let server = try SilentServer(listening: true)
        let terminal = try start(folder)
        terminal.send("GET http://127.0.0.1:\(server.port)/slow" + PseudoTerminal.enter)
        try terminal.waitFor("/slow")
        // Give the request time to connect and wait for a response that never comes.
        terminal.pause(0.8)
        let start = PseudoTerminal.now()
        terminal.send(PseudoTerminal.controlC)
        try terminal.waitFor("request cancelled", timeout: 4)
        try terminal.waitForPrompt(Self.prompt, timeout: 4)
        let elapsed = PseudoTerminal.now() - start
        #expect(elapsed < 2.5, "the prompt came back after \(elapsed) s")
        try run("vars api_url", in: terminal)
        #expect(terminal.exitStatus == nil)
    }

    @Test func controlDSavesRedactedHistory() throws {
        let folder = TemporaryFolder()
        let terminal = try start(folder)
        try run("set --secret tok 'Atza|secret-value-123'", in: terminal)
        try run("vars tok", in: terminal)
        terminal.send(PseudoTerminal.controlD)
        #expect(try terminal.waitForExit() == 0)
        let history = historyText(folder)
        #expect(history.hasPrefix("#adsh-history v1\n"))
        #expect(history.contains("set --secret tok '{{tok}}'"))
        #expect(history.contains("vars tok"))
        #expect(!history.contains("secret-value-123"))
        var info = stat()
        #expect(stat(folder.path + "/history", &info) == 0)
        #expect(info.st_mode & 0o777 == 0o600)
    }

    @Test func hangupSavesHistory() throws {
        let folder = TemporaryFolder()
        let terminal = try start(folder)
        try run("vars api", in: terminal)
        terminal.hangUp()
        #expect(try terminal.waitForExit() == 0)
        #expect(historyText(folder).contains("vars api\n"))
    }

    @Test func corruptHistoryWarnsOnce() throws {
        let folder = TemporaryFolder()
        try folder.write("\u{7F}ELF\u{1}binary", to: "history")
        let terminal = try PseudoTerminal(home: folder.path)
        try terminal.waitForPrompt(Self.prompt)
        try run("vars api", in: terminal)
        terminal.send(PseudoTerminal.controlD)
        #expect(try terminal.waitForExit() == 0)
        let warnings = terminal.transcript.components(separatedBy: "warning: history file")
        #expect(warnings.count == 2)
        #expect(historyText(folder) == "#adsh-history v1\nvars api\n")
        #expect((try? folder.read("history.invalid")) == "\u{7F}ELF\u{1}binary")
    }

    @Test func twoShellsMergeHistory() throws {
        let folder = TemporaryFolder()
        let first = try start(folder)
        let second = try start(folder)
        try run("set from_first 1", in: first)
        try run("set from_second 2", in: second)
        first.send(PseudoTerminal.controlD)
        try first.waitForExit()
        second.send(PseudoTerminal.controlD)
        try second.waitForExit()
        let history = historyText(folder)
        #expect(history.contains("set from_first 1\n"))
        #expect(history.contains("set from_second 2\n"))
        let third = try start(folder)
        third.send(PseudoTerminal.up + PseudoTerminal.up)
        try third.waitUntil("first shell's entry recalled") {
            $0.screen.cursorLine == Self.prompt + "set from_first 1"
        }
    }

    @Test func utf8TextIsEditedAndShown() throws {
        let folder = TemporaryFolder()
        let terminal = try start(folder)
        terminal.send("set word 'Été 2026 – 🎯'")
        try terminal.waitUntil("text shown") {
            $0.screen.cursorLine == Self.prompt + "set word 'Été 2026 – 🎯'"
        }
        // Left moves over the emoji as one character: the quote goes before it.
        terminal.send("\u{1B}[D\u{1B}[D!" + PseudoTerminal.enter)
        try terminal.waitForPrompt(Self.prompt)
        try run("vars word", in: terminal)
        #expect(terminal.transcript.contains("word  Été 2026 – !🎯\n"))
    }

    @Test func resizeRedrawsLineAtNewWidth() throws {
        let folder = TemporaryFolder()
        let terminal = try start(folder)
        let text = "vars " + String(repeating: "x", count: 50)
        terminal.send(text)
        try terminal.waitFor(String(repeating: "x", count: 50))
        terminal.resize(columns: 40, rows: 24)
        let wrapped = [
            String((Self.prompt + text).prefix(40)), String((Self.prompt + text).dropFirst(40)),
        ]
        try terminal.waitUntil("line redrawn in 40 columns") { terminal in
            let lines = terminal.screen.lines
            guard let index = lines.lastIndex(of: wrapped[1]), index > 0 else { return false }
            return lines[index - 1] == wrapped[0]
        }
        #expect(terminal.screen.column == wrapped[1].count)
    }

    @Test func historyCommandListsLastEntries() throws {
        let folder = TemporaryFolder()
        let terminal = try start(folder, environment: ["NO_COLOR": "1"])
        try run("set a 1", in: terminal)
        try run("vars a", in: terminal)
        try run("history 1", in: terminal)
        #expect(terminal.screen.lines.contains("2  vars a"))
        #expect(!terminal.screen.lines.contains("1  set a 1"))
    }
}
