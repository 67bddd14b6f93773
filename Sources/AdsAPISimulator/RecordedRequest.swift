/// A request as the simulator received it, kept so that tests can check what a client sent.
public struct RecordedRequest: Sendable {
    /// The listener that received it: `api-na`, `api-eu`, `api-fe`, `lwa` or `storage`.
    public var origin: String
    public var method: String
    /// The path and query, exactly as sent.
    public var target: String
    /// The headers in the order received, names as sent.
    public var headers: [(name: String, value: String)]
    /// The body after any chunked transfer coding is removed.
    public var body: [UInt8]

    /// Returns the first value of a header, compared without regard to case.
    public func header(_ name: String) -> String? {
        let lowered = name.lowercased()
        return headers.first { $0.name.lowercased() == lowered }?.value
    }
}
