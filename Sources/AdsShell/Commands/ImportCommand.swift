/// `import FILE`: loads a Postman collection whose requests `send` runs.
enum ImportCommand: ShellCommand {
    static let name = "import"
    static let synopsis = "import FILE"
    static let summary = "load a Postman collection (v2.0 or v2.1), such as Amazon's"
    static let details = """
        Loads the requests of a Postman collection file for `requests` and `send`. Folders,
        string and object URLs, :name path variables, query parameters, headers and raw or
        urlencoded bodies are read; disabled ones are skipped. Test scripts that copy a value
        from the response into a variable become captures applied after `send`; other
        script code is listed and never run. The collection stays loaded for this shell.
        """

    static func run(_ invocation: Invocation, in session: Session) throws -> CommandOutcome {
        try invocation.requireArguments(1...1, for: self)
        let path = FileSystem.expandingTilde(try session.expander.expand(invocation.arguments[0]))
        let collection = try PostmanCollection.load(path: path)
        session.collection = collection
        let captures = collection.requests.reduce(0) { $0 + $1.captures.count }
        session.console.notice(
            "imported '\(collection.name)': \(collection.requests.count) requests in "
                + "\(collection.folders().count) folders, \(captures) captures; list them with "
                + "`requests`, run one with `send FOLDER/NAME`")
        for note in collection.scriptNotes {
            session.console.notice("note: \(note)")
        }
        return .success
    }
}
