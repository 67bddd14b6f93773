@testable import AdsShell

/// Parses the input with `JSONParser` and checks it against `JSONValidator`, which finds the
/// same values without building them, and against its own compact output.
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = FuzzInput(data, size).bytes
    let ranges = bytes.withUnsafeBufferPointer { buffer in
        (try? JSONValidator.scan(buffer))?.values
    }
    let value: JSONValue
    do {
        value = try JSONParser.parse(bytes)
    } catch {
        precondition(error.offset >= 0 && error.offset <= bytes.count, "offset out of range")
        precondition(error.line >= 1 && error.column >= 1, "line or column below 1")
        precondition(ranges?.count != 1, "JSONValidator accepts one value that JSONParser rejects")
        return 0
    }
    precondition(ranges?.count == 1, "JSONParser accepts text that JSONValidator rejects")

    let compact = value.compactText
    let reparsed = try? JSONParser.parse(compact)
    precondition(reparsed == value, "compact text parses to a different value")
    _ = value.plainText
    return 0
}
