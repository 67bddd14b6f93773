/// The contents of config.json: the active environment and the settings.
struct ConfigFile {
    var activeEnvironment: String?
    var settings: [(key: String, value: String)] = []

    /// Reads `path` leniently: a missing or unreadable file reads as an empty config.
    static func read(_ path: String) -> ConfigFile {
        (try? load(path)) ?? ConfigFile()
    }

    /// Reads `path` before a change is written to it; a missing file is an empty config.
    /// - Throws: `EnvironmentError.configWriteFailed` when the file exists but cannot be read
    ///   or is not valid JSON, so that it is never replaced and its settings lost.
    static func load(_ path: String) throws(EnvironmentError) -> ConfigFile {
        let bytes: [UInt8]
        do {
            bytes = try FileSystem.readFile(path, limit: 1024 * 1024)
        } catch {
            if error.isNotFound { return ConfigFile() }
            throw .configWriteFailed(path: path, reason: error.description)
        }
        let document: JSONValue
        do {
            document = try JSONParser.parse(bytes)
        } catch {
            throw .configWriteFailed(
                path: path,
                reason: "the file on disk is not valid JSON (\(error)), so it was left as it "
                    + "is; fix or remove it")
        }
        var config = ConfigFile()
        config.activeEnvironment = document["activeEnvironment"]?.stringValue
        if let members = document["settings"]?.objectValue {
            config.settings = members.map { ($0.key, $0.value.plainText) }
        }
        return config
    }

    func write(to path: String) throws(FileError) {
        var lines = ["{"]
        var members: [String] = []
        if let activeEnvironment {
            members.append("  \"activeEnvironment\": \(JSONValue.quoted(activeEnvironment))")
        }
        let settingsText = settings.sorted { $0.key < $1.key }
            .map { "    \(JSONValue.quoted($0.key)): \(JSONValue.quoted($0.value))" }
        members.append(
            settingsText.isEmpty
                ? "  \"settings\": {}"
                : "  \"settings\": {\n" + settingsText.joined(separator: ",\n") + "\n  }")
        members.append("  \"version\": 1")
        lines.append(members.joined(separator: ",\n"))
        lines.append("}")
        try FileSystem.writeAtomically(Array((lines.joined(separator: "\n") + "\n").utf8), to: path)
    }
}

extension EnvironmentStore {
    /// Settings stored in config.json, over the defaults; unreadable entries are skipped.
    public func loadSettings() -> ShellSettings {
        var settings = ShellSettings()
        for (key, value) in ConfigFile.read(paths.configFile).settings {
            try? settings.set(key, to: value)
        }
        return settings
    }

    /// Stores every setting in config.json, keeping the active environment.
    public func saveSettings(_ settings: ShellSettings) throws(EnvironmentError) {
        var config = try ConfigFile.load(paths.configFile)
        config.settings = ShellSettings.descriptions.compactMap { entry in
            settings.value(of: entry.name).map { (entry.name, $0) }
        }
        do {
            try FileSystem.createFolder(paths.configFolder)
            try config.write(to: paths.configFile)
        } catch {
            throw .configWriteFailed(path: paths.configFile, reason: error.description)
        }
    }
}
