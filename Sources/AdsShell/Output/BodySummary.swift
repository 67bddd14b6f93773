/// The display form of a response body: pretty-printed JSON, text, or a binary summary.
public enum BodyKind: Sendable, Equatable {
    /// JSON to pretty-print, judged by the content type, or by the first byte when the type
    /// is missing or generic. The body may still be invalid JSON, so a caller whose formatter
    /// fails should show it as text.
    case json
    /// Valid UTF-8 without control characters other than tab, line feed and carriage return.
    case text
    /// Anything else, shown as a one-line summary.
    case binary
}

/// Decides whether a body is JSON, text or binary, and summarises binary bodies.
public enum BodySummary {
    /// Bytes shown in hex at the start of a binary summary.
    public static let previewLength = 16

    /// Classifies a body from its `Content-Type` header value and its bytes.
    ///
    /// Bytes win over the header: a body labelled JSON that is not valid text is binary, such
    /// as a gzip download served as `application/json`.
    public static func kind(contentType: String?, bytes: [UInt8]) -> BodyKind {
        guard isText(bytes) else { return .binary }
        let mediaType = Self.mediaType(contentType)
        if mediaType == "application/json" || mediaType.hasSuffix("+json")
            || mediaType == "text/json"
        {
            return .json
        }
        // Amazon's vendor types look like application/vnd.spcampaign.v3+json; others are
        // sometimes sent without a type, so a leading brace or bracket also means JSON.
        if mediaType.isEmpty || mediaType == "application/octet-stream"
            || mediaType == "text/plain"
        {
            let first = bytes.first { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }
            if first == UInt8(ascii: "{") || first == UInt8(ascii: "[") { return .json }
        }
        return .text
    }

    /// Returns a one-line description of a binary body, such as
    /// `binary body: application/octet-stream, 1,234 bytes, starts 1f 8b 08 00 …`.
    public static func summary(contentType: String?, bytes: [UInt8]) -> String {
        let type =
            contentType?.trimmingWhitespace.isEmpty == false
            ? contentType!.trimmingWhitespace : "no content type"
        let noun = bytes.count == 1 ? "byte" : "bytes"
        var text = "binary body: \(type), \(grouped(bytes.count)) \(noun)"
        if bytes.isEmpty { return text }
        let preview = bytes.prefix(previewLength).map { byte in
            let digits = String(byte, radix: 16)
            return digits.count == 1 ? "0" + digits : digits
        }
        text += ", starts " + preview.joined(separator: " ")
        if bytes.count > previewLength {
            text += " …"
        }
        if Gzip.isGzip(bytes) {
            text += " (gzip)"
        }
        return text
    }

    /// Returns whether the bytes are valid UTF-8 without control characters other than tab, line feed
    /// and carriage return. NUL, escape, DEL and the C1 range U+0080–U+009F all count as
    /// control characters, so printing a text body cannot send commands to the terminal.
    public static func isText(_ bytes: [UInt8]) -> Bool {
        // ASCII is checked a byte at a time; only other bytes go through UTF-8 decoding, so a
        // 100 MB JSON body is checked at memory speed.
        bytes.withUnsafeBufferPointer { buffer in
            var index = 0
            let count = buffer.count
            while index < count {
                let byte = buffer[index]
                if byte < 0x80 {
                    if (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D) || byte == 0x7F
                    {
                        return false
                    }
                    index += 1
                    continue
                }
                guard let length = validScalarLength(buffer, at: index) else { return false }
                index += length
            }
            return true
        }
    }

    /// The length of the valid UTF-8 sequence at `index` (RFC 3629 §4), or nil when it is
    /// invalid or encodes a C1 control character (U+0080 to U+009F).
    private static func validScalarLength(_ buffer: UnsafeBufferPointer<UInt8>, at index: Int)
        -> Int?
    {
        let lead = buffer[index]
        let length: Int
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch lead {
        case 0xC2:
            length = 2
            low = 0xA0
        case 0xC3...0xDF:
            length = 2
        case 0xE0:
            length = 3
            low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF:
            length = 3
        case 0xED:
            length = 3
            high = 0x9F
        case 0xF0:
            length = 4
            low = 0x90
        case 0xF1...0xF3:
            length = 4
        case 0xF4:
            length = 4
            high = 0x8F
        default:
            return nil
        }
        guard index + length <= buffer.count else { return nil }
        let second = buffer[index + 1]
        guard second >= low && second <= high else { return nil }
        for offset in 2..<max(length, 2) where (buffer[index + offset] & 0xC0) != 0x80 {
            return nil
        }
        return length
    }

    /// Returns the media type in lower case without parameters: `application/json; charset=utf-8`
    /// becomes `application/json`.
    static func mediaType(_ contentType: String?) -> String {
        guard let contentType else { return "" }
        let base = contentType.split(separator: ";", maxSplits: 1).first.map(String.init) ?? ""
        return base.trimmingWhitespace.lowercased()
    }

    /// Formats a count with thousands separators: 1234567 becomes `1,234,567`.
    static func grouped(_ count: Int) -> String {
        let digits = String(count.magnitude)
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { result += "," }
            result.append(digit)
        }
        return count < 0 ? "-" + result : result
    }
}

extension String {
    fileprivate var trimmingWhitespace: String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
