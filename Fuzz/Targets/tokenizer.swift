@testable import AdsShell

/// Splits the input as one command line, checks that `needsContinuation` agrees with the
/// error, and parses a request line the way the shell dispatches it.
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let text = FuzzInput(data, size).text
    let needsContinuation = Tokenizer.needsContinuation(text)
    let line: TokenizedLine
    do {
        line = try Tokenizer.tokenize(text)
    } catch {
        precondition(needsContinuation == error.isIncomplete, "needsContinuation disagrees")
        precondition(error.column >= 1, "error column below 1: \(error)")
        _ = error.description
        return 0
    }
    precondition(!needsContinuation, "needsContinuation is true for a complete line")
    let characterCount = text.count
    for word in line.words {
        precondition(word.column >= 1 && word.column <= characterCount, "word column out of range")
        _ = word.templateText
    }
    if let query = line.query {
        _ = try? JSONQuery(query)
    }
    guard let first = line.words.first, let name = first.literalText else { return 0 }
    let invocation = Invocation(
        name: name, arguments: Array(line.words.dropFirst()), line: line, source: text)
    _ = try? RequestCommand.parse(invocation, defaults: HTTPOptions())
    return 0
}
