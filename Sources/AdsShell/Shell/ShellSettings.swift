/// Tunable limits of the shell, changed with `settings NAME VALUE` and kept in config.json.
public struct ShellSettings: Sendable, Equatable {
    /// Seconds allowed for a whole request; 0 means no limit.
    public var timeout: Double = 300
    /// Seconds allowed to connect.
    public var connectTimeout: Double = 10
    /// Attempts for one request when the response is 429 or 5xx, the first included.
    public var retryAttempts = 5
    /// The maximum seconds spent waiting between attempts of one request, all waits added up.
    public var retryTotalWait: Double = 120
    /// The first backoff wait in seconds when the server sends no `Retry-After`; it doubles
    /// with each attempt.
    public var retryBaseDelay: Double = 1
    /// The maximum single backoff wait in seconds.
    public var retryMaximumDelay: Double = 30

    public init() {}

    /// Each setting's name, description and unit, in the order `settings` lists them.
    static let descriptions: [(name: String, text: String)] = [
        ("timeout", "seconds allowed for a whole request (0 = no limit)"),
        ("connect-timeout", "seconds allowed to connect"),
        ("retry-attempts", "attempts on 429 and 5xx responses, the first included (1 = no retry)"),
        ("retry-total-wait", "maximum seconds spent waiting between attempts of one request"),
        ("retry-base-delay", "first backoff wait in seconds without Retry-After; it doubles"),
        ("retry-max-delay", "maximum single backoff wait in seconds"),
    ]

    /// The value of the setting `name` as text.
    func value(of name: String) -> String? {
        switch name {
        case "timeout": return Self.format(timeout)
        case "connect-timeout": return Self.format(connectTimeout)
        case "retry-attempts": return String(retryAttempts)
        case "retry-total-wait": return Self.format(retryTotalWait)
        case "retry-base-delay": return Self.format(retryBaseDelay)
        case "retry-max-delay": return Self.format(retryMaximumDelay)
        default: return nil
        }
    }

    /// Sets `name` from text.
    /// - Throws: `ShellError` naming the setting and the accepted values.
    mutating func set(_ name: String, to text: String) throws(ShellError) {
        guard value(of: name) != nil else {
            let suggestion = NameSuggestion.closest(
                to: name, among: Self.descriptions.map(\.name))
            let hint = suggestion.map { " (did you mean '\($0)'?)" } ?? ""
            throw .message("settings: unknown setting '\(name)'\(hint)")
        }
        if name == "retry-attempts" {
            guard let count = Int(text), (1...100).contains(count) else {
                throw .message("settings: retry-attempts must be a whole number from 1 to 100")
            }
            retryAttempts = count
            return
        }
        guard let number = Double(text), number >= 0, number.isFinite else {
            throw .message("settings: \(name) must be a number of seconds, such as 2.5")
        }
        switch name {
        case "timeout": timeout = number
        case "connect-timeout": connectTimeout = max(number, 0.001)
        case "retry-total-wait": retryTotalWait = number
        case "retry-base-delay": retryBaseDelay = number
        default: retryMaximumDelay = number
        }
    }

    private static func format(_ number: Double) -> String {
        number == number.rounded() ? String(Int(number)) : String(number)
    }
}
