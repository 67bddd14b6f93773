/// The bytes of one fuzzer input, with helpers that split them into the arguments of a target.
struct FuzzInput {
    let bytes: [UInt8]

    init(_ data: UnsafePointer<UInt8>?, _ size: Int) {
        if let data, size > 0 {
            bytes = Array(UnsafeBufferPointer(start: data, count: size))
        } else {
            bytes = []
        }
    }

    /// The input decoded as UTF-8, with invalid sequences replaced by U+FFFD.
    var text: String {
        String(decoding: bytes, as: UTF8.self)
    }

    /// Splits the input at its first line feed, which belongs to neither part. Without a line
    /// feed the second part is empty.
    func splitAtFirstLineFeed() -> (head: [UInt8], rest: [UInt8]) {
        guard let index = bytes.firstIndex(of: UInt8(ascii: "\n")) else { return (bytes, []) }
        return (Array(bytes[..<index]), Array(bytes[(index + 1)...]))
    }
}

/// A small deterministic generator (SplitMix64) seeded from the input, so a target that
/// makes random choices, such as chunk sizes, repeats them exactly when an input is replayed.
struct InputSeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    /// Seeds the generator with the 64-bit FNV-1a hash of `bytes`.
    init(seed bytes: [UInt8]) {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3
        }
        state = hash
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
