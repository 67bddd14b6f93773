extension JSONFormatter {
    static let literals: [[UInt8]] = [Array("true".utf8), Array("false".utf8), Array("null".utf8)]

    /// Runs the state machine over one chunk, writing output as tokens complete.
    mutating func scan(
        _ input: UnsafeBufferPointer<UInt8>, into out: inout JSONOutputWriter
    ) throws(JSONFormatError) {
        guard let bytes = input.baseAddress else { return }
        let count = input.count
        var index = 0
        scanning: while index < count {
            switch mode {
            case .value:
                index = skipWhitespace(bytes, index, count)
                if index == count { return }
                try startValue(bytes[index], at: index, into: &out)
                if mode != .number && mode != .literal { index += 1 }
            case .arrayFirst:
                index = skipWhitespace(bytes, index, count)
                if index == count { return }
                if bytes[index] == UInt8(ascii: "]") {
                    closeContainer(UInt8(ascii: "]"), into: &out, lineBreak: false)
                    index += 1
                } else {
                    lineBreak(into: &out)
                    mode = .value
                }
            case .objectFirst, .objectKey:
                index = skipWhitespace(bytes, index, count)
                if index == count { return }
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") {
                    if mode == .objectFirst { lineBreak(into: &out) }
                    startString(isKey: true, into: &out)
                } else if byte == UInt8(ascii: "}") && mode == .objectFirst {
                    closeContainer(byte, into: &out, lineBreak: false)
                } else {
                    let found = describe(byte)
                    let message =
                        mode == .objectFirst
                        ? "expected a string key or '}', found \(found)"
                        : "expected a string key after ',', found \(found)"
                    throw error(message, at: index)
                }
                index += 1
            case .colon:
                index = skipWhitespace(bytes, index, count)
                if index == count { return }
                guard bytes[index] == UInt8(ascii: ":") else {
                    throw error(
                        "expected ':' after an object key, found \(describe(bytes[index]))",
                        at: index)
                }
                punctuation(UInt8(ascii: ":"), into: &out)
                if indent > 0 { out.append(UInt8(ascii: " ")) }
                mode = .value
                index += 1
            case .afterValue:
                index = skipWhitespace(bytes, index, count)
                if index == count { return }
                try continueContainer(bytes[index], at: index, into: &out)
                index += 1
            case .string:
                index = try scanString(bytes, index, count, into: &out)
            case .number:
                index = try scanNumber(bytes, index, count, into: &out)
            case .literal:
                index = try scanLiteral(bytes, index, count, into: &out)
            case .failed:
                return
            }
        }
    }

    /// Checks the end of the input and completes a trailing top-level number.
    mutating func endInput(into out: inout JSONOutputWriter) -> JSONFormatError? {
        let offset = consumed
        func failure(_ message: String) -> JSONFormatError {
            JSONFormatError(
                message: message, offset: offset, line: line, column: offset - lineStart + 1)
        }
        switch mode {
        case .value where containers.isEmpty, .failed:
            return nil
        case .number:
            switch numberPart {
            case .zero, .integer, .fraction, .exponent:
                finishNumber(into: &out)
                return containers.isEmpty ? nil : failure(openContainersMessage)
            default:
                return failure("unexpected end of input inside a number")
            }
        case .string:
            return failure("unexpected end of input inside a string; add the closing '\"'")
        case .literal:
            let literal = String(decoding: Self.literals[literalKind], as: UTF8.self)
            return failure("unexpected end of input inside '\(literal)'")
        default:
            return failure(openContainersMessage)
        }
    }

    private var openContainersMessage: String {
        let closers = containers.reversed().map { $0 ? "}" : "]" }.joined()
        return "unexpected end of input; \(containers.count) container(s) still open,"
            + " expected '\(closers)'"
    }

    @inline(__always)
    private mutating func skipWhitespace(
        _ bytes: UnsafePointer<UInt8>, _ start: Int, _ count: Int
    ) -> Int {
        var index = start
        while index < count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0D:
                index += 1
            case 0x0A:
                index += 1
                line += 1
                lineStart = consumed + index
            default:
                return index
            }
        }
        return index
    }

    /// Begins the value whose first byte is `byte`. Numbers and literals leave their first byte
    /// unconsumed for their own scanners.
    @inline(__always)
    private mutating func startValue(
        _ byte: UInt8, at index: Int, into out: inout JSONOutputWriter
    ) throws(JSONFormatError) {
        switch byte {
        case UInt8(ascii: "\""):
            startString(isKey: false, into: &out)
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            guard containers.count < maximumDepth else {
                throw error(
                    "nesting deeper than \(maximumDepth) levels; the input is too deeply nested",
                    at: index)
            }
            punctuation(byte, into: &out)
            let isObject = byte == UInt8(ascii: "{")
            containers.append(isObject)
            topIsObject = isObject
            mode = isObject ? .objectFirst : .arrayFirst
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            if colored { out.append(palette.number) }
            numberPart = .start
            mode = .number
        case UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"):
            literalKind = byte == UInt8(ascii: "t") ? 0 : byte == UInt8(ascii: "f") ? 1 : 2
            literalIndex = 0
            mode = .literal
        default:
            throw error("expected a JSON value, found \(describe(byte))", at: index)
        }
    }

    @inline(__always)
    private mutating func continueContainer(
        _ byte: UInt8, at index: Int, into out: inout JSONOutputWriter
    ) throws(JSONFormatError) {
        let inObject = topIsObject
        if byte == UInt8(ascii: ",") {
            punctuation(byte, into: &out)
            lineBreak(into: &out)
            mode = inObject ? .objectKey : .value
        } else if byte == (inObject ? UInt8(ascii: "}") : UInt8(ascii: "]")) {
            closeContainer(byte, into: &out, lineBreak: true)
        } else {
            let closer = inObject ? "}" : "]"
            throw error("expected ',' or '\(closer)', found \(describe(byte))", at: index)
        }
    }

    @inline(__always)
    private mutating func closeContainer(
        _ byte: UInt8, into out: inout JSONOutputWriter, lineBreak: Bool
    ) {
        containers.removeLast()
        topIsObject = containers.last ?? false
        if lineBreak { self.lineBreak(into: &out) }
        punctuation(byte, into: &out)
        completeValue(into: &out)
    }

    /// Moves on after a complete value: a line break at top level, else ',' or a closer.
    @inline(__always)
    mutating func completeValue(into out: inout JSONOutputWriter) {
        if containers.isEmpty {
            out.append(0x0A)
            mode = .value
        } else {
            mode = .afterValue
        }
    }

    @inline(__always)
    mutating func lineBreak(into out: inout JSONOutputWriter) {
        if indent > 0 { out.appendLineBreak(indentation: indent * containers.count) }
    }

    @inline(__always)
    private func punctuation(_ byte: UInt8, into out: inout JSONOutputWriter) {
        if colored && !palette.punctuation.isEmpty {
            out.append(palette.punctuation)
            out.append(byte)
            out.append(JSONPalette.reset)
        } else {
            out.append(byte)
        }
    }

    @inline(never)
    func error(_ message: String, at index: Int) -> JSONFormatError {
        let offset = consumed + index
        return JSONFormatError(
            message: message, offset: offset, line: line, column: offset - lineStart + 1)
    }

    func describe(_ byte: UInt8) -> String {
        if byte >= 0x20 && byte < 0x7F { return "'\(Character(UnicodeScalar(byte)))'" }
        return "byte 0x" + String(byte, radix: 16, uppercase: true)
    }
}
