import CCurl

/// The scheme, host and port of a URL: the unit that credentials belong to (RFC 6454).
///
/// URLs are parsed with libcurl's own URL parser, so the origin compared here is exactly the
/// one libcurl then connects to. Hosts compare without case and without a trailing dot, and a
/// missing port takes the scheme's default, so `https://API.example.com.:443/x` and
/// `https://api.example.com/y` share an origin.
public struct Origin: Sendable, Hashable, CustomStringConvertible {
    public var scheme: String
    public var host: String
    public var port: Int

    public init(scheme: String, host: String, port: Int) {
        self.scheme = scheme
        self.host = host
        self.port = port
    }

    /// The origin of `url`, or nil when libcurl cannot parse it or it has no host.
    public init?(url: String) {
        guard let parts = URLParts(url) else { return nil }
        self = parts.origin
    }

    public var description: String {
        let defaultPort = scheme == "https" ? 443 : 80
        return port == defaultPort ? "\(scheme)://\(host)" : "\(scheme)://\(host):\(port)"
    }
}

/// A URL split by libcurl's URL API.
struct URLParts {
    var origin: Origin
    /// The path with its query string, as sent in the request line.
    var pathAndQuery: String
    var hasUserInfo: Bool

    init?(_ url: String) {
        guard let handle = curl_url() else { return nil }
        defer { curl_url_cleanup(handle) }
        guard curl_url_set(handle, CURLUPART_URL, url, 0) == CURLUE_OK else { return nil }
        func part(_ which: CURLUPart, flags: UInt32 = 0) -> String? {
            var pointer: UnsafeMutablePointer<CChar>? = nil
            guard curl_url_get(handle, which, &pointer, flags) == CURLUE_OK, let pointer else {
                return nil
            }
            defer { curl_free(pointer) }
            return String(cString: pointer)
        }
        guard let scheme = part(CURLUPART_SCHEME)?.lowercased(),
            var host = part(CURLUPART_HOST)?.lowercased(),
            let portText = part(CURLUPART_PORT, flags: UInt32(CURLU_DEFAULT_PORT)),
            let port = Int(portText)
        else { return nil }
        while host.hasSuffix(".") && host.count > 1 { host.removeLast() }
        origin = Origin(scheme: scheme, host: host, port: port)
        let path = part(CURLUPART_PATH) ?? "/"
        let query = part(CURLUPART_QUERY)
        pathAndQuery = query.map { "\(path)?\($0)" } ?? path
        hasUserInfo = part(CURLUPART_USER) != nil
    }

    /// Resolves `reference` (absolute, or relative such as `/x` or `../y`) against `base`,
    /// as a browser does for a `Location` header.
    static func resolve(_ reference: String, against base: String) -> String? {
        guard let handle = curl_url() else { return nil }
        defer { curl_url_cleanup(handle) }
        guard curl_url_set(handle, CURLUPART_URL, base, 0) == CURLUE_OK,
            curl_url_set(handle, CURLUPART_URL, reference, 0) == CURLUE_OK
        else { return nil }
        var pointer: UnsafeMutablePointer<CChar>? = nil
        guard curl_url_get(handle, CURLUPART_URL, &pointer, 0) == CURLUE_OK, let pointer else {
            return nil
        }
        defer { curl_free(pointer) }
        return String(cString: pointer)
    }
}
