import CZlib

/// gzip compression through zlib, for report files.
enum Gzip {
    /// Compresses `input` into one gzip member (RFC 1952).
    static func compress(_ input: [UInt8]) -> [UInt8] {
        var stream = z_stream()
        guard adsh_deflate_init_gzip(&stream, Z_DEFAULT_COMPRESSION) == Z_OK else {
            fatalError("zlib deflateInit2 failed; zlib is unusable")
        }
        defer { deflateEnd(&stream) }
        // deflateBound includes the gzip header and trailer once the stream is initialised.
        let capacity = Int(deflateBound(&stream, uLong(input.count)))
        var output = [UInt8](repeating: 0, count: capacity)
        var source = input
        let result = source.withUnsafeMutableBufferPointer { sourceBuffer in
            output.withUnsafeMutableBufferPointer { outputBuffer in
                stream.next_in = sourceBuffer.baseAddress
                stream.avail_in = uInt(sourceBuffer.count)
                stream.next_out = outputBuffer.baseAddress
                stream.avail_out = uInt(outputBuffer.count)
                return deflate(&stream, Z_FINISH)
            }
        }
        precondition(result == Z_STREAM_END, "deflate did not finish within deflateBound")
        output.removeLast(Int(stream.avail_out))
        return output
    }
}
