import Testing

@testable import AdsShell

struct HistoryCommandTests {
    private func makeShell(entries: [String]) -> Shell {
        let folder = TemporaryFolder()
        let store = EnvironmentStore(paths: ShellPaths(home: folder.path))
        let session = Session(
            environment: Environment(name: "test"), store: store, console: .capturing())
        let history = HistoryStore(path: nil)
        for entry in entries { history.add(entry) }
        session.history = history
        return Shell(session: session)
    }

    @Test func listsLastEntriesNumbered() {
        let shell = makeShell(entries: (1...12).map { "set n \($0)" })
        #expect(shell.execute("history 3") == .success)
        let lines = shell.session.console.capturedOutput.split(separator: "\n")
        #expect(lines == ["10  set n 10", "11  set n 11", "12  set n 12"])
    }

    @Test func listsAllWithoutCount() {
        let shell = makeShell(entries: ["vars", "help"])
        #expect(shell.execute("history") == .success)
        #expect(shell.session.console.capturedOutput == "1  vars\n2  help\n")
    }

    @Test func indentsMultilineEntries() {
        let shell = makeShell(entries: ["POST /x {\"a\":\n1}"])
        #expect(shell.execute("history") == .success)
        #expect(shell.session.console.capturedOutput == "1  POST /x {\"a\":\n   1}\n")
    }

    @Test(arguments: ["history many", "history -1", "history 1 2"])
    func rejectsInvalidArguments(line: String) {
        let shell = makeShell(entries: ["vars"])
        #expect(shell.execute(line) == .failure)
        #expect(shell.session.console.capturedError.contains("history [N]"))
    }

    @Test func reportsMissingHistory() {
        let shell = makeShell(entries: [])
        shell.session.history = nil
        #expect(shell.execute("history") == .success)
        #expect(
            shell.session.console.capturedError.contains("only when adsh reads from a terminal"))
    }
}
