import Glibc
import Testing

@testable import AdsShell

/// `adsh` killed with SIGKILL at random moments while it saves: the files it leaves must
/// always be complete, and the next start must read them.
@Suite struct FaultKillTests {
    /// Lines in each script; far more than a run reaches before it is killed.
    static let scriptLines = 3000
    static let kills = 30

    @Test func killDuringSaveLeavesCompleteFiles() throws {
        let folder = TemporaryFolder()
        let home = folder.file("home")
        let store = EnvironmentStore(paths: ShellPaths(home: home))
        let defaults = Environment.northAmericaDefaults(name: "kill")
        try store.save(defaults)
        try store.setActive("kill")

        var generator = SystemRandomNumberGenerator()
        var lastStep = -1
        var killedWhileRunning = 0
        for run in 0..<Self.kills {
            let first = run * 10_000
            var lines: [String] = []
            for index in 0..<Self.scriptLines {
                lines.append("set step \(first + index)")
                // Settings are saved to config.json, the other file written atomically.
                if index % 7 == 0 { lines.append("settings timeout \(index % 50 + 1)") }
            }
            let script = folder.file("script-\(run)")
            try FileSystem.writeAtomically(Array(lines.joined(separator: "\n").utf8), to: script)
            let outputs = folder.file("out-\(run)")
            try FileSystem.createFolder(outputs)

            let child = try SpawnedAdsh(
                ["--env", "kill"], home: home, inputFile: script, outputFolder: outputs)
            usleep(UInt32.random(in: 5_000...120_000, using: &generator))
            child.kill()
            let termination = child.wait()
            if termination.signal == SIGKILL { killedWhileRunning += 1 }

            // The environment file parses and is the old version or a newer complete one.
            let environment = try store.load("kill")
            let step = Int(environment["step"] ?? "-1") ?? -2
            #expect(step >= lastStep, "run \(run): step went back from \(lastStep) to \(step)")
            #expect(step == -1 || step >= first || step == lastStep, "run \(run): step \(step)")
            for variable in defaults.variables {
                #expect(
                    environment.variable(variable.key) != nil,
                    "run \(run): \(variable.key) is missing")
            }
            lastStep = step

            // config.json parses and still names the active environment.
            let config = try JSONParser.parse(try FileSystem.readFile(store.paths.configFile))
            #expect(config["activeEnvironment"]?.stringValue == "kill", "run \(run)")
            #expect(store.names() == ["kill"], "run \(run): \(store.names())")
        }
        #expect(killedWhileRunning >= Self.kills / 2)

        // Stray temporary files may remain; none is read as an environment.
        for name in FileSystem.listFolder(store.paths.environmentsFolder)
        where name != "kill" + EnvironmentStore.fileSuffix {
            #expect(name.hasPrefix("."), "unexpected file \(name)")
        }

        // The next start reads the files and saves again.
        let script = folder.file("last")
        try FileSystem.writeAtomically(Array("set after done\nvars step\n".utf8), to: script)
        let outputs = folder.file("out-last")
        try FileSystem.createFolder(outputs)
        let child = try SpawnedAdsh([], home: home, inputFile: script, outputFolder: outputs)
        let termination = child.wait()
        #expect(termination.exitStatus == 0)
        #expect(child.error.isEmpty, "\(child.error)")
        #expect(child.output.contains("step"))
        #expect(try store.load("kill")["after"] == "done")
    }
}
