/// An ordered list of header fields; names compare without regard to case (RFC 9110 §5.1).
public struct HTTPHeaders: Sendable, Equatable, Sequence {
    public private(set) var fields: [(name: String, value: String)] = []

    public init(_ fields: [(name: String, value: String)] = []) {
        self.fields = fields
    }

    public static func == (lhs: HTTPHeaders, rhs: HTTPHeaders) -> Bool {
        lhs.fields.count == rhs.fields.count
            && zip(lhs.fields, rhs.fields).allSatisfy { $0.name == $1.name && $0.value == $1.value }
    }

    public func makeIterator() -> IndexingIterator<[(name: String, value: String)]> {
        fields.makeIterator()
    }

    /// The first value of the field `name`.
    public subscript(name: String) -> String? {
        let lowered = name.lowercased()
        return fields.first { $0.name.lowercased() == lowered }?.value
    }

    public func contains(_ name: String) -> Bool {
        self[name] != nil
    }

    public mutating func add(_ name: String, _ value: String) {
        fields.append((name: name, value: value))
    }

    /// Adds the field only when no field of that name is present.
    public mutating func addIfMissing(_ name: String, _ value: String) {
        if !contains(name) { add(name, value) }
    }

    public mutating func remove(_ name: String) {
        let lowered = name.lowercased()
        fields.removeAll { $0.name.lowercased() == lowered }
    }

    public var isEmpty: Bool { fields.isEmpty }
}

/// A request as it goes to libcurl: every template expanded, every header final.
public struct HTTPRequest: Sendable {
    public var method: String
    public var url: String
    public var headers: HTTPHeaders
    public var body: [UInt8]?

    public init(
        method: String, url: String, headers: HTTPHeaders = HTTPHeaders(), body: [UInt8]? = nil
    ) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
    }
}

/// Seconds from the start of a transfer to the end of each phase, as libcurl measures them.
public struct HTTPTimings: Sendable, Equatable {
    public var nameLookup: Double = 0
    public var connect: Double = 0
    public var tlsHandshake: Double = 0
    public var firstByte: Double = 0
    public var total: Double = 0

    public init() {}
}

/// A received response.
public struct HTTPResponse: Sendable {
    public var status: Int
    public var reason: String
    public var httpVersion: String
    public var headers: HTTPHeaders
    public var body: [UInt8]
    /// Bytes received in the body, also when they went to a file and `body` is empty.
    public var bodySize: Int
    public var timings: HTTPTimings
    /// The URL that sent the response.
    public var url: String

    public init(
        status: Int, reason: String = "", httpVersion: String = "HTTP/1.1",
        headers: HTTPHeaders = HTTPHeaders(), body: [UInt8] = [], url: String = ""
    ) {
        self.status = status
        self.reason = reason
        self.httpVersion = httpVersion
        self.headers = headers
        self.body = body
        self.bodySize = body.count
        self.timings = HTTPTimings()
        self.url = url
    }

    public var contentType: String? { headers["Content-Type"] }
    public var isSuccess: Bool { (200..<300).contains(status) }
}

/// Transfer settings for one request.
public struct HTTPOptions: Sendable {
    /// Seconds allowed to connect; fractions are honoured (libcurl takes milliseconds).
    public var connectTimeout: Double = 10
    /// Seconds allowed for the whole transfer; 0 means no limit.
    public var totalTimeout: Double = 300
    /// The largest body kept in memory; a larger one ends the transfer with an error that
    /// suggests `> FILE`.
    public var maximumBodySize: Int = 256 * 1024 * 1024
    /// Turns TLS certificate and host checks off. Only the `--insecure` option sets it.
    public var insecure = false

    public init() {}
}
