/// Templates that read the last response:
/// - `{{response.status}}`: the status code;
/// - `{{response.headers.NAME}}`: a header's value (name without regard to case);
/// - `{{response.body}}`: the whole body as text.
enum ResponseTemplate {
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
        throw .invalidResponseTemplate(
            name, reason: "use response.status, response.headers.NAME or response.body")
    }
}
