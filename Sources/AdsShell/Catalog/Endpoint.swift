/// One operation of the Amazon Ads API: an HTTP method on a path template, with the media
/// types that the operation expects and returns.
public struct Endpoint: Sendable, Equatable {
    /// Upper-case HTTP method, such as `POST`.
    public var method: String
    /// Path with `{name}` placeholders, such as `/reporting/reports/{reportId}`.
    public var pathTemplate: String
    /// Request media type to send as `Content-Type`, or nil when the operation takes no body.
    public var contentType: String?
    /// Response media type to ask for with `Accept`, or nil when any type will do.
    public var accept: String?
    /// One-line description for completion lists and `help`.
    public var summary: String
    /// Whether the request needs the `Amazon-Advertising-API-Scope` header (a profile id).
    public var requiresScope: Bool

    public init(
        method: String, pathTemplate: String, contentType: String? = nil,
        accept: String? = nil, summary: String, requiresScope: Bool = true
    ) {
        self.method = method.uppercased()
        self.pathTemplate = pathTemplate
        self.contentType = contentType
        self.accept = accept
        self.summary = summary
        self.requiresScope = requiresScope
    }

    /// The template split at `/`, without empty segments, so `/sp/campaigns/list` gives
    /// `["sp", "campaigns", "list"]`.
    var segments: [Substring] {
        pathTemplate.split(separator: "/", omittingEmptySubsequences: true)
    }

    /// Returns the parameter name when `segment` is a whole-segment placeholder such as
    /// `{campaignId}`, or nil for a literal segment.
    static func parameterName(of segment: Substring) -> Substring? {
        guard segment.count > 2, segment.first == "{", segment.last == "}" else { return nil }
        return segment.dropFirst().dropLast()
    }
}
