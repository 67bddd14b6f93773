@testable import AdsShell

/// Imports the input as a Postman collection, then lists its folders and looks up each
/// request by the reference the shell shows for it.
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let collection: PostmanCollection
    do {
        collection = try PostmanCollection.parse(FuzzInput(data, size).bytes, source: "fuzz.json")
    } catch {
        _ = error.description
        return 0
    }
    for folder in collection.folders() {
        _ = collection.requests(inFolder: folder)
    }
    for request in collection.requests.prefix(64) {
        _ = try? collection.find(collection.reference(for: request))
        _ = try? collection.find(request.name)
    }
    return 0
}
