/// How a body is shown, from its content type and its bytes.
enum BodyKind: Equatable {
    case json
    case text
    case binary

    static func classify(contentType: String?, bytes: [UInt8]) -> BodyKind {
        let type = contentType?.lowercased() ?? ""
        let looksBinary = bytes.prefix(8192).contains { byte in
            byte == 0 || (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D)
        }
        if looksBinary
            || String(validating: bytes.prefix(65536).trimmedToScalar(), as: UTF8.self) == nil
        {
            return .binary
        }
        if type.contains("json") { return .json }
        let first = bytes.first { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }
        if type.isEmpty || type.hasPrefix("text/plain") || type.contains("octet-stream"),
            first == UInt8(ascii: "{") || first == UInt8(ascii: "[")
        {
            return .json
        }
        return .text
    }

    /// One line describing a binary body: type, size and its first 16 bytes in hex.
    static func summary(contentType: String?, bytes: [UInt8]) -> String {
        let hex = bytes.prefix(16).map { byte in
            let digits = String(byte, radix: 16)
            return digits.count == 1 ? "0" + digits : digits
        }.joined(separator: " ")
        let more = bytes.count > 16 ? " …" : ""
        return "binary body: \(contentType ?? "no content type"), "
            + "\(formatByteCount(bytes.count)), starts \(hex)\(more)"
    }
}

extension ArraySlice where Element == UInt8 {
    /// The slice without a UTF-8 sequence cut off at its end, so a prefix of valid text stays
    /// valid.
    func trimmedToScalar() -> ArraySlice<UInt8> {
        var end = endIndex
        var back = 0
        while end > startIndex && back < 3 && (self[end - 1] & 0xC0) == 0x80 {
            end -= 1
            back += 1
        }
        if end > startIndex && self[end - 1] >= 0xC0 { end -= 1 }
        return back == 0 && end == endIndex ? self : self[startIndex..<end]
    }
}
