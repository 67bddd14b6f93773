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
