import FoundationEssentials
import Synchronization

/// The S3 stand-in that serves report and snapshot files at pre-signed URLs. Like S3, it
/// rejects a request that also carries an `Authorization` header, and sends 403 for an
/// expired or unknown URL, both with S3's XML error bodies.
final class StorageOrigin: Sendable {
    private struct StoredObject {
        var bytes: [UInt8]
        var signature: String
        var expiresAt: Double
        var lifetime: Int
    }

    private let clock: SimulatorClock
    private let baseURL: String
    private let objects = Mutex([String: StoredObject]())

    init(clock: SimulatorClock, baseURL: String) {
        self.clock = clock
        self.baseURL = baseURL
    }

    /// Stores a file and returns its pre-signed URL, valid for `lifetime` seconds.
    func publish(_ bytes: [UInt8], name: String, lifetime: Int) -> String {
        let key = "/offline-report-storage/" + RandomText.make(length: 12) + "/" + name
        let signature = RandomText.make(length: 64, alphabet: Array("0123456789abcdef"))
        let object = StoredObject(
            bytes: bytes, signature: signature, expiresAt: clock.now + Double(lifetime),
            lifetime: lifetime)
        objects.withLock { $0[key] = object }
        let query = FormURLEncoding.encode([
            ("X-Amz-Algorithm", "AWS4-HMAC-SHA256"),
            ("X-Amz-Date", Self.amzDate(clock.now)),
            ("X-Amz-SignedHeaders", "host"),
            ("X-Amz-Expires", String(lifetime)),
            ("X-Amz-Credential", "SIMULATOR/us-east-1/s3/aws4_request"),
            ("X-Amz-Signature", signature),
        ])
        return baseURL + key + "?" + query
    }

    func handle(_ request: HTTPRequest) -> HTTPResponse {
        guard request.method == "GET" || request.method == "HEAD" else {
            return Self.xmlError(
                405, code: "MethodNotAllowed",
                "The specified method is not allowed against this resource.")
        }
        if let authorization = request.header("Authorization") {
            // S3 echoes the whole header value; only the scheme is echoed here, so that tokens
            // stay out of test logs.
            let scheme = authorization.split(separator: " ").first.map(String.init) ?? ""
            return Self.xmlError(
                400, code: "InvalidArgument",
                "Only one auth mechanism allowed; only the X-Amz-Algorithm query parameter, "
                    + "Signature query string parameter or the Authorization header should be "
                    + "specified",
                extra: "<ArgumentName>Authorization</ArgumentName><ArgumentValue>\(scheme)"
                    + "</ArgumentValue>")
        }
        let object = objects.withLock { $0[request.path] }
        guard let object, request.queryValue("X-Amz-Signature") == object.signature else {
            return Self.xmlError(403, code: "AccessDenied", "Access Denied")
        }
        guard object.expiresAt > clock.now else {
            return Self.xmlError(
                403, code: "AccessDenied", "Request has expired",
                extra: "<X-Amz-Expires>\(object.lifetime)</X-Amz-Expires>"
                    + "<Expires>\(SimulatorClock.iso8601(object.expiresAt))</Expires>"
                    + "<ServerTime>\(SimulatorClock.iso8601(clock.now))</ServerTime>")
        }
        var response = HTTPResponse(
            status: 200, headers: [("Content-Type", "application/x-gzip")], body: object.bytes)
        response.setHeader("x-amz-request-id", RandomText.make(length: 16).uppercased())
        return response
    }

    private static func xmlError(_ status: Int, code: String, _ message: String, extra: String = "")
        -> HTTPResponse
    {
        let requestID = RandomText.make(length: 16).uppercased()
        let xml =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>\(code)</Code>"
            + "<Message>\(message)</Message>\(extra)<RequestId>\(requestID)</RequestId>"
            + "<HostId>\(RandomText.make(length: 56))</HostId></Error>"
        var response = HTTPResponse(
            status: status, headers: [("Content-Type", "application/xml")], body: Array(xml.utf8))
        response.setHeader("x-amz-request-id", requestID)
        return response
    }

    /// `20261204T163000Z`, the `X-Amz-Date` format.
    private static func amzDate(_ time: Double) -> String {
        let iso = SimulatorClock.iso8601(time)
        return String(iso.prefix(19)).filter { $0 != "-" && $0 != ":" } + "Z"
    }
}
