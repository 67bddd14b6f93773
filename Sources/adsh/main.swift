import AdsShell
import Glibc

let options: LaunchOptions
do {
    options = try LaunchOptions.parse(Array(CommandLine.arguments.dropFirst()))
} catch {
    FileHandleOutput.standardError("\(error)\n")
    exit(2)
}

switch options.mode {
case .version:
    print("adsh \(ShellVersion.number)")
case .help:
    print(LaunchOptions.usage)
case .simulate:
    FileHandleOutput.standardError("adsh: the simulator is not built in yet\n")
    exit(2)
case .shell:
    exit(Launcher.runShell(options: options, demo: nil))
}
