import Glibc

/// The folders adsh keeps its files in: under `ADSH_HOME` when it is set, else the XDG base
/// directories (`XDG_CONFIG_HOME`, `XDG_STATE_HOME`, `XDG_DATA_HOME`, falling back to
/// `~/.config`, `~/.local/state` and `~/.local/share`).
public struct ShellPaths: Sendable, Equatable {
    public var configFolder: String
    public var stateFolder: String
    public var dataFolder: String

    public init(configFolder: String, stateFolder: String, dataFolder: String) {
        self.configFolder = configFolder
        self.stateFolder = stateFolder
        self.dataFolder = dataFolder
    }

    /// Creates the three folders under one root, as `ADSH_HOME` sets them.
    public init(home: String) {
        self.init(configFolder: home, stateFolder: home, dataFolder: home)
    }

    /// Returns the folders named by the process environment.
    public static func fromEnvironment() -> ShellPaths {
        if let home = environmentValue("ADSH_HOME") {
            return ShellPaths(home: home)
        }
        let userHome = environmentValue("HOME") ?? "/nonexistent-home"
        func base(_ name: String, _ fallback: String) -> String {
            let value = environmentValue(name)
            // Relative paths are invalid in the XDG Base Directory specification and must be ignored.
            if let value, value.hasPrefix("/") { return value }
            return userHome + "/" + fallback
        }
        return ShellPaths(
            configFolder: base("XDG_CONFIG_HOME", ".config") + "/adsh",
            stateFolder: base("XDG_STATE_HOME", ".local/state") + "/adsh",
            dataFolder: base("XDG_DATA_HOME", ".local/share") + "/adsh")
    }

    public var environmentsFolder: String { configFolder + "/environments" }
    public var configFile: String { configFolder + "/config.json" }
    public var historyFile: String { stateFolder + "/history" }
}

/// Returns the value of a process environment variable, or nil when it is unset or empty.
func environmentValue(_ name: String) -> String? {
    guard let pointer = getenv(name) else { return nil }
    let value = String(cString: pointer)
    return value.isEmpty ? nil : value
}
