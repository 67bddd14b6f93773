/// Everything the completer needs to know about the shell's state, passed in by value so
/// that `Completer` stays a pure function of its inputs.
public struct CompletionContext: Sendable {
    /// Command names offered at the start of a line, such as `set`, `env` and `send`.
    public var commands: [String]
    /// Topics offered after `help`.
    public var helpTopics: [String]
    /// Variables by name. Names complete after `{{`, `set`, `unset` and `vars`; values fill
    /// path parameters of the same name.
    public var variables: [String: String]
    /// Endpoints whose paths complete after an HTTP method.
    public var catalog: EndpointCatalog
    /// Postman request paths such as `Sponsored Products/Campaigns/List campaigns`, offered
    /// one folder at a time after `send`.
    public var requestNames: [String]
    /// Commands whose next word is a file name, such as `source` or `spec load`.
    public var fileCommands: Set<String>
    /// Lists a folder for file name completion. The argument is the folder part of the typed
    /// word, ending in `/`, or the empty string for the current folder. The caller expands
    /// `~/`. Entries are plain names, and folder names end in `/`.
    public var listDirectory: @Sendable (String) -> [String]
    /// Saved environment names, offered after `env use`, `env rm`, `env copy`, `env rename`
    /// and `env export`.
    public var environmentNames: [String]

    public init(
        commands: [String] = [], helpTopics: [String] = [], variables: [String: String] = [:],
        catalog: EndpointCatalog = .builtIn, requestNames: [String] = [],
        fileCommands: Set<String> = [
            "source", "save", "import", "spec load", "env import", "record",
        ],
        listDirectory: @escaping @Sendable (String) -> [String] = { _ in [] },
        environmentNames: [String] = []
    ) {
        self.commands = commands
        self.helpTopics = helpTopics
        self.variables = variables
        self.catalog = catalog
        self.requestNames = requestNames
        self.fileCommands = fileCommands
        self.listDirectory = listDirectory
        self.environmentNames = environmentNames
    }
}
