/// The mode and options parsed from the `adsh` command line.
public struct LaunchOptions: Sendable, Equatable {
    public enum Mode: Sendable, Equatable {
        case shell
        case simulate(arguments: [String])
        case run(ScriptRunner.Options)
        case format(arguments: [String])
        case complete(arguments: [String])
        case version
        case help
    }

    public var mode: Mode = .shell
    /// `--env NAME`: start in this stored environment.
    public var environmentName: String?
    /// `--env-file FILE`: import this Postman environment file and start in it.
    public var environmentFile: String?
    /// `--demo`: start the built-in simulator and a demo environment pointed at it.
    public var demo = false

    public init() {}

    public static let usage = """
        usage: adsh [--env NAME | --env-file FILE] [--demo]
               adsh run FILE... [--env NAME] [--var NAME=VALUE] [--demo] [--junit FILE]
               adsh simulate [--port N] [--token-ttl SECONDS] [...]   (see adsh simulate --help)
               adsh format [FILE] [--query QUERY]    pretty-print or query a JSON file
               adsh complete LINE [--spec FILE]       print Tab completions of LINE
               adsh --version | --help

        An interactive shell for the Amazon Ads API. With a terminal it reads commands with
        line editing; otherwise it reads them from standard input, one per line, and exits
        with status 1 if any command failed.

          --env NAME        start in the stored environment NAME
          --env-file FILE   import a Postman environment file and start in it
          --demo            run against the built-in API simulator, no account needed
          --version         print the version
          --help            print this help

        Files live under $ADSH_HOME when set, else the XDG folders
        ($XDG_CONFIG_HOME/adsh, $XDG_STATE_HOME/adsh).
        """

    /// Parses the arguments after the program name.
    public static func parse(_ arguments: [String]) throws(ShellError) -> LaunchOptions {
        var options = LaunchOptions()
        if arguments.first == "simulate" {
            options.mode = .simulate(arguments: Array(arguments.dropFirst()))
            return options
        }
        if arguments.first == "format" {
            options.mode = .format(arguments: Array(arguments.dropFirst()))
            return options
        }
        if arguments.first == "complete" {
            options.mode = .complete(arguments: Array(arguments.dropFirst()))
            return options
        }
        if arguments.first == "run" {
            let runOptions = try ScriptRunner.Options.parse(Array(arguments.dropFirst()))
            options.mode = .run(runOptions)
            options.demo = runOptions.demo
            options.environmentName = runOptions.environmentName
            return options
        }
        var rest = arguments[...]
        func value(for option: String) throws(ShellError) -> String {
            guard let value = rest.popFirst(), !value.hasPrefix("--") else {
                throw .message("adsh: option \(option) needs a value\n\(usage)")
            }
            return value
        }
        while let argument = rest.popFirst() {
            switch argument {
            case "--env":
                options.environmentName = try value(for: argument)
            case "--env-file":
                options.environmentFile = try value(for: argument)
            case "--demo":
                options.demo = true
            case "--version":
                options.mode = .version
            case "--help", "-h":
                options.mode = .help
            default:
                throw .message("adsh: unknown argument '\(argument)'\n\(usage)")
            }
        }
        if options.environmentName != nil && options.environmentFile != nil {
            throw .message("adsh: use either --env or --env-file, not both")
        }
        return options
    }
}
