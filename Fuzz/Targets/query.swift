@testable import AdsShell

/// A small campaign list, like a Sponsored Products response, for queries to run over.
private let sampleDocument = Array(
    #"""
    {"campaigns":[{"campaignId":"123456789012345678","name":"Summer","state":"ENABLED",
    "budget":{"budget":25.5,"budgetType":"DAILY"},"tags":{}},{"campaignId":"2","name":"Winter",
    "state":"PAUSED","budget":{"budget":1e2,"budgetType":"DAILY"},"tags":{"a":[null,true,-0]}}],
    "totalResults":2,"nextToken":null}
    """#.utf8)

/// Parses the first line of the input as a query and runs it over a fixed document and over
/// the rest of the input. Running over a parsed value and over the bytes must agree, and each
/// output text from `evaluate(json:emit:)` must parse to the matching output value.
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let (head, rest) = FuzzInput(data, size).splitAtFirstLineFeed()
    // NOTE: each `|` after a filter with two outputs doubles the work, as in jq, so 40 pipes
    // in `(.,.) | (.,.) | …` mean 2^40 steps. The evaluator has no step limit, so queries with
    // many pipes and commas are skipped here instead of reporting timeouts.
    let operators = head.filter { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "|") }
    guard operators.count <= 12 else { return 0 }
    let query: JSONQuery
    do {
        query = try JSONQuery(String(decoding: head, as: UTF8.self))
    } catch {
        if case .syntax(_, let column) = error {
            precondition(column >= 1, "syntax error column below 1")
        }
        return 0
    }
    compareEvaluations(of: query, over: sampleDocument)
    compareEvaluations(of: query, over: rest)
    return 0
}

private func compareEvaluations(of query: JSONQuery, over bytes: [UInt8]) {
    let fromBytes: [JSONValue]
    do {
        fromBytes = try query.evaluate(json: bytes)
    } catch {
        _ = error.description
        return
    }

    var emitted: [JSONValue] = []
    do {
        try query.evaluate(json: bytes) { text in
            let value = try? JSONParser.parse(
                Array(text.bindMemory(to: UInt8.self)), maximumDepth: 4096)
            precondition(value != nil, "emitted text is not valid JSON")
            emitted.append(value!)
        }
    } catch {
        preconditionFailure("evaluate(json:emit:) fails where evaluate(json:) succeeds")
    }
    precondition(emitted == fromBytes, "emitted texts differ from output values")

    guard let value = try? JSONParser.parse(bytes) else { return }
    let fromValue = try? query.evaluate(value)
    precondition(fromValue == fromBytes, "evaluating a value differs from evaluating its bytes")
}
