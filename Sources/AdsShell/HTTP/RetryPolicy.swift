import Glibc

/// Decides whether and when to send a request again after a 429 or 5xx response.
///
/// Amazon Ads responds 429 when a client is throttled, with `Retry-After` in seconds, but not
/// always with that header (Amazon Ads API documentation, "Rate limiting"; reports of 429
/// without it on `POST /reporting/reports`). Without it the wait is an exponential backoff
/// with jitter: the base delay doubled per attempt, capped, and a random part between half
/// and all of it, so that many clients do not retry in step.
struct RetryPolicy {
    /// Methods that may be repeated without a second effect (RFC 9110 §9.2.2).
    static let idempotentMethods: Set<String> = ["GET", "HEAD", "PUT", "DELETE", "OPTIONS"]
    static let retriedServerErrors: Set<Int> = [500, 502, 503, 504]

    let settings: ShellSettings

    /// The wait before the next attempt, or nil to keep this response.
    /// - Parameters:
    ///   - attempt: the attempt that got `response`, starting at 1.
    ///   - waited: seconds already spent waiting for this request.
    func delay(after response: HTTPResponse, method: String, attempt: Int, waited: Double)
        -> (seconds: Double, reason: String)?
    {
        let throttled = response.status == 429
        let serverError = Self.retriedServerErrors.contains(response.status)
        guard throttled || (serverError && Self.idempotentMethods.contains(method)) else {
            return nil
        }
        guard attempt < settings.retryAttempts else { return nil }
        let seconds: Double
        let reason: String
        if let header = response.headers["Retry-After"], let value = Double(header), value >= 0 {
            seconds = value
            reason = "Retry-After: \(header)"
        } else {
            let exponent = Double(min(attempt - 1, 30))
            let backoff = min(
                settings.retryMaximumDelay, settings.retryBaseDelay * pow(2, exponent))
            seconds = backoff / 2 + Double.random(in: 0...(backoff / 2))
            reason = "backoff"
        }
        guard waited + seconds <= settings.retryTotalWait else { return nil }
        return (seconds, reason)
    }

    /// Sleeps for `seconds` in short steps, so Ctrl-C ends the wait at once.
    /// - Throws: `HTTPError.cancelled` when Ctrl-C is pressed.
    static func wait(_ seconds: Double) throws(HTTPError) {
        var remaining = seconds
        while remaining > 0 {
            if Interrupts.isPending { throw .cancelled }
            let step = min(remaining, 0.02)
            var time = timespec(tv_sec: 0, tv_nsec: Int(step * 1_000_000_000))
            nanosleep(&time, nil)
            remaining -= step
        }
        if Interrupts.isPending { throw .cancelled }
    }
}
