/// The session's state as Tab completion uses it.
extension Session {
    /// A snapshot of names, variables, endpoints and requests for the completer.
    public func completionContext() -> CompletionContext {
        var variables: [String: String] = [:]
        for variable in environment.variables where variable.enabled {
            variables[variable.key] = variable.value
        }
        let requestNames =
            collection.map { collection in
                collection.requests.map { collection.reference(for: $0) }
            } ?? []
        return CompletionContext(
            commands: CommandRegistry.names,
            helpTopics: HelpCommand.topicNames,
            variables: variables,
            catalog: catalog,
            requestNames: requestNames,
            listDirectory: { folder in
                let path = FileSystem.expandingTilde(folder.isEmpty ? "." : folder)
                return FileSystem.listFolder(path).map { name in
                    FileSystem.isFolder(path + "/" + name) ? name + "/" : name
                }
            },
            environmentNames: store.names())
    }
}
