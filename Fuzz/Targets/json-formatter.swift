@testable import AdsShell

/// Formats the input in chunks of random sizes and checks the formatter against itself and
/// against the two other JSON readers:
/// - chunked and whole-input formatting give the same bytes or the same error;
/// - coloured output, with its escape sequences removed, equals plain output;
/// - the formatter accepts exactly the texts that `JSONValidator` accepts;
/// - a single value that `JSONParser` reads is formatted into text that parses to that value.
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = FuzzInput(data, size).bytes
    var generator = InputSeededGenerator(seed: bytes)
    let indent = Int.random(in: 0...4, using: &generator)

    let whole = JSONFormatter.format(bytes, indent: indent)
    let chunked = formatInChunks(bytes, indent: indent, using: &generator)
    precondition(chunked == whole, "chunked formatting differs from whole-input formatting")

    let colored = JSONFormatter.format(bytes, indent: indent, colors: .default)
    switch (whole, colored) {
    case (.success(let plain), .success(let withColors)):
        precondition(removingEscapeSequences(withColors) == plain, "coloured text differs")
    case (.failure(let plainError), .failure(let colorError)):
        precondition(plainError == colorError, "coloured formatting fails differently")
    default:
        preconditionFailure("coloured formatting disagrees on validity")
    }

    let validatorAccepts = bytes.withUnsafeBufferPointer { buffer in
        (try? JSONValidator.scan(buffer)) != nil
    }
    if case .success(let formatted) = whole {
        precondition(validatorAccepts, "formatter accepts text that JSONValidator rejects")
        if let value = try? JSONParser.parse(bytes) {
            let reparsed = try? JSONParser.parse(formatted)
            precondition(reparsed == value, "formatted text parses to a different value")
        }
    } else {
        precondition(!validatorAccepts, "formatter rejects text that JSONValidator accepts")
    }
    return 0
}

/// Feeds `bytes` to one formatter in chunks of 0 to 64 bytes, now and then larger.
private func formatInChunks(
    _ bytes: [UInt8], indent: Int, using generator: inout InputSeededGenerator
) -> Result<[UInt8], JSONFormatError> {
    var formatter = JSONFormatter(indent: indent)
    var output: [UInt8] = []
    let append: JSONFormatter.Sink = { block in output.append(contentsOf: block) }
    var offset = 0
    do {
        while offset < bytes.count {
            let limit = Int.random(in: 0..<8, using: &generator) == 0 ? 4096 : 64
            let length = min(bytes.count - offset, Int.random(in: 0...limit, using: &generator))
            try formatter.write(Array(bytes[offset..<(offset + length)]), to: append)
            offset += length
        }
        try formatter.finish(to: append)
    } catch {
        return .failure(error)
    }
    return .success(output)
}

/// Removes ANSI `ESC [ ... m` sequences.
private func removingEscapeSequences(_ bytes: [UInt8]) -> [UInt8] {
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count)
    var inSequence = false
    for byte in bytes {
        if inSequence {
            if byte == UInt8(ascii: "m") { inSequence = false }
        } else if byte == 0x1B {
            inSequence = true
        } else {
            output.append(byte)
        }
    }
    return output
}
