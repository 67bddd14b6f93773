import Glibc

/// Where the shell writes: results to standard output, diagnostics to standard error.
///
/// Every line passes through `redact` first, so a secret value that reaches a message by
/// accident is written as `{{name}}` instead.
public final class Console {
    /// Whether standard output is a terminal.
    public let isTerminal: Bool
    /// Whether ANSI colour is used: only on a terminal, when `NO_COLOR` is unset and `TERM`
    /// is not `dumb` (https://no-color.org).
    public var usesColor: Bool
    var redact: (String) -> String = { $0 }
    /// Secret values with the names that replace them, for redacting bytes.
    var secrets: () -> [(key: String, value: String)] = { [] }
    private let outputDescriptor: Int32
    private let errorDescriptor: Int32
    /// When set, output is kept here instead of written, for tests.
    private var capture: (output: [UInt8], error: [UInt8])?

    public init(outputDescriptor: Int32 = 1, errorDescriptor: Int32 = 2) {
        self.outputDescriptor = outputDescriptor
        self.errorDescriptor = errorDescriptor
        isTerminal = isatty(outputDescriptor) == 1
        let term = environmentValue("TERM")
        usesColor = isTerminal && environmentValue("NO_COLOR") == nil && term != "dumb"
    }

    /// A console that keeps everything written to it, with colour off.
    public static func capturing() -> Console {
        let console = Console(outputDescriptor: -1, errorDescriptor: -2)
        console.usesColor = false
        console.capture = ([], [])
        return console
    }

    /// Text written to standard output so far, when capturing.
    public var capturedOutput: String {
        String(decoding: capture?.output ?? [], as: UTF8.self)
    }

    /// Text written to standard error so far, when capturing.
    public var capturedError: String {
        String(decoding: capture?.error ?? [], as: UTF8.self)
    }

    /// Forgets captured text.
    public func clearCapture() {
        if capture != nil { capture = ([], []) }
    }

    /// Writes `text` and a newline to standard output.
    public func print(_ text: String) {
        write(redact(text) + "\n", to: outputDescriptor)
    }

    /// Writes `text` and a newline to standard output without redaction: only for values the
    /// user asked to reveal.
    public func printRevealed(_ text: String) {
        write(text + "\n", to: outputDescriptor)
    }

    /// Writes bytes and a newline to standard output, with every secret value replaced by
    /// its `{{name}}`. Works on bytes, so a large body is never turned into a `String`.
    public func printRedacted(_ bytes: [UInt8]) {
        var output = bytes
        for secret in secrets() where !secret.value.isEmpty {
            output = Self.replacing(
                Array(secret.value.utf8), with: Array("{{\(secret.key)}}".utf8), in: output)
        }
        output.append(UInt8(ascii: "\n"))
        output.withUnsafeBytes { writeAll($0, to: outputDescriptor) }
    }

    /// `bytes` with each occurrence of `target` replaced, found with `memchr` and `memcmp`.
    static func replacing(_ target: [UInt8], with replacement: [UInt8], in bytes: [UInt8])
        -> [UInt8]
    {
        guard !target.isEmpty, bytes.count >= target.count else { return bytes }
        var result: [UInt8]?
        bytes.withUnsafeBytes { haystack in
            target.withUnsafeBytes { needle in
                var start = 0
                let first = Int32(needle[0])
                var scan = 0
                while scan <= haystack.count - needle.count,
                    let found = memchr(
                        haystack.baseAddress! + scan, first,
                        haystack.count - needle.count + 1 - scan)
                {
                    let offset = haystack.baseAddress!.distance(to: UnsafeRawPointer(found))
                    guard
                        memcmp(haystack.baseAddress! + offset, needle.baseAddress!, needle.count)
                            == 0
                    else {
                        scan = offset + 1
                        continue
                    }
                    if result == nil {
                        result = []
                        result!.reserveCapacity(bytes.count)
                    }
                    result!.append(contentsOf: haystack[start..<offset])
                    result!.append(contentsOf: replacement)
                    start = offset + needle.count
                    scan = start
                }
                if result != nil { result!.append(contentsOf: haystack[start...]) }
            }
        }
        return result ?? bytes
    }

    /// Writes bytes to standard output unchanged (response bodies).
    public func writeRaw(_ bytes: UnsafeRawBufferPointer) {
        writeAll(bytes, to: outputDescriptor)
    }

    /// Writes `text` and a newline to standard error.
    public func printError(_ text: String) {
        write(redact(text) + "\n", to: errorDescriptor)
    }

    /// Every error message written, redacted and without colour, for run reports.
    public private(set) var errorLog: [String] = []

    /// Writes an error message, prefixed `error:` and red on a terminal.
    public func error(_ message: String) {
        errorLog.append(redact(message))
        printError(style("error:", .red) + " " + message)
    }

    /// Writes a warning message, prefixed `warning:` and yellow on a terminal.
    public func warning(_ message: String) {
        printError(style("warning:", .yellow) + " " + message)
    }

    /// Writes a short notice to standard error, dimmed on a terminal.
    public func notice(_ message: String) {
        printError(style(message, .dim))
    }

    /// Rewrites one status line in place on standard error, for page counters and polling.
    public func progress(_ text: String) {
        write("\r\u{1B}[2K" + redact(text), to: errorDescriptor)
    }

    /// Ends a line written with `progress`.
    public func endProgress() {
        write("\r\u{1B}[2K", to: errorDescriptor)
    }

    public enum Style: String {
        case red = "31"
        case green = "32"
        case yellow = "33"
        case blue = "34"
        case magenta = "35"
        case cyan = "36"
        case bold = "1"
        case dim = "2"
    }

    /// Wraps `text` in an ANSI style when colour is on.
    public func style(_ text: String, _ style: Style) -> String {
        guard usesColor, isatty(errorDescriptor) == 1 || isTerminal else { return text }
        return "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m"
    }

    private func write(_ text: String, to descriptor: Int32) {
        var text = text
        text.withUTF8 { writeAll(UnsafeRawBufferPointer($0), to: descriptor) }
    }

    private func writeAll(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) {
        if capture != nil {
            if descriptor == outputDescriptor {
                capture!.output.append(contentsOf: bytes)
            } else {
                capture!.error.append(contentsOf: bytes)
            }
            return
        }
        guard var pointer = bytes.baseAddress else { return }
        var remaining = bytes.count
        while remaining > 0 {
            let count = Glibc.write(descriptor, pointer, remaining)
            if count < 0 {
                if errno == EINTR { continue }
                return
            }
            pointer += count
            remaining -= count
        }
    }
}
