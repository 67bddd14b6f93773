/// Generates a JSON array of an exact size in chunked transfer coding, piece by piece, for the
/// `huge` fault switch.
enum JSONArrayStream {
    private static let pieceSize = 64 * 1024

    /// Writes `[0,0,…,0]` (with one space before `]` when needed to hit the size) as chunks of
    /// at most 64 KiB, then the last chunk. Returns false when `send` fails.
    static func write(byteCount: Int, send: ([UInt8]) -> Bool) -> Bool {
        // "[0" and "]" take 3 bytes, each further element ",0" takes 2.
        let total = max(byteCount, 3)
        let elements = (total - 3) / 2
        let needsSpace = (total - 3) % 2 == 1
        var pending: [UInt8] = Array("[0".utf8)
        pending.reserveCapacity(pieceSize + 8)
        var remaining = elements
        while remaining > 0 {
            let count = min(remaining, (pieceSize - pending.count) / 2)
            for _ in 0..<count {
                pending.append(UInt8(ascii: ","))
                pending.append(UInt8(ascii: "0"))
            }
            remaining -= count
            if pending.count + 2 > pieceSize {
                guard send(chunk(pending)) else { return false }
                pending.removeAll(keepingCapacity: true)
            }
        }
        if needsSpace { pending.append(UInt8(ascii: " ")) }
        pending.append(UInt8(ascii: "]"))
        return send(chunk(pending) + Array("0\r\n\r\n".utf8))
    }

    private static func chunk(_ data: [UInt8]) -> [UInt8] {
        Array(String(data.count, radix: 16).utf8) + [13, 10] + data + [13, 10]
    }
}
