import CZlib

/// Gzip helpers for whole buffers. `GzipInflater` decompresses a stream chunk by chunk.
public enum Gzip {
    /// Returns whether `bytes` start with the gzip magic number 1f 8b (RFC 1952).
    public static func isGzip(_ bytes: some Collection<UInt8>) -> Bool {
        var iterator = bytes.makeIterator()
        return iterator.next() == 0x1F && iterator.next() == 0x8B
    }

    /// Decompresses a whole gzip (or zlib) stream.
    /// - Parameter limit: largest decompressed size accepted, in bytes.
    /// - Throws: `GzipError` for invalid or truncated data, or output beyond `limit`.
    public static func decompress(_ bytes: [UInt8], limit: Int) throws(GzipError) -> [UInt8] {
        var inflater = try GzipInflater(limit: limit)
        var output: [UInt8] = []
        output.reserveCapacity(min(limit, bytes.count * 4))
        try inflater.write(bytes) { block in output.append(contentsOf: block) }
        try inflater.finish()
        return output
    }

    /// Compresses `bytes` into one gzip member.
    /// - Parameter level: zlib level from 0 (store) to 9 (smallest); out-of-range values clamp.
    public static func compress(_ bytes: [UInt8], level: Int = 6) -> [UInt8] {
        precondition(bytes.count <= Int(UInt32.max), "gzip input over 4 GiB is not supported")
        // zlib keeps a pointer back to its `z_stream`, so the stream lives at a fixed address.
        let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
        stream.initialize(to: z_stream())
        defer {
            stream.deinitialize(count: 1)
            stream.deallocate()
        }
        let status = adsh_deflate_init_gzip(stream, Int32(min(max(level, 0), 9)))
        // deflateInit2 fails only when out of memory or given invalid parameters, which are
        // fixed here, so a failure is fatal rather than a recoverable error.
        precondition(status == Z_OK, "zlib deflateInit2 failed with status \(status)")
        defer { deflateEnd(stream) }
        var output = [UInt8](repeating: 0, count: Int(deflateBound(stream, UInt(bytes.count))))
        bytes.withUnsafeBufferPointer { input in
            output.withUnsafeMutableBufferPointer { buffer in
                stream.pointee.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
                stream.pointee.avail_in = UInt32(input.count)
                stream.pointee.next_out = buffer.baseAddress
                stream.pointee.avail_out = UInt32(buffer.count)
                // deflateBound sizes the buffer for the whole stream, so one call finishes it.
                let result = deflate(stream, Z_FINISH)
                precondition(result == Z_STREAM_END, "zlib deflate failed with status \(result)")
            }
        }
        output.removeLast(Int(stream.pointee.avail_out))
        return output
    }
}
