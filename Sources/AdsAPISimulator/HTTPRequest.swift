/// One parsed HTTP/1.1 request.
struct HTTPRequest: Sendable {
    var method: String
    /// The request target as sent: path and query.
    var target: String
    var version: String
    var headers: [(name: String, value: String)]
    var body: [UInt8]

    /// The percent-decoded path without the query.
    var path: String {
        let rawPath = target.split(separator: "?", maxSplits: 1).first.map(String.init) ?? ""
        return FormURLEncoding.percentDecode(rawPath, plusAsSpace: false) ?? rawPath
    }

    /// The path split at `/`, with empty segments dropped.
    var pathSegments: [String] {
        path.split(separator: "/").map(String.init)
    }

    var query: [(name: String, value: String)] {
        guard let mark = target.firstIndex(of: "?") else { return [] }
        return FormURLEncoding.decode(String(target[target.index(after: mark)...]))
    }

    func queryValue(_ name: String) -> String? {
        query.first { $0.name == name }?.value
    }

    /// Returns the first value of a header, compared without regard to case.
    func header(_ name: String) -> String? {
        let lowered = name.lowercased()
        return headers.first { $0.name.lowercased() == lowered }?.value
    }

    /// The media type of `Content-Type` without parameters, lowercased.
    var mediaType: String? {
        header("Content-Type").map(Self.bareMediaType)
    }

    static func bareMediaType(_ value: String) -> String {
        let bare = value.split(separator: ";", maxSplits: 1).first ?? ""
        return bare.trimmingCharacters(in: " \t").lowercased()
    }

    /// Whether the client asked to keep the connection open after this response: the default
    /// in HTTP/1.1 unless `Connection: close`, and only with `Connection: keep-alive` in 1.0.
    var keepsAlive: Bool {
        let tokens = (header("Connection") ?? "").lowercased()
            .split(separator: ",").map { $0.trimmingCharacters(in: " \t") }
        if tokens.contains("close") { return false }
        if version == "HTTP/1.0" { return tokens.contains("keep-alive") }
        return true
    }
}

extension StringProtocol {
    /// Returns the text without the given leading and trailing characters.
    func trimmingCharacters(in set: String) -> String {
        var slice = Substring(self)
        while let first = slice.first, set.contains(first) { slice.removeFirst() }
        while let last = slice.last, set.contains(last) { slice.removeLast() }
        return String(slice)
    }
}
