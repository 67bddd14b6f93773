/// Templates that read the last response:
/// - `{{response.status}}`: the status code;
/// - `{{response.headers.NAME}}`: a header's value (name without regard to case);
/// - `{{response.body}}`: the whole body as text;
/// - `{{response.body QUERY}}`: what QUERY picks from a JSON body, such as
///   `{{response.body .campaigns[0].campaignId}}`. A string is inserted without quotes, any
///   other value as compact JSON; a query with several results is an error.
enum ResponseTemplate {
    static let helpText = """
        {{response.status}}            the last response's status code
        {{response.headers.NAME}}      one of its headers, such as {{response.headers.x-amzn-RequestId}}
        {{response.body}}              its whole body
        {{response.body QUERY}}        one value picked by QUERY, such as
                                       {{response.body .campaigns[0].campaignId}}
        """

    static func resolve(_ name: String, in exchange: Exchange) throws(TemplateError) -> String {
        let response = exchange.response
        if name == "response.status" { return String(response.status) }
        if name.hasPrefix("response.headers.") {
            let header = String(name.dropFirst("response.headers.".count))
            guard let value = response.headers[header] else {
                throw .invalidResponseTemplate(
                    name, reason: "the last response has no '\(header)' header")
            }
            return value
        }
        if name == "response.body" {
            return String(decoding: response.body, as: UTF8.self)
        }
        if name.hasPrefix("response.body ") {
            let query = String(name.dropFirst("response.body ".count)).trimmingSpaces()
            do {
                return try pickOne(query, from: response.body).plainText
            } catch {
                throw .invalidResponseTemplate(name, reason: error.description)
            }
        }
        throw .invalidResponseTemplate(
            name,
            reason: "use response.status, response.headers.NAME, response.body or "
                + "response.body QUERY")
    }

    /// Runs `query` over a JSON body and returns its single result.
    static func pickOne(_ query: String, from body: [UInt8]) throws(ShellError) -> JSONValue {
        let results: [JSONValue]
        do {
            results = try JSONQuery(query).evaluate(json: body)
        } catch {
            throw .message("\(error)")
        }
        guard let first = results.first else {
            throw .message("query '\(query)' found nothing in the last response")
        }
        guard results.count == 1 else {
            throw .message(
                "query '\(query)' found \(results.count) values; pick one, for example with [0]")
        }
        if first == .null {
            throw .message("query '\(query)' found null in the last response")
        }
        return first
    }
}
