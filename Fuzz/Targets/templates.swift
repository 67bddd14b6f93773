@testable import AdsShell

/// Expands templates with variables taken from the input, so values can refer to each other,
/// to themselves, or nest deeply.
///
/// Input: the first line is a command line; each later line `name=value` defines a variable.
/// `{{response...}}` templates read a fixed JSON response.
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let (head, rest) = FuzzInput(data, size).splitAtFirstLineFeed()
    let line = String(decoding: head, as: UTF8.self)
    var variables: [String: String] = [:]
    var names: [String] = []
    for entry in String(decoding: rest, as: UTF8.self).split(separator: "\n") {
        guard let equals = entry.firstIndex(of: "=") else { continue }
        let name = String(entry[..<equals])
        if variables[name] == nil { names.append(name) }
        variables[name] = String(entry[entry.index(after: equals)...])
    }

    let exchange = Exchange(
        request: HTTPRequest(method: "GET", url: "https://advertising-api.amazon.com/v2/profiles"),
        response: HTTPResponse(
            status: 200,
            headers: HTTPHeaders([
                (name: "Content-Type", value: "application/json"),
                (name: "x-amzn-RequestId", value: "3f1c7d2e"),
            ]),
            body: Array(#"{"campaigns":[{"campaignId":"123","name":"Summer \"A\""}]}"#.utf8)))
    let expander = TemplateExpander(
        lookup: { variables[$0] }, knownNames: { names },
        responseResolver: { (name: String) throws(TemplateError) -> String in
            try ResponseTemplate.resolve(name, in: exchange)
        })

    _ = try? expander.expand(text: line)
    if let tokenized = try? Tokenizer.tokenize(line) {
        for word in tokenized.words {
            _ = try? expander.expand(word)
        }
    }

    // A value placed inside a JSON string literal must come back unchanged from a parser.
    if let name = names.first {
        let plain = Word(parts: [.template(name, inJSONString: false)], source: "", column: 1)
        let quoted = Word(
            parts: [.literal("\""), .template(name, inJSONString: true), .literal("\"")],
            source: "", column: 1, isQuoted: true, isJSON: true)
        if let value = try? expander.expand(plain), let quoted = try? expander.expand(quoted) {
            let parsed = try? JSONParser.parse(quoted)
            precondition(parsed == .string(value), "escaped value does not parse back")
        }
    }
    return 0
}
