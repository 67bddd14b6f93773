import Testing

@testable import AdsShell

/// Records a session typed into the real shell in a pseudo-terminal, then replays the
/// recording with `adsh run`.
@Suite(.serialized)
struct RecordingTests {
    static let prompt = "demo na> "

    private func run(_ command: String, in terminal: PseudoTerminal, prompt: String = prompt)
        throws
    {
        terminal.send(command + PseudoTerminal.enter)
        try terminal.waitFor(command)
        try terminal.waitForPrompt(prompt)
    }

    @Test func interactiveRecordingReplays() throws {
        let folder = TemporaryFolder()
        let script = folder.file("session.adsh")
        let terminal = try PseudoTerminal(
            home: folder.path, arguments: ["--demo"], environment: ["NO_COLOR": "1"])
        try terminal.waitForPrompt(Self.prompt)
        try run("record \(script)", in: terminal)
        try run("GET /v2/profiles", in: terminal)
        try run("set --secret client_secret typed-secret-value-42", in: terminal)
        let scoped = "demo na 3382741658212519> "
        try run("set profileId from .[0].profileId", in: terminal, prompt: scoped)
        try run(#"POST /sp/campaigns/list {"maxResults": 3}"#, in: terminal, prompt: scoped)
        try run("expect .campaigns | length == 3", in: terminal, prompt: scoped)
        try run("GET /{{nope}}", in: terminal, prompt: scoped)
        try run("record stop", in: terminal, prompt: scoped)
        terminal.send("exit" + PseudoTerminal.enter)
        #expect(try terminal.waitForExit() == 0)

        let text = try folder.read("session.adsh")
        #expect(text.hasPrefix("# adsh \(ShellVersion.number) recording"))
        #expect(text.contains("GET /v2/profiles\n"))
        #expect(text.contains("set profileId from .[0].profileId\n"))
        #expect(text.contains("needs the secret variable 'client_secret'"))
        #expect(!text.contains("typed-secret-value-42"))
        #expect(!text.contains("{{nope}}"))
        #expect(!text.contains("record stop"))

        // Replaying needs the secret set again; the demo environment has its own.
        let replay = try AdshProcess.run(["run", script, "--demo"], input: "", home: folder.path)
        #expect(replay.status == 0, "\(replay.error)")
        #expect(replay.output.contains("4 passed, 0 failed"))
    }
}
