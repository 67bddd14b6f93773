/// The schedule of injected 429 Too Many Requests responses.
public struct ThrottleSettings: Sendable, Equatable {
    /// Every Nth request to an API listener is throttled; 0 turns throttling off.
    public var every: Int
    /// The `Retry-After` value in seconds, or nil to send 429 without that header, as Amazon
    /// sometimes does.
    public var retryAfter: Int?

    public init(every: Int = 0, retryAfter: Int? = nil) {
        self.every = every
        self.retryAfter = retryAfter
    }

    /// Parses `N` (429 without `Retry-After`), `N:SECONDS` (with it) or `off`.
    public static func parse(_ spec: String) throws -> ThrottleSettings {
        if spec == "off" { return ThrottleSettings() }
        let parts = spec.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count <= 2, let every = Int(parts[0]), every >= 0 else {
            throw SimulatorConfigurationError.invalidValue(
                option: "--throttle", value: spec, expected: "N or N:SECONDS, for example 5:2")
        }
        var settings = ThrottleSettings(every: every)
        if parts.count == 2 {
            guard let seconds = Int(parts[1]), seconds >= 0 else {
                throw SimulatorConfigurationError.invalidValue(
                    option: "--throttle", value: spec, expected: "N or N:SECONDS, for example 5:2")
            }
            settings.retryAfter = seconds
        }
        return settings
    }
}
