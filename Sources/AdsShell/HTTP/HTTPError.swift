/// A request that did not produce a response.
public enum HTTPError: Error, Sendable, Equatable, CustomStringConvertible {
    case invalidURL(String, reason: String)
    case unsupportedScheme(String)
    case connectionFailed(url: String, reason: String)
    case timedOut(url: String, seconds: Double)
    case cancelled
    case bodyTooLarge(limit: Int)
    case tls(url: String, reason: String)
    case transferFailed(url: String, reason: String)
    case redirectLoop(url: String)
    case tooManyRedirects(count: Int)
    case fileWriteFailed(path: String, reason: String)

    public var description: String {
        switch self {
        case .invalidURL(let url, let reason):
            return "invalid URL '\(url)': \(reason)"
        case .unsupportedScheme(let url):
            return "unsupported URL '\(url)': only http and https are allowed"
        case .connectionFailed(let url, let reason):
            return "could not connect to \(url): \(reason)"
        case .timedOut(let url, let seconds):
            return "request to \(url) timed out after \(formatSeconds(seconds)); "
                + "raise the limit with --timeout SECONDS"
        case .cancelled:
            return "request cancelled"
        case .bodyTooLarge(let limit):
            return "response body is larger than \(formatByteCount(limit)); "
                + "save it to a file with `> FILE` instead"
        case .tls(let url, let reason):
            return "TLS failed for \(url): \(reason)"
        case .transferFailed(let url, let reason):
            return "request to \(url) failed: \(reason)"
        case .redirectLoop(let url):
            return "redirect loop: \(url) was already visited"
        case .tooManyRedirects(let count):
            return "stopped after \(count) redirects"
        case .fileWriteFailed(let path, let reason):
            return "cannot write the response body to \(path): \(reason)"
        }
    }
}

/// Formats seconds for people: `850 ms`, `2.5 s`, `60 min`, `3 h`.
func formatSeconds(_ seconds: Double) -> String {
    if seconds < 1 { return "\(Int((seconds * 1000).rounded())) ms" }
    if seconds >= 7200 { return "\(Int((seconds / 3600).rounded())) h" }
    if seconds >= 120 { return "\(Int((seconds / 60).rounded())) min" }
    let tenths = (seconds * 10).rounded() / 10
    if tenths == tenths.rounded() { return "\(Int(tenths)) s" }
    return "\(tenths) s"
}

/// Formats a byte count for people: `512 B`, `1.2 KB`, `3.4 MB` (units of 1024).
func formatByteCount(_ count: Int) -> String {
    if count < 1024 { return "\(count) B" }
    let units = ["KB", "MB", "GB", "TB"]
    var value = Double(count) / 1024
    var unit = 0
    while value >= 1024 && unit < units.count - 1 {
        value /= 1024
        unit += 1
    }
    let rounded = (value * 10).rounded() / 10
    return "\(rounded) \(units[unit])"
}
