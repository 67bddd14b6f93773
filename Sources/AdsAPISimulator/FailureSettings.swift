/// The schedule of injected server errors.
public struct FailureSettings: Sendable, Equatable {
    /// Every Nth request to an API listener fails; 0 turns failures off.
    public var every: Int
    /// The status sent: 500, 502, 503 or 504.
    public var status: Int

    public init(every: Int = 0, status: Int = 500) {
        self.every = every
        self.status = status
    }

    /// Parses `N` (500 on every Nth request), `N:STATUS` or `off`.
    public static func parse(_ spec: String) throws -> FailureSettings {
        if spec == "off" { return FailureSettings() }
        let parts = spec.split(separator: ":", omittingEmptySubsequences: false)
        let expected = "N or N:STATUS with STATUS 500, 502, 503 or 504, for example 4:503"
        guard parts.count <= 2, let every = Int(parts[0]), every >= 0 else {
            throw SimulatorConfigurationError.invalidValue(
                option: "--fail", value: spec, expected: expected)
        }
        var settings = FailureSettings(every: every)
        if parts.count == 2 {
            guard let status = Int(parts[1]), [500, 502, 503, 504].contains(status) else {
                throw SimulatorConfigurationError.invalidValue(
                    option: "--fail", value: spec, expected: expected)
            }
            settings.status = status
        }
        return settings
    }
}
