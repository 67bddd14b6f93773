/// `env …`: lists, switches, creates, copies, renames, removes, imports and exports
/// environments.
enum EnvCommand: ShellCommand {
    static let name = "env"
    static let synopsis = "env [list|use|new|copy|rename|rm|import|export] ..."
    static let summary = "list and manage environments"
    static let details = """
          env                          list environments; * marks the active one
          env use NAME                 switch to NAME (it becomes the default next time)
          env new NAME                 create NAME with Amazon's keys for North America
          env copy FROM TO             copy an environment
          env rename FROM TO           rename an environment
          env rm NAME                  remove an environment (asks first on a terminal)
          env import FILE              store a Postman environment file under its name
          env export NAME FILE [--include-secrets]
                                       write NAME as a Postman environment file; secret
                                       values are left empty unless --include-secrets
        """
    static let subcommands = ["list", "use", "new", "copy", "rename", "rm", "import", "export"]

    static func run(_ invocation: Invocation, in session: Session) throws -> CommandOutcome {
        let words = try invocation.arguments.map { word throws(ShellError) -> String in
            guard let text = word.literalText else {
                throw .message("env: templates are not allowed in '\(word.source)'")
            }
            return text
        }
        let store = session.store
        guard let subcommand = words.first else { return list(session) }
        let rest = Array(words.dropFirst())
        func need(_ count: Int, _ usage: String) throws(ShellError) {
            guard rest.count == count else {
                throw .usage(
                    command: "env \(subcommand)", synopsis: usage,
                    problem:
                        rest.count < count ? "missing argument" : "too many arguments")
            }
        }
        switch subcommand {
        case "list":
            try need(0, "env list")
            return list(session)
        case "use":
            try need(1, "env use NAME")
            let environment = try store.load(rest[0])
            session.switchEnvironment(to: environment)
            session.console.notice("using environment '\(environment.name)'")
            session.recordActive(environment.name)
        case "new":
            try need(1, "env new NAME")
            guard !store.exists(rest[0]) else { throw EnvironmentError.alreadyExists(rest[0]) }
            try store.save(Environment.northAmericaDefaults(name: rest[0]))
            session.console.notice(
                "created environment '\(rest[0])'; switch with `env use \(rest[0])`")
        case "copy":
            try need(2, "env copy FROM TO")
            guard !store.exists(rest[1]) else { throw EnvironmentError.alreadyExists(rest[1]) }
            var environment = try sourceEnvironment(rest[0], session: session)
            environment.name = rest[1]
            try store.save(environment)
            session.console.notice("copied '\(rest[0])' to '\(rest[1])'")
        case "rename":
            try need(2, "env rename FROM TO")
            guard !store.exists(rest[1]) else { throw EnvironmentError.alreadyExists(rest[1]) }
            var environment = try store.load(rest[0])
            environment.name = rest[1]
            try store.save(environment)
            try store.remove(rest[0])
            session.console.notice("renamed '\(rest[0])' to '\(rest[1])'")
            if session.environment.name == rest[0] {
                session.switchEnvironment(to: environment)
                session.recordActive(rest[1])
            }
        case "rm":
            try need(1, "env rm NAME")
            guard store.exists(rest[0]) else {
                throw EnvironmentError.notFound(rest[0], available: store.names())
            }
            guard rest[0] != session.environment.name else {
                throw ShellError.message(
                    "env rm: '\(rest[0])' is in use; switch with `env use OTHER` first")
            }
            if session.isInteractive {
                guard session.confirm("remove environment '\(rest[0])'? [y/N] ") else {
                    session.console.notice("kept '\(rest[0])'")
                    return .success
                }
            }
            try store.remove(rest[0])
            session.console.notice("removed environment '\(rest[0])'")
        case "import":
            try need(1, "env import FILE")
            let environment = try Launcher.importEnvironment(rest[0], store: store)
            session.console.notice(
                "imported '\(environment.name)' (\(environment.variables.count) variables); "
                    + "switch with `env use \(environment.name)`")
        case "export":
            let includeSecrets = rest.contains("--include-secrets")
            let positional = rest.filter { $0 != "--include-secrets" }
            guard positional.count == 2 else {
                throw ShellError.usage(
                    command: "env export", synopsis: "env export NAME FILE [--include-secrets]",
                    problem: positional.count < 2 ? "missing argument" : "too many arguments")
            }
            let environment = try sourceEnvironment(positional[0], session: session)
            try export(environment, to: positional[1], includeSecrets: includeSecrets)
            let note = includeSecrets ? "with secret values" : "secret values left empty"
            session.console.notice("exported '\(environment.name)' to \(positional[1]) (\(note))")
        default:
            let suggestion = NameSuggestion.closest(to: subcommand, among: subcommands)
            let hint = suggestion.map { " (did you mean '\($0)'?)" } ?? ""
            throw ShellError.message("env: unknown subcommand '\(subcommand)'\(hint)")
        }
        return .success
    }

    /// The active environment as it is in memory, or another one from disk.
    private static func sourceEnvironment(_ name: String, session: Session) throws
        -> Environment
    {
        if name == session.environment.name { return session.environment }
        return try session.store.load(name)
    }

    static func export(_ environment: Environment, to file: String, includeSecrets: Bool) throws {
        var exported = environment
        if !includeSecrets {
            for key in environment.keys where environment.isSecret(key) {
                exported.set(key, to: "")
            }
        }
        let path = FileSystem.expandingTilde(file)
        do {
            try FileSystem.writeAtomically(Array(exported.postmanJSON().utf8), to: path)
        } catch {
            throw ShellError.message("env export: \(error)")
        }
    }

    private static func list(_ session: Session) -> CommandOutcome {
        var names = session.store.names()
        if !names.contains(session.environment.name) { names.append(session.environment.name) }
        for name in names.sorted() {
            let active = name == session.environment.name
            let marker = active ? session.console.style("*", .green) : " "
            session.console.print("\(marker) \(name)")
        }
        return .success
    }
}
