@testable import AdsShell

/// Decodes the input as a history file, and checks that encoding entries and decoding them
/// again gives the same entries: the decoded ones, and entries cut from the input at each
/// byte 0x1E.
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let input = FuzzInput(data, size)
    if let decoded = try? HistoryFormat.decode(input.bytes) {
        checkRoundTrip(decoded.entries)
    }
    let entries = input.text.split(separator: "\u{1E}").map(String.init)
    checkRoundTrip(entries.filter { !$0.isEmpty })
    return 0
}

private func checkRoundTrip(_ entries: [String]) {
    let encoded = HistoryFormat.encode(entries)
    let decoded: HistoryFormat.Decoded
    do {
        decoded = try HistoryFormat.decode(encoded)
    } catch {
        preconditionFailure("encoded history does not decode: \(error)")
    }
    precondition(!decoded.droppedTruncatedLine, "encoded history ends mid-entry")
    precondition(decoded.entries == entries, "entries change in a round trip")
}
