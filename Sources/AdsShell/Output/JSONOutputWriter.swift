/// A fixed-size output block that hands full blocks to a sink, so the formatter copies each
/// output byte once and calls the sink about once per `capacity` bytes.
struct JSONOutputWriter {
    typealias Sink = (UnsafeRawBufferPointer) -> Void

    let base: UnsafeMutablePointer<UInt8>
    let capacity: Int
    var count: Int
    let sink: Sink

    /// Makes room for `needed` bytes; `needed` must not exceed `capacity`.
    @inline(__always)
    mutating func reserve(_ needed: Int) {
        if count + needed > capacity { flush() }
    }

    mutating func flush() {
        guard count > 0 else { return }
        sink(UnsafeRawBufferPointer(start: base, count: count))
        count = 0
    }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        reserve(1)
        base[count] = byte
        count += 1
    }

    /// Copies `length` bytes, passing a run longer than a block straight to the sink.
    @inline(__always)
    mutating func append(_ start: UnsafePointer<UInt8>, _ length: Int) {
        // Most JSON tokens are short, so they are copied with two overlapping word moves
        // rather than a call to memmove. Both loads stay inside the source run.
        if length <= 16 && count + length <= capacity {
            let source = UnsafeRawPointer(start)
            let target = UnsafeMutableRawPointer(base + count)
            if length >= 8 {
                let head = source.loadUnaligned(as: UInt64.self)
                let tail = source.loadUnaligned(fromByteOffset: length - 8, as: UInt64.self)
                target.storeBytes(of: head, as: UInt64.self)
                target.storeBytes(of: tail, toByteOffset: length - 8, as: UInt64.self)
            } else if length >= 4 {
                let head = source.loadUnaligned(as: UInt32.self)
                let tail = source.loadUnaligned(fromByteOffset: length - 4, as: UInt32.self)
                target.storeBytes(of: head, as: UInt32.self)
                target.storeBytes(of: tail, toByteOffset: length - 4, as: UInt32.self)
            } else {
                for offset in 0..<length { base[count + offset] = start[offset] }
            }
            count += length
            return
        }
        if length > capacity - count {
            flush()
            if length >= capacity {
                sink(UnsafeRawBufferPointer(start: start, count: length))
                return
            }
        }
        (base + count).update(from: start, count: length)
        count += length
    }

    mutating func append(_ bytes: [UInt8]) {
        guard !bytes.isEmpty else { return }
        bytes.withUnsafeBufferPointer { buffer in
            append(buffer.baseAddress!, buffer.count)
        }
    }

    /// Writes a line break followed by `width` spaces; `width + 1` must not exceed `capacity`.
    @inline(__always)
    mutating func appendLineBreak(indentation width: Int) {
        reserve(width + 1)
        base[count] = 0x0A
        if width <= 32 {
            var offset = 1
            while offset <= width {
                base[count + offset] = 0x20
                offset += 1
            }
        } else {
            (base + count + 1).update(repeating: 0x20, count: width)
        }
        count += width + 1
    }
}
