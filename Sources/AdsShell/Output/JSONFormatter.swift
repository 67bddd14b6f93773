/// A streaming JSON pretty-printer: bytes in, indented (and optionally coloured) bytes out.
///
/// The formatter is a byte-level state machine. It never builds the document, so its memory
/// is one 64 KiB output block plus one byte per open container, and nesting is limited to
/// `maximumDepth` levels. Number text and string bytes are copied exactly, escapes included,
/// while the input is validated against RFC 8259: the first invalid byte raises a
/// `JSONFormatError` with its offset, line and column. Several top-level values separated by
/// whitespace (JSON lines) are allowed, and each ends with a line break. An indent of 0 prints
/// each value compactly on one line.
///
/// NOTE: JSON allows raw DEL (U+007F) and C1 controls (U+0080–U+009F) inside strings, and they
/// pass through unescaped, as they do in jq 1.6.
public struct JSONFormatter: Sendable {
    public typealias Sink = (UnsafeRawBufferPointer) -> Void

    public static let defaultMaximumDepth = 512
    /// Size of the output blocks handed to the sink.
    public static let blockSize = 65_536

    enum Mode: UInt8, Sendable {
        case value, arrayFirst, objectFirst, objectKey, colon, afterValue, string, number
        case literal, failed
    }

    enum StringPart: UInt8, Sendable {
        case plain, escape, hex, utf8, lowSurrogateBackslash, lowSurrogateU
    }

    enum NumberPart: UInt8, Sendable {
        case start, afterMinus, zero, integer, dot, fraction, exponentMark, exponentSign
        case exponent
    }

    let indent: Int
    let maximumDepth: Int
    let colored: Bool
    let palette: JSONPalette

    var mode = Mode.value
    /// One entry per open container: true for an object, false for an array.
    var containers: [Bool] = []
    /// Whether the innermost open container is an object; false at top level.
    var topIsObject = false
    var block: [UInt8]
    var blockCount = 0
    var failure: JSONFormatError?

    /// Bytes consumed by earlier `write` calls, for error offsets.
    var consumed = 0
    var line = 1
    var lineStart = 0

    var stringIsKey = false
    var stringPart = StringPart.plain
    var hexCount = 0
    var hexValue: UInt32 = 0
    var expectingLowSurrogate = false
    var utf8Remaining = 0
    var utf8Low: UInt8 = 0x80
    var utf8High: UInt8 = 0xBF
    var numberPart = NumberPart.start
    var literalKind = 0
    var literalIndex = 0

    /// Creates a formatter.
    /// - Parameters:
    ///   - indent: spaces per nesting level, clamped to 0...16; 0 prints compact lines.
    ///   - colors: ANSI colours per token kind, or nil for plain output.
    ///   - maximumDepth: deepest nesting accepted before the input is rejected.
    public init(
        indent: Int = 2, colors: JSONColors? = nil, maximumDepth: Int = defaultMaximumDepth
    ) {
        self.indent = min(max(indent, 0), 16)
        self.maximumDepth = min(max(maximumDepth, 1), 2048)
        self.colored = colors != nil
        self.palette = colors?.palette ?? JSONPalette()
        self.block = [UInt8](repeating: 0, count: Self.blockSize)
        self.containers.reserveCapacity(64)
    }

    /// Formats one chunk of input, handing full output blocks to `sink`.
    ///
    /// Chunks may split tokens anywhere, even inside a UTF-8 sequence. Output is buffered until
    /// a block fills or `finish(to:)` runs.
    /// - Throws: `JSONFormatError` at the first invalid byte, and again on every later call.
    public mutating func write(
        _ chunk: UnsafeRawBufferPointer, to sink: Sink
    ) throws(JSONFormatError) {
        if let failure { throw failure }
        var storage: [UInt8] = []
        swap(&storage, &block)
        defer { swap(&storage, &block) }
        let result: JSONFormatError? = storage.withUnsafeMutableBufferPointer { output in
            withoutActuallyEscaping(sink) { escapingSink -> JSONFormatError? in
                var writer = JSONOutputWriter(
                    base: output.baseAddress!, capacity: output.count, count: blockCount,
                    sink: escapingSink)
                defer { blockCount = writer.count }
                do throws(JSONFormatError) {
                    try scan(chunk.assumingMemoryBound(to: UInt8.self), into: &writer)
                    return nil
                } catch {
                    return error
                }
            }
        }
        consumed += chunk.count
        if let result {
            failure = result
            mode = .failed
            throw result
        }
    }

    /// Formats one chunk of input held in an array.
    public mutating func write(_ chunk: [UInt8], to sink: Sink) throws(JSONFormatError) {
        let result: JSONFormatError? = chunk.withUnsafeBytes { bytes -> JSONFormatError? in
            do throws(JSONFormatError) {
                try write(bytes, to: sink)
                return nil
            } catch {
                return error
            }
        }
        if let result { throw result }
    }

    /// Ends the input: completes a trailing number, flushes buffered output and checks that
    /// no string, literal or container is left open.
    /// - Throws: `JSONFormatError` at the end of the input when the last value is incomplete.
    public mutating func finish(to sink: Sink) throws(JSONFormatError) {
        if let failure { throw failure }
        var storage: [UInt8] = []
        swap(&storage, &block)
        defer { swap(&storage, &block) }
        let result: JSONFormatError? = storage.withUnsafeMutableBufferPointer { output in
            withoutActuallyEscaping(sink) { escapingSink -> JSONFormatError? in
                var writer = JSONOutputWriter(
                    base: output.baseAddress!, capacity: output.count, count: blockCount,
                    sink: escapingSink)
                let result = endInput(into: &writer)
                if result == nil { writer.flush() }
                blockCount = 0
                return result
            }
        }
        if let result {
            failure = result
            mode = .failed
            throw result
        }
    }

    /// Formats a whole document (or several, as JSON lines) held in memory.
    public static func format(
        _ bytes: [UInt8], indent: Int = 2, colors: JSONColors? = nil
    ) -> Result<[UInt8], JSONFormatError> {
        var formatter = JSONFormatter(indent: indent, colors: colors)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + bytes.count / 2)
        let append: Sink = { block in output.append(contentsOf: block) }
        do {
            try formatter.write(bytes, to: append)
            try formatter.finish(to: append)
        } catch {
            return .failure(error)
        }
        return .success(output)
    }
}
