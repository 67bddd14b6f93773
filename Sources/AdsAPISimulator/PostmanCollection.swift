/// The parts of a Postman collection (format v2.0 and v2.1) that examples mode needs: each
/// request's method and URL, and its saved example responses.
struct PostmanCollection: Decodable {
    struct Item: Decodable {
        var name: String?
        var item: [Item]?
        var request: Request?
        var response: [Example]?
    }

    /// A request, which Postman stores either as an object or as a bare URL string.
    struct Request: Decodable {
        var method: String
        var url: String

        private enum CodingKeys: String, CodingKey {
            case method
            case url
        }

        init(from decoder: any Decoder) throws {
            if let text = try? decoder.singleValueContainer().decode(String.self) {
                method = "GET"
                url = text
                return
            }
            let container = try decoder.container(keyedBy: CodingKeys.self)
            method = try container.decodeIfPresent(String.self, forKey: .method) ?? "GET"
            url = try container.decodeIfPresent(URLField.self, forKey: .url)?.raw ?? ""
        }
    }

    /// `url`, either a string or an object whose `raw` member is the string.
    struct URLField: Decodable {
        var raw: String

        private enum CodingKeys: String, CodingKey {
            case raw
        }

        init(from decoder: any Decoder) throws {
            if let text = try? decoder.singleValueContainer().decode(String.self) {
                raw = text
            } else {
                let container = try decoder.container(keyedBy: CodingKeys.self)
                raw = try container.decodeIfPresent(String.self, forKey: .raw) ?? ""
            }
        }
    }

    struct Example: Decodable, Sendable {
        var name: String
        var code: Int
        var headers: [(name: String, value: String)]
        var body: String

        private enum CodingKeys: String, CodingKey {
            case name
            case code
            case header
            case body
        }

        private struct Header: Decodable {
            var key: String
            var value: String?
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            name = try container.decodeIfPresent(String.self, forKey: .name) ?? ""
            code = try container.decodeIfPresent(Int.self, forKey: .code) ?? 200
            body = try container.decodeIfPresent(String.self, forKey: .body) ?? ""
            // Postman also allows `header` as one string of raw header lines; those are dropped.
            let fields = (try? container.decodeIfPresent([Header].self, forKey: .header)) ?? nil
            headers = (fields ?? []).map { ($0.key, $0.value ?? "") }
        }
    }

    var item: [Item]

    /// Every request in the collection, depth first, with the examples saved for it.
    var requests: [(name: String, request: Request, examples: [Example])] {
        var result: [(String, Request, [Example])] = []
        func walk(_ items: [Item]) {
            for item in items {
                if let children = item.item { walk(children) }
                if let request = item.request {
                    result.append((item.name ?? "", request, item.response ?? []))
                }
            }
        }
        walk(item)
        return result
    }
}
