/// A validated JSON text kept as bytes, with lookups that work on the byte ranges of values.
///
/// Validation happens once, in `init`, so the lookups below skip nested values by tracking only
/// quotes and brackets. This lets a query walk a large body without building a `JSONValue` for
/// the parts it does not output.
struct JSONDocument: Sendable {
    let bytes: [UInt8]
    /// Byte ranges of the top-level values, in order.
    let values: [Range<Int>]
    /// End offsets of long containers by start offset, so skipping them costs one lookup.
    let containerEnds: [Int: Int]

    init(validating bytes: [UInt8]) throws(JSONParseError) {
        self.bytes = bytes
        var failure: JSONParseError?
        var ranges: [Range<Int>] = []
        var ends: [Int: Int] = [:]
        bytes.withUnsafeBufferPointer { buffer in
            do throws(JSONParseError) {
                (ranges, ends) = try JSONValidator.scan(buffer)
            } catch {
                failure = error
            }
        }
        if let failure { throw failure }
        self.values = ranges
        self.containerEnds = ends
    }

    /// Returns the first byte of a value, which identifies its type.
    func firstByte(of range: Range<Int>) -> UInt8 {
        bytes[range.lowerBound]
    }

    /// Returns the jq name of a value's type: object, array, string, number, boolean or null.
    func typeName(of range: Range<Int>) -> String {
        switch firstByte(of: range) {
        case UInt8(ascii: "{"): return "object"
        case UInt8(ascii: "["): return "array"
        case UInt8(ascii: "\""): return "string"
        case UInt8(ascii: "t"), UInt8(ascii: "f"): return "boolean"
        case UInt8(ascii: "n"): return "null"
        default: return "number"
        }
    }

    /// Builds the `JSONValue` for a range. Scalars are built directly from their validated
    /// bytes, and containers and escaped strings go through `JSONParser`.
    func value(of range: Range<Int>) throws(JSONParseError) -> JSONValue {
        switch bytes[range.lowerBound] {
        case UInt8(ascii: "t"):
            return .bool(true)
        case UInt8(ascii: "f"):
            return .bool(false)
        case UInt8(ascii: "n"):
            return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return .number(String(decoding: bytes[range], as: UTF8.self))
        case UInt8(ascii: "\""):
            // Validated bytes are valid UTF-8, so decoding repairs nothing.
            if let content = plainStringBytes(range) {
                return .string(String(decoding: content, as: UTF8.self))
            }
            return try JSONParser.parse(bytes[range])
        default:
            return try JSONParser.parse(bytes[range])
        }
    }

    /// One object member found by `members(in:)`.
    struct Member: Sendable {
        /// The key's bytes between the quotes.
        var key: Range<Int>
        var keyHasEscapes: Bool
        var value: Range<Int>
    }

    /// Lists the members of the object at `range`, into `members` to reuse its storage.
    func members(in range: Range<Int>, into members: inout [Member]) {
        members.removeAll(keepingCapacity: true)
        forEachMember(in: range) { key, hasEscapes, value in
            members.append(Member(key: key, keyHasEscapes: hasEscapes, value: value))
        }
    }

    /// Returns the value range of the last member in `members` called `name`, comparing
    /// Unicode scalars.
    func lookup(_ name: String, in members: [Member]) -> Range<Int>? {
        var name = name
        return name.withUTF8 { nameBytes in
            for member in members.reversed() {
                if member.keyHasEscapes {
                    let quoted = bytes[(member.key.lowerBound - 1)...member.key.upperBound]
                    let key = try? JSONParser.parse(quoted)
                    if key?.stringValue?.utf8.elementsEqual(nameBytes) == true {
                        return member.value
                    }
                } else if member.key.count == nameBytes.count
                    && Self.equalBytes(bytes, member.key.lowerBound, nameBytes)
                {
                    return member.value
                }
            }
            return nil
        }
    }

    @inline(__always)
    private static func equalBytes(
        _ bytes: [UInt8], _ start: Int, _ other: UnsafeBufferPointer<UInt8>
    ) -> Bool {
        for offset in 0..<other.count where bytes[start + offset] != other[offset] {
            return false
        }
        return true
    }

    /// Calls `body` with each member of the object at `range`: the key's bytes between the
    /// quotes, whether they contain escapes, and the value's range.
    func forEachMember(
        in range: Range<Int>, _ body: (Range<Int>, Bool, Range<Int>) -> Void
    ) {
        bytes.withUnsafeBufferPointer { buffer in
            let base = buffer.baseAddress!
            var index = Self.skipWhitespace(base, range.lowerBound + 1)
            while base[index] == UInt8(ascii: "\"") {
                let keyStart = index + 1
                let (keyEnd, hasEscapes) = Self.endOfString(base, keyStart, buffer.count)
                index = Self.skipWhitespace(base, keyEnd + 1)
                index = Self.skipWhitespace(base, index + 1)
                let valueStart = index
                index = skipValue(base, index, buffer.count)
                body(keyStart..<keyEnd, hasEscapes, valueStart..<index)
                index = Self.skipWhitespace(base, index)
                if base[index] == UInt8(ascii: ",") {
                    index = Self.skipWhitespace(base, index + 1)
                }
            }
        }
    }

    /// Calls `body` with the range of each element of the array at `range`, or each member
    /// value of the object at `range`, stopping early when `body` returns false.
    func forEachElement(in range: Range<Int>, _ body: (Range<Int>) -> Bool) {
        if firstByte(of: range) == UInt8(ascii: "{") {
            forEachMember(in: range) { _, _, value in _ = body(value) }
            return
        }
        bytes.withUnsafeBufferPointer { buffer in
            let base = buffer.baseAddress!
            var index = Self.skipWhitespace(base, range.lowerBound + 1)
            while base[index] != UInt8(ascii: "]") {
                let start = index
                index = skipValue(base, index, buffer.count)
                guard body(start..<index) else { return }
                index = Self.skipWhitespace(base, index)
                if base[index] == UInt8(ascii: ",") {
                    index = Self.skipWhitespace(base, index + 1)
                }
            }
        }
    }

    /// Returns the string's bytes between its quotes, or nil when they contain escapes.
    func plainStringBytes(_ range: Range<Int>) -> ArraySlice<UInt8>? {
        let inner = bytes[(range.lowerBound + 1)..<(range.upperBound - 1)]
        return inner.contains(UInt8(ascii: "\\")) ? nil : inner
    }

    @inline(__always)
    private static func skipWhitespace(_ base: UnsafePointer<UInt8>, _ start: Int) -> Int {
        var index = start
        while true {
            let byte = base[index]
            guard byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 else {
                return index
            }
            index += 1
        }
    }

    /// Returns the index of the closing quote of the string whose contents start at `start`,
    /// and whether the contents contain escapes.
    @inline(__always)
    private static func endOfString(
        _ base: UnsafePointer<UInt8>, _ start: Int, _ count: Int
    ) -> (Int, Bool) {
        var index = start
        var hasEscapes = false
        while true {
            index = skipWordsBeforeQuote(base, index, count)
            let byte = base[index]
            if byte == UInt8(ascii: "\"") { return (index, hasEscapes) }
            if byte == UInt8(ascii: "\\") {
                hasEscapes = true
                index += 2
            } else {
                index += 1
            }
        }
    }

    /// Skips bytes other than quotes and backslashes eight at a time, reading only below
    /// `count`. Returns the index of the first quote or backslash, or of the last partial word.
    @inline(__always)
    private static func skipWordsBeforeQuote(
        _ base: UnsafePointer<UInt8>, _ start: Int, _ count: Int
    ) -> Int {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highBits: UInt64 = 0x8080_8080_8080_8080
        var index = start
        while index + 8 <= count {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            let quote = word ^ (ones &* 0x22)
            let backslash = word ^ (ones &* 0x5C)
            let lanes = ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash)
            let matches = lanes & highBits
            if matches != 0 { return index + matches.trailingZeroBitCount >> 3 }
            index += 8
        }
        return index
    }

    /// Returns the index just after the value that starts at `start`.
    ///
    /// Only valid on validated bytes inside a container: it relies on every bracket and quote
    /// being balanced, and on a scalar inside a container being followed by a delimiter.
    private func skipValue(_ base: UnsafePointer<UInt8>, _ start: Int, _ count: Int) -> Int {
        var index = start
        switch base[index] {
        case UInt8(ascii: "\""):
            return Self.endOfString(base, index + 1, count).0 + 1
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            if let end = containerEnds[start] { return end }
            var depth = 0
            repeat {
                let byte = base[index]
                if byte == UInt8(ascii: "\"") {
                    index = Self.endOfString(base, index + 1, count).0
                } else if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[") {
                    depth += 1
                } else if byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]") {
                    depth -= 1
                }
                index += 1
            } while depth > 0
            return index
        default:
            while true {
                switch base[index] {
                case UInt8(ascii: ","), UInt8(ascii: "}"), UInt8(ascii: "]"), 0x20, 0x0A, 0x0D,
                    0x09:
                    return index
                default:
                    index += 1
                }
            }
        }
    }
}
