extension JSONFormatter {
    /// Copies number bytes, checking the RFC 8259 number grammar. The number ends at the first
    /// byte that cannot continue it, which is left for the next state. Returns the index after
    /// the last byte consumed.
    mutating func scanNumber(
        _ bytes: UnsafePointer<UInt8>, _ start: Int, _ count: Int,
        into out: inout JSONOutputWriter
    ) throws(JSONFormatError) -> Int {
        var index = start
        while index < count {
            let byte = bytes[index]
            let isDigit = byte &- UInt8(ascii: "0") < 10
            switch numberPart {
            case .start:
                numberPart =
                    byte == UInt8(ascii: "-")
                    ? .afterMinus : byte == UInt8(ascii: "0") ? .zero : .integer
            case .afterMinus:
                guard isDigit else {
                    throw error("invalid number: expected a digit after '-'", at: index)
                }
                numberPart = byte == UInt8(ascii: "0") ? .zero : .integer
            case .zero, .integer, .fraction, .exponent:
                if isDigit && numberPart != .zero {
                    index += 1
                    while index < count && bytes[index] &- UInt8(ascii: "0") < 10 { index += 1 }
                    continue
                }
                if byte == UInt8(ascii: ".") && (numberPart == .zero || numberPart == .integer) {
                    numberPart = .dot
                } else if (byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E"))
                    && numberPart != .exponent
                {
                    numberPart = .exponentMark
                } else {
                    out.append(bytes + start, index - start)
                    finishNumber(into: &out)
                    return index
                }
            case .dot:
                guard isDigit else {
                    throw error("invalid number: expected a digit after '.'", at: index)
                }
                numberPart = .fraction
            case .exponentMark:
                if byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") {
                    numberPart = .exponentSign
                } else if isDigit {
                    numberPart = .exponent
                } else {
                    throw error("invalid number: expected a digit in the exponent", at: index)
                }
            case .exponentSign:
                guard isDigit else {
                    throw error("invalid number: expected a digit in the exponent", at: index)
                }
                numberPart = .exponent
            }
            index += 1
        }
        out.append(bytes + start, count - start)
        return count
    }

    /// Ends a number whose bytes are already written.
    @inline(__always)
    mutating func finishNumber(into out: inout JSONOutputWriter) {
        if colored && !palette.number.isEmpty { out.append(JSONPalette.reset) }
        completeValue(into: &out)
    }

    /// Matches `true`, `false` or `null`, writing the literal once it is complete.
    mutating func scanLiteral(
        _ bytes: UnsafePointer<UInt8>, _ start: Int, _ count: Int,
        into out: inout JSONOutputWriter
    ) throws(JSONFormatError) -> Int {
        let literal = Self.literals[literalKind]
        var index = start
        while index < count && literalIndex < literal.count {
            guard bytes[index] == literal[literalIndex] else {
                let text = String(decoding: literal, as: UTF8.self)
                throw error(
                    "invalid literal: expected '\(text)', found \(describe(bytes[index]))",
                    at: index)
            }
            index += 1
            literalIndex += 1
        }
        if literalIndex == literal.count {
            let color = literalKind == 2 ? palette.null : palette.bool
            if colored && !color.isEmpty {
                out.append(color)
                out.append(literal)
                out.append(JSONPalette.reset)
            } else {
                out.append(literal)
            }
            completeValue(into: &out)
        }
        return index
    }
}
