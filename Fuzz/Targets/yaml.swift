@testable import AdsShell

/// Reads the input as YAML and, when that works, as an OpenAPI document for the endpoint
/// catalog, following `$ref` links.
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let document: JSONValue
    do {
        document = try YAMLParser.parse(FuzzInput(data, size).bytes)
    } catch {
        precondition(error.line >= 1 && error.column >= 1, "line or column below 1: \(error)")
        _ = error.description
        return 0
    }
    _ = document.compactText
    _ = EndpointCatalog(openAPIDocument: document)
    return 0
}
