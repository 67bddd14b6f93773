import Glibc

/// Addresses and credentials of an API simulator that `--demo` points the shell at.
public struct DemoEndpoints: Sendable {
    public var apiURL: String
    public var tokenURL: String
    public var authGrantURL: String
    public var clientID: String
    public var clientSecret: String
    public var refreshToken: String
    /// The simulator's API URL for each region name (`na`, `eu`, `fe`).
    public var regionAPIURLs: [String: String]

    public init(
        apiURL: String, tokenURL: String, authGrantURL: String, clientID: String,
        clientSecret: String, refreshToken: String, regionAPIURLs: [String: String]
    ) {
        self.regionAPIURLs = regionAPIURLs
        self.apiURL = apiURL
        self.tokenURL = tokenURL
        self.authGrantURL = authGrantURL
        self.clientID = clientID
        self.clientSecret = clientSecret
        self.refreshToken = refreshToken
    }
}

/// Starts the shell: picks the environment, chooses line editing or plain input, runs.
public enum Launcher {
    /// The name of the environment made when none exists yet.
    public static let defaultEnvironmentName = "default"
    public static let demoEnvironmentName = "demo"

    /// Runs the shell and returns the process exit status.
    public static func runShell(options: LaunchOptions, demo: DemoEndpoints?) -> Int32 {
        let console = Console()
        let store = EnvironmentStore(paths: ShellPaths.fromEnvironment())
        let session: Session
        do {
            session = try makeSession(options: options, demo: demo, store: store, console: console)
        } catch {
            console.error("\(error)")
            return 2
        }
        session.settings = store.loadSettings()
        let shell = Shell(session: session)
        let interactive = isatty(0) == 1 && isatty(1) == 1
        session.isInteractive = interactive
        guard interactive else {
            return shell.run(reader: PlainLineReader())
        }
        Interrupts.install()
        let editor = LineEditor(
            programName: "adsh", historyFile: store.paths.historyFile,
            warn: { console.warning($0) },
            completion: { [session] line, cursor in
                Completer().complete(
                    line: line, cursor: cursor, context: session.completionContext())
            })
        session.history = editor.history
        if demo != nil {
            console.notice(
                "demo: the built-in simulator listens at \(demo!.apiURL); try `GET /v2/profiles`")
        }
        _ = shell.run(reader: editor) { [session] entry in
            guard !entry.hasPrefix(" ") else { return }
            editor.addHistory(session.environment.redact(entry))
        }
        editor.saveHistory()
        // A person leaving the shell is not a failure; only piped runs report failures in
        // their exit status.
        return 0
    }

    /// Runs scripts for `adsh run` and returns the exit status.
    public static func runScripts(
        _ options: LaunchOptions, run: ScriptRunner.Options, demo: DemoEndpoints?
    )
        -> Int32
    {
        let console = Console()
        let store = EnvironmentStore(paths: ShellPaths.fromEnvironment())
        let session: Session
        do {
            session = try makeSession(options: options, demo: demo, store: store, console: console)
        } catch {
            console.error("\(error)")
            return 2
        }
        session.settings = store.loadSettings()
        session.isEphemeral = true
        for (key, value) in run.variables {
            session.environment.set(key, to: value)
        }
        Interrupts.install()
        return ScriptRunner(session: session, options: run).run()
    }

    static func makeSession(
        options: LaunchOptions, demo: DemoEndpoints?, store: EnvironmentStore, console: Console
    ) throws -> Session {
        if let demo {
            return try demoSession(demo, store: store, console: console)
        }
        if let file = options.environmentFile {
            let environment = try importEnvironment(file, store: store)
            let session = Session(environment: environment, store: store, console: console)
            console.notice(
                "imported environment '\(environment.name)' "
                    + "(\(environment.variables.count) variables) from \(file)")
            session.recordActive(environment.name)
            return session
        }
        let name = options.environmentName ?? store.activeName() ?? defaultEnvironmentName
        let path = try store.path(for: name)
        do {
            let environment = try store.load(name)
            if options.environmentName != nil { try? store.setActive(name) }
            return Session(environment: environment, store: store, console: console)
        } catch EnvironmentError.notFound where options.environmentName == nil {
            return newEnvironmentSession(name, store: store, console: console)
        } catch EnvironmentError.notFound(let missing, let available)
            where options.environmentName != nil
        {
            throw EnvironmentError.notFound(missing, available: available)
        } catch let error where !FileSystem.exists(path) {
            // No file is there to protect: a folder on its path is missing or is a file. Start
            // as on a first run, so the changes are saved once the folder can be written.
            console.error("\(error)")
            return newEnvironmentSession(name, store: store, console: console)
        } catch {
            // A stored file that cannot be read: start with an empty environment of that
            // name that is never written over the file, and print how to recover.
            console.error("\(error)")
            console.warning(
                "starting with an empty '\(name)' environment; it will not be saved until "
                    + "the file is fixed")
            let session = Session(
                environment: Environment(name: name), store: store, console: console)
            session.environmentLoadError = error
            return session
        }
    }

    /// Creates a session on a new environment `name` with Amazon's keys and saves it if it can.
    private static func newEnvironmentSession(
        _ name: String, store: EnvironmentStore, console: Console
    ) -> Session {
        let environment = Environment.northAmericaDefaults(name: name)
        let session = Session(environment: environment, store: store, console: console)
        do {
            try store.save(environment)
        } catch {
            console.warning("\(error)")
        }
        return session
    }

    /// Reads a Postman environment file and stores it under its own name.
    static func importEnvironment(_ file: String, store: EnvironmentStore) throws -> Environment {
        let bytes: [UInt8]
        do {
            bytes = try FileSystem.readFile(FileSystem.expandingTilde(file), limit: 16 << 20)
        } catch {
            throw EnvironmentError.readFailed(path: file, reason: error.reason)
        }
        var environment = try Environment.parsePostman(bytes, path: file)
        if environment.name.isEmpty {
            environment.name = String(
                FileSystem.baseName(of: file).split(separator: ".").first ?? "imported")
        }
        try EnvironmentStore.validate(name: environment.name)
        try store.save(environment)
        return environment
    }

    /// The demo environment: stored, so variables survive a restart, but pointed at this
    /// run's simulator each time it starts.
    static func demoSession(_ demo: DemoEndpoints, store: EnvironmentStore, console: Console)
        throws -> Session
    {
        var environment =
            (try? store.load(demoEnvironmentName))
            ?? Environment.northAmericaDefaults(name: demoEnvironmentName)
        environment.set("api_url", to: demo.apiURL)
        environment.set("token_url", to: demo.tokenURL)
        environment.set("auth_grant_url", to: demo.authGrantURL)
        environment.set("client_id", to: demo.clientID, secret: true)
        environment.set("client_secret", to: demo.clientSecret, secret: true)
        environment.set("refresh_token", to: demo.refreshToken, secret: true)
        environment.set("access_token", to: "", secret: true)
        environment.set("token_expires_at", to: "")
        let session = Session(environment: environment, store: store, console: console)
        session.regions = Region.all.map { region in
            var simulated = region
            simulated.apiURL = demo.regionAPIURLs[region.name] ?? demo.apiURL
            simulated.tokenURL = demo.tokenURL
            simulated.authGrantURL = demo.authGrantURL
            return simulated
        }
        do {
            try store.save(environment)
        } catch {
            console.warning("\(error)")
        }
        return session
    }
}

extension Environment {
    /// A new environment with the keys of Amazon's Postman environment file, pointed at the
    /// North American hosts.
    public static func northAmericaDefaults(name: String) -> Environment {
        let region = Region.northAmerica
        return Environment(
            name: name,
            variables: [
                Variable(key: "client_id", value: "", type: "secret"),
                Variable(key: "client_secret", value: "", type: "secret"),
                Variable(key: "permission_scope", value: "advertising::campaign_management"),
                Variable(key: "redirect_uri", value: "https://amazon.com"),
                Variable(key: "access_token", value: "", type: "secret"),
                Variable(key: "refresh_token", value: "", type: "secret"),
                Variable(key: "token_expires_at", value: ""),
                Variable(key: "profileId", value: "", type: "any"),
                Variable(key: "auth_grant_url", value: region.authGrantURL),
                Variable(key: "token_url", value: region.tokenURL),
                Variable(key: "api_url", value: region.apiURL),
            ])
    }
}
