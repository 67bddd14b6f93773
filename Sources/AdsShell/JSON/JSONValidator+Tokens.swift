extension JSONValidator.Scanner {
    @inline(__always)
    private func isDigit(_ offset: Int) -> Bool {
        offset < count && bytes[offset] &- UInt8(ascii: "0") < 10
    }

    mutating func number() throws(JSONParseError) {
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard isDigit(index) else { throw error("invalid number: expected a digit after '-'") }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
        } else {
            while isDigit(index) { index += 1 }
        }
        if current() == UInt8(ascii: ".") {
            index += 1
            guard isDigit(index) else {
                throw error("invalid number: expected a digit after '.'")
            }
            while isDigit(index) { index += 1 }
        }
        if current() == UInt8(ascii: "e") || current() == UInt8(ascii: "E") {
            index += 1
            if current() == UInt8(ascii: "+") || current() == UInt8(ascii: "-") { index += 1 }
            guard isDigit(index) else {
                throw error("invalid number: expected a digit in the exponent")
            }
            while isDigit(index) { index += 1 }
        }
    }

    /// Checks a string from its opening quote through its closing quote.
    mutating func string() throws(JSONParseError) {
        let start = index
        index += 1
        while true {
            index = JSONFormatter.skipPlainWords(bytes, index, count)
            while index < count {
                let byte = bytes[index]
                guard byte >= 0x20 && byte < 0x80 && byte != 0x22 && byte != 0x5C else { break }
                index += 1
            }
            guard index < count else {
                throw error("unterminated string; add the closing '\"'", at: start)
            }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                index += 1
                return
            } else if byte == UInt8(ascii: "\\") {
                try escape()
            } else if byte < 0x20 {
                throw error("control character in a string; escape it as \\u00XX")
            } else {
                try utf8Sequence()
            }
        }
    }

    private mutating func utf8Sequence() throws(JSONParseError) {
        let lead = bytes[index]
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        let length: Int
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0:
            length = 3
            low = 0xA0
        case 0xE1...0xEC, 0xEE, 0xEF: length = 3
        case 0xED:
            length = 3
            high = 0x9F
        case 0xF0:
            length = 4
            low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4:
            length = 4
            high = 0x8F
        default: throw error("invalid UTF-8 in a string")
        }
        for offset in 1..<length {
            let position = index + offset
            guard position < count, bytes[position] >= low, bytes[position] <= high else {
                throw error("invalid UTF-8 in a string")
            }
            low = 0x80
            high = 0xBF
        }
        index += length
    }

    private mutating func escape() throws(JSONParseError) {
        let start = index
        guard index + 1 < count else { throw error("unterminated escape", at: start) }
        switch bytes[index + 1] {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"),
            UInt8(ascii: "f"), UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
            index += 2
        case UInt8(ascii: "u"):
            index += 2
            let unit = try hex4()
            if (0xD800..<0xDC00).contains(unit) {
                guard index + 1 < count, bytes[index] == UInt8(ascii: "\\"),
                    bytes[index + 1] == UInt8(ascii: "u")
                else {
                    throw error("unpaired UTF-16 surrogate in \\u escape", at: start)
                }
                index += 2
                guard (0xDC00..<0xE000).contains(try hex4()) else {
                    throw error("invalid UTF-16 low surrogate in \\u escape", at: start)
                }
            } else if (0xDC00..<0xE000).contains(unit) {
                throw error("unpaired UTF-16 surrogate in \\u escape", at: start)
            }
        default:
            throw error("invalid escape in a string", at: start)
        }
    }

    private mutating func hex4() throws(JSONParseError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard index < count else { throw error("incomplete \\u escape") }
            let byte = bytes[index]
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - 48)
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - 87)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - 55)
            default: throw error("invalid hex digit in \\u escape")
            }
            value = value * 16 + digit
            index += 1
        }
        return value
    }
}
