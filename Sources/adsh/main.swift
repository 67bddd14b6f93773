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
    // Standard output is fully buffered when it is not a terminal, and this loop never ends
    // on its own, so flush for a script that reads the URLs from a pipe or a file.
    fflush(nil)
    Interrupts.install()
    while !Interrupts.isPending {
        usleep(100_000)
    }
    simulator.stop()
case .shell:
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
    let status = Launcher.runShell(options: options, demo: demo)
    simulator?.stop()
    exit(status)
}
