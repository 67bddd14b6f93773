/// A validating scanner that finds the top-level values of a JSON text without building them.
///
/// It checks the full RFC 8259 grammar, UTF-8 and `\u` surrogate pairs, and limits nesting like
/// `JSONParser`, so later passes over the same bytes can skip values without checking them.
enum JSONValidator {
    /// Minimum length of a container listed in `containerEnds`. Shorter containers are cheap to
    /// skip byte by byte, and leaving them out bounds the table at one entry per 128 bytes.
    static let indexedContainerLength = 128

    /// Returns the byte range of each top-level value, and the end offset of each container of
    /// at least `indexedContainerLength` bytes keyed by its start offset. Several top-level
    /// values separated by whitespace (JSON lines) are allowed.
    /// - Throws: `JSONParseError` at the first invalid byte.
    static func scan(
        _ buffer: UnsafeBufferPointer<UInt8>,
        maximumDepth: Int = JSONParser.defaultMaximumDepth
    ) throws(JSONParseError) -> (values: [Range<Int>], containerEnds: [Int: Int]) {
        guard let bytes = buffer.baseAddress else { return ([], [:]) }
        var scanner = Scanner(bytes: bytes, count: buffer.count, maximumDepth: maximumDepth)
        var ranges: [Range<Int>] = []
        scanner.skipWhitespace()
        while scanner.index < scanner.count {
            let start = scanner.index
            try scanner.value(depth: 0)
            ranges.append(start..<scanner.index)
            scanner.skipWhitespace()
        }
        return (ranges, scanner.containerEnds)
    }

    /// The scanner state for one pass over a buffer that outlives it.
    struct Scanner {
        let bytes: UnsafePointer<UInt8>
        let count: Int
        let maximumDepth: Int
        var index = 0
        var containerEnds: [Int: Int] = [:]

        init(bytes: UnsafePointer<UInt8>, count: Int, maximumDepth: Int) {
            self.bytes = bytes
            self.count = count
            self.maximumDepth = maximumDepth
        }

        @inline(never)
        func error(_ message: String, at offset: Int? = nil) -> JSONParseError {
            let offset = min(offset ?? index, count)
            var line = 1
            var lineStart = 0
            for position in 0..<offset where bytes[position] == 0x0A {
                line += 1
                lineStart = position + 1
            }
            return JSONParseError(
                message: message, offset: offset, line: line, column: offset - lineStart + 1)
        }

        func describeCurrent() -> String {
            guard index < count else { return "end of input" }
            let byte = bytes[index]
            if byte >= 0x20 && byte < 0x7F { return "'\(Character(UnicodeScalar(byte)))'" }
            return "byte 0x" + String(byte, radix: 16, uppercase: true)
        }

        @inline(__always)
        mutating func skipWhitespace() {
            while index < count {
                let byte = bytes[index]
                guard byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 else { return }
                index += 1
            }
        }

        @inline(__always)
        func current() -> UInt8 { index < count ? bytes[index] : 0 }

        mutating func value(depth: Int) throws(JSONParseError) {
            guard index < count else { throw error("unexpected end of input; expected a value") }
            switch bytes[index] {
            case UInt8(ascii: "{"):
                try object(depth: depth + 1)
            case UInt8(ascii: "["):
                try array(depth: depth + 1)
            case UInt8(ascii: "\""):
                try string()
            case UInt8(ascii: "t"):
                try literal("true")
            case UInt8(ascii: "f"):
                try literal("false")
            case UInt8(ascii: "n"):
                try literal("null")
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                try number()
            default:
                throw error("expected a JSON value, found \(describeCurrent())")
            }
        }

        mutating func object(depth: Int) throws(JSONParseError) {
            guard depth <= maximumDepth else {
                throw error("nesting deeper than \(maximumDepth) levels")
            }
            let start = index
            defer { recordContainer(from: start) }
            index += 1
            skipWhitespace()
            if current() == UInt8(ascii: "}") {
                index += 1
                return
            }
            while true {
                guard current() == UInt8(ascii: "\"") else {
                    throw error("expected a string key, found \(describeCurrent())")
                }
                try string()
                skipWhitespace()
                guard current() == UInt8(ascii: ":") else {
                    throw error("expected ':' after an object key, found \(describeCurrent())")
                }
                index += 1
                skipWhitespace()
                try value(depth: depth)
                skipWhitespace()
                switch current() {
                case UInt8(ascii: ","):
                    index += 1
                    skipWhitespace()
                case UInt8(ascii: "}"):
                    index += 1
                    return
                default:
                    throw error("expected ',' or '}', found \(describeCurrent())")
                }
            }
        }

        mutating func array(depth: Int) throws(JSONParseError) {
            guard depth <= maximumDepth else {
                throw error("nesting deeper than \(maximumDepth) levels")
            }
            let start = index
            defer { recordContainer(from: start) }
            index += 1
            skipWhitespace()
            if current() == UInt8(ascii: "]") {
                index += 1
                return
            }
            while true {
                try value(depth: depth)
                skipWhitespace()
                switch current() {
                case UInt8(ascii: ","):
                    index += 1
                    skipWhitespace()
                case UInt8(ascii: "]"):
                    index += 1
                    return
                default:
                    throw error("expected ',' or ']', found \(describeCurrent())")
                }
            }
        }

        @inline(__always)
        mutating func recordContainer(from start: Int) {
            if index - start >= JSONValidator.indexedContainerLength {
                containerEnds[start] = index
            }
        }

        mutating func literal(_ text: StaticString) throws(JSONParseError) {
            let length = text.utf8CodeUnitCount
            let expected = text.utf8Start
            guard index + length <= count else {
                throw error("invalid literal, expected '\(text)'")
            }
            for offset in 0..<length where bytes[index + offset] != expected[offset] {
                throw error("invalid literal, expected '\(text)'", at: index + offset)
            }
            index += length
        }
    }
}
