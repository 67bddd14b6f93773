import Testing

@testable import AdsShell

struct LineEditorLayoutTests {
    @Test(arguments: [
        (["token_url", "token_expires_at"], "token_"),
        (["help", "HEAD"], ""),
        (["only"], "only"),
        (["Été", "Étage"], "Ét"),
        ([], ""),
    ])
    func commonPrefix(candidates: [String], expected: String) {
        #expect(CompletionMenu.commonPrefix(of: candidates) == expected)
    }

    @Test func columnsFillDownFirst() {
        let names = ["a1", "a2", "a3", "a4", "a5"]
        let lines = CompletionMenu.lines(for: names, width: 14, maximumRows: 10)
        #expect(lines == ["a1  a3  a5", "a2  a4"])
    }

    @Test func narrowTerminalGivesOneColumn() {
        let lines = CompletionMenu.lines(
            for: ["first_name", "second_name"], width: 12, maximumRows: 10)
        #expect(lines == ["first_name", "second_name"])
    }

    @Test func longListIsCut() {
        let names = (1...50).map { "name\($0)" }
        let lines = CompletionMenu.lines(for: names, width: 8, maximumRows: 5)
        #expect(lines.count == 5)
        #expect(lines.last == "… 46 more; type more characters to narrow the list")
    }

    @Test func promptEscapesAreMarked() {
        let prompt = "\u{1B}[36mdefault na\u{1B}[0m\u{1B}[1m> \u{1B}[0m"
        let marked = TerminalText.markingEscapes(in: prompt, marker: "\u{1}")
        #expect(
            marked == "\u{1}\u{1B}[36m\u{1}default na\u{1}\u{1B}[0m\u{1B}[1m\u{1}> "
                + "\u{1}\u{1B}[0m\u{1}")
    }

    @Test func widthIgnoresEscapes() {
        #expect(TerminalText.width(of: "\u{1B}[36mdefault na\u{1B}[0m> ") == 12)
    }
}
