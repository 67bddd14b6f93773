import FoundationEssentials

/// Runs script files without a terminal for `adsh run`: each command echoed with its result,
/// a summary line, an exit status, and a JUnit report when asked.
public struct ScriptRunner {
    public struct Options: Sendable, Equatable {
        public var files: [String] = []
        public var environmentName: String?
        public var variables: [(key: String, value: String)] = []
        public var junitPath: String?
        public var stopOnFailure = false
        public var demo = false

        public init() {}

        public static func == (lhs: Options, rhs: Options) -> Bool {
            lhs.files == rhs.files && lhs.environmentName == rhs.environmentName
                && lhs.variables.map(\.key) == rhs.variables.map(\.key)
                && lhs.variables.map(\.value) == rhs.variables.map(\.value)
                && lhs.junitPath == rhs.junitPath && lhs.stopOnFailure == rhs.stopOnFailure
                && lhs.demo == rhs.demo
        }

        public static let usage = """
            usage: adsh run FILE... [--env NAME] [--var NAME=VALUE]... [--demo]
                                    [--junit FILE] [--stop-on-failure]

            Runs scripts written in the shell's language, echoing each command with its
            result, and ends with a line "N passed, M failed". The exit status is 0 only
            when every command and every `expect` passed. A failure stops that script; the
            next file still runs unless --stop-on-failure is given.
            Variables changed by the scripts are not saved.

              --env NAME          run in the stored environment NAME (default: the active one)
              --var NAME=VALUE    set a variable for this run (repeatable)
              --demo              run against the built-in simulator
              --junit FILE        also write a JUnit XML report to FILE
              --stop-on-failure   stop at the first failure of any script
            """

        /// Parses the arguments after `run`.
        public static func parse(_ arguments: [String]) throws(ShellError) -> Options {
            var options = Options()
            var rest = arguments[...]
            func value(_ option: String) throws(ShellError) -> String {
                guard let value = rest.popFirst() else {
                    throw .message("adsh run: option \(option) needs a value\n\(usage)")
                }
                return value
            }
            while let argument = rest.popFirst() {
                switch argument {
                case "--env": options.environmentName = try value(argument)
                case "--junit": options.junitPath = try value(argument)
                case "--stop-on-failure": options.stopOnFailure = true
                case "--demo": options.demo = true
                case "--var":
                    let pair = try value(argument)
                    guard let equals = pair.firstIndex(of: "="), equals != pair.startIndex else {
                        throw .message("adsh run: --var needs NAME=VALUE, not '\(pair)'")
                    }
                    options.variables.append(
                        (String(pair[..<equals]), String(pair[pair.index(after: equals)...])))
                case "--help", "-h":
                    throw .message(usage)
                default:
                    if argument.hasPrefix("--") {
                        throw .message("adsh run: unknown option '\(argument)'\n\(usage)")
                    }
                    options.files.append(argument)
                }
            }
            guard !options.files.isEmpty else {
                throw .message("adsh run: no script given\n\(usage)")
            }
            return options
        }
    }

    /// The result of one command of a script.
    struct CommandResult {
        var line: Int
        var text: String
        var passed: Bool
        var seconds: Double
        var message: String
    }

    let session: Session
    let options: Options

    public init(session: Session, options: Options) {
        self.session = session
        self.options = options
    }

    /// Runs every script; returns the exit status.
    public func run() -> Int32 {
        let shell = Shell(session: session)
        let console = session.console
        var passed = 0
        var failed = 0
        var suites: [(file: String, results: [CommandResult])] = []
        fileLoop: for file in options.files {
            console.print(console.style("== \(file)", .bold))
            var results: [CommandResult] = []
            defer { suites.append((file, results)) }
            let script: ScriptFile
            do {
                script = try ScriptFile.load(file)
            } catch {
                console.error("\(error)")
                failed += 1
                results.append(
                    CommandResult(
                        line: 0, text: "load", passed: false, seconds: 0, message: "\(error)"))
                if options.stopOnFailure { break fileLoop }
                continue
            }
            for command in script.commands {
                console.print(
                    console.style("> ", .dim) + command.text.replacing("\n", with: "\n  "))
                let errorsBefore = console.errorLog.count
                let start = currentMilliseconds()
                let outcome = shell.execute(command.text)
                let seconds = Double(currentMilliseconds() - start) / 1000
                let message = console.errorLog[errorsBefore...].joined(separator: "\n")
                let ok = outcome == .success
                results.append(
                    CommandResult(
                        line: command.line, text: command.text, passed: ok, seconds: seconds,
                        message: message))
                if ok {
                    passed += 1
                } else {
                    failed += 1
                    console.printError(
                        console.style(
                            "✘ \(file):\(command.line) failed; the rest of this script is skipped",
                            .red))
                    if options.stopOnFailure { break fileLoop }
                    continue fileLoop
                }
                if session.exitRequested { break }
            }
        }
        console.print("\(passed) passed, \(failed) failed")
        if let path = options.junitPath {
            do {
                try FileSystem.writeAtomically(
                    Array(JUnitReport.xml(suites).utf8), to: FileSystem.expandingTilde(path),
                    mode: 0o644)
            } catch {
                console.error("cannot write the JUnit report: \(error)")
                return 1
            }
        }
        return failed == 0 ? 0 : 1
    }
}

/// A JUnit XML report, as CI systems read it: one test suite per script, one test case per
/// command.
enum JUnitReport {
    static func xml(_ suites: [(file: String, results: [ScriptRunner.CommandResult])]) -> String {
        var lines = [#"<?xml version="1.0" encoding="UTF-8"?>"#]
        let total = suites.reduce(0) { $0 + $1.results.count }
        let failures = suites.reduce(0) { $0 + $1.results.filter { !$0.passed }.count }
        lines.append(#"<testsuites name="adsh run" tests="\#(total)" failures="\#(failures)">"#)
        for suite in suites {
            let suiteFailures = suite.results.filter { !$0.passed }.count
            let time = suite.results.reduce(0) { $0 + $1.seconds }
            lines.append(
                #"  <testsuite name="\#(escape(suite.file))" tests="\#(suite.results.count)" "#
                    + #"failures="\#(suiteFailures)" time="\#(time)">"#)
            for result in suite.results {
                let firstLine = result.text.split(separator: "\n").first.map(String.init) ?? ""
                let name = escape("line \(result.line): \(firstLine)")
                let open =
                    #"    <testcase classname="\#(escape(suite.file))" name="\#(name)" "#
                    + #"time="\#(result.seconds)""#
                if result.passed {
                    lines.append(open + "/>")
                } else {
                    lines.append(open + ">")
                    lines.append(
                        #"      <failure message="\#(escape(result.message))"/>"#)
                    lines.append("    </testcase>")
                }
            }
            lines.append("  </testsuite>")
        }
        lines.append("</testsuites>")
        return lines.joined(separator: "\n") + "\n"
    }

    /// Escapes text for an XML attribute, dropping control characters XML 1.0 forbids.
    static func escape(_ text: String) -> String {
        var output = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "\n": output += "&#10;"
            case _ where scalar.value < 0x20 && scalar != "\t": continue
            case "\u{1B}": continue
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output
    }
}
