/// A problem with the `adsh simulate` arguments.
public enum SimulatorConfigurationError: Error, CustomStringConvertible, Equatable {
    /// `--help` was given: print ``SimulatorConfiguration/usage`` and exit successfully.
    case helpRequested
    case missingValue(option: String)
    case invalidValue(option: String, value: String, expected: String)
    case unknownOption(String)

    public var description: String {
        switch self {
        case .helpRequested:
            return SimulatorConfiguration.usage
        case .missingValue(let option):
            return "missing value for \(option); see 'adsh simulate --help'"
        case .invalidValue(let option, let value, let expected):
            return "invalid value '\(value)' for \(option): expected \(expected)"
        case .unknownOption(let option):
            return "unknown option '\(option)'; see 'adsh simulate --help'"
        }
    }
}
