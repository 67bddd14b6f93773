import CZlib

/// A streaming gzip decompressor: feed compressed chunks, receive decompressed chunks.
///
/// It also accepts zlib streams, because zlib detects the header, and concatenated gzip
/// members as written by `cat a.gz b.gz`. Memory stays constant: zlib's 32 KiB window plus one
/// 64 KiB output block. Output beyond `limit` bytes stops with `GzipError.limitExceeded`, which
/// guards against decompression bombs.
///
/// The type is non-copyable because it owns the zlib stream. It is `@unchecked Sendable`
/// because its pointers are never shared: moving the value moves sole ownership.
public struct GzipInflater: ~Copyable, @unchecked Sendable {
    public typealias Sink = (UnsafeRawBufferPointer) -> Void

    /// zlib keeps a pointer back to its `z_stream`, so the stream lives at a fixed address.
    private let stream: UnsafeMutablePointer<z_stream>
    private let output: UnsafeMutablePointer<UInt8>
    private static let outputSize = 65_536

    /// Largest decompressed size accepted, in bytes.
    public let limit: Int
    /// Compressed bytes consumed so far.
    public private(set) var inputCount = 0
    /// Decompressed bytes produced so far.
    public private(set) var outputCount = 0
    /// Whether the last gzip member seen so far has ended.
    private var memberEnded = false

    /// Creates an inflater that stops after `limit` decompressed bytes.
    /// - Throws: `GzipError.zlibFailure` when zlib cannot start, which means it is out of memory.
    public init(limit: Int = Int.max) throws(GzipError) {
        let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
        stream.initialize(to: z_stream())
        let status = adsh_inflate_init_gzip(stream)
        guard status == Z_OK else {
            stream.deinitialize(count: 1)
            stream.deallocate()
            throw .zlibFailure(status: status)
        }
        self.stream = stream
        self.output = .allocate(capacity: Self.outputSize)
        self.limit = limit
    }

    deinit {
        inflateEnd(stream)
        stream.deinitialize(count: 1)
        stream.deallocate()
        output.deallocate()
    }

    /// Decompresses one chunk, calling `sink` with each block of output.
    /// - Throws: `GzipError` for invalid data, output beyond `limit`, or data after the end.
    public mutating func write(
        _ chunk: UnsafeRawBufferPointer, to sink: Sink
    ) throws(GzipError) {
        guard let base = chunk.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return }
        var offset = 0
        while offset < chunk.count {
            if memberEnded {
                // Another member may follow; anything else is an error.
                guard base[offset] == 0x1F else {
                    throw .trailingData(inputOffset: inputCount + offset)
                }
                inflateReset(stream)
                memberEnded = false
            }
            let available = min(chunk.count - offset, Int(UInt32.max))
            stream.pointee.next_in = UnsafeMutablePointer(mutating: base + offset)
            stream.pointee.avail_in = UInt32(available)
            try inflateAvailableInput(to: sink, inputStart: inputCount + offset)
            offset += available - Int(stream.pointee.avail_in)
        }
        inputCount += chunk.count
    }

    /// Decompresses one chunk held in an array.
    public mutating func write(_ chunk: [UInt8], to sink: Sink) throws(GzipError) {
        var failure: GzipError?
        chunk.withUnsafeBytes { bytes in
            do throws(GzipError) {
                try write(bytes, to: sink)
            } catch {
                failure = error
            }
        }
        if let failure { throw failure }
    }

    /// Checks that the stream ended, so a cut-off download is not taken as complete.
    /// - Throws: `GzipError.truncated` when the input stopped inside a member.
    public func finish() throws(GzipError) {
        guard memberEnded else { throw .truncated(inputBytes: inputCount) }
    }

    /// Runs `inflate` until it has used all of `avail_in` or the member ends.
    private mutating func inflateAvailableInput(
        to sink: Sink, inputStart: Int
    ) throws(GzipError) {
        while true {
            stream.pointee.next_out = output
            stream.pointee.avail_out = UInt32(Self.outputSize)
            let status = inflate(stream, Z_NO_FLUSH)
            let produced = Self.outputSize - Int(stream.pointee.avail_out)
            if produced > 0 {
                guard produced <= limit - outputCount else { throw .limitExceeded(limit: limit) }
                outputCount += produced
                sink(UnsafeRawBufferPointer(start: output, count: produced))
            }
            switch status {
            case Z_STREAM_END:
                memberEnded = true
                return
            case Z_OK:
                if stream.pointee.avail_in == 0 && stream.pointee.avail_out != 0 { return }
            case Z_BUF_ERROR:
                // No progress is possible until more input arrives.
                return
            case Z_DATA_ERROR, Z_NEED_DICT:
                let reason = stream.pointee.msg.map { String(cString: $0) } ?? "invalid data"
                throw .invalidData(reason: reason, inputOffset: inputStart)
            default:
                throw .zlibFailure(status: status)
            }
        }
    }
}
