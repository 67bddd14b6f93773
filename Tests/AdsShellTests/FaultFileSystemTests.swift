import AdsAPISimulator
import Glibc
import Testing

@testable import AdsShell

/// File-system faults under `ADSH_HOME`: each gives a clear error, the shell keeps running
/// with its changes in memory, and the first save after the fault is gone writes them.
@Suite struct FaultFileSystemTests {
    static let canMount: Bool = TmpfsMount(kilobytes: 64) != nil
    static let mountNote: Comment =
        "mounting a tmpfs needs CAP_SYS_ADMIN; this process may not mount"

    /// Starts a shell as `adsh` does, with its files under `home`.
    private func startShell(home: String) throws -> Shell {
        let store = EnvironmentStore(paths: ShellPaths(home: home))
        let session = try Launcher.makeSession(
            options: LaunchOptions(), demo: nil, store: store, console: .capturing())
        session.settings = store.loadSettings()
        return Shell(session: session)
    }

    /// Stores an environment `name` pointed at `simulator` under `home` and makes it active.
    private func storeSimulatedEnvironment(
        _ name: String, home: String, simulator: APISimulator
    ) throws {
        let store = EnvironmentStore(paths: ShellPaths(home: home))
        var environment = Environment.northAmericaDefaults(name: name)
        environment.set("api_url", to: simulator.apiURL)
        environment.set("token_url", to: simulator.tokenURL)
        environment.set("client_id", to: APISimulator.demoClientID)
        environment.set("client_secret", to: APISimulator.demoClientSecret)
        environment.set("refresh_token", to: APISimulator.demoRefreshToken)
        try store.save(environment)
        try store.setActive(name)
    }

    @Test(.enabled(if: canMount, mountNote))
    func readOnlyFileSystemKeepsChanges() throws {
        let mount = try #require(TmpfsMount(kilobytes: 256))
        let home = mount.path + "/home"
        let shell = try startShell(home: home)
        #expect(shell.execute("set first 1") == .success)

        try mount.setReadOnly(true)
        #expect(shell.execute("set second 2") == .failure)
        let error = shell.session.console.capturedError
        #expect(error.contains("read-only file system"), "\(error)")
        #expect(error.contains("kept in memory"), "\(error)")
        #expect(shell.execute("vars second") == .success)
        #expect(shell.session.console.capturedOutput.contains("second  2"))

        try mount.setReadOnly(false)
        #expect(shell.execute("set third 3") == .success)
        let stored = try shell.session.store.load("default")
        #expect(stored["first"] == "1")
        #expect(stored["second"] == "2")
        #expect(stored["third"] == "3")
    }

    @Test func environmentsPathIsAFile() throws {
        let folder = TemporaryFolder()
        let home = folder.file("home")
        try FileSystem.createFolder(home)
        try folder.write("not a folder\n", to: "home/environments")

        let shell = try startShell(home: home)
        let startError = shell.session.console.capturedError
        #expect(startError.contains("not a directory"), "\(startError)")
        #expect(shell.session.environment["api_url"] != nil)
        #expect(shell.execute("set first 1") == .failure)
        let error = shell.session.console.capturedError
        #expect(error.contains("cannot save"), "\(error)")
        #expect(error.contains("kept in memory"), "\(error)")
        #expect(shell.session.environment["first"] == "1")

        #expect(unlink(folder.file("home/environments")) == 0)
        #expect(shell.execute("set second 2") == .success)
        let stored = try shell.session.store.load("default")
        #expect(stored["first"] == "1")
        #expect(stored["second"] == "2")
        #expect(stored["api_url"] != nil)
    }

    @Test func homeUnderAFileKeepsChanges() throws {
        let folder = TemporaryFolder()
        try folder.write("a file, not a folder\n", to: "parent")
        let home = folder.file("parent/home")

        let shell = try startShell(home: home)
        #expect(shell.execute("set first 1") == .failure)
        let error = shell.session.console.capturedError
        #expect(error.contains("not a directory"), "\(error)")
        #expect(shell.execute("vars first") == .success)
        #expect(shell.session.console.capturedOutput.contains("first  1"))

        #expect(unlink(folder.file("parent")) == 0)
        #expect(shell.execute("set second 2") == .success)
        let stored = try shell.session.store.load("default")
        #expect(stored["first"] == "1")
        #expect(stored["second"] == "2")
    }

    @Test func homeUnderAFileBinaryKeepsRunning() throws {
        let folder = TemporaryFolder()
        try folder.write("a file, not a folder\n", to: "parent")
        let result = try AdshProcess.run(
            [], input: "set first 1\nvars first\nsettings timeout 9\nsettings timeout\n",
            home: folder.file("parent/home"))
        #expect(result.status == 1)
        #expect(result.error.contains("not a directory"), "\(result.error)")
        #expect(result.output.contains("first  1"), "\(result.output)")
        #expect(result.output.contains("9\n"), "\(result.output)")
    }

    @Test func configPathIsAFolder() throws {
        let folder = TemporaryFolder()
        let home = folder.file("home")
        let store = EnvironmentStore(paths: ShellPaths(home: home))
        try store.save(Environment.northAmericaDefaults(name: "other"))
        try FileSystem.createFolder(store.paths.configFile)

        let shell = try startShell(home: home)
        #expect(shell.execute("settings timeout 7") == .success)
        #expect(shell.session.settings.timeout == 7)
        let settingsError = shell.session.console.capturedError
        #expect(settingsError.contains("config.json"), "\(settingsError)")
        #expect(settingsError.contains("this shell only"), "\(settingsError)")

        // Switching works for this shell even though it cannot be recorded.
        shell.session.console.clearCapture()
        #expect(shell.execute("env use other") == .success)
        #expect(shell.session.environment.name == "other")
        let switchError = shell.session.console.capturedError
        #expect(switchError.contains("config.json"), "\(switchError)")
        #expect(!switchError.contains("saved with the next"), "\(switchError)")
        #expect(shell.execute("set kept yes") == .success)

        #expect(rmdir(store.paths.configFile) == 0)
        #expect(shell.execute("settings timeout 8") == .success)
        #expect(store.loadSettings().timeout == 8)
        #expect(try store.load("other")["kept"] == "yes")
    }

    @Test func renameKeepsWorkingWhenConfigFails() throws {
        let folder = TemporaryFolder()
        let home = folder.file("home")
        let shell = try startShell(home: home)
        #expect(shell.execute("set first 1") == .success)
        try FileSystem.createFolder(shell.session.store.paths.configFile)

        #expect(shell.execute("env rename default renamed") == .success)
        #expect(shell.session.environment.name == "renamed")
        #expect(shell.execute("set second 2") == .success)
        #expect(shell.session.store.names() == ["renamed"])
        #expect(try shell.session.store.load("renamed")["second"] == "2")
    }

    @Test func corruptConfigIsNeverOverwritten() throws {
        let folder = TemporaryFolder()
        let home = folder.file("home")
        let store = EnvironmentStore(paths: ShellPaths(home: home))
        try store.save(Environment.northAmericaDefaults(name: "other"))
        let corrupt = "{\"settings\": {\"timeout\": \"30\",}\n"
        try folder.write(corrupt, to: "home/config.json")

        let shell = try startShell(home: home)
        #expect(shell.execute("env use other") == .success)
        #expect(shell.execute("settings timeout 5") == .success)
        #expect(try folder.read("home/config.json") == corrupt)
        let error = shell.session.console.capturedError
        #expect(error.contains("config.json"), "\(error)")
        #expect(error.contains("not valid JSON"), "\(error)")
    }

    /// Returns whether `path` is a character device.
    private func isCharacterDevice(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFCHR
    }

    @Test func nullDeviceTargetStaysADevice() throws {
        let shell = try SimulatedShell()
        let device = shell.folder.file("null")
        // The null device's numbers on Linux are major 1, minor 3.
        guard mknod(device, S_IFCHR | 0o666, 1 << 8 | 3) == 0 else {
            Issue.record("mknod needs CAP_MKNOD, so no device node could be made")
            return
        }
        #expect(shell.run("GET /v2/profiles > \(device)") == .success)
        #expect(isCharacterDevice(device))
        #expect(shell.run("save \(device)") == .success)
        #expect(isCharacterDevice(device))
        #expect(shell.run("env export test \(device)") == .success)
        #expect(isCharacterDevice(device))
        let leftovers = FileSystem.listFolder(shell.folder.path).filter { $0.hasPrefix(".null") }
        #expect(leftovers.isEmpty, "\(leftovers)")
    }

    @Test(.enabled(if: canMount, mountNote))
    func diskFullKeepsChangesAndFile() throws {
        let mount = try #require(TmpfsMount(kilobytes: 64))
        let home = mount.path + "/home"
        let shell = try startShell(home: home)
        #expect(shell.execute("set first 1") == .success)
        let store = shell.session.store
        let path = try store.path(for: "default")
        let before = try FileSystem.readFile(path)

        mount.fill()
        let big = String(repeating: "x", count: 8000)
        #expect(shell.execute("set big \(big)") == .failure)
        let error = shell.session.console.capturedError
        #expect(error.contains("no space left on device"), "\(error)")
        #expect(error.contains("kept in memory"), "\(error)")
        #expect(try FileSystem.readFile(path) == before)
        let temporary = FileSystem.listFolder(store.paths.environmentsFolder)
            .filter { $0.hasPrefix(".default") }
        #expect(temporary.isEmpty, "\(temporary)")
        #expect(shell.execute("vars first") == .success)

        #expect(unlink(mount.path + "/filler") == 0)
        #expect(shell.execute("set after 1") == .success)
        let stored = try store.load("default")
        #expect(stored["big"] == big)
        #expect(stored["after"] == "1")
    }

    @Test(.enabled(if: canMount, mountNote))
    func diskFullDownloadLeavesNoFile() throws {
        let mount = try #require(TmpfsMount(kilobytes: 128))
        let simulator = try APISimulator()
        defer { simulator.stop() }
        let home = mount.path + "/home"
        try storeSimulatedEnvironment("full", home: home, simulator: simulator)
        let shell = try startShell(home: home)
        #expect(shell.execute("GET /v2/profiles") == .success)

        mount.fill()
        let target = mount.path + "/body.bin"
        #expect(shell.execute("GET /_faults/binary?bytes=200000 > \(target)") == .failure)
        let error = shell.session.console.capturedError.lowercased()
        #expect(error.contains("no space left on device"), "\(error)")
        #expect(!FileSystem.exists(target))
        let leftovers = FileSystem.listFolder(mount.path).filter { $0.contains("body.bin") }
        #expect(leftovers.isEmpty, "\(leftovers)")
        #expect(shell.execute("GET /v2/profiles") == .success)
    }

    @Test(.enabled(if: canMount, mountNote))
    func diskFullTokenRefreshStillSends() throws {
        let mount = try #require(TmpfsMount(kilobytes: 64))
        let simulator = try APISimulator()
        defer { simulator.stop() }
        let home = mount.path + "/home"
        try storeSimulatedEnvironment("full", home: home, simulator: simulator)
        let shell = try startShell(home: home)

        mount.fill()
        #expect(shell.execute("GET /v2/profiles") == .success)
        let error = shell.session.console.capturedError
        #expect(error.contains("no space left on device"), "\(error)")
        #expect(error.contains("200 OK"), "\(error)")
        let api = simulator.recordedRequests().filter { $0.origin == "api-na" }
        #expect(api.count == 1)

        #expect(unlink(mount.path + "/filler") == 0)
        #expect(shell.execute("set after 1") == .success)
        let stored = try shell.session.store.load("full")
        #expect(stored["access_token"] == shell.session.environment["access_token"])
        #expect(stored["access_token"] != nil)
    }
}
