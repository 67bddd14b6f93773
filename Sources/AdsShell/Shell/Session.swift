/// The state of one running shell: the active environment, the HTTP client, the last
/// exchange, and where output goes. Commands read and change it.
public final class Session {
    public internal(set) var environment: Environment
    /// Keys set or removed since the environment was last saved; a save merges only these.
    var changedKeys: Set<String> = []
    /// Set when the environment file could not be read, so it is never overwritten.
    var environmentLoadError: EnvironmentError?
    /// Whether changes are kept in memory only, as in `--demo`.
    public var isEphemeral = false
    public let store: EnvironmentStore
    public let console: Console
    public let http = HTTPClient()
    /// Timeouts and retry limits.
    public var settings = ShellSettings()

    /// Transfer options from the settings.
    public var httpOptions: HTTPOptions {
        var options = HTTPOptions()
        options.totalTimeout = settings.timeout
        options.connectTimeout = settings.connectTimeout
        return options
    }
    /// The last request sent and its response, for `show`, captures and templates.
    public internal(set) var lastExchange: Exchange?
    public var isInteractive = false
    /// The command history, for the `history` command; nil when not reading from a terminal.
    public internal(set) var history: HistoryStore?
    /// The shell that runs commands for this session, for `source`.
    weak var shell: Shell?
    /// The recorder of successful commands while `record` is on.
    var recorder: Recorder?
    /// How many `source` commands are running inside each other.
    var sourceDepth = 0
    var exitRequested = false
    /// Endpoints known to completion and to the default media types: the built-in catalog,
    /// extended by `spec load`.
    public var catalog = EndpointCatalog.builtIn
    /// Files loaded with `spec load`, for `spec list`.
    var loadedSpecs: [(path: String, count: Int)] = []
    /// The Postman collection loaded with `import`, whose requests `send` runs.
    public var collection: PostmanCollection?
    /// The regions `region` switches between: Amazon's hosts, or the simulator's in `--demo`.
    public var regions: [Region] = Region.all
    /// Reads one line of input for a command that asks a question (`env rm`, `login`); set by
    /// the shell to read from the same place as commands.
    var readInput: (String) -> String? = { _ in nil }

    public init(environment: Environment, store: EnvironmentStore, console: Console = Console()) {
        self.environment = environment
        self.store = store
        self.console = console
        console.redact = { [unowned self] text in self.environment.redact(text) }
        console.secrets = { [unowned self] in
            self.environment.variables
                .filter { self.environment.isSecret($0.key) && $0.value.count >= 4 }
                .sorted { $0.value.count > $1.value.count }
                .map { ($0.key, $0.value) }
        }
    }

    /// A template expander over the active environment and the last response.
    var expander: TemplateExpander {
        TemplateExpander(
            lookup: { [environment] name in environment.variable(name)?.value },
            knownNames: { [environment] in environment.keys },
            responseResolver: { [weak self] (name: String) throws(TemplateError) -> String in
                guard let self, let exchange = self.lastExchange else { throw .noResponse(name) }
                return try ResponseTemplate.resolve(name, in: exchange)
            })
    }

    /// Makes `environment` the active one, forgetting unsaved key changes of the old one.
    func switchEnvironment(to environment: Environment) {
        self.environment = environment
        changedKeys.removeAll()
        environmentLoadError = nil
    }

    /// Records `name` in config.json as the environment the next start uses. A failure is
    /// only a warning, because the switch in this shell has already happened.
    func recordActive(_ name: String) {
        do {
            try store.setActive(name)
        } catch {
            console.warning(
                "\(error); '\(name)' is used in this shell only, and the next start uses the "
                    + "environment recorded before")
        }
    }

    /// Asks a yes-or-no question; anything but y or yes is no.
    func confirm(_ question: String) -> Bool {
        guard let answer = readInput(question)?.lowercased().trimmingSpaces() else {
            return false
        }
        return answer == "y" || answer == "yes"
    }

    /// Sets a variable and saves the environment.
    public func setVariable(_ key: String, to value: String, secret: Bool? = nil) throws {
        environment.set(key, to: value, secret: secret)
        changedKeys.insert(key)
        try save()
    }

    /// Sets several variables and saves once.
    public func setVariables(_ values: [(key: String, value: String)]) throws {
        for (key, value) in values {
            environment.set(key, to: value)
            changedKeys.insert(key)
        }
        try save()
    }

    /// Removes variables and saves the environment.
    public func unsetVariables(_ keys: [String]) throws {
        for key in keys {
            environment.remove(key)
            changedKeys.insert(key)
        }
        try save()
    }

    /// Saves the environment, merging with other shells' changes on disk. On failure the
    /// change stays in memory and in `changedKeys`, so the next successful save writes it.
    public func save() throws {
        if isEphemeral {
            changedKeys.removeAll()
            return
        }
        if let environmentLoadError {
            throw ShellError.message(
                "\(environmentLoadError)\n"
                    + "the change is kept in memory only; fix the file and run `env use "
                    + "\(environment.name)`, or switch with `env use OTHER`")
        }
        let merged = try store.save(environment, changedKeys: changedKeys)
        environment = merged
        changedKeys.removeAll()
    }

    /// A short region name for the prompt: `na`, `eu` or `fe` when `api_url` is one of
    /// `regions`, else the API host.
    public var regionLabel: String {
        guard let apiURL = environment["api_url"], let origin = Origin(url: apiURL) else {
            return "no api_url"
        }
        if let region = regions.first(where: { Origin(url: $0.apiURL) == origin }) {
            return region.name
        }
        return origin.port == 443 || origin.port == 80
            ? origin.host : "\(origin.host):\(origin.port)"
    }
}

/// A request as sent and the response it got.
public struct Exchange: Sendable {
    /// The request as sent on the last hop, credentials included.
    public var request: HTTPRequest
    public var response: HTTPResponse
    /// The request before credentials were added, for sending it again (`wait`, `--all`).
    public var original: HTTPRequest
    /// The Amazon headers adsh was allowed to add to it.
    public var authHeaders: Set<String> = AuthPolicy.standardHeaders

    public init(request: HTTPRequest, response: HTTPResponse, original: HTTPRequest? = nil) {
        self.request = request
        self.response = response
        self.original = original ?? request
    }
}
