/// A failure to decompress or compress a gzip (or zlib) stream.
public enum GzipError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The data is not a valid gzip or zlib stream; `reason` is zlib's message.
    case invalidData(reason: String, inputOffset: Int)
    /// The input ended before the end of the stream.
    case truncated(inputBytes: Int)
    /// The decompressed size would exceed `limit` bytes.
    case limitExceeded(limit: Int)
    /// Bytes that are not another gzip member follow the end of the stream.
    case trailingData(inputOffset: Int)
    /// zlib reported an internal failure, such as running out of memory.
    case zlibFailure(status: Int32)

    public var description: String {
        switch self {
        case .invalidData(let reason, let offset):
            return "invalid gzip data near compressed byte \(BodySummary.grouped(offset)): "
                + "\(reason); the body is corrupt or not gzip-compressed"
        case .truncated(let inputBytes):
            return "truncated gzip stream: the input ended after "
                + "\(BodySummary.grouped(inputBytes)) compressed bytes; download it again"
        case .limitExceeded(let limit):
            return "decompressed body exceeds the limit of \(BodySummary.grouped(limit)) bytes; "
                + "save it to a file or raise the limit"
        case .trailingData(let offset):
            return "unexpected data after the end of the gzip stream at compressed byte "
                + "\(BodySummary.grouped(offset))"
        case .zlibFailure(let status):
            return "zlib failed with status \(status)"
        }
    }
}
