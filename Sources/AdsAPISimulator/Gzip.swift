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

    /// Decompresses gzip or zlib data. Returns nil when the data is not valid.
    static func decompress(_ input: [UInt8]) -> [UInt8]? {
        var stream = z_stream()
        guard adsh_inflate_init_gzip(&stream) == Z_OK else { return nil }
        defer { inflateEnd(&stream) }
        var source = input
        var output: [UInt8] = []
        var piece = [UInt8](repeating: 0, count: 64 * 1024)
        return source.withUnsafeMutableBufferPointer { sourceBuffer -> [UInt8]? in
            stream.next_in = sourceBuffer.baseAddress
            stream.avail_in = uInt(sourceBuffer.count)
            while true {
                let result = piece.withUnsafeMutableBufferPointer { pieceBuffer -> Int32 in
                    stream.next_out = pieceBuffer.baseAddress
                    stream.avail_out = uInt(pieceBuffer.count)
                    return inflate(&stream, Z_NO_FLUSH)
                }
                output += piece[0..<(piece.count - Int(stream.avail_out))]
                if result == Z_STREAM_END { return output }
                guard result == Z_OK else { return nil }
            }
        }
    }
}
