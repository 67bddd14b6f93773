/// jq's total order on JSON values: null < false < true < numbers < strings < arrays < objects.
///
/// Numbers compare exactly as decimals, so 64-bit ids and `1.50 == 1.5` never go through
/// `Double`. Strings compare by Unicode scalars, arrays element by element, and objects first
/// by their sorted key lists, then by the values under those keys.
enum QueryOrdering {
    static func compare(_ left: JSONValue, _ right: JSONValue) -> Int {
        let leftRank = rank(left)
        let rightRank = rank(right)
        if leftRank != rightRank { return leftRank < rightRank ? -1 : 1 }
        switch (left, right) {
        case (.number(let a), .number(let b)):
            // Integers that fit in an Int, the common case, compare without splitting digits.
            if let x = Int(a), let y = Int(b) { return x == y ? 0 : (x < y ? -1 : 1) }
            return DecimalText(a).compare(to: DecimalText(b))
        case (.string(let a), .string(let b)):
            return compareScalars(a, b)
        case (.array(let a), .array(let b)):
            for (x, y) in zip(a, b) {
                let order = compare(x, y)
                if order != 0 { return order }
            }
            return a.count == b.count ? 0 : (a.count < b.count ? -1 : 1)
        case (.object, .object):
            return compareObjects(left, right)
        default:
            return 0
        }
    }

    private static func rank(_ value: JSONValue) -> Int {
        switch value {
        case .null: return 0
        case .bool(false): return 1
        case .bool(true): return 2
        case .number: return 3
        case .string: return 4
        case .array: return 5
        case .object: return 6
        }
    }

    private static func compareObjects(_ left: JSONValue, _ right: JSONValue) -> Int {
        func sortedKeys(_ value: JSONValue) -> [String] {
            let keys = Set((value.objectValue ?? []).map(\.key))
            return keys.sorted { compareScalars($0, $1) < 0 }
        }
        let leftKeys = sortedKeys(left)
        let rightKeys = sortedKeys(right)
        let keyOrder = compare(
            .array(leftKeys.map { .string($0) }), .array(rightKeys.map { .string($0) }))
        if keyOrder != 0 { return keyOrder }
        for key in leftKeys {
            let order = compare(left[key] ?? .null, right[key] ?? .null)
            if order != 0 { return order }
        }
        return 0
    }

    /// Compares by Unicode scalar values; UTF-8 byte order is the same order.
    static func compareScalars(_ left: String, _ right: String) -> Int {
        compareBytes(left.utf8, right.utf8)
    }

    static func compareBytes<Left: Sequence<UInt8>, Right: Sequence<UInt8>>(
        _ left: Left, _ right: Right
    ) -> Int {
        var leftIterator = left.makeIterator()
        var rightIterator = right.makeIterator()
        while true {
            switch (leftIterator.next(), rightIterator.next()) {
            case (nil, nil):
                return 0
            case (nil, _):
                return -1
            case (_, nil):
                return 1
            case (let a?, let b?) where a != b:
                return a < b ? -1 : 1
            default:
                continue
            }
        }
    }
}

/// A JSON number's text split into sign, significant digits and a decimal exponent, so that
/// numbers of any size compare exactly: the value is `0.DIGITS × 10^exponent`.
struct DecimalText {
    var isNegative = false
    /// Significant digits without leading or trailing zeros; empty for zero.
    var digits: [UInt8] = []
    var exponent = 0

    init(_ text: String) {
        var integerDigits = 0
        var seenPoint = false
        var exponentValue = 0
        var exponentNegative = false
        var inExponent = false
        var leadingZeros = 0
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "-") where !inExponent:
                isNegative = true
            case UInt8(ascii: "-"):
                exponentNegative = true
            case UInt8(ascii: "+"):
                continue
            case UInt8(ascii: "."):
                seenPoint = true
            case UInt8(ascii: "e"), UInt8(ascii: "E"):
                inExponent = true
            case UInt8(ascii: "0")...UInt8(ascii: "9") where inExponent:
                // Clamp huge exponents; numbers beyond 10^±10^15 compare by sign and size only.
                exponentValue = min(exponentValue * 10 + Int(byte - 48), 1_000_000_000_000_000)
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if digits.isEmpty && byte == UInt8(ascii: "0") {
                    if seenPoint { leadingZeros += 1 }
                } else {
                    digits.append(byte)
                    if !seenPoint { integerDigits += 1 }
                }
            default:
                continue
            }
        }
        while digits.last == UInt8(ascii: "0") { digits.removeLast() }
        if digits.isEmpty { isNegative = false }
        let shift = exponentNegative ? -exponentValue : exponentValue
        exponent = (integerDigits > 0 ? integerDigits : -leadingZeros) + shift
    }

    func compare(to other: DecimalText) -> Int {
        if isNegative != other.isNegative { return isNegative ? -1 : 1 }
        let sign = isNegative ? -1 : 1
        if digits.isEmpty || other.digits.isEmpty {
            if digits.isEmpty && other.digits.isEmpty { return 0 }
            return digits.isEmpty ? -sign : sign
        }
        if exponent != other.exponent { return exponent < other.exponent ? -sign : sign }
        return sign * QueryOrdering.compareBytes(digits, other.digits)
    }
}
