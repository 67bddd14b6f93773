extension JSONFormatter {
    /// Writes the colour and opening quote of a string; the caller consumes the quote byte.
    @inline(__always)
    mutating func startString(isKey: Bool, into out: inout JSONOutputWriter) {
        if colored { out.append(isKey ? palette.key : palette.string) }
        out.append(UInt8(ascii: "\""))
        stringIsKey = isKey
        stringPart = .plain
        mode = .string
    }

    /// Copies string bytes up to and including the closing quote, validating escapes and UTF-8.
    /// Returns the index after the last byte consumed.
    mutating func scanString(
        _ bytes: UnsafePointer<UInt8>, _ start: Int, _ count: Int,
        into out: inout JSONOutputWriter
    ) throws(JSONFormatError) -> Int {
        var index = start
        while index < count {
            if stringPart != .plain {
                try stepString(bytes[index], at: index)
                index += 1
                continue
            }
            // Plain printable ASCII is the common case, so it gets the tightest loops: eight
            // bytes at a time, then byte by byte up to the first byte that needs a closer look.
            index = Self.skipPlainWords(bytes, index, count)
            while index < count {
                let byte = bytes[index]
                guard byte >= 0x20 && byte < 0x80 && byte != 0x22 && byte != 0x5C else { break }
                index += 1
            }
            if index == count { break }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                out.append(bytes + start, index - start)
                finishString(into: &out)
                return index + 1
            }
            if byte == UInt8(ascii: "\\") {
                stringPart = .escape
            } else if byte < 0x20 {
                throw error(
                    "control character \(describe(byte)) in a string; escape it as \\u00XX",
                    at: index)
            } else {
                try startUTF8Sequence(byte, at: index)
            }
            index += 1
        }
        out.append(bytes + start, count - start)
        return count
    }

    /// Skips printable ASCII other than '"' and '\\' eight bytes at a time, returning the index
    /// of the first other byte or the start of the last partial word.
    ///
    /// Each test below sets the high bit of every byte lane that matches. The borrow tricks can
    /// only misfire in lanes above a real match, so the lowest flagged lane is a real match.
    @inline(__always)
    static func skipPlainWords(_ bytes: UnsafePointer<UInt8>, _ start: Int, _ count: Int) -> Int {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highBits: UInt64 = 0x8080_8080_8080_8080
        var index = start
        while index + 8 <= count {
            let word = UnsafeRawPointer(bytes + index).loadUnaligned(as: UInt64.self)
            let quote = word ^ (ones &* 0x22)
            let backslash = word ^ (ones &* 0x5C)
            let control = (word &- ones &* 0x20) & ~word
            let quoteLanes = (quote &- ones) & ~quote
            let backslashLanes = (backslash &- ones) & ~backslash
            let lanes = (word | control | quoteLanes | backslashLanes) & highBits
            if lanes != 0 { return index + lanes.trailingZeroBitCount >> 3 }
            index += 8
        }
        return index
    }

    @inline(__always)
    private mutating func finishString(into out: inout JSONOutputWriter) {
        out.append(UInt8(ascii: "\""))
        if colored && !(stringIsKey ? palette.key : palette.string).isEmpty {
            out.append(JSONPalette.reset)
        }
        if stringIsKey {
            mode = .colon
        } else {
            completeValue(into: &out)
        }
    }

    private mutating func startUTF8Sequence(_ byte: UInt8, at index: Int) throws(JSONFormatError) {
        utf8Low = 0x80
        utf8High = 0xBF
        switch byte {
        case 0xC2...0xDF:
            utf8Remaining = 1
        case 0xE0:
            utf8Remaining = 2
            utf8Low = 0xA0
        case 0xE1...0xEC, 0xEE, 0xEF:
            utf8Remaining = 2
        case 0xED:
            utf8Remaining = 2
            utf8High = 0x9F
        case 0xF0:
            utf8Remaining = 3
            utf8Low = 0x90
        case 0xF1...0xF3:
            utf8Remaining = 3
        case 0xF4:
            utf8Remaining = 3
            utf8High = 0x8F
        default:
            throw error(
                "invalid UTF-8 byte 0x\(String(byte, radix: 16, uppercase: true))"
                    + " in a string", at: index)
        }
        stringPart = .utf8
    }

    /// Advances the escape, `\u` and UTF-8 sub-states by one byte.
    private mutating func stepString(_ byte: UInt8, at index: Int) throws(JSONFormatError) {
        switch stringPart {
        case .plain:
            break
        case .utf8:
            guard byte >= utf8Low && byte <= utf8High else {
                throw error("invalid UTF-8 continuation byte in a string", at: index)
            }
            utf8Remaining -= 1
            utf8Low = 0x80
            utf8High = 0xBF
            if utf8Remaining == 0 { stringPart = .plain }
        case .escape:
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"),
                UInt8(ascii: "f"), UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                stringPart = .plain
            case UInt8(ascii: "u"):
                stringPart = .hex
                hexCount = 0
                hexValue = 0
            default:
                throw error(
                    "invalid escape '\\\(describe(byte).trimmingQuotes)' in a string", at: index)
            }
        case .hex:
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - 48)
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - 87)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - 55)
            default:
                throw error("invalid hex digit \(describe(byte)) in a \\u escape", at: index)
            }
            hexValue = hexValue * 16 + digit
            hexCount += 1
            if hexCount == 4 { try finishUnicodeEscape(at: index) }
        case .lowSurrogateBackslash, .lowSurrogateU:
            let expected = stringPart == .lowSurrogateBackslash ? "\\" : "u"
            guard byte == UInt8(ascii: expected == "\\" ? "\\" : "u") else {
                throw error(
                    "unpaired UTF-16 surrogate in a \\u escape; expected a \\uDC00-\\uDFFF escape",
                    at: index)
            }
            if stringPart == .lowSurrogateBackslash {
                stringPart = .lowSurrogateU
            } else {
                stringPart = .hex
                hexCount = 0
                hexValue = 0
            }
        }
    }

    private mutating func finishUnicodeEscape(at index: Int) throws(JSONFormatError) {
        let isHigh = (0xD800..<0xDC00).contains(hexValue)
        let isLow = (0xDC00..<0xE000).contains(hexValue)
        if expectingLowSurrogate {
            guard isLow else {
                throw error(
                    "unpaired UTF-16 surrogate in a \\u escape; expected a \\uDC00-\\uDFFF escape",
                    at: index)
            }
            expectingLowSurrogate = false
            stringPart = .plain
        } else if isHigh {
            expectingLowSurrogate = true
            stringPart = .lowSurrogateBackslash
        } else if isLow {
            throw error("unpaired UTF-16 low surrogate in a \\u escape", at: index)
        } else {
            stringPart = .plain
        }
    }
}

extension String {
    fileprivate var trimmingQuotes: String {
        var text = self
        if text.hasPrefix("'") && text.hasSuffix("'") && text.count >= 2 {
            text.removeFirst()
            text.removeLast()
        }
        return text
    }
}
