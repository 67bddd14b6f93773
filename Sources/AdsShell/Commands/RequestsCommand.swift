/// `requests [FOLDER]`: lists the imported collection's requests.
enum RequestsCommand: ShellCommand {
    static let name = "requests"
    static let synopsis = "requests [FOLDER]"
    static let summary = "list the imported collection's requests, by folder"
    static let details = """
        Lists the requests of the collection loaded with `import`, with method and path, so
        that `send FOLDER/NAME` can run one. FOLDER limits the list to that folder.
        """

    static func run(_ invocation: Invocation, in session: Session) throws -> CommandOutcome {
        try invocation.requireArguments(0...1, for: self)
        guard let collection = session.collection else {
            throw ShellError.message("requests: no collection loaded; load one with `import FILE`")
        }
        let folder = try invocation.arguments.first.map { try session.expander.expand($0) }
        if let folder, !collection.folders().contains(folder) {
            let suggestion = NameSuggestion.closest(to: folder, among: collection.folders())
            let hint = suggestion.map { " (did you mean '\($0)'?)" } ?? ""
            throw ShellError.message("requests: no folder '\(folder)'\(hint)")
        }
        let console = session.console
        var lastFolder: String?
        for request in collection.requests(inFolder: folder) {
            let folderPath = request.folderPath.joined(separator: "/")
            if folderPath != lastFolder {
                console.print(console.style(folderPath.isEmpty ? "(top level)" : folderPath, .bold))
                lastFolder = folderPath
            }
            let method = console.style(request.method.padding(to: 6), .cyan)
            console.print("  \(method) \(request.name)")
        }
        return .success
    }
}
