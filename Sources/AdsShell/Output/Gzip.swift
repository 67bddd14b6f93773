import CZlib

/// A gzip stream that cannot be decompressed.
public enum GzipError: Error, Sendable, Equatable, CustomStringConvertible {
    case invalidData(String)
    case truncated
    case tooLarge(limit: Int)

    public var description: String {
        switch self {
        case .invalidData(let reason): return "invalid gzip data: \(reason)"
        case .truncated: return "the gzip data ends before its last block"
        case .tooLarge(let limit):
            return "decompressed data is larger than \(formatByteCount(limit)); save it with "
                + "`> FILE` instead"
        }
    }
}

/// gzip (RFC 1952) decompression and compression through zlib.
public enum Gzip {
    /// Whether `bytes` start with the gzip magic number 1f 8b.
    public static func isGzip(_ bytes: some Collection<UInt8>) -> Bool {
        var iterator = bytes.makeIterator()
        return iterator.next() == 0x1F && iterator.next() == 0x8B
    }

    /// Decompresses a whole gzip stream, stopping with an error past `limit` bytes so a
    /// small file cannot expand without bound.
    public static func decompress(_ bytes: [UInt8], limit: Int) throws(GzipError) -> [UInt8] {
        var stream = z_stream()
        guard adsh_inflate_init_gzip(&stream) == Z_OK else {
            throw .invalidData("zlib could not start")
        }
        defer { inflateEnd(&stream) }
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        var input = bytes
        let status: Int32 = input.withUnsafeMutableBufferPointer { inputBuffer in
            stream.next_in = inputBuffer.baseAddress
            stream.avail_in = UInt32(inputBuffer.count)
            while true {
                let code = chunk.withUnsafeMutableBufferPointer { chunkBuffer -> Int32 in
                    stream.next_out = chunkBuffer.baseAddress
                    stream.avail_out = UInt32(chunkBuffer.count)
                    return inflate(&stream, Z_NO_FLUSH)
                }
                let produced = chunk.count - Int(stream.avail_out)
                output.append(contentsOf: chunk[0..<produced])
                if output.count > limit { return -100 }
                if code == Z_STREAM_END { return Z_STREAM_END }
                if code == Z_BUF_ERROR && stream.avail_in == 0 { return Z_BUF_ERROR }
                if code != Z_OK { return code }
            }
        }
        switch status {
        case Z_STREAM_END: return output
        case -100: throw .tooLarge(limit: limit)
        case Z_BUF_ERROR: throw .truncated
        default:
            let message = stream.msg.map { String(cString: $0) } ?? "zlib error \(status)"
            throw .invalidData(message)
        }
    }
}
