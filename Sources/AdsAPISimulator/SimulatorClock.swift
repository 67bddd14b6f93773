import Glibc
import Synchronization

/// Wall-clock time in seconds since 1970 plus an offset that tests can advance, so that code,
/// token and report expiry are testable without waiting.
final class SimulatorClock: Sendable {
    private let offset = Mutex(0.0)

    var now: Double {
        var spec = timespec()
        clock_gettime(CLOCK_REALTIME, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9 + offset.withLock { $0 }
    }

    func advance(by seconds: Double) {
        offset.withLock { $0 += seconds }
    }

    /// Blocks the calling thread for `seconds` of real time, whatever the clock offset.
    static func sleep(seconds requested: Double) {
        // About 31 years; larger values would overflow `time_t` conversions.
        let seconds = min(max(requested, 0), 1e9)
        var remaining = timespec(
            tv_sec: Int(seconds.rounded(.down)),
            tv_nsec: Int((seconds - seconds.rounded(.down)) * 1e9))
        var unslept = timespec()
        while nanosleep(&remaining, &unslept) != 0 && errno == EINTR {
            remaining = unslept
        }
    }

    /// Formats the current real time in the IMF-fixdate format of HTTP's `Date` header
    /// (RFC 9110 section 5.6.7), for example `Fri, 04 Dec 2026 16:30:00 GMT`.
    static func httpDate() -> String {
        var seconds = time(nil)
        var parts = tm()
        gmtime_r(&seconds, &parts)
        var buffer = [CChar](repeating: 0, count: 64)
        let length = strftime(&buffer, buffer.count, "%a, %d %b %Y %H:%M:%S GMT", &parts)
        return String(decoding: buffer[0..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// `2026-12-04T16:30:00.123Z`.
    static func iso8601(_ time: Double) -> String {
        let parts = components(time)
        let millis = Int((time - time.rounded(.down)) * 1000)
        return parts.date + "T" + parts.time + "." + pad(millis, 3) + "Z"
    }

    /// `2026-12-04`.
    static func day(_ time: Double) -> String {
        components(time).date
    }

    /// Seconds since 1970 at midnight UTC of a `YYYY-MM-DD` date, or nil if it is not one.
    static func parseDay(_ text: String) -> Double? {
        let fields = text.split(separator: "-", omittingEmptySubsequences: false)
        guard text.count == 10, fields.count == 3, let year = Int(fields[0]),
            let month = Int(fields[1]), let day = Int(fields[2]), (1...12).contains(month),
            (1...31).contains(day)
        else { return nil }
        var parts = tm()
        parts.tm_year = Int32(year - 1900)
        parts.tm_mon = Int32(month - 1)
        parts.tm_mday = Int32(day)
        let seconds = timegm(&parts)
        guard Int(parts.tm_mday) == day else { return nil }
        return Double(seconds)
    }

    private static func components(_ time: Double) -> (date: String, time: String) {
        var seconds = time_t(time.rounded(.down))
        var parts = tm()
        gmtime_r(&seconds, &parts)
        let date =
            pad(Int(parts.tm_year) + 1900, 4) + "-" + pad(Int(parts.tm_mon) + 1, 2) + "-"
            + pad(Int(parts.tm_mday), 2)
        let clock =
            pad(Int(parts.tm_hour), 2) + ":" + pad(Int(parts.tm_min), 2) + ":"
            + pad(Int(parts.tm_sec), 2)
        return (date, clock)
    }

    private static func pad(_ number: Int, _ width: Int) -> String {
        let text = String(number)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}
