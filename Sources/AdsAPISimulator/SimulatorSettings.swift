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

/// How long an asynchronous report or snapshot stays in each state before it completes.
public struct ReportSchedule: Sendable, Equatable {
    /// Seconds in `PENDING` (v3) or the first half of `IN_PROGRESS` (v2).
    public var pendingSeconds: Double
    /// Seconds in `PROCESSING` (v3) or the second half of `IN_PROGRESS` (v2).
    public var processingSeconds: Double

    public init(pendingSeconds: Double = 2, processingSeconds: Double = 2) {
        self.pendingSeconds = pendingSeconds
        self.processingSeconds = processingSeconds
    }

    /// Parses `SECONDS` (both states) or `PENDING:PROCESSING`.
    public static func parse(_ spec: String) throws -> ReportSchedule {
        let parts = spec.split(separator: ":", omittingEmptySubsequences: false).map { Double($0) }
        guard parts.count <= 2, parts.allSatisfy({ ($0 ?? -1) >= 0 }), let first = parts[0] else {
            throw SimulatorConfigurationError.invalidValue(
                option: "--report-delay", value: spec,
                expected: "SECONDS or PENDING:PROCESSING, for example 1.5 or 0:3")
        }
        return ReportSchedule(pendingSeconds: first, processingSeconds: parts.last! ?? first)
    }
}
