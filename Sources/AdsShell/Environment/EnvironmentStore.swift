/// Reads and writes environment files and the record of which one is active.
///
/// Every save runs under a lock file, re-reads the file on disk and merges by key: the keys
/// this shell changed take its values, every other key keeps what is on disk. So two shells
/// on one environment never lose each other's changes, and the last write of a key wins.
public struct EnvironmentStore: Sendable {
    public let paths: ShellPaths
    public static let fileSuffix = ".postman_environment.json"

    public init(paths: ShellPaths) {
        self.paths = paths
    }

    /// Rejects names that could escape the environments folder or confuse a file system.
    public static func validate(name: String) throws(EnvironmentError) {
        if name.isEmpty { throw .invalidName(name, reason: "it is empty") }
        if name.count > 100 { throw .invalidName(name, reason: "it is longer than 100 characters") }
        if name.hasPrefix(".") { throw .invalidName(name, reason: "it starts with '.'") }
        for scalar in name.unicodeScalars {
            if scalar == "/" || scalar == "\\" {
                throw .invalidName(name, reason: "it contains '\(scalar)'")
            }
            if scalar.value < 0x20 || scalar.value == 0x7F {
                throw .invalidName(name, reason: "it contains a control character")
            }
        }
    }

    /// The file that stores the environment called `name`.
    public func path(for name: String) throws(EnvironmentError) -> String {
        try Self.validate(name: name)
        return paths.environmentsFolder + "/" + name + Self.fileSuffix
    }

    /// Names of the stored environments, sorted.
    public func names() -> [String] {
        FileSystem.listFolder(paths.environmentsFolder)
            .filter { $0.hasSuffix(Self.fileSuffix) && !$0.hasPrefix(".") }
            .map { String($0.dropLast(Self.fileSuffix.count)) }
    }

    public func exists(_ name: String) -> Bool {
        guard let path = try? path(for: name) else { return false }
        return FileSystem.exists(path)
    }

    /// Loads the environment called `name`.
    /// - Throws: `EnvironmentError.notFound`, `.readFailed` or `.invalidFile`.
    public func load(_ name: String) throws(EnvironmentError) -> Environment {
        let path = try path(for: name)
        let bytes: [UInt8]
        do {
            bytes = try FileSystem.readFile(path, limit: 16 * 1024 * 1024)
        } catch {
            if error.isNotFound { throw .notFound(name, available: names()) }
            throw .readFailed(path: path, reason: error.reason)
        }
        var environment = try Environment.parsePostman(bytes, path: path)
        // The file name, not the name inside, identifies a stored environment.
        environment.name = name
        return environment
    }

    /// Saves `environment`, merging with the file on disk by key.
    /// - Parameter changedKeys: keys this shell set or removed since it last saved or loaded;
    ///   nil writes the whole environment as it is.
    /// - Returns: the merged environment now on disk, with other shells' changes.
    /// - Throws: `EnvironmentError.readOnly` when the file on disk cannot be parsed (it is
    ///   never overwritten), `.writeFailed` when writing fails.
    @discardableResult
    public func save(_ environment: Environment, changedKeys: Set<String>? = nil)
        throws(EnvironmentError) -> Environment
    {
        let path = try path(for: environment.name)
        do {
            try FileSystem.createFolder(paths.environmentsFolder)
        } catch {
            throw .writeFailed(path: path, reason: error.description)
        }
        let lock: FileLock
        do {
            lock = try FileLock(path: paths.environmentsFolder + "/.lock")
        } catch {
            throw .writeFailed(path: path, reason: error.description)
        }
        defer { withExtendedLifetime(lock) {} }
        var merged = environment
        if let changedKeys, FileSystem.exists(path) {
            let onDisk: Environment
            do {
                onDisk = try load(environment.name)
            } catch {
                throw .readOnly(name: environment.name, path: path)
            }
            merged = onDisk
            for key in changedKeys {
                if let variable = environment.variables.first(where: { $0.key == key }) {
                    merged.put(variable)
                } else {
                    merged.remove(key)
                }
            }
        }
        do {
            try FileSystem.writeAtomically(Array(merged.postmanJSON().utf8), to: path)
        } catch {
            throw .writeFailed(path: path, reason: error.reason)
        }
        return merged
    }

    /// Removes the stored environment `name`.
    public func remove(_ name: String) throws(EnvironmentError) {
        let path = try path(for: name)
        guard FileSystem.exists(path) else { throw .notFound(name, available: names()) }
        if unlinkFile(path) != 0 {
            throw .writeFailed(
                path: path, reason: FileError(path: path, operation: "remove").reason)
        }
    }

    /// The name recorded as active in the config file, if any.
    public func activeName() -> String? {
        guard let name = ConfigFile.read(paths.configFile).activeEnvironment,
            (try? Self.validate(name: name)) != nil
        else { return nil }
        return name
    }

    /// Records `name` as the active environment, keeping the settings.
    /// - Throws: `EnvironmentError.configWriteFailed`; a config file that cannot be read is
    ///   left as it is.
    public func setActive(_ name: String) throws(EnvironmentError) {
        var config = try ConfigFile.load(paths.configFile)
        config.activeEnvironment = name
        do {
            try FileSystem.createFolder(paths.configFolder)
            try config.write(to: paths.configFile)
        } catch {
            throw .configWriteFailed(path: paths.configFile, reason: error.description)
        }
    }
}
