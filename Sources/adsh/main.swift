import AdsAPISimulator
import AdsShell
import Glibc

let options: LaunchOptions
do {
    options = try LaunchOptions.parse(Array(CommandLine.arguments.dropFirst()))
} catch {
    FileHandleOutput.standardError("\(error)\n")
    exit(2)
}

/// Starts the simulator, or reports why it could not start and exits.
func startSimulator(_ configuration: SimulatorConfiguration) -> APISimulator {
    do {
        return try APISimulator(configuration: configuration)
    } catch {
        FileHandleOutput.standardError("adsh: cannot start the simulator: \(error)\n")
        exit(1)
    }
}

switch options.mode {
case .version:
    print("adsh \(ShellVersion.number)")
case .help:
    print(LaunchOptions.usage)
case .format(let arguments):
    exit(Tools.format(arguments))
case .complete(let arguments):
    exit(Tools.complete(arguments))
case .simulate(let arguments):
    if arguments.contains("--help") || arguments.contains("-h") {
        print(SimulatorConfiguration.usage)
        exit(0)
    }
    let configuration: SimulatorConfiguration
    do {
        configuration = try SimulatorConfiguration.parse(arguments: arguments)
    } catch {
        FileHandleOutput.standardError("adsh simulate: \(error)\n")
        exit(2)
    }
    let simulator = startSimulator(configuration)
    print(simulator.banner)
    // The banner must reach a pipe or file at once: scripts wait for it.
    fflush(nil)
    Interrupts.install()
    while !Interrupts.isPending {
        usleep(100_000)
    }
    simulator.stop()
case .shell, .run:
    var demo: DemoEndpoints?
    var simulator: APISimulator?
    if options.demo {
        let started = startSimulator(SimulatorConfiguration())
        simulator = started
        demo = DemoEndpoints(
            apiURL: started.apiURL, tokenURL: started.tokenURL,
            authGrantURL: started.authGrantURL, clientID: APISimulator.demoClientID,
            clientSecret: APISimulator.demoClientSecret,
            refreshToken: APISimulator.demoRefreshToken,
            regionAPIURLs: Dictionary(
                uniqueKeysWithValues: APISimulator.regions.map { ($0, started.apiURL(region: $0)) }
            ))
    }
    let status: Int32
    if case .run(let runOptions) = options.mode {
        status = Launcher.runScripts(options, run: runOptions, demo: demo)
    } else {
        status = Launcher.runShell(options: options, demo: demo)
    }
    simulator?.stop()
    exit(status)
}
