import FoundationEssentials

/// The `maxResults` and `nextToken` paging of Sponsored Products v3 list operations, and the
/// filters they share.
enum ListPaging {
    /// NOTE: Amazon documents that `maxResults` "defaults to max page size for given API"
    /// without giving the size; 100 is a guess, and larger values are lowered to it.
    static let maxPageSize = 100

    /// Builds one page of `items` under `key`, with `totalResults` and a `nextToken` when more
    /// items follow. Returns a 400 response for an invalid `maxResults` or `nextToken`.
    static func page(
        _ items: [JSONValue], key: String, body: JSONValue, request: HTTPRequest,
        mediaType: String
    ) -> HTTPResponse {
        var pageSize = maxPageSize
        if let value = body["maxResults"] {
            guard let number = value.int64Value, number >= 1 else {
                return APIError.response(
                    400, code: "INVALID_ARGUMENT", "maxResults must be a positive integer",
                    for: request)
            }
            pageSize = Int(min(number, Int64(maxPageSize)))
        }
        var offset = 0
        if let token = body["nextToken"], token.stringValue != "" {
            guard let text = token.stringValue, let decoded = decodeToken(text),
                (0...items.count).contains(decoded)
            else {
                return APIError.response(
                    400, code: "INVALID_ARGUMENT", "nextToken is invalid or expired", for: request)
            }
            offset = decoded
        }
        let end = min(items.count, offset + pageSize)
        var members: [(String, JSONValue)] = [
            (key, .array(Array(items[offset..<end]))),
            ("totalResults", .int(Int64(items.count))),
        ]
        if end < items.count {
            members.append(("nextToken", .string(encodeToken(end))))
        }
        return .json(200, .object(members), contentType: mediaType)
    }

    /// Returns whether an entity passes a `{"include": [...]}` filter. A missing filter
    /// passes every entity.
    static func passes(_ filter: JSONValue?, value: String, ignoringCase: Bool = false) -> Bool {
        guard let include = filter?["include"]?.arrayValue else { return true }
        let values = include.compactMap { $0.stringValue ?? $0.int64Value.map(String.init) }
        if ignoringCase {
            return values.contains { $0.lowercased() == value.lowercased() }
        }
        return values.contains(value)
    }

    /// Returns whether a name passes `nameFilter`: `EXACT_MATCH` (the default) compares without
    /// regard to case, `BROAD_MATCH` looks for every word of a term.
    static func passesName(_ filter: JSONValue?, name: String) -> Bool {
        guard let include = filter?["include"]?.arrayValue else { return true }
        let terms = include.compactMap(\.stringValue)
        let lowered = name.lowercased()
        if filter?["queryTermMatchType"]?.stringValue == "BROAD_MATCH" {
            return terms.contains { term in
                term.lowercased().split(separator: " ").allSatisfy { lowered.contains($0) }
            }
        }
        return terms.contains { $0.lowercased() == lowered }
    }

    private static func encodeToken(_ offset: Int) -> String {
        Data("page:\(offset)".utf8).base64EncodedString()
    }

    private static func decodeToken(_ token: String) -> Int? {
        guard let data = Data(base64Encoded: token) else { return nil }
        let text = String(decoding: data, as: UTF8.self)
        guard text.hasPrefix("page:") else { return nil }
        return Int(text.dropFirst(5))
    }
}
