/// The contents of config.json: the active environment and the settings.
struct ConfigFile {
    var activeEnvironment: String?
    var settings: [(key: String, value: String)] = []

    static func read(_ path: String) -> ConfigFile {
        guard let bytes = try? FileSystem.readFile(path, limit: 1024 * 1024),
            let document = try? JSONParser.parse(bytes)
        else { return ConfigFile() }
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
        var config = ConfigFile.read(paths.configFile)
        config.settings = ShellSettings.descriptions.compactMap { entry in
            settings.value(of: entry.name).map { (entry.name, $0) }
        }
        do {
            try FileSystem.createFolder(paths.configFolder)
            try config.write(to: paths.configFile)
        } catch {
            throw .writeFailed(path: paths.configFile, reason: error.description)
        }
    }
}
